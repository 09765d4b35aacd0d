// Rows without an ID of their own become contacts: a row the user typed or pasted (content, no
// ID, or an ID Prospek can't use) gets a new ID and its Created time; a copied row (an ID an
// earlier row already has) gets a new ID, the first row keeping the old one. Only the ID and
// Created cells of those rows are written, Created first: a run stopped between the two leaves a
// row without an ID, which the next run completes, so a retry converges.
import { newContactId, type Contact } from '../domain/contact/contact';
import { isContactId } from '../domain/contact/validation';
import type { SheetClock } from './sheetClock';
import { adjacentRuns, cellValue, wholeColumn } from './sheetTable';
import { CONTACTS } from './tables';

type Value = string | number | boolean | Date;

/** The Contacts tab with its columns located (contactStore's ContactTable). */
interface Table {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  layout: { columns: Record<'id' | 'created', number> };
}

/** A row that holds a contact, as read: its sheet row and the contact. */
export interface SeenRow {
  row: number;
  contact: Contact;
}

export interface IdFix {
  row: number;
  /** The new ID. */
  id: string;
  /** What the ID cell held: '' (a typed row), an ID Prospek can't use, or the copied ID. */
  was: string;
  /** For a copy: the row that keeps `was`. */
  copyOf?: number;
}

/** Every ID in the ID column, with the first sheet row holding it (from a scan or a read). */
export type IdIndex = Map<string, number>;

/** Up to this many rows are checked with a search each; more, with one read of the column. */
const SEARCH_AT_MOST = 4;

/** The sheet rows holding `id` in the ID column (header excluded), in order: one search. */
function rowsWithId(table: Table, id: string): number[] {
  return wholeColumn(table.sheet, table.layout.columns.id)
    .createTextFinder(id)
    .matchEntireCell(true)
    .matchCase(true)
    .findAll()
    .map((r) => r.getRow())
    .filter((r) => r > 1)
    .sort((a, b) => a - b);
}

/** The ID column read once: each ID and its first row. */
function readIdIndex(table: Table): IdIndex {
  const index: IdIndex = new Map();
  const last = table.sheet.getLastRow();
  if (last < 2) return index;
  const values = table.sheet
    .getRange(2, table.layout.columns.id + 1, last - 1, 1)
    .getValues() as Value[][];
  values.forEach(([v], i) => {
    const id = String(v ?? '').trim();
    if (id !== '' && !index.has(id)) index.set(id, i + 2);
  });
  return index;
}

/** The row that first holds `id`, by the index or by a search. */
function firstRowOf(table: Table, id: string, index: IdIndex | null): number | null {
  if (index) return index.get(id) ?? null;
  return rowsWithId(table, id)[0] ?? null;
}

/** What `rows` need: new IDs for typed rows, unusable IDs and copies (no ID chosen yet). */
function planFixes(table: Table, rows: readonly SeenRow[], index: IdIndex | null): IdFix[] {
  const fixes: IdFix[] = [];
  for (const { row, contact } of rows) {
    const id = contact.id;
    if (id === '' || !isContactId(id)) {
      fixes.push({ row, id: '', was: id });
      continue;
    }
    const first = firstRowOf(table, id, index);
    if (first !== null && first < row) fixes.push({ row, id: '', was: id, copyOf: first });
  }
  return fixes;
}

/**
 * The rows of `rows` that need an ID of their own (read-only: to learn, before taking the lock,
 * whether anything must be written). A few rows cost a search each, many one read of the column.
 */
export function rowsNeedingIds(table: Table, rows: readonly SeenRow[]): SeenRow[] {
  const index = rows.length > SEARCH_AT_MOST ? readIdIndex(table) : null;
  const need = new Set(planFixes(table, rows, index).map((f) => f.row));
  return rows.filter((r) => need.has(r.row));
}

/** One setValues per run of adjacent rows, in one column: no other cell is written. */
function writeColumn(table: Table, key: 'id' | 'created', cells: Map<number, Value>): void {
  const column = table.layout.columns[key] + 1;
  const kind = CONTACTS.fields.find((f) => f.key === key)?.kind ?? 'text';
  for (const [first, last] of adjacentRuns([...cells.keys()])) {
    const block: Value[][] = [];
    for (let r = first; r <= last; r++) block.push([cellValue(kind, cells.get(r))]);
    table.sheet.getRange(first, column, block.length, 1).setValues(block);
  }
}

/**
 * Gives every row of `rows` that needs one an ID of its own (call it under the document lock,
 * on rows read inside it), and updates their contacts. `index`: the ID column as a whole-tab
 * scan already read it; without it a few rows are checked by search, many by one read.
 */
export function giveIds(
  table: Table,
  clock: SheetClock,
  rows: readonly SeenRow[],
  random: () => number,
  index: IdIndex | null = null,
): IdFix[] {
  const known = index ?? (rows.length > SEARCH_AT_MOST ? readIdIndex(table) : null);
  const fixes = planFixes(table, rows, known);
  if (fixes.length === 0) return [];
  const tried = new Set<string>(known?.keys() ?? []);
  for (const fix of fixes) {
    for (;;) {
      const candidate = newContactId(random, tried);
      tried.add(candidate);
      if (known || rowsWithId(table, candidate).length === 0) {
        fix.id = candidate;
        break;
      }
    }
  }
  const byRow = new Map(rows.map((r) => [r.row, r.contact]));
  const created = new Map<number, Value>();
  for (const fix of fixes) {
    const c = byRow.get(fix.row) as Contact;
    if (fix.copyOf === undefined && c.created === '') created.set(fix.row, clock.nowIso);
  }
  writeColumn(table, 'created', created);
  writeColumn(table, 'id', new Map(fixes.map((f) => [f.row, f.id])));
  for (const fix of fixes) {
    const c = byRow.get(fix.row) as Contact;
    c.id = fix.id;
    if (created.has(fix.row)) c.created = clock.nowIso;
    index?.set(fix.id, fix.row);
  }
  return fixes;
}
