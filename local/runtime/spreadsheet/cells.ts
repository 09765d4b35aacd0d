// Reading and writing cell values with Sheets' semantics, shared by the Range fake and by the
// preview's "user typed into a cell" edits. Writes are all-or-nothing: every value is checked
// (cell size, data validation) before any cell changes.
import { isDate } from '../realm';
import { utcMs } from '../timeZone';
import { SERIAL_EPOCH_UTC, serialClock } from './serial';
import { displayValue, GENERAL, isDateTimeFormat, PLAIN_TEXT } from './numberFormat';
import {
  MAX_CELL_CHARS,
  type RangeRect,
  type SheetModel,
  type SpreadsheetModel,
  type Stored,
} from './model';
import { parseTypedInput } from './typedInput';
import { satisfies } from './dataValidation';
import { toA1 } from './a1';

/** The format Sheets gives a cell when a Date is written into a cell that had no date format. */
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
const VOLATILE_DATE: Record<string, string> = {
  '=TODAY()': 'M/d/yyyy',
  '=NOW()': DATE_TIME_FORMAT,
};

const dateFormatCache = new Map<string, boolean>();
function isDateFormat(format: string): boolean {
  let v = dateFormatCache.get(format);
  if (v === undefined) dateFormatCache.set(format, (v = isDateTimeFormat(format)));
  return v;
}

/** getValues(): numbers under a date format come back as Dates; empty cells as ''. */
export function readValues(ss: SpreadsheetModel, sheet: SheetModel, rect: RangeRect): unknown[][] {
  const { row, column, numRows, numColumns } = rect;
  const clock = serialClock(ss.timeZone);
  const formats = Array.from({ length: numColumns }, (_, j) =>
    sheet.formats.column(column + j, row, row + numRows - 1),
  );
  const out: unknown[][] = new Array(numRows);
  for (let i = 0; i < numRows; i++) {
    const src = sheet.rows[row - 1 + i];
    const dst: unknown[] = new Array(numColumns);
    for (let j = 0; j < numColumns; j++) {
      const v = src ? src[column - 1 + j] : undefined;
      if (v === undefined) dst[j] = '';
      else if (typeof v === 'number') {
        const f = formats[j][i];
        dst[j] = f !== undefined && isDateFormat(f) ? new Date(clock.epoch(v)) : v;
      } else dst[j] = v;
    }
    out[i] = dst;
  }
  return out;
}

export function readDisplayValues(sheet: SheetModel, rect: RangeRect): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < rect.numRows; i++) {
    const r: string[] = [];
    for (let j = 0; j < rect.numColumns; j++) {
      r.push(
        displayValue(
          sheet.get(rect.row + i, rect.column + j),
          sheet.format(rect.row + i, rect.column + j),
        ),
      );
    }
    out.push(r);
  }
  return out;
}

interface Planned {
  row: number;
  column: number;
  value: Stored;
  formula: string | null;
  format?: string;
}

/** Plans one cell's write as Sheets would interpret the value; returns an error message or the plan. */
function planCell(
  ss: SpreadsheetModel,
  sheet: SheetModel,
  row: number,
  column: number,
  input: unknown,
  currentYear: number,
): Planned | string {
  const format = sheet.format(row, column);
  const plan: Planned = { row, column, value: '', formula: null };
  if (input === null || input === undefined) return plan;
  if (typeof input === 'boolean' || typeof input === 'number') {
    if (typeof input === 'number' && !Number.isFinite(input)) plan.value = '#NUM!';
    else plan.value = input;
  } else if (isDate(input)) {
    plan.value = serialClock(ss.timeZone).serial(input.getTime());
    if (!isDateFormat(format)) plan.format = DATE_TIME_FORMAT;
  } else {
    const text = String(input);
    if (text.length > MAX_CELL_CHARS) {
      return `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;
    }
    if (format === PLAIN_TEXT) plan.value = text;
    else {
      const p = parseTypedInput(text, currentYear);
      switch (p.kind) {
        case 'empty':
          break;
        case 'text':
          plan.value = p.value;
          break;
        case 'boolean':
          plan.value = p.value;
          break;
        case 'number':
          plan.value = p.value;
          if (p.format && format === 'General') plan.format = p.format;
          break;
        case 'date': {
          // A typed date is a wall-clock value: its serial needs no time zone.
          const w = p.wall;
          const asUtc = utcMs(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
          plan.value = (asUtc - SERIAL_EPOCH_UTC) / 86400000;
          if (!isDateFormat(format)) plan.format = p.format;
          break;
        }
        case 'formula': {
          plan.formula = p.formula;
          // Sheets formats a cell typed =TODAY() or =NOW() as a date when it had no format.
          const dateFormat = VOLATILE_DATE[p.formula.replace(/\s+/g, '').toUpperCase()];
          if (dateFormat && format === GENERAL) plan.format = dateFormat;
          break;
        }
      }
    }
  }
  const rule = sheet.validation(row, column);
  if (rule && !rule.allowInvalid && plan.formula === null) {
    const asDate = typeof plan.value === 'number' && isDateFormat(plan.format ?? format);
    if (!satisfies(rule, plan.value, asDate)) {
      // No public log of this wording found (unconfirmed).
      return `The data you entered in cell ${toA1(row, column)} violates the data validation rules set on this cell.`;
    }
  }
  return plan;
}

/**
 * Writes a block of values as setValues() does. Throws (via `fail`) before changing anything when
 * any value is refused.
 */
export function writeValues(
  ss: SpreadsheetModel,
  sheet: SheetModel,
  rect: RangeRect,
  data: unknown[][],
  now: number,
  fail: (message: string) => never,
): void {
  const currentYear = new Date(
    serialClock(ss.timeZone).serial(now) * 86400000 + SERIAL_EPOCH_UTC,
  ).getUTCFullYear();
  const plans: Planned[] = [];
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numColumns; j++) {
      const p = planCell(ss, sheet, rect.row + i, rect.column + j, data[i][j], currentYear);
      if (typeof p === 'string') fail(p);
      plans.push(p);
    }
  }
  let hasFormula = false;
  for (const p of plans) {
    sheet.set(p.row, p.column, p.value);
    if (p.formula !== null || sheet.formulas.size > 0) sheet.setFormula(p.row, p.column, p.formula);
    if (p.formula !== null) hasFormula = true;
    if (p.format) sheet.setFormat(p.row, p.column, 1, p.format);
  }
  if (hasFormula || ss.sheets.some((s) => s.formulas.size > 0)) ss.recalc();
}

/** Checks the shape of a 2D array written to a range; returns Apps Script's message or null. */
export function dimensionError(data: unknown, numRows: number, numColumns: number): string | null {
  if (!Array.isArray(data))
    return `The parameters (${typeof data}) don't match the method signature for Range.setValues.`;
  if (data.length !== numRows) {
    return `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`;
  }
  for (const r of data) {
    if (!Array.isArray(r))
      return `The parameters (number[]) don't match the method signature for Range.setValues.`;
    if (r.length !== numColumns) {
      return `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${numColumns}.`;
    }
  }
  return null;
}
