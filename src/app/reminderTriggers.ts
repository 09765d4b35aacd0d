// The one time-driven trigger per user and spreadsheet that runs the daily digest.
//
// At any time this user has, for this spreadsheet, either no trigger (reminders off), the daily
// one, or, while a digest waits to be sent, a one-off retry in its place (an installed add-on
// may have only one time-driven trigger per user per document, so the retry can't sit beside
// the daily one). The retry run puts the daily trigger back. Every change goes through
// setTrigger, under the user lock, which first removes whatever else is there: duplicates,
// another hour's trigger, and triggers left by older versions under other handler names.
import type { Spreadsheet } from '../gas/spreadsheet';
import type { Trigger } from '../gas/triggers';
import { SettingsStore, type TriggerEntry } from '../sheets/settingsStore';
import { services } from './context';

/** The function the trigger calls (exported by main.ts). */
export const DIGEST_HANDLER = 'prospekDailyDigest';
/** Handler names of daily triggers set by earlier versions: found and removed. */
export const LEGACY_HANDLERS = ['dailyReminders', 'sendDailyReminders', 'runDailyDigest'];
const OURS = new Set([DIGEST_HANDLER, ...LEGACY_HANDLERS]);

/** A retry waits an hour: add-on triggers run at most hourly, and quota or outages need time. */
export const RETRY_AFTER_MS = 60 * 60 * 1000;

export type WantedTrigger =
  | { kind: 'daily'; hour: number; timeZone: string; keepPendingRetry?: boolean }
  | { kind: 'retry' }
  | null;

export interface OurTrigger {
  trigger: Trigger;
  entry: TriggerEntry | null;
}

/** The user's reminder settings, digest record and trigger registry for this spreadsheet. */
export function settingsOf(ss: Spreadsheet): SettingsStore {
  return new SettingsStore(services().properties.user(), ss.getId());
}

/**
 * This user's digest triggers for this spreadsheet. An add-on's triggers carry their document
 * (getUserTriggers); a bound script's clock triggers carry none, but the script belongs to this
 * one spreadsheet, so all its digest triggers are this spreadsheet's. A trigger our registry
 * assigns to another spreadsheet is never touched.
 */
export function triggersHere(ss: Spreadsheet, store: SettingsStore): OurTrigger[] {
  const { triggers } = services();
  const found = new Map<string, Trigger>();
  for (const t of triggers.forUser(ss)) {
    if (OURS.has(t.getHandlerFunction())) found.set(t.getUniqueId(), t);
  }
  const bound = !triggers.isAddon();
  for (const t of triggers.forProject()) {
    const uid = t.getUniqueId();
    if (found.has(uid) || !OURS.has(t.getHandlerFunction())) continue;
    const entry = store.trigger(uid);
    if (entry ? entry.ss === ss.getId() : bound) found.set(uid, t);
  }
  return [...found.values()].map((trigger) => ({
    trigger,
    entry: store.trigger(trigger.getUniqueId()),
  }));
}

function isCurrentDaily(t: OurTrigger, hour: number, timeZone: string): boolean {
  const e = t.entry;
  return (
    t.trigger.getHandlerFunction() === DIGEST_HANDLER &&
    e !== null &&
    e.kind === 'daily' &&
    e.hour === hour &&
    e.timeZone === timeZone
  );
}

/**
 * Makes the trigger set exactly `want` (call it holding the user lock). Leaves a matching daily
 * trigger alone, so turning reminders on twice keeps the same trigger.
 */
export function setTrigger(ss: Spreadsheet, store: SettingsStore, want: WantedTrigger): void {
  const here = triggersHere(ss, store);
  if (want && want.kind === 'daily' && here.length === 1) {
    if (isCurrentDaily(here[0], want.hour, want.timeZone)) return;
    const e = here[0].entry;
    const retryAhead =
      want.keepPendingRetry && e?.kind === 'retry' && e.at && Date.parse(e.at) > Date.now();
    // A pending digest's retry stays; when it runs it sets the daily trigger with these settings.
    if (retryAhead && here[0].trigger.getHandlerFunction() === DIGEST_HANDLER) return;
  }
  const { triggers } = services();
  for (const t of here) {
    triggers.remove(t.trigger);
    store.forgetTrigger(t.trigger.getUniqueId());
  }
  if (!want) return;
  if (want.kind === 'daily') {
    const t = triggers.daily(DIGEST_HANDLER, want.hour, want.timeZone);
    store.saveTrigger(t.getUniqueId(), {
      ss: ss.getId(),
      kind: 'daily',
      hour: want.hour,
      timeZone: want.timeZone,
    });
  } else {
    const at = new Date(Date.now() + RETRY_AFTER_MS).toISOString();
    const t = triggers.after(DIGEST_HANDLER, RETRY_AFTER_MS);
    store.saveTrigger(t.getUniqueId(), { ss: ss.getId(), kind: 'retry', at });
  }
}

/** Removes one trigger by ID (one whose spreadsheet is unknown cannot do anything useful). */
export function deleteTriggerById(uid: string): boolean {
  const { triggers } = services();
  for (const t of triggers.forProject()) {
    if (t.getUniqueId() === uid) {
      triggers.remove(t);
      return true;
    }
  }
  return false;
}
