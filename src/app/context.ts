// What every use case needs: the Google services (through their seams, src/gas, so a test can
// hand in fakes), the spreadsheet, its clock and who is acting.
import { appsScript, type Services } from '../gas';
import type { Spreadsheet } from '../gas/spreadsheet';
import { sheetClock, type SheetClock } from '../sheets/sheetClock';

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
