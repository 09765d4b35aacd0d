// The row-by-row reference for the daily reminder run: the approach common in tutorials and
// templates, one getRange(row, column).getValue() per cell of the Contacts and Activities tabs,
// then the same reminder selection and digest as Prospek's domain code, and one email. Bundled
// by bench/run.mjs into an Apps Script project of its own and run on the same runtime and
// workbooks as the add-on.
import {
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  CONVERSATION_TYPES,
  contactFromCells,
  isBlankContact,
  mapHeaders,
  type Contact,
  type FieldSpec,
} from '../../src/domain/contact/contact';
import { compareDays, type CalendarDay } from '../../src/domain/calendarDay';
import { composeDigest } from '../../src/domain/reminders/digest';
import { DEFAULT_REMINDER_SETTINGS, selectReminders } from '../../src/domain/reminders/reminders';
import { utilities } from '../../src/gas/utilities';
import { sheetClock, type SheetClock } from '../../src/sheets/sheetClock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every cell of a tab, one getValue each, as the tutorials do. */
function readCellByCell(sheet: Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const rows: unknown[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= lastColumn; c++) row.push(sheet.getRange(r, c).getValue());
    rows.push(row);
  }
  return rows;
}

function records<K extends string>(
  values: unknown[][],
  fields: readonly FieldSpec<K>[],
  clock: SheetClock,
): Partial<Record<K, unknown>>[] {
  const { columns } = mapHeaders(values[0] ?? [], fields);
  return values.slice(1).map((row) => {
    const out: Partial<Record<K, unknown>> = {};
    for (const f of fields) {
      const i = columns[f.key];
      if (i === undefined) continue;
      const v = row[i];
      out[f.key] =
        v instanceof Date ? (f.kind === 'datetime' ? v.toISOString() : clock.dayOf(v)) : v;
    }
    return out;
  });
}

export function referenceDailyReminders(): number {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const clock = sheetClock(ss, utilities);
  const contactSheet = ss.getSheetByName('Contacts');
  const activitySheet = ss.getSheetByName('Activities');
  if (!contactSheet || !activitySheet) throw new Error('Set the sheet up first');

  const contacts: Contact[] = records(readCellByCell(contactSheet), CONTACT_FIELDS, clock)
    .map((cells) => contactFromCells(cells))
    .filter((c) => !isBlankContact(c));
  const conversations = new Set<string>(CONVERSATION_TYPES);
  const lastConversation = new Map<string, CalendarDay>();
  for (const a of records(readCellByCell(activitySheet), ACTIVITY_FIELDS, clock)) {
    if (!conversations.has(String(a.type))) continue;
    const id = String(a.contactId);
    const day = clock.dayOf(new Date(String(a.when)));
    const seen = lastConversation.get(id);
    if (!seen || compareDays(day, seen) > 0) lastConversation.set(id, day);
  }

  const me = Session.getActiveUser().getEmail();
  const reminders = selectReminders(contacts, lastConversation, clock.today, {
    ...DEFAULT_REMINDER_SETTINGS,
    me,
  });
  const url = ss.getUrl();
  const digest = composeDigest(reminders, {
    today: clock.today,
    sheetUrl: url,
    rowLinkFor: () => url,
    isTest: false,
    timeZoneLabel: clock.timeZone,
  });
  if (!digest) return 0;
  MailApp.sendEmail({ to: me, subject: digest.subject, body: digest.text, htmlBody: digest.html });
  return 1;
}
