// Setting the sheet up: from the menu (creates or repairs the tabs under the lock and says what
// it did), and automatically the first time Prospek is used in a sheet.
import { serverText } from '../domain/messages/server';
import { setUpSheets } from '../sheets/setup';
import { TableMissingError } from '../sheets/sheetTable';
import type { Ui } from '../gas/spreadsheet';
import { context, type Context } from './context';
import { withDocumentLock } from './locks';

export function setUpSheet(ui: Ui): void {
  const m = serverText().setup;
  const ctx = context();
  const report = withDocumentLock(() => setUpSheets(ctx.ss, ctx.clock, ctx.random));
  ui.alert(m.title, m.done(report), ui.ButtonSet.OK);
}

/** Runs `work`; if a tab is missing (first real use), sets the sheet up and runs it again. */
export function retryAfterSetUp<T>(ctx: Context, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (!(e instanceof TableMissingError)) throw e;
    // Under the lock: two first uses at once must not both create the tabs (set-up re-reads
    // the sheet inside it, so the second finds them done). Only what is missing is made: the
    // user's rows are never read whole in the middle of an action.
    withDocumentLock(() => setUpSheets(ctx.ss, ctx.clock, ctx.random, { checkIds: false }));
    return work();
  }
}
