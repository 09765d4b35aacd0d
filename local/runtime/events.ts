// The event objects Apps Script hands to trigger functions (guides/triggers/events). Simple
// triggers (onOpen, onEdit, onSelectionChange) run by themselves when the user opens or edits
// the spreadsheet, each as its own execution in AuthMode.LIMITED.
import type { Runtime } from './runtime';
import { AuthMode } from './services/enums';
import { userFake } from './services/session';
import { spreadsheetFake } from './spreadsheet/spreadsheet';

/** The onOpen(e) event: e.user's email is blank, as a simple trigger may not reveal it. */
export function openEvent(rt: Runtime): Record<string, unknown> {
  const ss = rt.container();
  return {
    authMode: AuthMode.LIMITED,
    source: ss ? spreadsheetFake(rt, ss) : null,
    user: userFake(rt, ''),
  };
}

/**
 * A time-driven trigger's event. The guide's example reports "timezone: UTC" with the fields read
 * in UTC, and so do the events of public projects' logs we could find; the fields are therefore
 * UTC whatever the trigger's time zone (inTimezone only sets when it fires). week-of-year is the
 * ISO week. (The guide does not say which week numbering it uses: unconfirmed.)
 */
export function timeDrivenEvent(uid: string, at: number): Record<string, unknown> {
  const d = new Date(at);
  return {
    authMode: AuthMode.FULL,
    triggerUid: uid,
    timezone: 'UTC',
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': isoWeek(d),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

function isoWeek(d: Date): number {
  // The week's Thursday decides its year; week 1 holds the year's first Thursday.
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
}
