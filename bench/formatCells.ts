// Cells of format and validation calls. The runtime's call log counts the cells of values,
// formulas and clears, but records setNumberFormat(s), setDataValidation(s) and the other
// formatting calls with 0 cells, though Sheets applies them to every cell of the range. The bench
// adds those cells to the call's own record (written for a set, read for a get), and only when the
// runtime counted none, so a runtime that learns to count them is not counted twice.
import type { Runtime } from '../local/runtime/index';

const WRITES = new Set([
  'setNumberFormat',
  'setNumberFormats',
  'setDataValidation',
  'setDataValidations',
  'clearDataValidations',
  'clearFormat',
  'setFontWeight',
  'setFontWeights',
  'setFontColor',
  'setBackground',
  'setBackgrounds',
  'setWrap',
  'setHorizontalAlignment',
  'setVerticalAlignment',
  'setNote',
  'setNotes',
]);
const READS = new Set([
  'getNumberFormat',
  'getBackground',
  'getNote',
  'getNumberFormats',
  'getDataValidation',
  'getDataValidations',
  'getBackgrounds',
  'getNotes',
]);
const SINGLE_CELL = new Set(['getNumberFormat', 'getDataValidation', 'getBackground', 'getNote']);

interface Sized {
  getNumRows(): number;
  getNumColumns(): number;
}

/** Counts format and validation cells in `rt`'s call log from now on. */
export function countFormatCells(rt: Runtime): void {
  const expose = rt.expose.bind(rt);
  const ours = new WeakSet<object>();
  rt.expose = <T extends object>(target: T, className: string): T => {
    if (className !== 'Range' || ours.has(target)) return expose(target, className);
    const counted = new Proxy(target, {
      get: (obj, prop, receiver) => {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof prop !== 'string' || typeof value !== 'function') return value;
        if (!WRITES.has(prop) && !READS.has(prop)) return value;
        // `this` is what the runtime's own proxy calls the method on: this proxy.
        return function (this: unknown, ...args: unknown[]) {
          const out = (value as (...a: unknown[]) => unknown).apply(this, args);
          const record = rt.calls.records[rt.calls.records.length - 1];
          const range = obj as unknown as Sized;
          const cells = SINGLE_CELL.has(prop) ? 1 : range.getNumRows() * range.getNumColumns();
          if (record && WRITES.has(prop) && record.cellsWritten === 0) rt.calls.written(cells);
          if (record && READS.has(prop) && record.cellsRead === 0) rt.calls.read(cells);
          return out;
        };
      },
    });
    ours.add(counted);
    return expose(counted, className);
  };
}
