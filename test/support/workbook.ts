// Runs the built add-on (dist/, exactly what clasp pushes) on the offline runtime, and builds the
// workbooks tests start from: a set-up sheet with contacts typed in as a user would.
import path from 'node:path';
import { CONTACT_FIELDS, type ContactKey } from '../../src/domain/contact/contact';
import {
  Runtime,
  columnToLetters,
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
  if (contacts.length === 0) return;
  const first = rt.workbook().sheet('Contacts')!.rows.length + 1;
  const idFor = options.idFor ?? ((n: number) => idOf(first - 2 + n));
  const rows = contacts.map((c, i) =>
    CONTACT_FIELDS.map((f) => {
      const v = c[options.byHeader ? f.header : (f.key as ContactKey)];
      if (f.key === 'id') return v ?? idFor(i + 1);
      if (f.key === 'stage') return v ?? 'Lead';
      if (f.key === 'purchases') return v ?? 0;
      return v ?? '';
    }),
  );
  const last = columnLetter(CONTACT_FIELDS.length);
  typeInto(rt, `Contacts!A${first}:${last}${first + rows.length - 1}`, rows);
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
