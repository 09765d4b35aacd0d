// The offline Apps Script runtime's public API. A few lines run any Apps Script project:
//
//   const { Runtime } = require('./.build/runtime.cjs');
//   const rt = new Runtime({ timeZone: 'Asia/Jakarta', now: '2026-12-01T09:00' });
//   rt.loadProject('path/to/project');          // its .js/.gs files, *.html and appsscript.json
//   rt.run('myFunction', [arg1, arg2]);        // one execution; returns the result
//   rt.workbook().sheet('Sheet1')?.get(1, 1);  // inspect cells; rt.save('wb.json') to keep them
export { Runtime, toEpoch, type RuntimeOptions, type TriggerRun } from './runtime';
export { DialogNeedsResponse, type ExecutionOptions, type DialogRecord } from './execution';
export { SpreadsheetModel, SheetModel } from './spreadsheet/model';
export { parseA1, toA1, columnToLetters } from './spreadsheet/a1';
export { writeValues, readValues, readDisplayValues } from './spreadsheet/cells';
