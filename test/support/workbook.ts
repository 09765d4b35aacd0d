// Runs the built add-on (dist/, exactly what clasp pushes) on the offline runtime, and builds the
// workbooks tests start from: a set-up sheet with contacts typed in as a user would.
import path from 'node:path';
import { decodeCellText } from '../../src/domain/contact/cellText';
import {
  CONTACT_FIELDS,
  mapHeaders,
  type ContactKey,
  type FieldSpec,
} from '../../src/domain/contact/contact';
import {
  Runtime,
  columnToLetters,
  quoteSheetName,
  toA1,
  type ExecutionOptions,
  type RuntimeOptions,
} from '../../local/runtime/index';

export const DIST = path.join(__dirname, '../../dist');

/** 1 → 'A', 27 → 'AA': the runtime's own A1 helper, so tests and runtime agree. */
export const columnLetter = columnToLetters;

export function prospek(options: RuntimeOptions = {}): Runtime {
  return new Runtime({
    now: '2026-11-27T09:00:00',
    timeZone: 'Asia/Jakarta',
    user: 'rep@example.com',
    ...options,
  }).loadProject(DIST, { filter: (f) => f.endsWith('Code.js') });
}

/** Runs a menu item as a user clicking it, answering its dialogs in order. */
export function clickMenu(rt: Runtime, fn: string, options: ExecutionOptions = {}) {
  return rt.execute(fn, [], { kind: 'menu', ...options });
}

/** Types values into cells as a user would (typed input rules apply): 'Sheet!A1' starts the block. */
export function typeInto(rt: Runtime, a1: string, values: unknown[][]): void {
  rt.setValues(a1, values);
}

/** The whole workbook's cells, formulas, formats and validations, for before/after comparison. */
export function snapshot(rt: Runtime): unknown {
  return JSON.parse(JSON.stringify(rt.workbook().toData()));
}

/** A workbook with Contacts and Activities set up by the real menu item, as before any data. */
export function setUpSheet(options: RuntimeOptions = {}): Runtime {
  const rt = prospek(options);
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  return rt;
}

/** A contact keyed by field key ('name') or by header ('Name'), as the calling test prefers. */
export type ContactSeed = Partial<Record<string, string | number>>;

export interface TypeContactsOptions {
  /** Key the seeds by column header instead of field key. */
  byHeader?: boolean;
  /** The ID of the n-th contact typed (1-based) when the seed gives none. */
  idFor?: (n: number) => string;
}

export const idOf = (n: number) => `C-T${String(n).padStart(5, '0')}`;

/**
 * Types contacts in below the last row, as a user would. Missing IDs come from `idFor`, a
 * missing Stage is 'Lead' and missing Purchases 0, as set-up and the add-on expect.
 */
export function typeContacts(
  rt: Runtime,
  contacts: ContactSeed[],
  options: TypeContactsOptions = {},
): void {
  const first = rt.workbook().sheet('Contacts')!.rows.length + 1;
  const idFor = options.idFor ?? ((n: number) => idOf(first - 2 + n));
  const records = contacts.map((c, i) =>
    Object.fromEntries(
      CONTACT_FIELDS.map((f) => {
        const v = c[options.byHeader ? f.header : (f.key as ContactKey)];
        if (f.key === 'id') return [f.key, v ?? idFor(i + 1)];
        if (f.key === 'stage') return [f.key, v ?? 'Lead'];
        if (f.key === 'purchases') return [f.key, v ?? 0];
        return [f.key, v ?? ''];
      }),
    ),
  );
  typeRecords(rt, 'Contacts', CONTACT_FIELDS, records);
}

/**
 * Types records (keyed by field key) below a set-up tab's last row, each value in the column
 * its header names, wherever set-up or the user put that column.
 */
export function typeRecords(
  rt: Runtime,
  tab: string,
  fields: readonly FieldSpec[],
  records: Partial<Record<string, unknown>>[],
): void {
  if (records.length === 0) return;
  const sheet = rt.workbook().sheet(tab)!;
  const width = sheet.lastColumn();
  const header = rt.getValues(`${quoteSheetName(tab)}!${toA1(1, 1, 1, width)}`)[0];
  const { columns } = mapHeaders(header, fields);
  const values = records.map((r) => {
    const line: unknown[] = new Array(width).fill('');
    for (const [k, v] of Object.entries(r)) {
      const i = (columns as Record<string, number>)[k];
      if (i !== undefined) line[i] = v;
    }
    return line;
  });
  typeInto(rt, `${quoteSheetName(tab)}!${toA1(sheet.rows.length + 1, 1)}`, values);
}

/** A tab's rows keyed by header, text as the user reads it (Prospek's formula guard removed). */
export function tabRows(rt: Runtime, tab: string): Record<string, unknown>[] {
  const sheet = rt.workbook().sheet(tab);
  if (!sheet || sheet.lastRow() < 2) return [];
  const a1 = toA1(1, 1, sheet.lastRow(), sheet.lastColumn());
  const [header, ...rows] = rt.getValues(`${quoteSheetName(tab)}!${a1}`);
  const read = (v: unknown) => (typeof v === 'string' ? decodeCellText(v) : v);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), read(r[i])])));
}

/** A set-up sheet with these contacts typed into rows 2, 3, ... */
export function sheetWith(
  contacts: ContactSeed[],
  options: TypeContactsOptions & { runtime?: RuntimeOptions } = {},
): Runtime {
  const rt = setUpSheet(options.runtime);
  typeContacts(rt, contacts, options);
  return rt;
}
