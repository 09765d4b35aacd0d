// The Contacts tab as a store addressed by contact ID, with a constant number of service calls
// whatever the number of contacts: read all or only some fields (one read per run of adjacent
// columns), find one by ID (one search, none when a row hint still holds it) and read its row,
// append a new contact (one write), and update any number of contacts (one write per block of
// adjacent rows and columns).
import { decodeCellText } from '../domain/contact/cellText';
import {
  contactFromCells,
  newContactId,
  rowHasContent,
  type Contact,
  type ContactKey,
} from '../domain/contact/contact';
import { isContactId } from '../domain/contact/validation';
import type { SheetClock } from './sheetClock';
import {
  adjacentRuns,
  appendRows,
  cellsReader,
  openTable,
  openTableHeader,
  readFields,
  readSheetRows,
  rowsHolding,
  wholeColumn,
  writeChanges,
  type Layout,
  type TableRows,
} from './sheetTable';
import { CONTACTS } from './tables';
import { tellKeysChanged } from './importKeyCache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The cells of a contact's row written last, in this order (see writeChanges): Updated is the
 * row's "finished" mark, so a row whose Updated still holds its old value was not finished;
 * Purchases (counted up from its old value) and Notes (appended to) go just before it, so a
 * replay that finds them written finds every other cell written too.
 */
export const WRITTEN_LAST: readonly ContactKey[] = ['purchases', 'notes', 'updated'];

export interface ContactSnapshot {
  contacts: Contact[];
  table: TableRows<ContactKey>;
  /** Index into table.rows of each contact ID, valid only inside the lock that read it. */
  indexById: Map<string, number>;
}

/**
 * The contacts with these IDs, as a snapshot of their rows only (for a merge): one search of the
 * ID column for all of them, then one read per run of adjacent rows. The rows sit at their data
 * index (sheet row - 2) in a sparse array, so updateContacts writes them as it writes a whole
 * tab's; an ID held by several rows (a copy) is its first row's. IDs not found are left out.
 * `rows`: where each contact was listed (see listedVersion); when every one of them still holds
 * its contact, those rows are read and the ID column is not searched.
 */
export function readContactsById(
  ss: Spreadsheet,
  clock: SheetClock,
  ids: readonly string[],
  rows?: ReadonlyMap<string, number>,
): ContactSnapshot {
  const { layout, header } = openTableHeader(ss, CONTACTS);
  const listed = ids.map((id) => rows?.get(id));
  if (ids.length > 0 && listed.every((r) => r !== undefined)) {
    const snapshot = atRows(layout, header, clock, listed as number[]);
    if (snapshot && ids.every((id, i) => snapshot.indexById.get(id) === (listed[i] as number) - 2))
      return snapshot;
  }
  const found = rowsHolding(layout.sheet, layout.columns.id, ids);
  return snapshotOf(layout, header, clock, found, readSheetRows(layout.sheet, layout.width, found));
}

/** The snapshot of these rows, or null when one is past the tab's end (rows deleted since). */
function atRows(
  layout: Layout<ContactKey>,
  header: string[],
  clock: SheetClock,
  rows: readonly number[],
): ContactSnapshot | null {
  let values: Value[][];
  try {
    values = readSheetRows(layout.sheet, layout.width, rows);
  } catch {
    return null;
  }
  return snapshotOf(layout, header, clock, rows, values);
}

function snapshotOf(
  layout: Layout<ContactKey>,
  header: string[],
  clock: SheetClock,
  found: readonly number[],
  rows: Value[][],
): ContactSnapshot {
  const contacts: Contact[] = [];
  const indexById = new Map<string, number>();
  const cellsAt = cellsReader(CONTACTS, layout, clock);
  for (const row of [...found].sort((a, b) => a - b)) {
    const c = contactFromCells(cellsAt(rows[row - 2]));
    if (!c.id || indexById.has(c.id)) continue;
    contacts.push(c);
    indexById.set(c.id, row - 2);
  }
  return { contacts, table: { layout, header, rows }, indexById };
}

/** Contacts with some of their fields, for views over the whole tab (see readContactFields). */
export interface ContactFields {
  /**
   * Rows with an ID or other content (a row the user typed has no ID yet), each with the fields
   * read; the others are at their empty value.
   */
  contacts: Contact[];
  /** Index into the data rows (sheet row - 2) of each contact ID (its first row). */
  indexById: Map<string, number>;
  /** The rows of `contacts` that need an ID of their own: none, one Prospek can't use, a copy. */
  unidentified: { row: number; contact: Contact }[];
  layout: Layout<ContactKey>;
  /** Data rows read, blank ones included (for readFieldsAt). */
  rowCount: number;
}

/**
 * Only `keys` (plus the ID) of every contact: one read per run of adjacent columns instead of
 * the whole tab. Empty rows are left out; rows typed without an ID are in, and listed in
 * `unidentified` with copied rows (an ID an earlier row has), for contactIds.giveIds.
 */
export function readContactFields(
  ss: Spreadsheet,
  clock: SheetClock,
  keys: readonly ContactKey[],
): ContactFields {
  const table = readFields(ss, CONTACTS, ['id', ...keys]);
  const contacts: Contact[] = [];
  const indexById = new Map<string, number>();
  const unidentified: { row: number; contact: Contact }[] = [];
  const cellsOfRow = cellsReader(CONTACTS, table, clock);
  table.rows.forEach((row, i) => {
    const cells = cellsOfRow(row);
    const c = contactFromCells(cells);
    if (c.id === '' && !rowHasContent(cells)) return;
    contacts.push(c);
    if (c.id === '' || !isContactId(c.id) || indexById.has(c.id)) {
      unidentified.push({ row: i + 2, contact: c });
    } else indexById.set(c.id, i);
  });
  return { contacts, indexById, unidentified, layout: table.layout, rowCount: table.rows.length };
}

/**
 * One contact by ID: a header read, then its row; `hint` (where a reply placed it) spares the
 * search of the ID column while that row still holds the ID (see contactRowOf).
 */
export function findContact(
  ss: Spreadsheet,
  clock: SheetClock,
  id: string,
  hint?: number,
): Contact | null {
  return contactRowOf(openContactTable(ss), clock, id, hint)?.contact ?? null;
}

// ---- one contact at a time ---------------------------------------------------------------------
// Single-contact paths (sidebar load/save, a logged conversation, menu actions on a selection)
// never read the whole tab: the header, a search of the ID column (unless the row a reply named
// still holds the contact: contactRowOf), and the rows they need.

type Value = string | number | boolean | Date;

/** The Contacts tab with its columns located (one header read). */
export interface ContactTable {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  layout: Layout<ContactKey>;
}

/** A sheet row as read: its 1-based row number, raw values, and the contact (null if blank). */
export interface ContactRow {
  row: number;
  values: Value[];
  contact: Contact | null;
}

/** Header and columns in one read (see openTable). */
export function openContactTable(ss: Spreadsheet): ContactTable {
  const layout = openTable(ss, CONTACTS);
  return { sheet: layout.sheet, layout };
}

/**
 * The sheet row holding `id` (exact, case-sensitive), or null: one search of the ID column, not
 * a read of it. The search covers the whole column, header included, so it needs no extent call.
 */
export function findContactRow(table: ContactTable, id: string): number | null {
  if (!id) return null;
  const finder = wholeColumn(table.sheet, table.layout.columns.id)
    .createTextFinder(id)
    .matchEntireCell(true)
    .matchCase(true);
  let row = finder.findNext()?.getRow() ?? null;
  // Only an ID spelled like the header lands there; the next match is the contact, if any.
  if (row === 1) row = finder.findNext()?.getRow() ?? null;
  return row;
}

/**
 * The row holding `id`, read (null when none does). With `hint`, the sheet row a reply about
 * this contact named: read alone (the one-row read the action makes anyway) and kept when its ID
 * cell holds exactly `id`, so the ID column is not searched. A hint gone stale (rows sorted,
 * inserted or deleted above, past the tab's end) costs that read, then the search as without one.
 *
 * Copies: onEdit gives a pasted copy its own ID, above the original or below (contactIds'
 * Pasted), so the row the sidebar showed keeps the ID, and its Activities with it: hint or
 * search, the action works on that row. A copy onEdit missed (busy, or written by a script)
 * waits for the next scan or action, where the first row keeps the ID; until then the search
 * finds the first row, and a hinted row holding the ID is used as it is.
 */
export function contactRowOf(
  table: ContactTable,
  clock: SheetClock,
  id: string,
  hint?: number,
): ContactRow | null {
  if (!id) return null;
  if (hint !== undefined) {
    const hinted = atHint(() => readContactRows(table, clock, hint, 1)[0] ?? null);
    if (hinted?.contact?.id === id) return hinted;
  }
  const at = findContactRow(table, id);
  const row = at === null ? null : readContactRows(table, clock, at, 1)[0];
  return row?.contact?.id === id ? row : null;
}

/**
 * The sheet row holding `id`, for an action that reads nothing of the row: `hint` when its ID
 * cell (one cell read) holds exactly `id`, else the search (findContactRow).
 */
export function rowHoldingId(table: ContactTable, id: string, hint?: number): number | null {
  if (!id) return null;
  if (hint !== undefined) {
    const held = atHint(() => table.sheet.getRange(hint, table.layout.columns.id + 1).getValue());
    if (held !== null && decodeCellText(String(held)).trim() === id) return hint;
  }
  return findContactRow(table, id);
}

/**
 * A read at a hinted row, or null when getRange refuses the row: past the sheet's end, rows
 * deleted since the reply. Any failure falls back alike: the search then finds the contact, says
 * it is gone, or meets the same failure.
 */
function atHint<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** `count` rows from `first` (a data row, 2 or more) in one read. Blank rows have contact null. */
export function readContactRows(
  table: ContactTable,
  clock: SheetClock,
  first: number,
  count: number,
): ContactRow[] {
  if (count < 1) return [];
  const values = table.sheet.getRange(first, 1, count, table.layout.width).getValues() as Value[][];
  const cellsAt = cellsReader(CONTACTS, table.layout, clock);
  return values.map((v, i) => {
    const cells = cellsAt(v);
    const c = contactFromCells(cells);
    // A row with content is a contact, with an ID or not yet (typed by hand: see contactIds).
    const blank = c.id === '' && !rowHasContent(cells);
    return { row: first + i, values: v, contact: blank ? null : c };
  });
}

/**
 * Writes changed fields of rows read inside the same lock: one write per run of adjacent sheet
 * rows (and of adjacent columns of ours), so rows and user columns in between are never touched.
 */
export function writeContactRows(
  table: ContactTable,
  changes: readonly { row: ContactRow; fields: Partial<Contact> }[],
): void {
  // writeChanges addresses rows by index + 2; a sparse array puts each row at its sheet row.
  const rows: Value[][] = [];
  for (const ch of changes) rows[ch.row.row - 2] = ch.row.values;
  writeChanges(
    CONTACTS,
    table.layout,
    rows,
    changes.map((ch) => ({ index: ch.row.row - 2, fields: ch.fields })),
    WRITTEN_LAST,
    tellImportKeys,
  );
}

/**
 * Appends one new contact after the last row. Its new ID is checked against the ID column with
 * one search (a clash of 30 random bits is rare, so the tab is never read for it).
 */
export function appendContact(
  table: ContactTable,
  contact: Contact,
  random: () => number,
): { contact: Contact; row: number } {
  const saved = { ...contact, id: contact.id || unusedContactId(table, random) };
  // Counted rows alone would miss it after a row deleted by hand (no onEdit): the same count.
  // Told first, as writeChanges tells: a retry after a failed append tells again anyway.
  tellKeysChanged();
  const row = appendRows(CONTACTS, table.layout, [saved], table.sheet.getLastRow());
  return { contact: saved, row };
}

/** A new contact ID nobody has: each candidate checked with one search of the ID column. */
export function unusedContactId(table: ContactTable, random: () => number): string {
  const tried = new Set<string>();
  for (;;) {
    const candidate = newContactId(random, tried);
    tried.add(candidate);
    if (findContactRow(table, candidate) === null) return candidate;
  }
}

export interface ContactChange {
  id: string;
  fields: Partial<Contact>;
}

/** Writes changed fields of contacts found in the snapshot; returns the IDs it could not find. */
export function updateContacts(
  snapshot: ContactSnapshot,
  changes: readonly ContactChange[],
): string[] {
  const missing: string[] = [];
  const located: { index: number; fields: Partial<Record<ContactKey, unknown>> }[] = [];
  for (const ch of changes) {
    const index = snapshot.indexById.get(ch.id);
    if (index === undefined) missing.push(ch.id);
    else located.push({ index, fields: ch.fields });
  }
  const layout = snapshot.table.layout as Layout<ContactKey>;
  writeChanges(CONTACTS, layout, snapshot.table.rows, located, WRITTEN_LAST, tellImportKeys);
  return missing;
}

/** What the duplicate check and the batch's bookkeeping read of every contact. */
export const KEY_FIELDS = ['id', 'name', 'company', 'email', 'phone', 'importBatch'] as const;

/**
 * A save, a lead form's answer or a merge is about to write a key cell: an import's kept keys
 * will no longer hold (importKeyCache.ts; the import's own rows and fills update them itself).
 * Cache calls only then.
 */
function tellImportKeys(fields: ReadonlySet<ContactKey>): void {
  if (KEY_FIELDS.some((k) => fields.has(k))) tellKeysChanged();
}

/** A contact as the duplicate check sees it: KEY_FIELDS only. */
export type KeyContact = Pick<Contact, (typeof KEY_FIELDS)[number]>;

export interface ContactKeys {
  /** Contacts with an ID. */
  contacts: KeyContact[];
  /** Index of each ID's first row (sheet row - 2). */
  indexById: Map<string, number>;
  /** Data rows, blank ones included: the next row to append to is rows + 2. */
  rows: number;
  layout: Layout<ContactKey>;
  /** The header row as read for the layout (for the user's own columns in a row's check). */
  header: string[];
  /** Sheet rows typed without an ID but with a key (name, company, email, phone): contacts too. */
  unidentified: number[];
}

/**
 * The columns a duplicate check needs, of every contact: one read per run of adjacent columns.
 * Each cell is read as contactFromCells reads text (a date typed in is its day, text decoded and
 * trimmed), without building whole contacts: at 100,000 rows that is most of the time spent.
 */
export function readContactKeys(ss: Spreadsheet, clock: SheetClock): ContactKeys {
  const table = readFields(ss, CONTACTS, KEY_FIELDS);
  const at = KEY_FIELDS.map((k) => table.columns[k] as number);
  const text = (v: Value | undefined) =>
    v === undefined || v === null
      ? ''
      : decodeCellText(v instanceof Date ? clock.dayOf(v) : String(v)).trim();
  const contacts: KeyContact[] = [];
  const indexById = new Map<string, number>();
  const unidentified: number[] = [];
  table.rows.forEach((row, i) => {
    const id = text(row[at[0]]);
    if (id === '') {
      if (at.slice(1, 5).some((c) => text(row[c]) !== '')) unidentified.push(i + 2);
      return;
    }
    contacts.push({
      id,
      name: text(row[at[1]]),
      company: text(row[at[2]]),
      email: text(row[at[3]]),
      phone: text(row[at[4]]),
      importBatch: text(row[at[5]]),
    });
    if (!indexById.has(id)) indexById.set(id, i);
  });
  return {
    contacts,
    indexById,
    rows: table.rows.length,
    layout: table.layout,
    header: table.header,
    unidentified,
  };
}

/**
 * Whole rows at these data-row indexes (sheet row - 2), as a sparse array by index: one read per
 * run of adjacent rows. For the contacts a chunk fills, so never more reads than the chunk's rows.
 */
export function readRowsAt(layout: Layout<ContactKey>, indexes: readonly number[]): Value[][] {
  const out: Value[][] = [];
  for (const [first, last] of adjacentRuns(indexes)) {
    const values = layout.sheet
      .getRange(first + 2, 1, last - first + 1, layout.width)
      .getValues() as Value[][];
    values.forEach((v, k) => (out[first + k] = v));
  }
  return out;
}

/** `count` rows from sheet row `first`, as the sheet gives them back: one read. */
export function readRows(layout: Layout<ContactKey>, first: number, count: number): Value[][] {
  if (count < 1) return [];
  return layout.sheet.getRange(first, 1, count, layout.width).getValues() as Value[][];
}
