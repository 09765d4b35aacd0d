// The cell-by-cell script: one getRange(row, column).getValue() per cell of each tab, then the
// same reminder logic as Prospek's daily digest. Kept as the slowest way there is, and labelled
// so: it is not what a user following a tutorial writes (rowByRow.ts is).
import { dailyDigest, type Sheet } from './digest';

function cellByCell(sheet: Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const rows: unknown[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= lastColumn; c++) row.push(sheet.getRange(r, c).getValue());
    rows.push(row);
  }
  return rows;
}

export function referenceCellByCell(): number {
  return dailyDigest(cellByCell);
}
