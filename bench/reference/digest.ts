// The daily reminder logic the reference scripts share, once they hold the values of both tabs
// (header row first): the same reminder selection and digest as Prospek's domain code, and one
// email. Only how the values are read differs between the references (bulk.ts, rowByRow.ts,
// cellByCell.ts), so each is the peer a user would write with that way of reading.
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

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/** Each contact's last conversation day, from the log. */
function lastConversations(activities: unknown[][], clock: SheetClock): Map<string, CalendarDay> {
  const conversations = new Set<string>(CONVERSATION_TYPES);
  const last = new Map<string, CalendarDay>();
  for (const a of records(activities, ACTIVITY_FIELDS, clock)) {
    if (!conversations.has(String(a.type))) continue;
    const id = String(a.contactId);
    const day = clock.dayOf(new Date(String(a.when)));
    const seen = last.get(id);
    if (!seen || compareDays(day, seen) > 0) last.set(id, day);
  }
  return last;
}

/** Reads both tabs with `read`, selects today's reminders and mails them: 1 if sent. */
export function dailyDigest(read: (sheet: Sheet) => unknown[][]): number {
  const ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const clock = sheetClock(ss, utilities);
  const contactSheet = ss.getSheetByName('Contacts');
  const activitySheet = ss.getSheetByName('Activities');
  if (!contactSheet || !activitySheet) throw new Error('Set the sheet up first');

  const contacts: Contact[] = records(read(contactSheet), CONTACT_FIELDS, clock)
    .map((cells) => contactFromCells(cells))
    .filter((c) => !isBlankContact(c));
  const lastConversation = lastConversations(read(activitySheet), clock);
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
