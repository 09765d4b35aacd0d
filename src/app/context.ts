// What every use case needs: the Google services (through their seams, src/gas, so a test can
// hand in fakes), the spreadsheet, its clock, who is acting, and set-up run automatically the
// first time Prospek is used in a sheet.
import { appsScript, type Services } from '../gas';
import type { Spreadsheet } from '../gas/spreadsheet';
import { TableMissingError } from '../sheets/sheetTable';
import { setUpSheets } from '../sheets/setup';
import { sheetClock, type SheetClock } from '../sheets/sheetClock';
import { withDocumentLock } from './locks';

export interface Context {
  ss: Spreadsheet;
  clock: SheetClock;
  me: string;
  random: () => number;
}

let current: Services = appsScript;

/** The Google services use cases call: Apps Script's own, or a test's fakes. */
export function services(): Services {
  return current;
}

/** Runs `work` with some services replaced (tests: plain fakes in place of Apps Script's). */
export function withServices<T>(fakes: Partial<Services>, work: () => T): T {
  const before = current;
  current = { ...current, ...fakes };
  try {
    return work();
  } finally {
    current = before;
  }
}

/** The spreadsheet Prospek is open in (there is always one, except in an add-on's trigger). */
export function activeSpreadsheet(): Spreadsheet {
  const ss = services().spreadsheet.active();
  if (!ss) throw new Error('Prospek needs an open spreadsheet');
  return ss;
}

/** The sheet's clock (today and its time zone), read with one service call. */
export function clockOf(ss: Spreadsheet): SheetClock {
  return sheetClock(ss, services().utilities);
}

export function context(): Context {
  const ss = activeSpreadsheet();
  let me: string | undefined;
  return {
    ss,
    clock: clockOf(ss),
    // Only writes record who acted: reads skip the Session call.
    get me() {
      return (me ??= services().session.activeUserEmail());
    },
    random: Math.random,
  };
}

/** Runs `work`; if a tab is missing (first real use), sets the sheet up and runs it again. */
export function retryAfterSetUp<T>(ctx: Context, work: () => T): T {
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
