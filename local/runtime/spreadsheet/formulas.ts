// Formula evaluation with fast-formula-parser (a maintained Excel-formula engine) so that a cell
// written as '=1+1' holds a formula whose value reads back as 2, and a typed '+62 812' reads back
// as the error Sheets shows. Errors read back as their text ('#ERROR!', '#NAME?'), as in Sheets.
import type { SpreadsheetModel, Stored } from './model';
import { serialClock } from './serial';
import { isDateTimeFormat } from './numberFormat';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const FormulaParser = require('fast-formula-parser') as new (config: object) => {
  parse(formula: string, position: { sheet: string; row: number; col: number }): unknown;
};

function errorText(err: unknown): string {
  const e = err as { _error?: string; error?: string; message?: string };
  const code = e?._error ?? e?.error;
  if (code === '#VALUE!' || code === undefined) return '#NAME?';
  return code;
}

export function evaluateFormulas(ss: SpreadsheetModel): void {
  const parser = new FormulaParser({
    onCell: ({ sheet, row, col }: { sheet: string; row: number; col: number }) => {
      const v = ss.sheet(sheet)?.get(row, col);
      return v === '' ? null : v;
    },
    onRange: (ref: {
      sheet: string;
      from: { row: number; col: number };
      to: { row: number; col: number };
    }) => {
      const s = ss.sheet(ref.sheet);
      const out: (Stored | null)[][] = [];
      if (!s) return out;
      const toRow = Math.min(ref.to.row, s.maxRows);
      const toCol = Math.min(ref.to.col, s.maxColumns);
      for (let r = ref.from.row; r <= toRow; r++) {
        const row: (Stored | null)[] = [];
        for (let c = ref.from.col; c <= toCol; c++) {
          const v = s.get(r, c);
          row.push(v === '' ? null : v);
        }
        out.push(row);
      }
      return out;
    },
    functions: {
      HYPERLINK: (url: { value: unknown }, label?: { value: unknown }) =>
        String(label?.value ?? url.value),
      // The runtime's clock, read in the spreadsheet's time zone (not the host's clock).
      NOW: () => serialClock(ss.timeZone).serial(ss.host.now()),
      TODAY: () => Math.floor(serialClock(ss.timeZone).serial(ss.host.now())),
    },
  });
  addCustomFunctions(
    ss,
    parser as unknown as { functions: Record<string, unknown>; funsPreserveRef: string[] },
  );
  // Two passes settle formulas that refer to other formulas (enough for what workbooks here hold).
  for (let pass = 0; pass < 2; pass++) {
    for (const sheet of ss.sheets) {
      for (const [key, formula] of sheet.formulas) {
        const [row, col] = key.split(':').map(Number);
        let value: Stored;
        try {
          const out = parser.parse(formula.slice(1), { sheet: sheet.name, row, col });
          if (out && typeof out === 'object') value = errorText(out);
          else if (out === null || out === undefined) value = '';
          else value = out as Stored;
        } catch (err) {
          const code = (err as { _error?: string })?._error;
          // Syntax errors are '#ERROR!' (formula parse error) in Sheets; unknown names '#NAME?'.
          value =
            code === '#ERROR!' && /^[A-Z][A-Z0-9.]*\(/i.test(formula.slice(1))
              ? '#NAME?'
              : (code ?? '#ERROR!');
        }
        sheet.set(row, col, value);
      }
    }
  }
}

/**
 * The project's own functions, callable from a cell by name in any case (=DOUBLE(A1)), as
 * Sheets' custom functions are; built-in names win. A cell range arrives as a 2D array, one cell
 * as its value. A thrown error shows #ERROR!; an array result shows its first cell (no spill).
 * Results are computed once per recalculation for the same arguments.
 */
function addCustomFunctions(
  ss: SpreadsheetModel,
  parser: { functions: Record<string, unknown>; funsPreserveRef: string[] },
) {
  const names = ss.host.customFunctionNames?.() ?? [];
  const memo = new Map<string, Stored>();
  for (const name of names) {
    const upper = name.toUpperCase();
    if (upper in parser.functions) continue;
    // Keep each argument's reference, so that a date cell reaches the function as a Date.
    parser.funsPreserveRef.push(upper);
    parser.functions[upper] = (...args: Arg[]) => {
      const values = args.map((a) => argument(ss, a));
      const key = `${upper}|${JSON.stringify(values)}`;
      if (!memo.has(key)) {
        const out = ss.host.customFunction?.(name, values);
        let v = out?.value;
        while (Array.isArray(v)) v = v[0];
        memo.set(key, customResult(ss, v));
      }
      return memo.get(key);
    };
  }
}

interface Arg {
  value: unknown;
  ref?: { sheet?: string; row?: number; col?: number; from?: { row: number; col: number } };
}

/** A custom function's argument as Apps Script passes it: date cells as Dates, blanks as ''. */
function argument(ss: SpreadsheetModel, a: Arg): unknown {
  const blank = (v: unknown) => (v === null || v === undefined ? '' : v);
  const ref = a.ref;
  const sheet = ref?.sheet ? ss.sheet(ref.sheet) : undefined;
  if (!sheet || !ref)
    return Array.isArray(a.value) ? a.value.map((r: unknown[]) => r.map(blank)) : blank(a.value);
  const clock = serialClock(ss.timeZone);
  const at = (v: unknown, row: number, col: number) =>
    typeof v === 'number' && isDateTimeFormat(sheet.format(row, col))
      ? new Date(clock.epoch(v))
      : blank(v);
  if (ref.from && Array.isArray(a.value))
    return (a.value as unknown[][]).map((r, i) =>
      r.map((v, j) => at(v, ref.from!.row + i, ref.from!.col + j)),
    );
  return at(a.value, ref.row ?? 0, ref.col ?? 0);
}

function customResult(ss: SpreadsheetModel, v: unknown): Stored {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return serialClock(ss.timeZone).serial(v.getTime());
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}
