// The daily digest: the trigger handler, its exactly-once bookkeeping, and the test send.
//
// Exactly once: the run holds the user lock, skips when the record says this recipient already
// got today's digest, checks the mail quota before anything else, and records the send only
// after MailApp accepted it. When it cannot send (quota used up, MailApp failing, the lock held
// too long elsewhere) it records why and swaps the daily trigger for a one-off retry an hour
// later; the retry run sends (still at most once) and puts the daily trigger back.
import { contactFromCells, type Contact } from '../domain/contact/contact';
import { isContactId } from '../domain/contact/validation';
import { ValidationError } from '../domain/errors';
import { currentFullness } from '../sheets/capacity';
import { composeDigest, type Digest } from '../domain/reminders/digest';
import { serverText } from '../domain/messages/server';
import { useDigestLang } from './language';
import {
  reminderCount,
  selectReminders,
  type ReminderSettings,
} from '../domain/reminders/reminders';
import {
  REMINDER_DECIDE_KEYS,
  selectRemindersInSteps,
  type FillRows,
} from '../domain/reminders/steps';
import { selectionSettings, type ReminderPrefs } from '../domain/reminders/settings';
import {
  spreadsheetIdForTrigger,
  type DigestRecord,
  type SettingsStore,
} from '../sheets/settingsStore';
import { type SheetClock } from '../sheets/sheetClock';
import { cellsReader, readFields, readFieldsAt, TableMissingError } from '../sheets/sheetTable';
import { CONTACTS } from '../sheets/tables';
import { activeSpreadsheet, clockOf, services } from './context';
import { deleteTriggerById, setTrigger, settingsOf } from './reminderTriggers';
import { catchUpFormResponses } from './formResponses';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

/**
 * How long a run waits for another one holding the user lock (a duplicate trigger, a settings
 * save). A digest run takes seconds; waiting longer than this means something is stuck.
 */
export const RUN_LOCK_WAIT_MS = 120_000;

export interface BuiltDigest {
  digest: Digest | null;
  count: number;
}

interface DigestRows {
  /** Every data row as a contact with the fields read so far, keyed `row-N` until its ID is. */
  rows: Contact[];
  fill: FillRows;
  gid: number;
  /** Each filled contact's key (its ID or `row-N`) → its sheet row, for the digest's links. */
  rowOf: Map<string, number>;
}

/**
 * The decide columns of every row, and the step reads. Rows typed without an ID yet (or copied)
 * are reminded of too, under a key of their row: the digest only reads. It runs in the
 * background as its owner, often with no document lock to take (an add-on's trigger), while
 * people may be typing that very row; onEdit and the next action give it its ID.
 */
function readDigestRows(
  ss: Spreadsheet,
  clock: SheetClock,
  settings: ReminderSettings,
): DigestRows {
  const keys = REMINDER_DECIDE_KEYS.filter((k) => settings.scope === 'mine' || k !== 'owner');
  const read = readFields(ss, CONTACTS, keys);
  const cells = read.rows.map(cellsReader(CONTACTS, read, clock));
  const rows = cells.map((c, i) => {
    const contact = contactFromCells(c);
    contact.id = `row-${i + 2}`;
    return contact;
  });
  const rowOf = new Map<string, number>();
  const fill: FillRows = (indexes, more) => {
    const got = readFieldsAt(read.layout, more, indexes, read.rows.length);
    const cellsAt = cellsReader(CONTACTS, got, clock);
    for (const [i, values] of got.rows) {
      Object.assign(cells[i], cellsAt(values));
      const c = contactFromCells(cells[i]);
      const key = more.includes('id') && isContactId(c.id) && !rowOf.has(c.id) ? c.id : rows[i].id;
      rows[i] = { ...c, id: key };
      rowOf.set(key, i + 2);
    }
  };
  return { rows, fill, gid: read.layout.sheet.getSheetId(), rowOf };
}

/**
 * Reads, of every contact, the few columns that decide who is reminded, then the other fields
 * only of the rows they can matter for (domain/reminders/steps.ts); selects and composes. Links
 * open the Contacts tab at the contact's row as it is now.
 */
export function buildDigest(
  ss: Spreadsheet,
  clock: SheetClock,
  prefs: ReminderPrefs,
  me: string,
  isTest: boolean,
): BuiltDigest {
  const settings = selectionSettings(prefs, me);
  const base = `https://docs.google.com/spreadsheets/d/${encodeURIComponent(ss.getId())}/edit`;
  let reminders = selectReminders([], new Map(), clock.today, settings);
  let gid = 0;
  let rowOfKey = new Map<string, number>();
  try {
    const read = readDigestRows(ss, clock, settings);
    gid = read.gid;
    rowOfKey = read.rowOf;
    reminders = selectRemindersInSteps(read.rows, read.fill, clock.today, settings);
  } catch (e) {
    // A spreadsheet Prospek was never set up in has nothing to remind of.
    if (!(e instanceof TableMissingError)) throw e;
  }
  const digest = composeDigest(reminders, {
    today: clock.today,
    sheetUrl: base,
    // Every contact's key is its ID or, for a row without a usable one, `row-N`: its row as read.
    rowLinkFor: (id) => {
      const row = rowOfKey.get(id);
      return row === undefined ? base : `${base}#gid=${gid}&range=A${row}`;
    },
    isTest,
    remindersOn: prefs.enabled,
    timeZoneLabel: clock.timeZone,
    // A few calls, no cell read: the digest warns from 80% full.
    fullness: currentFullness(ss),
  });
  return { digest, count: reminderCount(reminders) };
}

function send(to: string, digest: Digest): void {
  services().mail.send({
    to,
    subject: digest.subject,
    body: digest.text,
    htmlBody: digest.html,
    name: 'Prospek',
  });
}

function alreadyDone(record: DigestRecord, day: string, to: string): boolean {
  const done = record.done;
  return (
    !!done && done.day === day && done.to.map((a) => a.toLowerCase()).includes(to.toLowerCase())
  );
}

/** Someone to send to: the chosen recipient, else the trigger owner. */
function recipientFor(prefs: ReminderPrefs, me: string): string {
  const to = prefs.recipient || me;
  if (!to) throw new Error(serverText().reminderSettings.noActiveUser);
  return to;
}

function daily(prefs: ReminderPrefs, clock: SheetClock) {
  return { kind: 'daily', hour: prefs.hour, timeZone: clock.timeZone } as const;
}

/** Records why today's digest is still owed and sets the retry trigger. */
function owe(ss: Spreadsheet, store: SettingsStore, day: string, reason: string): void {
  const record = store.digest();
  store.saveDigest({
    ...record,
    pending: { day, reason, since: new Date().toISOString() },
  });
  setTrigger(ss, store, { kind: 'retry' });
}

/**
 * What a run has settled: `true` once the digest went out, was owed, or was not due. A run
 * that fails before that owes the day on its way out (runDailyDigest), so it is never lost.
 */
interface Progress {
  settled: boolean;
}

/** One run for one spreadsheet, holding the user lock. */
function runLocked(ss: Spreadsheet, progress: Progress): void {
  const store = settingsOf(ss);
  const prefs = store.prefs();
  if (!prefs.enabled) {
    // Turned off from another sidebar while this trigger was queued: nothing is owed.
    progress.settled = true;
    setTrigger(ss, store, null);
    return;
  }
  const clock = clockOf(ss);
  const me = services().session.effectiveUserEmail();
  const to = recipientFor(prefs, me);
  const record = store.digest();
  if (alreadyDone(record, clock.today, to)) {
    progress.settled = true;
    setTrigger(ss, store, daily(prefs, clock));
    return;
  }
  if (services().mail.remainingDailyQuota() < 1) {
    owe(ss, store, clock.today, serverText().reminders.quotaPending);
    progress.settled = true;
    return;
  }
  let count: number;
  try {
    const built = buildDigest(ss, clock, prefs, me, false);
    count = built.count;
    if (built.digest) send(to, built.digest);
  } catch (e) {
    // Reading the sheet or sending failed: nothing went out, so it is owed and retried.
    owe(
      ss,
      store,
      clock.today,
      serverText().reminders.runFailed(String((e as Error)?.message ?? e)),
    );
    progress.settled = true;
    throw e; // the execution shows as failed, and Apps Script tells the owner
  }
  // Sent: from here a failure must not owe the day, or the retry would send it twice.
  progress.settled = true;
  const sameDay = record.done?.day === clock.today ? record.done.to : [];
  store.saveDigest({
    done: { day: clock.today, to: [...sameDay, to], count, at: new Date().toISOString() },
  });
  setTrigger(ss, store, daily(prefs, clock));
}

function openFor(uid: string): Spreadsheet | null {
  const { spreadsheet, properties } = services();
  const active = spreadsheet.active();
  if (active) return active;
  // An installed add-on's time-driven trigger has no active spreadsheet: open the one this
  // trigger was set up for (needs the full spreadsheets scope; see README "Reminders").
  const id = uid ? spreadsheetIdForTrigger(properties.user(), uid) : null;
  return id ? spreadsheet.openById(id) : null;
}

/** The time-driven trigger's handler (exported by main.ts as prospekDailyDigest). */
export function runDailyDigest(event?: { triggerUid?: string }): void {
  const uid = event?.triggerUid ?? '';
  const progress: Progress = { settled: false };
  try {
    runOnce(uid, progress);
  } catch (e) {
    if (!progress.settled) oweAfterFailure(uid, e);
    throw e; // the execution shows as failed, and Apps Script tells the owner
  }
}

function runOnce(uid: string, progress: Progress): void {
  const ss = openFor(uid);
  if (!ss) {
    // A trigger no spreadsheet can be found for (left by an older version): it can never
    // send anything, so remove it rather than fail every day.
    progress.settled = true;
    if (uid) deleteTriggerById(uid);
    return;
  }
  // Form responses the trigger missed become contacts first, so today's digest counts them.
  catchUpFormResponses(ss);
  // The digest speaks its owner's language (language.ts says which calls decide it).
  useDigestLang(() => ss.getSpreadsheetLocale());
  const lock = services().locks.user();
  if (!lock.tryLock(RUN_LOCK_WAIT_MS)) {
    // Another run has held the lock for minutes. Don't send (it may be sending this very
    // digest); owe it instead, so the retry sends it if that run didn't.
    owe(ss, settingsOf(ss), clockOf(ss).today, serverText().reminders.lockBusy);
    progress.settled = true;
    return;
  }
  try {
    runLocked(ss, progress);
  } finally {
    lock.releaseLock();
  }
}

/**
 * A call failed before the digest was sent or owed (opening the sheet, the lock, properties,
 * the time zone, the quota): owe the day now, so the retry trigger sends it within the hour.
 * Services failing a second time leave the daily trigger as it was: tomorrow's run comes.
 */
function oweAfterFailure(uid: string, error: unknown): void {
  try {
    const ss = openFor(uid);
    if (!ss) return;
    const reason = serverText().reminders.runFailed(String((error as Error)?.message ?? error));
    owe(ss, settingsOf(ss), clockOf(ss).today, reason);
  } catch {
    // Nothing more can be done in this run.
  }
}

/** Menu: "Send me a test digest now". Sends today's digest as it stands, marked as a test. */
export function sendTestDigest(
  ss: Spreadsheet,
  store: SettingsStore,
): { to: string; count: number } {
  const prefs = store.prefs();
  const clock = clockOf(ss);
  const { session, mail } = services();
  const me = session.activeUserEmail() || session.effectiveUserEmail();
  const to = prefs.recipient || me;
  if (!to)
    throw new ValidationError({
      field: 'recipient',
      message: serverText().reminderSettings.noActiveUser,
    });
  if (mail.remainingDailyQuota() < 1) {
    throw new ValidationError({ field: '', message: serverText().reminders.quotaUsedUp });
  }
  const { digest, count } = buildDigest(ss, clock, prefs, me, true);
  // composeDigest always returns a test digest, even with nothing due.
  if (digest) send(to, digest);
  return { to, count };
}

/** Menu: "Send me a test digest now", then an alert saying to whom and how many reminders. */
export function sendTestDigestNow(ui: Ui): void {
  const m = serverText().reminders;
  const ss = activeSpreadsheet();
  const sent = sendTestDigest(ss, settingsOf(ss));
  ui.alert(m.testTitle, m.testSent(sent.to, sent.count), ui.ButtonSet.OK);
}
