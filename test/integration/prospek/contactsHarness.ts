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
import type { Runtime } from '../../../local/runtime/index';
import { columnLetter, idOf, setUpSheet, tabRows, typeInto } from '../../support/workbook';

export type Seed = Partial<Record<ContactKey, string | number>>;

export const colOf = (key: ContactKey): number =>
  CONTACT_FIELDS.findIndex((f) => f.key === key) + 1;

/** A fast sheet of `count` leads written straight into the model (for call-count tests). */
export function bigSheet(count: number): Runtime {
  const rt = setUpSheet();
  const sheet = rt.workbook().sheet('Contacts')!;
  const rows = Array.from({ length: count }, (_, i) =>
    CONTACT_FIELDS.map((f) => {
      if (f.key === 'id') return idOf(i + 1);
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

/** The Activities tab as records keyed by field key (dates as the sheet stores them). */
export function activityRows(rt: Runtime): Record<string, unknown>[] {
  return tabRows(rt, 'Activities')
    .filter((r) => Object.values(r).some((v) => v !== ''))
    .map((r) => Object.fromEntries(ACTIVITY_FIELDS.map((f) => [f.key, r[f.header]])));
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
