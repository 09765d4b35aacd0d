// Moved to test/support/workbook.ts; kept so tests edited concurrently elsewhere still resolve.
export { DIST, clickMenu, prospek, snapshot, typeInto } from '../support/workbook';
