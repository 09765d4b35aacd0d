// The rows an import added, found by one search of the Import batch column, and shown: selected
// in the sheet with the first one scrolled into view, so the user sees what came in.
import { columnLetter } from '../domain/contact/contact';
import type { ContactTable } from './contactStore';
import { adjacentRuns, wholeColumn } from './sheetTable';

/** The sheet rows whose Import batch is `batchId`, top to bottom. */
export function batchRows(table: ContactTable, batchId: string): number[] {
  if (!batchId) return [];
  return wholeColumn(table.sheet, table.layout.columns.importBatch)
    .createTextFinder(batchId)
    .matchEntireCell(true)
    .matchCase(true)
    .findAll()
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
