// Runs the built add-on (dist/, exactly what clasp pushes) on the offline runtime.
import path from 'node:path';
import { Runtime, type RuntimeOptions } from '../../local/runtime/runtime';
import type { ExecutionOptions } from '../../local/runtime/execution';
import { writeValues } from '../../local/runtime/spreadsheet/cells';
import { parseA1 } from '../../local/runtime/spreadsheet/a1';

export const DIST = path.join(__dirname, '../../dist');

export function prospek(options: RuntimeOptions = {}): Runtime {
  return new Runtime({
    now: '2026-11-27T09:00:00',
    timeZone: 'Asia/Jakarta',
    user: 'rep@example.com',
    ...options,
  }).loadProject(DIST, { filter: (f) => f.endsWith('Code.js') });
}

/** Runs a menu item as a user clicking it, answering its dialogs in order. */
export function clickMenu(rt: Runtime, fn: string, options: ExecutionOptions = {}) {
  return rt.execute(fn, [], { kind: 'menu', ...options });
}

/** Types values into cells as a user would (typed input rules apply). */
export function typeInto(rt: Runtime, a1: string, values: unknown[][]): void {
  const ss = rt.workbook();
  const p = parseA1(a1);
  if (!p || !p.sheetName) throw new Error(`Need Sheet!A1 notation: ${a1}`);
  const sheet = ss.sheet(p.sheetName);
  if (!sheet) throw new Error(`No sheet ${p.sheetName}`);
  writeValues(
    ss,
    sheet,
    { row: p.row, column: p.column, numRows: values.length, numColumns: values[0].length },
    values,
    rt.now(),
    (m) => {
      throw new Error(m);
    },
  );
}

/** The whole workbook's cells, formulas, formats and validations, for before/after comparison. */
export function snapshot(rt: Runtime): unknown {
  return JSON.parse(JSON.stringify(rt.workbook().toData()));
}
