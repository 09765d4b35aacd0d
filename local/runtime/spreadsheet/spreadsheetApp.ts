// Placeholder until the spreadsheet fakes land (being written now).
import type { Runtime } from '../runtime';

export function createSpreadsheetApp(rt: Runtime): object {
  return rt.expose({}, 'SpreadsheetApp');
}
