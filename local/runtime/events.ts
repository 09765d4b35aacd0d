// The event objects Apps Script hands to trigger functions (guides/triggers/events). Simple
// triggers (onOpen, onEdit, onSelectionChange) run by themselves when the user opens or edits
// the spreadsheet, each as its own execution in AuthMode.LIMITED.
import type { Runtime } from './runtime';
import { AuthMode } from './services/enums';
import { userFake } from './services/session';
import { spreadsheetFake } from './spreadsheet/spreadsheet';
import { rangeFake } from './spreadsheet/range';
import type { RangeRect, SheetModel, SpreadsheetModel, Stored } from './spreadsheet/model';

/** The onOpen(e) event: e.user's email is blank, as a simple trigger may not reveal it. */
export function openEvent(rt: Runtime): Record<string, unknown> {
  const ss = rt.container();
  return {
    authMode: AuthMode.LIMITED,
    source: ss ? spreadsheetFake(rt, ss) : null,
    user: userFake(rt, ''),
  };
}

/** How an event reports a cell's value: as text, TRUE/FALSE for booleans, a date as its serial. */
export function eventValue(v: Stored): string {
  return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
}

/**
 * The onEdit(e) event (guides/triggers/events): e.range is the whole edited block; e.value and
 * e.oldValue only for a single cell, e.oldValue only when the cell held something. e.value is
 * text (a checkbox gives "TRUE", as public scripts test for); a date gives its serial number, as
 * public reports say (unconfirmed in the documentation). A cleared cell has no e.value. e.user's
 * email is blank in a simple trigger, as for onOpen; an installable trigger adds triggerUid and
 * runs with AuthMode.FULL.
 */
export function editEvent(
  rt: Runtime,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  rect: RangeRect,
  before: Stored | undefined,
  trigger: { uid: string; user: string } | null,
): Record<string, unknown> {
  const e: Record<string, unknown> = {
    authMode: trigger ? AuthMode.FULL : AuthMode.LIMITED,
    range: rangeFake(rt, ss, sheet, rect),
    source: spreadsheetFake(rt, ss),
    user: userFake(rt, trigger ? trigger.user : ''),
  };
  if (trigger) e.triggerUid = trigger.uid;
  if (rect.numRows === 1 && rect.numColumns === 1) {
    const now = sheet.get(rect.row, rect.column);
    if (now !== '') e.value = eventValue(now);
    if (before !== undefined && before !== '') e.oldValue = eventValue(before);
  }
  return e;
}

/** onSelectionChange(e): the newly selected range (guides/triggers#onselectionchangee). */
export function selectionEvent(
  rt: Runtime,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  rect: RangeRect,
): Record<string, unknown> {
  return {
    authMode: AuthMode.LIMITED,
    range: rangeFake(rt, ss, sheet, rect),
    source: spreadsheetFake(rt, ss),
    user: userFake(rt, ''),
  };
}

/** An installable onChange event: changeType is EDIT, INSERT_ROW, INSERT_COLUMN, REMOVE_ROW, ... */
export function changeEvent(
  rt: Runtime,
  ss: SpreadsheetModel,
  changeType: string,
  trigger: { uid: string; user: string },
): Record<string, unknown> {
  return {
    authMode: AuthMode.FULL,
    changeType,
    source: spreadsheetFake(rt, ss),
    triggerUid: trigger.uid,
    user: userFake(rt, trigger.user),
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
