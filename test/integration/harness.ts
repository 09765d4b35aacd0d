// Runs the built add-on (dist/, exactly what clasp pushes) on the offline runtime.
import path from 'node:path';
import { Runtime, type ExecutionOptions, type RuntimeOptions } from '../../local/runtime/index';

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

/** Types values into cells as a user would (typed input rules apply): 'Sheet!A1' starts the block. */
export function typeInto(rt: Runtime, a1: string, values: unknown[][]): void {
  rt.setValues(a1, values);
}

/** The whole workbook's cells, formulas, formats and validations, for before/after comparison. */
export function snapshot(rt: Runtime): unknown {
  return JSON.parse(JSON.stringify(rt.workbook().toData()));
}
