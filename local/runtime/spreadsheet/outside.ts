// Cells read and written from outside any execution: by tests, tools and the preview, the way
// another program or a person changes the sheet. The semantics are those of Range.getValues,
// getDisplayValues and setValues (typed-input parsing, plain-text cells, validation), and a
// refusal throws an ordinary Error carrying Apps Script's message.
import { parseA1, toA1, quoteSheetName } from './a1';
import { dimensionError, readDisplayValues, readValues, writeValues } from './cells';
import type { RangeRect, SheetModel, SpreadsheetModel } from './model';
import { rangeError } from './range';

export interface Block {
  sheet: SheetModel;
  rect: RangeRect;
}

function refuse(message: string): never {
  throw new Error(message);
}

/**
 * The block an A1 reference names ('Sheet1!B2:C3', 'B2', 'Contacts!A:A'); a reference without a
 * sheet name is on the active sheet. Throws when the sheet or range does not exist.
 */
export function blockOf(ss: SpreadsheetModel, a1: string): Block {
  const p = parseA1(a1);
  if (!p) refuse(`Range not found: ${a1}`);
  const sheet = p.sheetName === null ? ss.activeSheet() : ss.sheet(p.sheetName);
  if (!sheet) refuse(`Range not found: ${a1}`);
  const rect = {
    row: p.row,
    column: p.column,
    numRows: (p.lastRow ?? sheet.maxRows) - p.row + 1,
    numColumns: (p.lastColumn ?? sheet.maxColumns) - p.column + 1,
  };
  const error = rangeError(sheet, rect);
  if (error) refuse(error);
  return { sheet, rect };
}

/** 'Sheet!A1:B2' of a block, the sheet name quoted when it needs quotes. */
export function blockA1({ sheet, rect }: Block): string {
  return `${quoteSheetName(sheet.name)}!${toA1(rect.row, rect.column, rect.numRows, rect.numColumns)}`;
}

export function getValues(ss: SpreadsheetModel, a1: string): unknown[][] {
  const { sheet, rect } = blockOf(ss, a1);
  return readValues(ss, sheet, rect);
}

export function getDisplayValues(ss: SpreadsheetModel, a1: string): string[][] {
  const { sheet, rect } = blockOf(ss, a1);
  return readDisplayValues(sheet, rect);
}

/**
 * Writes a block as setValues() does. A single-cell reference names where the block starts;
 * a larger one must match the values' size. Returns the block written.
 */
export function setValues(
  ss: SpreadsheetModel,
  a1: string,
  values: unknown[][],
  now: number,
): Block {
  const start = blockOf(ss, a1);
  const single = start.rect.numRows === 1 && start.rect.numColumns === 1;
  const rect = single
    ? { ...start.rect, numRows: values.length, numColumns: values[0]?.length ?? 0 }
    : start.rect;
  const error =
    dimensionError(values, rect.numRows, rect.numColumns) ?? rangeError(start.sheet, rect);
  if (error) refuse(error);
  writeValues(ss, start.sheet, rect, values, now, refuse);
  return { sheet: start.sheet, rect };
}
