// A tab whose columns are found by header name (FieldSpec), never by position: the user may
// reorder them, rename them in another case, and add columns of their own, which we never touch.
// Reads are one getValues of the whole tab, or of just the columns needed (readFields); writes
// are one setValues per block of adjacent changed rows and columns.
import { decodeCellText, needsPlainText } from '../domain/contact/cellText';
import { mapHeaders, type FieldKind, type FieldSpec } from '../domain/contact/contact';
import { columnLetter } from '../domain/contact/contact';
import type { Lang } from '../domain/messages/lang';
import { valueIn } from '../domain/contact/sheetWords';
import type { SheetClock } from './sheetClock';
import { findTab } from './tabs';
import { tableLang } from './sheetLang';
import { makeRoom } from './capacity';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Value = string | number | boolean | Date;

export interface TableSpec<K extends string> {
  sheetName: string;
  fields: readonly FieldSpec<K>[];
}

/** Where a table's fields are: 0-based column index of each field in the header row. */
export interface Layout<K extends string> {
  sheet: Sheet;
  columns: Record<K, number>;
  /** Width of the header row (including the user's own columns). */
  width: number;
  /** The sheet language its headers are written in: enum values are written in it too. */
  lang?: Lang;
}

export interface TableRows<K extends string> {
  layout: Layout<K>;
  /** The header row as read (its cells as text), `layout.width` wide. */
  header: string[];
  /** Data rows (header excluded) as getValues returned them. */
  rows: Value[][];
}

export class TableMissingError extends Error {
  constructor(readonly sheetName: string) {
    super(`The ${sheetName} tab is missing or incomplete`);
  }
}

export const FORMAT_BY_KIND: Record<FieldKind, string> = {
  id: '@',
  text: '@',
  enum: '@',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  number: '0',
};

export function layoutFromHeader<K extends string>(
  sheet: Sheet,
  spec: TableSpec<K>,
  header: readonly unknown[],
): Layout<K> {
  const { columns, missing } = mapHeaders(header, spec.fields);
  if (missing.length > 0) throw new TableMissingError(spec.sheetName);
  return {
    sheet,
    columns: columns as Record<K, number>,
    width: header.length,
    lang: tableLang(spec, header),
  };
}

/**
 * A tab's layout from its header row, read as '1:1' (the whole row, whatever its width), so no
 * extent call (getLastColumn) comes first. The width ends at the last header cell: every column
 * of ours has one, and a user's unlabelled column beyond it is neither read nor written.
 */
export function openTable<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: TableSpec<K>,
): Layout<K> {
  return openTableHeader(ss, spec).layout;
}

/** openTable, with the header row it read (as text, `layout.width` wide). */
export function openTableHeader<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: TableSpec<K>,
): { layout: Layout<K>; header: string[] } {
  const sheet = findTab(ss, spec);
  if (!sheet) throw new TableMissingError(spec.sheetName);
  const row = (sheet.getRange('1:1').getValues()[0] ?? []) as Value[];
  let width = row.length;
  while (width > 0 && row[width - 1] === '') width--;
  const header = row.slice(0, width);
  return { layout: layoutFromHeader(sheet, spec, header), header: header.map(String) };
}

/**
 * The whole column at 0-based `column` ('C:C'), to search with a TextFinder: valid whatever the
 * sheet's size, so no extent call comes first. It includes the header cell (row 1): skip it.
 */
export function wholeColumn(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  const letter = columnLetter(column + 1);
  return sheet.getRange(`${letter}:${letter}`);
}

/** Escapes text for a TextFinder regular expression (an ID searched among others). */
export function regexpText(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sheet rows (1-based, header excluded, ascending) whose cell in 0-based `column` is exactly
 * one of `values`: one search of the column for all of them, never a read of it.
 */
export function rowsHolding(sheet: Sheet, column: number, values: readonly string[]): number[] {
  const wanted = [...new Set(values)].filter((v) => v !== '');
  return rowsMatching(sheet, column, wanted.map(regexpText));
}

/**
 * The sheet rows (1-based, header excluded, ascending) whose whole cell in 0-based `column`
 * matches one of `patterns` (regular expressions): one search of the column for all of them.
 */
export function rowsMatching(sheet: Sheet, column: number, patterns: readonly string[]): number[] {
  const rows: number[] = [];
  // A search per SEARCH_VALUES patterns: one pattern of thousands of IDs is more than a search
  // should be asked to compile.
  for (let i = 0; i < patterns.length; i += SEARCH_VALUES) {
    const hits = wholeColumn(sheet, column)
      .createTextFinder(patterns.slice(i, i + SEARCH_VALUES).join('|'))
      .useRegularExpression(true)
      .matchEntireCell(true)
      .matchCase(true)
      .findAll();
    for (const hit of hits) {
      const row = hit.getRow();
      if (row > 1) rows.push(row);
    }
  }
  return [...new Set(rows)].sort((a, b) => a - b);
}

/**
 * The first and last sheet rows (header excluded) whose cell in 0-based `column` is exactly
 * `value`, and how many rows hold it, or null: one search, and the row of only its first and
 * last match asked for, so thousands of matches cost two calls (rows written together, such as
 * an import's, then read as one block).
 */
export function spanHolding(
  sheet: Sheet,
  column: number,
  value: string,
): { first: number; last: number; count: number } | null {
  if (value === '') return null;
  const hits = wholeColumn(sheet, column)
    .createTextFinder(value)
    .matchEntireCell(true)
    .matchCase(true)
    .findAll();
  // Only the header cell sits in row 1: a value spelled like the header is no match.
  let skip = 0;
  let first = hits.length > 0 ? hits[0].getRow() : 0;
  if (first === 1) {
    skip = 1;
    first = hits.length > 1 ? hits[1].getRow() : 0;
  }
  if (first < 2) return null;
  return { first, last: hits[hits.length - 1].getRow(), count: hits.length - skip };
}

/** Values one search looks for at most (see rowsMatching). */
const SEARCH_VALUES = 200;

/**
 * Whole rows at these sheet rows (1-based), as a sparse array by data index (sheet row - 2), the
 * form writeChanges takes: one read per run of adjacent rows, never a row in between.
 */
export function readSheetRows(
  sheet: Sheet,
  width: number,
  sheetRows: readonly number[],
): Value[][] {
  const out: Value[][] = [];
  for (const [first, last] of adjacentRuns(sheetRows)) {
    const values = sheet.getRange(first, 1, last - first + 1, width).getValues() as Value[][];
    values.forEach((v, k) => (out[first - 2 + k] = v));
  }
  return out;
}

/** Reads the whole tab in one call: header and data. */
export function readTable<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: TableSpec<K>,
): TableRows<K> {
  const sheet = findTab(ss, spec);
  if (!sheet) throw new TableMissingError(spec.sheetName);
  const values = sheet.getDataRange().getValues() as Value[][];
  const layout = layoutFromHeader(sheet, spec, values[0] ?? []);
  return { layout, header: (values[0] ?? []).map(String), rows: values.slice(1) };
}

/** Some fields of every data row, read column run by column run (see readFields). */
export interface FieldRows<K extends string> {
  /** Where every field is on the tab (from its header), e.g. for links to a row. */
  layout: Layout<K>;
  /** The header row as read (its cells as text), `layout.width` wide. */
  header: string[];
  /** Index in each of `rows`' arrays of each field read; fields not read are absent. */
  columns: Partial<Record<K, number>>;
  /** One array per data row (header excluded, row i is sheet row i + 2): the fields read. */
  rows: Value[][];
}

/** Rows between two matches read along with them rather than costing another read. */
export const READ_THROUGH_GAP = 25;

/**
 * Numbers (columns, rows) grouped into runs of adjacent ones, as [first, last] in ascending order:
 * [0, 1, 2, 5, 7, 8] → [[0, 2], [5, 5], [7, 8]]. With `maxStep`, numbers up to that far apart
 * share a run (to read through a small gap rather than make another call).
 */
export function adjacentRuns(columns: readonly number[], maxStep = 1): [number, number][] {
  const runs: [number, number][] = [];
  for (const c of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && c - last[1] <= maxStep) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/**
 * Reads only `keys` of every data row: the header once, then one getValues per run of adjacent
 * needed columns over the data rows. The calls depend on where the columns are, never on the
 * number of rows; the cells read are the needed columns only (a user's reordered or extra
 * columns in between are skipped, not read). cellsOf on the result gives the fields read and
 * leaves the others absent, which contactFromCells / activityFromCells read as empty.
 */
export function readFields<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: TableSpec<K>,
  keys: readonly K[],
): FieldRows<K> {
  const { layout, header } = openTableHeader(ss, spec);
  const sheet = layout.sheet;
  const dataRows = sheet.getLastRow() - 1;
  const wanted = [...new Set(keys)];
  const runs = adjacentRuns(wanted.map((k) => layout.columns[k]));
  // Position of each sheet column in the compact rows: runs laid end to end, in column order.
  const at = new Map<number, number>();
  let offset = 0;
  for (const [first, last] of runs) for (let c = first; c <= last; c++) at.set(c, offset++);
  const columns: Partial<Record<K, number>> = {};
  for (const k of wanted) columns[k] = at.get(layout.columns[k]);
  if (dataRows < 1) return { layout, header, columns, rows: [] };
  const blocks = runs.map(
    ([first, last]) =>
      sheet.getRange(2, first + 1, dataRows, last - first + 1).getValues() as Value[][],
  );
  if (blocks.length === 1) return { layout, header, columns, rows: blocks[0] };
  // Each row's runs laid end to end: a plain loop, about 5 times faster than flatMap here.
  const rows: Value[][] = new Array(dataRows);
  for (let i = 0; i < dataRows; i++) {
    const row: Value[] = new Array(offset);
    let k = 0;
    for (const block of blocks) for (const v of block[i]) row[k++] = v;
    rows[i] = row;
  }
  return { layout, header, columns, rows };
}

/**
 * Turns one sheet row into plain domain values: dates as days, date-times as ISO instants.
 * Fields without a column in `layout` (not read) are left out.
 */
export function cellsOf<K extends string>(
  spec: TableSpec<K>,
  layout: { columns: Partial<Record<K, number>> },
  row: readonly Value[],
  clock: SheetClock,
): Partial<Record<K, unknown>> {
  return cellsReader(spec, layout, clock)(row);
}

/**
 * cellsOf for many rows of one read: the fields read are found once, not per row (a scan turns
 * 100,000 rows, and looking through every field of the spec for each was much of its time).
 */
export function cellsReader<K extends string>(
  spec: TableSpec<K>,
  layout: { columns: Partial<Record<K, number>> },
  clock: SheetClock,
): (row: readonly Value[]) => Partial<Record<K, unknown>> {
  const fields = spec.fields.flatMap((f) => {
    const col = layout.columns[f.key];
    return col === undefined ? [] : [{ key: f.key, col, datetime: f.kind === 'datetime' }];
  });
  return (row) => {
    const out: Partial<Record<K, unknown>> = {};
    for (const f of fields) {
      const v = row[f.col];
      if (v instanceof Date) out[f.key] = f.datetime ? v.toISOString() : clock.dayOf(v);
      else out[f.key] = v;
    }
    return out;
  };
}

/**
 * The value to write for a domain value: text is kept as text, days are typed as dates, enum
 * values are written in the sheet language `lang`.
 */
export function cellValue(kind: FieldKind, value: unknown, lang: Lang = 'en'): Value {
  if (value === null || value === undefined || value === '') return '';
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? value : Number(value) || 0;
    case 'date':
      // A 'YYYY-MM-DD' string typed into a date-formatted cell becomes that day in the sheet's zone.
      return String(value);
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? new Date(value)
        : String(value);
    case 'enum':
      return plainCellText(valueIn(lang, String(value)));
    default:
      return plainCellText(String(value));
  }
}

/**
 * Text as written into a plain-text cell: as typed (writeBlock makes the cell plain text first
 * when Sheets would parse it). Reads strip the apostrophe older versions put before text like
 * '=…' (decodeCellText), so only text that itself starts that way ("''=…", "'-…") keeps one.
 */
export function plainCellText(s: string): string {
  return decodeCellText(s) === s ? s : `'${s}`;
}

/** The plain-text kinds: cells Prospek writes text into, and formats '@' (FORMAT_BY_KIND). */
export function isTextKind(kind: FieldKind): boolean {
  return FORMAT_BY_KIND[kind] === '@';
}

/** 0-based columns of a table's text fields (for writeBlock). */
export function textColumns<K extends string>(spec: TableSpec<K>, layout: Layout<K>): Set<number> {
  return new Set(spec.fields.filter((f) => isTextKind(f.kind)).map((f) => layout.columns[f.key]));
}

/**
 * Writes `block` at (row, column), both 1-based. Text that Sheets would not keep as typed ('+62…',
 * '=1+1', '-none-', '0812…', an apostrophe) goes into a plain-text cell: the columns of `text`
 * (0-based sheet columns) holding any such value are formatted '@' first, one call per run of
 * adjacent ones, so the text stays exactly as typed, never a formula, and shows no apostrophe.
 */
export function writeBlock(
  sheet: Sheet,
  row: number,
  column: number,
  block: Value[][],
  text: ReadonlySet<number>,
): void {
  const width = block[0]?.length ?? 0;
  const plain: number[] = [];
  for (let c = 0; c < width; c++) {
    if (!text.has(column - 1 + c)) continue;
    if (block.some((r) => typeof r[c] === 'string' && needsPlainText(r[c] as string)))
      plain.push(c);
  }
  for (const [c0, c1] of adjacentRuns(plain)) {
    sheet.getRange(row, column + c0, block.length, c1 - c0 + 1).setNumberFormat('@');
  }
  sheet.getRange(row, column, block.length, width).setValues(block);
}

/** A full sheet row for a new record: our fields in their columns, the user's columns empty. */
export function newRow<K extends string>(
  spec: TableSpec<K>,
  layout: Layout<K>,
  record: Partial<Record<K, unknown>>,
): Value[] {
  const row: Value[] = new Array(layout.width).fill('');
  for (const f of spec.fields)
    row[layout.columns[f.key]] = cellValue(f.kind, record[f.key], layout.lang);
  return row;
}

/**
 * Appends records after the last row in one write. When the sheet is full it first adds rows at
 * its end (a block, see makeRoom), which take the formats and dropdowns of the last row, as in
 * Sheets. `maxRows`: the tab's rows, when the caller made room already (else read).
 */
export function appendRows<K extends string>(
  spec: TableSpec<K>,
  layout: Layout<K>,
  records: readonly Partial<Record<K, unknown>>[],
  lastRow: number,
  maxRows?: number,
): number {
  if (records.length === 0) return lastRow + 1;
  const sheet = layout.sheet;
  // Refused before the first write when the new rows would pass Sheets' cell limit.
  makeRoom([{ sheet, records: records.length, lastRow, maxRows }]);
  const rows = records.map((r) => newRow(spec, layout, r));
  writeBlock(sheet, lastRow + 1, 1, rows, textColumns(spec, layout));
  return lastRow + 1;
}

/**
 * Writes changed fields of existing rows. `rows` are the values read inside the same lock;
 * changes are applied to them, and only the cells whose value changes are written: one block
 * per run of adjacent rows that change the same columns, and per run of adjacent changed
 * columns. A cell nobody changed, between two changed ones or in a row changed elsewhere, is
 * never rewritten, so its formula, its text typed with an apostrophe and an edit made meanwhile
 * all stay (a value read and written back could turn text into a formula).
 *
 * A row changed in several writes can be left half-written by a failure in between. The runs
 * holding a `last` column are written after the row's other runs, in `last` order, so a replay
 * can tell how far a row got: callers put Updated last (its old value means "not finished").
 * `before` is told the fields about to be written, before the first write (so a failure after
 * some of them, whose retry writes only the rest, has still told it).
 */
export function writeChanges<K extends string>(
  spec: TableSpec<K>,
  layout: Layout<K>,
  rows: Value[][],
  changes: readonly { index: number; fields: Partial<Record<K, unknown>> }[],
  last: readonly K[] = [],
  before?: (fields: ReadonlySet<K>) => void,
): void {
  const changed = new Map<number, number[]>();
  const fields = new Set<K>();
  for (const ch of changes) {
    const row = rows[ch.index];
    const cols = changed.get(ch.index) ?? [];
    for (const f of spec.fields) {
      if (!(f.key in ch.fields)) continue;
      const col = layout.columns[f.key];
      const value = cellValue(f.kind, ch.fields[f.key], layout.lang);
      if (sameCell(row[col], value)) continue;
      row[col] = value;
      fields.add(f.key);
      if (!cols.includes(col)) cols.push(col);
    }
    if (cols.length > 0)
      changed.set(
        ch.index,
        cols.sort((a, b) => a - b),
      );
  }
  // Adjacent rows changing the same columns share a block.
  const indexes = [...changed.keys()].sort((a, b) => a - b);
  const writes: { rank: number; rows: [number, number]; cols: [number, number] }[] = [];
  const lastCols = last.map((key) => layout.columns[key]);
  const rank = ([c0, c1]: [number, number]) =>
    Math.max(-1, ...lastCols.map((c, i) => (c >= c0 && c <= c1 ? i : -1)));
  let k = 0;
  while (k < indexes.length) {
    const first = indexes[k];
    const cols = changed.get(first) as number[];
    let end = first;
    while (
      k + 1 < indexes.length &&
      indexes[k + 1] === end + 1 &&
      String(changed.get(indexes[k + 1])) === String(cols)
    ) {
      end = indexes[++k];
    }
    k++;
    for (const run of adjacentRuns(cols))
      writes.push({ rank: rank(run), rows: [first, end], cols: run });
  }
  // A row's runs holding a `last` column go after its others, in `last` order (stable sort).
  writes.sort((a, b) => a.rank - b.rank);
  if (fields.size > 0) before?.(fields);
  for (const {
    rows: [first, end],
    cols: [c0, c1],
  } of writes) {
    const block = rows.slice(first, end + 1).map((r) => r.slice(c0, c1 + 1));
    layout.sheet.getRange(first + 2, c0 + 1, block.length, c1 - c0 + 1).setValues(block);
  }
}

/**
 * A cell already holding the value to write: numbers and dates as read, text as Prospek reads it
 * (an apostrophe before =, + or - in a plain-text cell is read as not there, so it stays).
 */
/** Two reads of a row hold the same cells (as sameCell compares them). */
export function sameRow(a: readonly Value[], b: readonly Value[]): boolean {
  return a.length === b.length && a.every((v, i) => sameCell(v, b[i]));
}

function sameCell(current: Value | undefined, next: Value): boolean {
  if (current instanceof Date || next instanceof Date) {
    return current instanceof Date && next instanceof Date && current.getTime() === next.getTime();
  }
  if (typeof current === 'string' && typeof next === 'string') {
    return decodeCellText(current) === decodeCellText(next);
  }
  return current === next;
}

/**
 * Deletes sheet rows (1-based), one call per run of adjacent rows, from the bottom up so the
 * row numbers still to delete don't move.
 */
export function deleteSheetRows(sheet: Sheet, rows: readonly number[]): void {
  for (const [first, last] of adjacentRuns(rows).reverse())
    sheet.deleteRows(first, last - first + 1);
}

/**
 * What one more read call costs, in cells: a round trip to Sheets (about 30 ms) against about
 * 0.0125 ms a cell moved (the bench's cost model, bench/costModel.ts, and its sources).
 */
export const CELLS_PER_CALL = 2_400;

/** Some fields of some data rows (see readFieldsAt): the rows read, by data-row index. */
export interface RowsAt<K extends string> {
  /** Index in each row's array of each field read. */
  columns: Partial<Record<K, number>>;
  /** Data-row index (sheet row - 2) → the row's cells; only the rows asked for. */
  rows: Map<number, Value[]>;
}

/**
 * `keys` of the data rows at `indexes` (sheet row - 2), for a view that decided from a few
 * columns which rows it needs more of. It reads whichever costs less: a block per run of nearby
 * rows (the span of the needed columns), or the needed columns whole, one call per run of
 * adjacent ones, when the rows are so many or so scattered that the calls would cost more.
 */
export function readFieldsAt<K extends string>(
  layout: Layout<K>,
  keys: readonly K[],
  indexes: readonly number[],
  dataRows: number,
): RowsAt<K> {
  const wanted = [...new Set(keys)];
  const cols = wanted.map((k) => layout.columns[k]);
  const rows = new Map<number, Value[]>();
  const valid = indexes.filter((i) => i >= 0 && i < dataRows);
  if (wanted.length === 0 || valid.length === 0) return { columns: {}, rows };
  const colRuns = adjacentRuns(cols);
  const rowRuns = adjacentRuns(valid, READ_THROUGH_GAP);
  const c0 = Math.min(...cols);
  const span = Math.max(...cols) - c0 + 1;
  const byRows =
    rowRuns.length * CELLS_PER_CALL + rowRuns.reduce((n, [a, b]) => n + (b - a + 1) * span, 0);
  const byColumns = colRuns.length * CELLS_PER_CALL + dataRows * cols.length;
  const sheet = layout.sheet;
  const need = new Set(valid);
  if (byRows <= byColumns) {
    const columns: Partial<Record<K, number>> = {};
    wanted.forEach((k, i) => (columns[k] = cols[i] - c0));
    for (const [first, last] of rowRuns) {
      const block = sheet.getRange(first + 2, c0 + 1, last - first + 1, span).getValues();
      block.forEach((v, k) => need.has(first + k) && rows.set(first + k, v as Value[]));
    }
    return { columns, rows };
  }
  // Whole columns, laid end to end in column order (as readFields lays them).
  const at = new Map<number, number>();
  let width = 0;
  for (const [first, last] of colRuns) for (let c = first; c <= last; c++) at.set(c, width++);
  const columns: Partial<Record<K, number>> = {};
  wanted.forEach((k, i) => (columns[k] = at.get(cols[i])));
  for (const i of need) rows.set(i, new Array(width));
  for (const [first, last] of colRuns) {
    const block = sheet.getRange(2, first + 1, dataRows, last - first + 1).getValues();
    const offset = at.get(first) as number;
    for (const [i, row] of rows) {
      const src = block[i] as Value[];
      for (let c = 0; c < src.length; c++) row[offset + c] = src[c];
    }
  }
  return { columns, rows };
}
