// Sheet work for lead import: extra columns, appending imported contacts with their extra cells
// in one write, the batch's Import entries (which lines are written, the check each left, where
// each is: found by a search, never by reading the log), setting those checks, and the check of
// a row as it stands. The service calls depend on the chunk, never on the number of contacts.
import { decodeCellText } from '../domain/contact/cellText';
import {
  contactFromCells,
  normalizeHeader,
  type Activity,
  type ActivityKey,
  type Contact,
  type ContactKey,
} from '../domain/contact/contact';
import { importCheck, importCheckOf } from '../domain/contact/contactHash';
import type { ImportEntry } from '../domain/import/chunk';
import { escapeRegExp } from '../domain/import/batch';
import { makeRoom, type Room } from './capacity';
import type { SheetClock } from './sheetClock';
import {
  adjacentRuns,
  appendRows,
  cellsOf,
  newRow,
  plainCellText,
  textColumns,
  writeBlock,
  openTable,
  READ_THROUGH_GAP,
  wholeColumn,
  type Layout,
} from './sheetTable';
import { ACTIVITIES, CONTACTS } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Value = string | number | boolean | Date;

/**
 * Adds the columns `plan` (planExtraColumns) says the extra headers need, to the right of the
 * last header, formatted as plain text so values stay text (the header cells too, when their
 * text needs it). The tab must already be that wide: makeRoom, given the plan's width, grew it
 * under the cell-limit check. Returns header → 0-based column, and the layout widened to cover
 * them.
 */
export function ensureExtraColumns(
  layout: Layout<ContactKey>,
  plan: ReturnType<typeof planExtraColumns>,
): { columns: Map<string, number>; layout: Layout<ContactKey> } {
  const { columns, added, width } = plan;
  if (added.length === 0) return { columns, layout };
  const sheet = layout.sheet;
  // The header cells take the plain-text path of every text write: one that Sheets would parse
  // ('=…', '+62…') goes into a plain-text cell as typed, never behind an apostrophe.
  const headerColumns = new Set(added.map((_, i) => width + i));
  writeBlock(sheet, 1, width + 1, [added.map(plainCellText)], headerColumns);
  const dataRows = sheet.getMaxRows() - 1;
  if (dataRows > 0) sheet.getRange(2, width + 1, dataRows, added.length).setNumberFormat('@');
  return { columns, layout: { ...layout, width: Math.max(layout.width, width + added.length) } };
}

/**
 * Where each extra header goes: its column when the tab has it, else the next one after the
 * last used header (`width`); `added` are the headers that need a new column, in order.
 */
export function planExtraColumns(
  header: readonly string[],
  extras: readonly string[],
): { columns: Map<string, number>; added: string[]; width: number } {
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
  return { columns, added, width };
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
  maxRows?: number,
): number {
  const sheet = layout.sheet;
  if (records.length === 0) return lastRow + 1;
  const rows = records.map((r) => {
    const row = newRow(CONTACTS, layout, r.contact);
    for (const [h, v] of Object.entries(r.extras)) {
      const col = extraColumns.get(h);
      if (col !== undefined) row[col] = plainCellText(v);
    }
    return row;
  });
  makeRoom([{ sheet, records: rows.length, lastRow, maxRows }]);
  // The file's extra columns are text, as ours are.
  const text = new Set([...textColumns(CONTACTS, layout), ...extraColumns.values()]);
  writeBlock(sheet, lastRow + 1, 1, rows, text);
  return lastRow + 1;
}

/** The Activities tab's layout (one read of its header row), to search, append and check entries. */
export function openImportLog(ss: Spreadsheet): Layout<ActivityKey> {
  return openTable(ss, ACTIVITIES);
}

/**
 * The activities whose ID matches `pattern` (entryPattern), by ID, without reading the log: see
 * searchLog.
 */
export function findImportEntries(
  log: Layout<ActivityKey>,
  pattern: string,
): Map<string, ImportEntry> {
  return new Map(searchLog(log, pattern, 'activityId').map((e) => [e.activityId, e]));
}

/** The activities of these contacts, found like findImportEntries (a search of Contact ID). */
export function findActivitiesOf(
  log: Layout<ActivityKey>,
  contactIds: readonly string[],
): (ImportEntry & { activityId: string })[] {
  if (contactIds.length === 0) return [];
  return searchLog(log, `^(?:${contactIds.map(escapeRegExp).join('|')})$`, 'contactId');
}

/**
 * The activities whose `key` cell matches `pattern`, without reading the log: one search of that
 * column, then the matched rows' columns from Activity ID, Contact ID and Summary (whichever come
 * first to last). A send appends its entries in one write, so the matches are usually one block:
 * the rows from the first match to the last are read at once when they hold every match; else (a
 * sorted tab) each match's row is asked for and read in runs. The cells read grow with the
 * matches, never with the log.
 */
function searchLog(
  log: Layout<ActivityKey>,
  pattern: string,
  key: 'activityId' | 'contactId',
): (ImportEntry & { activityId: string })[] {
  const { sheet, columns } = log;
  const out: (ImportEntry & { activityId: string })[] = [];
  const hits = wholeColumn(sheet, columns[key])
    .createTextFinder(pattern)
    .useRegularExpression(true)
    .matchCase(true)
    .findAll();
  if (hits.length === 0) return out;
  const re = new RegExp(pattern);
  const { activityId: a, contactId: c, summary: s } = columns;
  const first = Math.min(a, c, s);
  const width = Math.max(a, c, s) - first + 1;
  const read = (from: number, to: number) =>
    sheet.getRange(from, first + 1, to - from + 1, width).getValues() as Value[][];
  const matches = (r: readonly Value[]) => re.test(String(r[columns[key] - first]));
  const take = (from: number, values: Value[][]) =>
    values.forEach((r, i) => {
      if (from + i < 2 || !matches(r)) return;
      const summary = decodeCellText(String(r[s - first])).trim();
      out.push({
        activityId: String(r[a - first]),
        contactId: String(r[c - first]),
        check: importCheckOf(summary),
        row: from + i,
        summary,
      });
    });

  const [lo, hi] = [hits[0].getRow(), hits[hits.length - 1].getRow()].sort((x, y) => x - y);
  if (hi - lo + 1 <= 2 * hits.length + READ_THROUGH_GAP) {
    const values = read(lo, hi);
    // Every match lies in these rows when they hold as many as the search found.
    if (values.filter(matches).length === hits.length) {
      take(lo, values);
      return out;
    }
  }
  const rows = hits.map((h) => h.getRow()).filter((r) => r > 1);
  for (const [from, to] of adjacentRuns(rows, READ_THROUGH_GAP + 1)) take(from, read(from, to));
  return out;
}

/** Appends Import entries in one write; returns the sheet row of the first. */
export function appendImportEntries(
  log: Layout<ActivityKey>,
  entries: readonly Activity[],
  room?: Room,
): number {
  const lastRow = room?.lastRow ?? log.sheet.getLastRow();
  return appendRows<ActivityKey>(ACTIVITIES, log, entries, lastRow, room?.maxRows);
}

/** Rewrites the summaries of Import entries (to add checks): one write per run of adjacent rows. */
export function setEntrySummaries(
  layout: Layout<ActivityKey>,
  summaries: ReadonlyMap<number, string>,
): void {
  const col = layout.columns.summary + 1;
  for (const [first, last] of adjacentRuns([...summaries.keys()])) {
    const values: string[][] = [];
    for (let r = first; r <= last; r++) values.push([plainCellText(summaries.get(r) as string)]);
    writeBlock(layout.sheet, first, col, values, new Set([col - 1]));
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
