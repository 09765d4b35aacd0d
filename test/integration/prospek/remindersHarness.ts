// Helpers for the reminder tests: a set-up sheet with contacts and conversations typed in, the
// Settings tab's calls, and the outbox read back per day in the spreadsheet's time zone.
import { ACTIVITY_FIELDS, CONTACT_FIELDS } from '../../../src/domain/contact/contact';
import type { ReminderPrefs, ReminderSettingsView } from '../../../src/domain/reminders/settings';
import type { Reply } from '../../../src/sidebarApi';
import type { Runtime, RuntimeOptions, SentEmail } from '../../../local/runtime/index';
import { call, callOk } from '../../support/sidebar';
import {
  columnLetter,
  idOf,
  sheetWith as buildSheet,
  typeContacts,
  typeInto,
} from '../../support/workbook';

export const USER = 'rep@example.com';
export const HANDLER = 'prospekDailyDigest';

export type Row = Partial<Record<string, string | number>>;

let idCounter = 0;
const byHeader = { byHeader: true, idFor: () => idOf(++idCounter) };

/** A Prospek sheet (set up) with these contacts, keyed by header ('Name', 'Next follow-up', ...). */
export function sheetWith(contacts: Row[], options: RuntimeOptions = {}): Runtime {
  return buildSheet(contacts, { ...byHeader, runtime: { user: USER, ...options } });
}

/** Types contacts in below the last row, each with an ID as set-up would give one. */
export function addContacts(rt: Runtime, contacts: Row[]): void {
  typeContacts(rt, contacts, byHeader);
}

/** Sets cells of the contact named `name` as a user typing into the sheet. */
export function editContact(rt: Runtime, name: string, fields: Row): void {
  const sheet = rt.workbook().sheet('Contacts')!;
  const nameCol = CONTACT_FIELDS.findIndex((f) => f.header === 'Name');
  const index = sheet.rows.findIndex((r) => r[nameCol] === name);
  if (index < 1) throw new Error(`No contact ${name}`);
  for (const [header, value] of Object.entries(fields)) {
    const col = CONTACT_FIELDS.findIndex((f) => f.header === header) + 1;
    typeInto(rt, `Contacts!${columnLetter(col)}${index + 1}`, [[value ?? '']]);
  }
}

/**
 * A conversation typed into the Activities tab by a person (When as 'YYYY-MM-DD HH:MM' in the
 * sheet's zone): onEdit moves the contact's Last contacted, which the digest reads.
 */
export function logConversation(rt: Runtime, contactId: string, when: string, type = 'Call'): void {
  const sheet = rt.workbook().sheet('Activities')!;
  const r = sheet.rows.length + 1;
  const row = ACTIVITY_FIELDS.map((f) => {
    switch (f.header) {
      case 'Activity ID':
        return `A-T${String(++idCounter).padStart(7, '0')}`;
      case 'When':
        return when;
      case 'Contact ID':
        return contactId;
      case 'Type':
        return type;
      case 'Summary':
        return 'Talked';
      default:
        return '';
    }
  });
  const edit = rt.user.edit(`Activities!A${r}:${columnLetter(ACTIVITY_FIELDS.length)}${r}`, [row], {
    grow: true,
  });
  for (const t of edit.triggers) if (t.error) throw new Error(String(t.error));
}

export const DEFAULTS: ReminderPrefs = {
  enabled: true,
  hour: 8,
  recipient: '',
  scope: 'mine',
  cardLeadDays: 7,
  staleDays: 14,
  keepInTouch: true,
  notReadyDays: 30,
};

export function save(rt: Runtime, prefs: Partial<ReminderPrefs> = {}): Reply<ReminderSettingsView> {
  return call<ReminderSettingsView>(rt, 'saveReminderSettings', { ...DEFAULTS, ...prefs });
}

export function saveOk(rt: Runtime, prefs: Partial<ReminderPrefs> = {}): ReminderSettingsView {
  return callOk<ReminderSettingsView>(rt, 'saveReminderSettings', { ...DEFAULTS, ...prefs });
}

export function settings(rt: Runtime): ReminderSettingsView {
  return callOk<ReminderSettingsView>(rt, 'getReminderSettings');
}

/** The user's digest triggers as the runtime holds them. */
export function digestTriggers(rt: Runtime) {
  return rt.state.triggers.filter((t) => t.owner === USER);
}

/** 'YYYY-MM-DD' of an instant in a zone. */
export function dayIn(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(at));
}

export function digests(rt: Runtime, opts: { tests?: boolean } = {}): SentEmail[] {
  return rt.state.outbox.filter((m) => m.subject.startsWith('[TEST]') === !!opts.tests);
}

/** Day → names of the given people that each digest mentions, one entry per email. */
export function digestLog(
  rt: Runtime,
  timeZone: string,
  names: readonly string[],
): { day: string; names: string[] }[] {
  return digests(rt).map((m) => ({
    day: dayIn(m.sentAt, timeZone),
    names: names.filter((n) => m.body.includes(n)).sort(),
  }));
}

/** Every day from `first` to `last` inclusive. */
export function daysFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); d <= new Date(`${last}T00:00:00Z`);) {
    out.push(d.toISOString().slice(0, 10));
    d = new Date(d.getTime() + 86_400_000);
  }
  return out;
}
