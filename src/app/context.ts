// What every server entry point needs: the spreadsheet, its clock, who is acting, and set-up
// run automatically the first time Prospek is used in a sheet.
import { TableMissingError } from '../sheets/sheetTable';
import { withDocumentLock } from '../sheets/lock';
import { setUpSheets } from '../sheets/setup';
import { sheetClock, type SheetClock } from '../sheets/sheetClock';

export interface Context {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  clock: SheetClock;
  me: string;
  random: () => number;
}

/** The spreadsheet Prospek is open in (there is always one, except in an add-on's trigger). */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('Prospek needs an open spreadsheet');
  return ss;
}

export function context(): Context {
  const ss = activeSpreadsheet();
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
    // Under the lock: two first uses at once must not both create the tabs (set-up re-reads
    // the sheet inside it, so the second finds them done).
    withDocumentLock(() => setUpSheets(ctx.ss, ctx.clock, ctx.random));
    return work();
  }
}
