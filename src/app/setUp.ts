// Setting the sheet up: from the menu (creates or repairs the tabs under the lock and says what
// it did), and automatically the first time Prospek is used in a sheet.
import { ValidationError } from '../domain/errors';
import { serverText } from '../domain/messages/server';
import { capacityVerdict, type Fullness } from '../domain/capacity/capacity';
import { capacityText } from '../domain/messages/capacity';
import { readFullness } from '../sheets/capacity';
import { nothingToRepair, setUpSheets, type ContactsTab } from '../sheets/setup';
import { TableMissingError } from '../sheets/sheetTable';
import { ACTIVITIES, CONTACTS } from '../sheets/tables';
import { findTab, storedTabId } from '../sheets/tabs';
import type { Ui } from '../gas/spreadsheet';
import { context, type Context } from './context';
import { withDocumentLock } from './locks';

export function setUpSheet(ui: Ui): void {
  const m = serverText().setup;
  const ctx = context();
  // Nothing to repair (the common case) is found by reads alone: the lock only for work.
  const report =
    nothingToRepair(ctx.ss) ??
    withDocumentLock(() => setUpSheets(ctx.ss, ctx.clock, ctx.random), {
      flush: (r) => r.wrote,
    });
  const fullness = readFullness(ctx.ss);
  selectFirstEmptyName(report.contacts, fullness);
  ui.alert(m.title, `${m.done(report)}\n\n${fullnessLine(fullness)}`, ui.ButtonSet.OK);
}

/** How full the spreadsheet is; from 80% on, what to do about it. */
export function fullnessLine(f: Fullness): string {
  const c = capacityText();
  return capacityVerdict(f) === 'warn' ? c.warning(f) : `${c.status(f)}.`;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Shows the Contacts tab with the Name cell of its first empty row selected, so a newcomer who
 * starts typing leads types them there (not on Sheet1, not over a contact).
 */
function selectFirstEmptyName(tab: ContactsTab, fullness: Fullness): void {
  // Set-up located the tab and its columns, and counted its rows: no further reads of them.
  const { sheet } = tab;
  const row = (tab.lastRow ?? sheet.getLastRow()) + 1;
  // A tab filled to its last row grows by one, as pressing Enter past it would. If that row
  // would not fit, nothing is selected: the last row is a contact, not a place to type.
  if (row > tab.maxRows) {
    if (capacityVerdict(fullness, tab.maxColumns) === 'refuse') return;
    if (!growTo(sheet, row)) return;
  }
  sheet.getRange(row, tab.nameColumn + 1).activate();
}

/**
 * Gives the tab its row `row`: a write, so under the lock like any other (set-up with nothing to
 * repair holds none). False when another action holds it: the selection then stays where it is.
 */
function growTo(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number): boolean {
  try {
    withDocumentLock(() => {
      const maxRows = sheet.getMaxRows();
      if (row > maxRows) sheet.insertRowAfter(maxRows);
    });
    return true;
  } catch (e) {
    if (e instanceof ValidationError) return false;
    throw e;
  }
}

/**
 * True when the sheet was set up (its Contacts tab's ID stored, or its Activities tab there) and
 * no tab holds the contacts any more: the user deleted it. Only Set up sheet makes a new one.
 */
export function contactsTabGone(ss: Spreadsheet): boolean {
  if (findTab(ss, CONTACTS) !== null) return false;
  return storedTabId(CONTACTS) !== null || findTab(ss, ACTIVITIES) !== null;
}

/**
 * Runs `work`; if a tab is missing (first real use), sets the sheet up and runs it again. A
 * Contacts tab the user deleted is never re-created behind their back: they are told, and Set
 * up sheet makes it (every path opens Contacts before it writes, so nothing was written).
 */
export function retryAfterSetUp<T>(ctx: Context, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (!(e instanceof TableMissingError)) throw e;
    if (contactsTabGone(ctx.ss))
      throw new ValidationError({ field: '', message: serverText().contactsTabGone });
    // Under the lock: two first uses at once must not both create the tabs (set-up re-reads
    // the sheet inside it, so the second finds them done). Only what is missing is made: the
    // user's rows are never read whole in the middle of an action.
    withDocumentLock(() => setUpSheets(ctx.ss, ctx.clock, ctx.random, { checkIds: false }));
    return work();
  }
}
