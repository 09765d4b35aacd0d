// Conversations typed or pasted into the Activities tab keep their contact's Last contacted, as
// one logged in the sidebar does: the daily digest decides who has gone quiet from Last
// contacted alone, so it never scans the Activities tab (issue 15). Run by the simple onEdit
// (AuthMode.LIMITED, 30 seconds: see typedRows.ts); a busy lock or a tab not set up leaves it.
import { CONVERSATION_TYPES } from '../domain/contact/contact';
import { compareDays, isCalendarDay, type CalendarDay } from '../domain/calendarDay';
import { isValidationError } from '../domain/errors';
import { openContactTable, readContactsById, writeContactRows } from '../sheets/contactStore';
import { cellsOf, openTable, TableMissingError } from '../sheets/sheetTable';
import { ACTIVITIES } from '../sheets/tables';
import { isTab } from '../sheets/tabs';
import { activeSpreadsheet, context, services, type Context } from './context';
import { withDocumentLock } from './locks';

type Range = GoogleAppsScript.Spreadsheet.Range;

const CONVERSATIONS = new Set<string>(CONVERSATION_TYPES);

/** Contacts updated per edit at most; a paste of more is left as typed. */
export const MAX_TYPED_CONTACTS = 50;

/** The calendar day of a When cell in the sheet's zone: a date-time, or text starting with one. */
function dayOfWhen(ctx: Context, value: unknown): CalendarDay | '' {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return services().utilities.formatDate(value, ctx.clock.timeZone, 'yyyy-MM-dd');
  const day = String(value ?? '')
    .trim()
    .slice(0, 10);
  return isCalendarDay(day) ? day : '';
}

/** Each contact's latest conversation day among the edited rows of the Activities tab. */
function typedDays(ctx: Context, first: number, last: number): Map<string, CalendarDay> {
  const layout = openTable(ctx.ss, ACTIVITIES);
  const values = layout.sheet.getRange(first, 1, last - first + 1, layout.width).getValues();
  const days = new Map<string, CalendarDay>();
  for (const row of values) {
    const cells = cellsOf(ACTIVITIES, layout, row, ctx.clock);
    const id = String(cells.contactId ?? '').trim();
    if (id === '' || !CONVERSATIONS.has(String(cells.type ?? '').trim())) continue;
    const day = dayOfWhen(ctx, row[layout.columns.when]);
    const seen = days.get(id);
    if (day !== '' && (seen === undefined || compareDays(seen, day) < 0)) days.set(id, day);
  }
  return days;
}

/** onEdit: moves each edited conversation's contact's Last contacted forward to its day. */
export function noteTypedConversations(e?: { range?: Range }): void {
  const range = e?.range;
  if (!range) return;
  const ss = activeSpreadsheet();
  if (!isTab(ss, ACTIVITIES, range.getSheet())) return;
  const first = Math.max(2, range.getRow());
  const last = range.getLastRow();
  if (last < first) return;
  const ctx = context();
  try {
    const days = typedDays(ctx, first, last);
    if (days.size === 0 || days.size > MAX_TYPED_CONTACTS) return;
    withDocumentLock(() => {
      // One search for all the contacts, one read per run of their rows, one write per run.
      const found = readContactsById(ctx.ss, ctx.clock, [...days.keys()]);
      const changes = [];
      for (const c of found.contacts) {
        const day = days.get(c.id);
        const known = c.lastContacted;
        if (!day || (isCalendarDay(known) && compareDays(known, day) >= 0)) continue;
        const index = found.indexById.get(c.id) as number;
        const row = { row: index + 2, values: found.table.rows[index], contact: c };
        changes.push({ row, fields: { lastContacted: day } });
      }
      if (changes.length > 0) writeContactRows(openContactTable(ctx.ss), changes);
    });
  } catch (err) {
    if (err instanceof TableMissingError || isValidationError(err)) return;
    throw err;
  }
}
