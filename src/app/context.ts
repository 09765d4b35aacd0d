// What every server entry point needs: the spreadsheet, its clock, who is acting, and set-up
// run automatically the first time Prospek is used in a sheet.
import { TableMissingError } from '../sheets/sheetTable';
import { setUpSheets } from '../sheets/setup';
import { sheetClock, type SheetClock } from '../sheets/sheetClock';

export interface Context {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  clock: SheetClock;
  me: string;
  random: () => number;
}

export function context(): Context {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('Prospek needs an open spreadsheet');
  let me: string | undefined;
  return {
    ss,
    clock: sheetClock(ss),
    // Only writes record who acted: reads skip the Session call.
    get me() {
      return (me ??= Session.getActiveUser().getEmail());
    },
    random: Math.random,
  };
}

/** Runs `work`; if a tab is missing (first real use), sets the sheet up and runs it again. */
export function withSheets<T>(ctx: Context, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (!(e instanceof TableMissingError)) throw e;
    setUpSheets(ctx.ss, ctx.clock, ctx.random);
    return work();
  }
}
