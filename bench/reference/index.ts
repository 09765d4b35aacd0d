// The reference scripts, bundled by bench/run.mjs into one Apps Script project of their own (a
// top-level function each) and run on the same runtime and workbooks as the add-on.
export { referenceBulk } from './bulk';
export { referenceRowByRow } from './rowByRow';
export { referenceCellByCell } from './cellByCell';
