// The Settings tab's server side: read the reminder settings with the trigger's real state, and
// save them (validated first; then, under the user lock, stored and the trigger set to match).
import { describeDay, type CalendarDay } from '../domain/calendarDay';
import { ValidationError } from '../domain/errors';
import { serverText } from '../domain/messages/server';
import {
  nextDailyRun,
  validateReminderPrefs,
  type ReminderSettingsView,
} from '../domain/reminders/settings';
import type { Spreadsheet } from '../gas/spreadsheet';
import type { SettingsStore } from '../sheets/settingsStore';
import { activeSpreadsheet, services } from './context';
import { rememberAccountLang } from './language';
import { setTrigger, settingsOf, triggersHere } from './reminderTriggers';

/** How long a save waits for a digest run or another sidebar's save. */
const SAVE_LOCK_WAIT_MS = 10_000;

function localDayHour(at: Date, timeZone: string): { day: CalendarDay; hour: number } {
  const [day, hour] = services().utilities.formatDate(at, timeZone, 'yyyy-MM-dd|H').split('|');
  return { day, hour: Number(hour) };
}

function view(ss: Spreadsheet, store: SettingsStore, timeZone: string): ReminderSettingsView {
  const m = serverText().reminderSettings;
  const prefs = store.prefs();
  const here = triggersHere(ss, store);
  const record = store.digest();
  const now = localDayHour(new Date(), timeZone);
  let nextRun: ReminderSettingsView['nextRun'] = null;
  const retry = here.find((t) => t.entry?.kind === 'retry' && t.entry.at);
  if (retry) {
    nextRun = { ...localDayHour(new Date(retry.entry!.at!), timeZone), retry: true };
  } else if (here.length > 0) {
    const hour = here[0].entry?.hour ?? prefs.hour;
    const ranToday = record.done?.day === now.day;
    nextRun = { day: nextDailyRun(now.day, now.hour, hour, ranToday), hour, retry: false };
  }
  let status: string = m.stateOff;
  if (nextRun) {
    const when = m.hourWindow(describeDay(nextRun.day), nextRun.hour);
    status = nextRun.retry ? m.stateRetry(when, timeZone) : m.stateOn(when, timeZone);
  }
  let last = '';
  if (record.done) {
    last =
      record.done.count > 0
        ? m.lastSent(describeDay(record.done.day), record.done.to.join(', '))
        : m.lastNothing(describeDay(record.done.day));
  }
  return {
    prefs,
    me: services().session.activeUserEmail(),
    timeZone,
    active: here.length > 0,
    nextRun,
    status,
    last,
  };
}

export function getReminderSettings(): ReminderSettingsView {
  const ss = activeSpreadsheet();
  return view(ss, settingsOf(ss), ss.getSpreadsheetTimeZone());
}

export function saveReminderSettings(payload: unknown): ReminderSettingsView {
  const prefs = validateReminderPrefs(payload);
  const ss = activeSpreadsheet();
  if (prefs.enabled && prefs.recipient === '' && services().session.activeUserEmail() === '') {
    throw new ValidationError({
      field: 'recipient',
      message: serverText().reminderSettings.noActiveUser,
    });
  }
  // The user lock: the trigger and these properties are this user's, and an installed add-on's
  // trigger run has no document lock to take.
  const lock = services().locks.user();
  if (!lock.tryLock(SAVE_LOCK_WAIT_MS)) {
    throw new ValidationError({ field: '', message: serverText().busy });
  }
  try {
    const store = settingsOf(ss);
    const timeZone = ss.getSpreadsheetTimeZone();
    // The trigger first: if Apps Script refuses it (too many triggers), nothing is saved.
    setTrigger(
      ss,
      store,
      prefs.enabled
        ? {
            kind: 'daily',
            hour: prefs.hour,
            timeZone,
            keepPendingRetry: true,
          }
        : null,
    );
    store.savePrefs(prefs);
    rememberAccountLang();
    return view(ss, store, timeZone);
  } finally {
    lock.releaseLock();
  }
}
