// The row-by-row script of the common tutorial: one getRange(row, 1, 1, lastColumn).getValues()
// per row of each tab, then the same reminder logic as Prospek's daily digest.
import { dailyDigest, type Sheet } from './digest';

function rowByRow(sheet: Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const rows: unknown[][] = [];
  for (let r = 1; r <= lastRow; r++) rows.push(sheet.getRange(r, 1, 1, lastColumn).getValues()[0]);
  return rows;
}

export function referenceRowByRow(): number {
  return dailyDigest(rowByRow);
}
