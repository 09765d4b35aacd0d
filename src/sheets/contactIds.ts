// Rows without an ID of their own become contacts: a row the user typed or pasted (content, no
// ID, or an ID Prospek can't use) gets a new ID and its Created time; a copied row (an ID another
// row holds too) gets a new ID and keeps its other cells as pasted. Which row is the copy: onEdit
// knows the rows just pasted (`Pasted`), so a pasted row whose ID a row outside the paste holds
// is the copy, above the original or below, and the original keeps its ID and history; among
// the pasted rows, and for a scan or action that cannot know which row is new, the first row
// keeps the ID. Only the ID and Created cells of those rows are written, Created first: a run
// stopped between the two leaves a row without an ID, which the next run completes.
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

/**
 * The rows whose ID cells an edit just typed or pasted (onEdit's range, when it covers the ID
 * column): the new ones, so a row among them holding an ID that a row outside holds is the copy.
 * A move (cut and paste) leaves the ID in the pasted row only, and so does a row pasted onto
 * itself: no copy.
 */
export interface Pasted {
  first: number;
  last: number;
}

/** The first and last sheet rows whose ID cell holds an ID (the same row when one does). */
interface Holders {
  first: number;
  last: number;
}

/** Where IDs sit: every ID when the column was read (or scanned), null when each is searched. */
interface Lookup {
  ids: ReadonlyMap<string, number> | null;
  holders(id: string): Holders | null;
}

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

/**
 * The ID column read once: each ID's first row, and the last row of an ID held by more than one
 * (a copy is rare, so the second map stays small).
 */
function readIdColumn(table: Table): Lookup {
  const first: IdIndex = new Map();
  const last = new Map<string, number>();
  const end = table.sheet.getLastRow();
  if (end >= 2) {
    const values = table.sheet
      .getRange(2, table.layout.columns.id + 1, end - 1, 1)
      .getValues() as Value[][];
    values.forEach(([v], i) => {
      const id = String(v ?? '').trim();
      if (id === '') return;
      if (first.has(id)) last.set(id, i + 2);
      else first.set(id, i + 2);
    });
  }
  return {
    ids: first,
    holders: (id) => {
      const at = first.get(id);
      return at === undefined ? null : { first: at, last: last.get(id) ?? at };
    },
  };
}

/**
 * Where IDs sit, for `count` rows: a scan's index (first rows only: no `Pasted` with it), one
 * read of the column for many rows, or a search per ID for a few.
 */
function lookup(table: Table, count: number, index: IdIndex | null): Lookup {
  if (index) {
    return {
      ids: index,
      holders: (id) => {
        const at = index.get(id);
        return at === undefined ? null : { first: at, last: at };
      },
    };
  }
  if (count > SEARCH_AT_MOST) return readIdColumn(table);
  return {
    ids: null,
    holders: (id) => {
      const rows = rowsWithId(table, id);
      return rows.length === 0 ? null : { first: rows[0], last: rows[rows.length - 1] };
    },
  };
}

/** The row `row` (holding `id`) is a copy of, or null when it keeps the ID. */
function originalOf(row: number, at: Holders, pasted?: Pasted): number | null {
  if (pasted && row >= pasted.first && row <= pasted.last) {
    if (at.first < pasted.first) return at.first;
    if (at.last > pasted.last) return at.last;
  }
  return at.first < row ? at.first : null;
}

/** What `rows` need: new IDs for typed rows, unusable IDs and copies (no ID chosen yet). */
function planFixes(rows: readonly SeenRow[], known: Lookup, pasted?: Pasted): IdFix[] {
  const fixes: IdFix[] = [];
  for (const { row, contact } of rows) {
    const id = contact.id;
    if (id === '' || !isContactId(id)) {
      fixes.push({ row, id: '', was: id });
      continue;
    }
    const at = known.holders(id);
    const original = at === null ? null : originalOf(row, at, pasted);
    if (original !== null) fixes.push({ row, id: '', was: id, copyOf: original });
  }
  return fixes;
}

/**
 * The rows of `rows` that need an ID of their own (read-only: to learn, before taking the lock,
 * whether anything must be written). A few rows cost a search each, many one read of the column.
 */
export function rowsNeedingIds(table: Table, rows: readonly SeenRow[], pasted?: Pasted): SeenRow[] {
  const known = lookup(table, rows.length, null);
  const need = new Set(planFixes(rows, known, pasted).map((f) => f.row));
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
 * `pasted`: the rows onEdit saw typed or pasted over the ID column (without `index`).
 */
export function giveIds(
  table: Table,
  clock: SheetClock,
  rows: readonly SeenRow[],
  random: () => number,
  index: IdIndex | null = null,
  pasted?: Pasted,
): IdFix[] {
  const known = lookup(table, rows.length, index);
  const fixes = planFixes(rows, known, pasted);
  if (fixes.length === 0) return [];
  const tried = new Set<string>(known.ids?.keys() ?? []);
  for (const fix of fixes) {
    for (;;) {
      const candidate = newContactId(random, tried);
      tried.add(candidate);
      if (known.ids || rowsWithId(table, candidate).length === 0) {
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
