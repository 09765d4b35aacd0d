// The public surface of Prospek. Every export becomes a top-level Apps Script function: menu
// handlers, triggers and the functions the sidebar calls. Each one is a thin shell around the
// adapters (src/sheets) and the pure domain (src/domain).
import { isValidationError } from './domain/errors';
import { msg } from './domain/messages';
import { withDocumentLock } from './sheets/lock';
import { setUpSheets } from './sheets/setup';
import { sheetClock } from './sheets/sheetClock';

/** Builds the Prospek menu. Runs in AuthMode.NONE too, so it touches nothing but the Ui. */
export function onOpen(): void {
  const m = msg().menu;
  SpreadsheetApp.getUi().createAddonMenu().addItem(m.setUp, 'menuSetUpSheet').addToUi();
}

/** Add-on install: Apps Script calls onInstall, not onOpen, the first time. */
export function onInstall(): void {
  onOpen();
}

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('Prospek needs an open spreadsheet');
  return ss;
}

/** Menu: Set up sheet. Creates or repairs the tabs and says what it did. */
export function menuSetUpSheet(): void {
  const ui = SpreadsheetApp.getUi();
  const m = msg().setup;
  try {
    const ss = activeSpreadsheet();
    const report = withDocumentLock(() => setUpSheets(ss, sheetClock(ss), Math.random));
    ui.alert(m.title, m.done(report), ui.ButtonSet.OK);
  } catch (e) {
    if (isValidationError(e)) ui.alert(m.title, e.message, ui.ButtonSet.OK);
    else throw e;
  }
}

// ---- called by the sidebar (google.script.run) -------------------------------------------------

export { getContact, saveContact } from './app/contacts';
