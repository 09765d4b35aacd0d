// The rows an import added, found by one search of the Import batch column, and shown: selected
// in the sheet with the first one scrolled into view, so the user sees what came in.
import { columnLetter } from '../domain/contact/contact';
import type { ContactTable } from './contactStore';
import { adjacentRuns, wholeColumn } from './sheetTable';

/**
 * A read of the rows between two matches costs less than asking each match for its row (about
 * 1.1 ms a call against 0.0125 ms a cell) while the span is at most this many rows a match.
 */
const SPAN_PER_MATCH = 50;

/**
 * The sheet rows whose Import batch is `batchId`, top to bottom: one search of the column, then
 * (an import's rows are appended together) one read of that column from the first match to the
 * last when it holds every match; else each match is asked for its row.
 */
export function batchRows(table: ContactTable, batchId: string): number[] {
  if (!batchId) return [];
  const column = table.layout.columns.importBatch;
  const hits = wholeColumn(table.sheet, column)
    .createTextFinder(batchId)
    .matchEntireCell(true)
    .matchCase(true)
    .findAll();
  if (hits.length > 2) {
    const [lo, hi] = [hits[0].getRow(), hits[hits.length - 1].getRow()].sort((a, b) => a - b);
    const top = Math.max(2, lo);
    if (hi >= top && hi - top + 1 <= SPAN_PER_MATCH * hits.length) {
      const cells = table.sheet.getRange(top, column + 1, hi - top + 1, 1).getValues();
      const rows = cells.flatMap(([v], i) => (String(v) === batchId ? [top + i] : []));
      if (rows.length === hits.length) return rows;
    }
  }
  return hits
    .map((r) => r.getRow())
    .filter((row) => row > 1)
    .sort((a, b) => a - b);
}

/**
 * Selects `rows` across the table, one range per run of adjacent rows. The run holding the first
 * row goes last: a range list's last range is the active one, and Sheets scrolls to its
 * current cell.
 */
export function selectRows(table: ContactTable, rows: readonly number[]): void {
  if (rows.length === 0) return;
  const right = columnLetter(table.layout.width);
  const a1 = adjacentRuns(rows).map(([top, bottom]) => `A${top}:${right}${bottom}`);
  table.sheet.getRangeList([...a1.slice(1), a1[0]]).activate();
}
