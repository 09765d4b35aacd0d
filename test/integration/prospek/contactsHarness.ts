// Helpers for the sidebar, stage action and conversation tests: a set-up sheet with contacts typed
// in (keyed by field), selections as a user makes them, and the sheet read back through the
// add-on itself (getContact) or as raw rows.
import {
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  type Activity,
  type Contact,
  type ContactKey,
} from '../../../src/domain/contact/contact';
import type { Reply } from '../../../src/sidebarApi';
import type { Runtime, DialogResponse, DialogRecord } from '../../../local/runtime/index';
import { clickMenu, prospek, typeInto } from '../harness';

export type Seed = Partial<Record<ContactKey, string | number>>;

export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export const colOf = (key: ContactKey): number =>
  CONTACT_FIELDS.findIndex((f) => f.key === key) + 1;
const LAST = columnLetter(CONTACT_FIELDS.length);

/** A set-up sheet with these contacts typed into rows 2, 3, ... (IDs C-T00001, ...). */
export function sheetWith(contacts: Seed[]): Runtime {
  const rt = prospek();
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  if (contacts.length > 0) {
    const rows = contacts.map((c, i) =>
      CONTACT_FIELDS.map((f) => {
        if (f.key === 'id') return c.id ?? `C-T${String(i + 1).padStart(5, '0')}`;
        if (f.key === 'stage') return c.stage ?? 'Lead';
        if (f.key === 'purchases') return c.purchases ?? 0;
        return c[f.key] ?? '';
      }),
    );
    typeInto(rt, `Contacts!A2:${LAST}${rows.length + 1}`, rows);
  }
  return rt;
}

/** A fast sheet of `count` leads written straight into the model (for call-count tests). */
export function bigSheet(count: number): Runtime {
  const rt = prospek();
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  const sheet = rt.workbook().sheet('Contacts')!;
  const rows = Array.from({ length: count }, (_, i) =>
    CONTACT_FIELDS.map((f) => {
      if (f.key === 'id') return `C-T${String(i + 1).padStart(5, '0')}`;
      if (f.key === 'name') return `Person ${i + 1}`;
      if (f.key === 'stage') return 'Lead';
      if (f.key === 'purchases') return 0;
      return '';
    }),
  );
  sheet.rows = [sheet.rows[0], ...rows];
  sheet.maxRows = Math.max(sheet.maxRows, count + 100);
  return rt;
}

export const idOf = (n: number) => `C-T${String(n).padStart(5, '0')}`;

/** Selects ranges on the Contacts tab: [firstRow, lastRow] pairs, columns A..C. */
export function selectRows(rt: Runtime, ...ranges: [number, number][]): void {
  const ss = rt.workbook();
  ss.select(
    ss.sheet('Contacts')!,
    ranges.map(([a, b]) => ({ row: a, column: 1, numRows: b - a + 1, numColumns: 3 })),
  );
}

/** Types one cell of a contact's row, as a user editing the sheet. */
export function typeCell(rt: Runtime, row: number, key: ContactKey, value: string | number): void {
  typeInto(rt, `Contacts!${columnLetter(colOf(key))}${row}`, [[value]]);
}

export function contact(rt: Runtime, id: string): Contact {
  const c = rt.run<Contact | null>('getContact', [id]);
  if (!c) throw new Error(`No contact ${id}`);
  return c;
}

/** The Activities tab as records (dates as the sheet stores them). */
export function activityRows(rt: Runtime): Record<string, unknown>[] {
  const rows = rt.workbook().sheet('Activities')!.rows.slice(1);
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(ACTIVITY_FIELDS.map((f, i) => [f.key, r[i]])));
}

/** Calls a sidebar function; returns its Reply. */
export function sidebar<T>(rt: Runtime, fn: string, ...args: unknown[]): Reply<T> {
  return rt.run<Reply<T>>(fn, args, { kind: 'sidebar' });
}

/** Calls a sidebar function that must succeed; returns its value. */
export function ok<T>(rt: Runtime, fn: string, ...args: unknown[]): T {
  const r = sidebar<T>(rt, fn, ...args);
  if (!r.ok) throw new Error(`${fn} refused: ${r.message}`);
  return r.value;
}

/** Runs a menu item with scripted answers; returns the dialogs it showed. */
export function menu(rt: Runtime, fn: string, responses: DialogResponse[] = []): DialogRecord[] {
  return clickMenu(rt, fn, { responses }).execution.dialogs;
}

/** The message of the last alert a menu run showed. */
export function lastAlert(dialogs: DialogRecord[]): string {
  const alerts = dialogs.filter((d) => d.type === 'alert');
  return alerts[alerts.length - 1]?.message ?? '';
}

/** A conversation form as the sidebar sends it. */
export function conversation(contactId: string, fields: Record<string, string> = {}) {
  return {
    contactId,
    type: 'Call',
    summary: '',
    questions: '',
    concerns: '',
    nextStep: '',
    followUpOn: '',
    ...fields,
  };
}

export type { Activity };
