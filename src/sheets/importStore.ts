// Sheet work for lead import: the contact columns the duplicate check needs (a narrow read), the
// full rows of the contacts a chunk fills, extra columns, appending imported contacts with their
// extra cells in one write, the batch's Import entries (which lines are written, the check each
// left, where each is), setting those checks, the check of a row as it stands, and removing
// rows. The service calls depend on the chunk, never on the number of contacts.
import { decodeCellText, encodeCellText } from '../domain/cellText';
import {
  contactFromCells,
  normalizeHeader,
  type Contact,
  type ContactKey,
} from '../domain/contact';
import { importCheck, importCheckOf } from '../domain/contactHash';
import type { Activity, ActivityKey } from '../domain/contact';
import type { ContactSnapshot } from './contactStore';
import type { SheetClock } from './sheetClock';
import {
  appendRows,
  cellsOf,
  layoutFromHeader,
  newRow,
  readFields,
  TableMissingError,
  type Layout,
} from './sheetTable';
import { ACTIVITIES, CONTACTS } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Value = string | number | boolean | Date;

/** The Contacts header row (one read): the snapshot keeps data rows only. */
export function contactHeader(
  snapshot: ContactSnapshot | { table: { layout: Layout<ContactKey> } },
): string[] {
  const { sheet, width } = snapshot.table.layout;
  return sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]
    .map((h) => String(h));
}

/** What the duplicate check and the batch's bookkeeping read of every contact. */
const KEY_FIELDS = ['id', 'name', 'company', 'email', 'phone', 'importBatch'] as const;

export interface ContactKeys {
  /** Contacts with an ID, with only KEY_FIELDS read (the rest at their empty value). */
  contacts: Contact[];
  /** Index of each ID's first row (sheet row - 2). */
  indexById: Map<string, number>;
  /** Data rows, blank ones included: the next row to append to is rows + 2. */
  rows: number;
  layout: Layout<ContactKey>;
}

/** The columns a duplicate check needs, of every contact: one read per run of adjacent columns. */
export function readContactKeys(ss: Spreadsheet, clock: SheetClock): ContactKeys {
  const table = readFields(ss, CONTACTS, KEY_FIELDS);
  const contacts: Contact[] = [];
  const indexById = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const c = contactFromCells(cellsOf(CONTACTS, table, row, clock));
    if (c.id === '') return;
    contacts.push(c);
    if (!indexById.has(c.id)) indexById.set(c.id, i);
  });
  return { contacts, indexById, rows: table.rows.length, layout: table.layout };
}

/**
 * Whole rows at these data-row indexes (sheet row - 2), as a sparse array by index: one read per
 * run of adjacent rows. For the contacts a chunk fills, so never more reads than the chunk's rows.
 */
export function readRowsAt(layout: Layout<ContactKey>, indexes: readonly number[]): Value[][] {
  const out: Value[][] = [];
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const values = layout.sheet
      .getRange(sorted[i] + 2, 1, j - i + 1, layout.width)
      .getValues() as Value[][];
    values.forEach((v, k) => (out[sorted[i] + k] = v));
    i = j + 1;
  }
  return out;
}

/**
 * Finds or adds a column for each extra header (matched like every header: case and spacing
 * ignored). New ones go to the right of the last header, formatted as plain text so values
 * stay text. Returns header → 0-based column, and the layout widened to cover them.
 */
export function ensureExtraColumns(
  layout: Layout<ContactKey>,
  header: readonly string[],
  extras: readonly string[],
): { columns: Map<string, number>; layout: Layout<ContactKey> } {
  const columns = new Map<string, number>();
  const byName = new Map<string, number>();
  header.forEach((h, i) => {
    const n = normalizeHeader(h);
    if (n !== '' && !byName.has(n)) byName.set(n, i);
  });
  let width = header.length;
  while (width > 0 && String(header[width - 1]).trim() === '') width--;
  const added: string[] = [];
  for (const h of extras) {
    const found = byName.get(normalizeHeader(h));
    if (found !== undefined) columns.set(h, found);
    else {
      columns.set(h, width + added.length);
      byName.set(normalizeHeader(h), width + added.length);
      added.push(h);
    }
  }
  if (added.length === 0) return { columns, layout };
  const sheet = layout.sheet;
  const needed = width + added.length;
  if (needed > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  sheet.getRange(1, width + 1, 1, added.length).setValues([added.map(encodeCellText)]);
  const dataRows = sheet.getMaxRows() - 1;
  if (dataRows > 0) sheet.getRange(2, width + 1, dataRows, added.length).setNumberFormat('@');
  return { columns, layout: { ...layout, width: Math.max(layout.width, needed) } };
}

/**
 * Appends contacts after the last row in one write, each with its extra cells, and returns the
 * sheet row of the first. Rows inserted at a full sheet's end take the formats of the last row
 * (plain text in text columns).
 */
export function appendImported(
  lastRow: number,
  layout: Layout<ContactKey>,
  extraColumns: Map<string, number>,
  records: readonly { contact: Contact; extras: Record<string, string> }[],
): number {
  const sheet = layout.sheet;
  if (records.length === 0) return lastRow + 1;
  const rows = records.map((r) => {
    const row = newRow(CONTACTS, layout, r.contact);
    for (const [h, v] of Object.entries(r.extras)) {
      const col = extraColumns.get(h);
      if (col !== undefined) row[col] = encodeCellText(v);
    }
    return row;
  });
  const maxRows = sheet.getMaxRows();
  if (lastRow + rows.length > maxRows)
    sheet.insertRowsAfter(maxRows, lastRow + rows.length - maxRows);
  sheet.getRange(lastRow + 1, 1, rows.length, layout.width).setValues(rows);
  return lastRow + 1;
}

/** An Import activity of a batch: whose it is, the check of the row it left, if any, and where. */
export interface ImportEntry {
  contactId: string;
  check: string | null;
  /** Its sheet row, and its summary as written (to add the check to). */
  row: number;
  summary: string;
}

/**
 * Every activity whose ID starts with `prefix`, by ID: a header read and one read of the
 * columns from Activity ID, Contact ID and Summary (whichever come first to last). Also the
 * Activities tab's layout, for appending and checking entries without opening it again.
 */
export function importEntries(
  ss: Spreadsheet,
  prefix: string,
): { entries: Map<string, ImportEntry>; log: Layout<ActivityKey> } {
  const sheet = ss.getSheetByName(ACTIVITIES.sheetName);
  if (!sheet) throw new TableMissingError(ACTIVITIES.sheetName);
  const width = sheet.getLastColumn();
  if (width === 0) throw new TableMissingError(ACTIVITIES.sheetName);
  const layout = layoutFromHeader(sheet, ACTIVITIES, sheet.getRange(1, 1, 1, width).getValues()[0]);
  const out = new Map<string, ImportEntry>();
  const rows = sheet.getLastRow() - 1;
  if (rows < 1) return { entries: out, log: layout };
  const { activityId: a, contactId: c, summary: s } = layout.columns;
  const first = Math.min(a, c, s);
  const values = sheet.getRange(2, first + 1, rows, Math.max(a, c, s) - first + 1).getValues();
  values.forEach((r, i) => {
    const id = String(r[a - first]);
    if (!id.startsWith(prefix)) return;
    const summary = decodeCellText(String(r[s - first])).trim();
    out.set(id, {
      contactId: String(r[c - first]),
      check: importCheckOf(summary),
      row: i + 2,
      summary,
    });
  });
  return { entries: out, log: layout };
}

/** Appends Import entries in one write; returns the sheet row of the first. */
export function appendImportEntries(
  log: Layout<ActivityKey>,
  entries: readonly Activity[],
): number {
  return appendRows<ActivityKey>(ACTIVITIES, log, entries, log.sheet.getLastRow());
}

/** Rewrites the summaries of Import entries (to add checks): one write per run of adjacent rows. */
export function setEntrySummaries(
  layout: Layout<ActivityKey>,
  summaries: ReadonlyMap<number, string>,
): void {
  if (summaries.size === 0) return;
  const col = layout.columns.summary + 1;
  const rows = [...summaries.keys()].sort((a, b) => a - b);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    const values = rows.slice(i, j + 1).map((r) => [encodeCellText(summaries.get(r) as string)]);
    layout.sheet.getRange(rows[i], col, j - i + 1, 1).setValues(values);
    i = j + 1;
  }
}

/**
 * The cells of a Contacts row outside Prospek's columns that hold something, as (normalised
 * header, text) pairs: the user's own columns and the import's extra columns.
 */
export function userCells(
  layout: Layout<ContactKey>,
  header: readonly string[],
  row: readonly unknown[],
): [string, string][] {
  const ours = new Set(Object.values<number>(layout.columns));
  const out: [string, string][] = [];
  row.forEach((v, i) => {
    if (ours.has(i) || v === '' || v === null || v === undefined) return;
    out.push([normalizeHeader(header[i] ?? ''), v instanceof Date ? v.toISOString() : String(v)]);
  });
  return out;
}

/** The check of a Contacts row as it is in the sheet (see contactHash.importCheck). */
export function rowCheck(
  layout: Layout<ContactKey>,
  header: readonly string[],
  row: readonly Value[],
  clock: SheetClock,
): { contact: Contact; check: string } {
  const contact = contactFromCells(cellsOf(CONTACTS, layout, row, clock));
  return { contact, check: importCheck(contact, userCells(layout, header, row)) };
}

/** `count` rows from sheet row `first`, as the sheet gives them back: one read. */
export function readRows(layout: Layout<ContactKey>, first: number, count: number): Value[][] {
  if (count < 1) return [];
  return layout.sheet.getRange(first, 1, count, layout.width).getValues() as Value[][];
}

/**
 * Deletes sheet rows (1-based), one call per run of adjacent rows, from the bottom up so the
 * row numbers still to delete don't move.
 */
export function deleteSheetRows(sheet: Sheet, rows: readonly number[]): void {
  const sorted = [...new Set(rows)].sort((a, b) => b - a);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] - 1) j++;
    sheet.deleteRows(sorted[j], j - i + 1);
    i = j + 1;
  }
}
