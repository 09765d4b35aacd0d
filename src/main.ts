// The public surface of Prospek. Every export becomes a top-level Apps Script function: menu
// handlers, triggers and the functions the sidebar calls. Each one is a thin shell around the
// adapters (src/sheets) and the pure domain (src/domain).
import { msg } from './domain/messages/messages';
import { withDocumentLock } from './sheets/lock';
import { setUpSheets } from './sheets/setup';
import { sheetClock } from './sheets/sheetClock';
import { activeSpreadsheet } from './app/context';
import { alertProblems } from './app/reply';
import { openConversationsForActiveRow, openSidebar } from './app/sidebar';
import { runStageAction } from './app/stageActions';
import type { SidebarApi } from './sidebarApi';

/** Builds the Prospek menu. Runs in AuthMode.NONE too, so it touches nothing but the Ui. */
export function onOpen(): void {
  const m = msg().menu;
  const a = msg().stageActions.menu;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(a.openSidebar, 'menuOpenSidebar')
    .addItem(a.logConversation, 'menuLogConversation')
    .addItem(a.pipeline, 'menuOpenPipeline')
    .addSeparator()
    .addItem(a.advance, 'menuAdvanceStage')
    .addItem(a.moveBack, 'menuMoveBackStage')
    .addItem(a.markNotReady, 'menuNotReady')
    .addItem(a.markSaidNo, 'menuSaidNo')
    .addItem(a.markNotAFit, 'menuNotAFit')
    .addItem(a.reopen, 'menuReopen')
    .addItem(a.recordSale, 'menuRecordSale')
    .addSeparator()
    .addItem(msg().imports.menu.importLeads, 'menuImportLeads')
    .addItem(msg().imports.menu.findDuplicates, 'menuFindDuplicates')
    .addItem(msg().imports.menu.undoLastImport, 'menuUndoLastImport')
    .addSeparator()
    .addItem(m.setUp, 'menuSetUpSheet')
    .addItem(m.testDigest, 'menuSendTestDigest')
    .addToUi();
}

/** Add-on install: Apps Script calls onInstall, not onOpen, the first time. */
export function onInstall(): void {
  onOpen();
}

/** Menu: Set up sheet. Creates or repairs the tabs and says what it did. */
export function menuSetUpSheet(): void {
  const m = msg().setup;
  alertProblems(m.title, (ui) => {
    const ss = activeSpreadsheet();
    const report = withDocumentLock(() => setUpSheets(ss, sheetClock(ss), Math.random));
    ui.alert(m.title, m.done(report), ui.ButtonSet.OK);
  });
}

// ---- called by the sidebar (google.script.run) -------------------------------------------------

export { getContact, saveContact } from './app/contacts';
export { loadSidebar } from './app/sidebar';
export { logConversation } from './app/conversations';
export { getPipeline, selectContactRow } from './app/pipeline';

// ---- the sidebar and stage actions from the menu -------------------------------------------------

/** Menu: Open sidebar (the Contact tab, on the selected row's contact). */
export function menuOpenSidebar(): void {
  openSidebar('contact');
}

/** Menu: Log a conversation, with the selected row's contact. */
export function menuLogConversation(): void {
  openConversationsForActiveRow();
}

/** Menu: Pipeline. */
export function menuOpenPipeline(): void {
  openSidebar('pipeline');
}

export function menuAdvanceStage(): void {
  runStageAction('advance');
}
export function menuMoveBackStage(): void {
  runStageAction('moveBack');
}
export function menuNotReady(): void {
  runStageAction('markNotReady');
}
export function menuSaidNo(): void {
  runStageAction('markSaidNo');
}
export function menuNotAFit(): void {
  runStageAction('markNotAFit');
}
export function menuReopen(): void {
  runStageAction('reopen');
}
export function menuRecordSale(): void {
  runStageAction('recordSale');
}

// ---- lead import, duplicates and merge (Import tab and menu) -----------------------------------

export {
  getImportStatus,
  importKeys,
  previewImport,
  importChunk,
  finishImport,
  undoLastImport,
  findDuplicates,
  mergeContacts,
  menuImportLeads,
  menuFindDuplicates,
  menuUndoLastImport,
} from './app/importEntryPoints';

/**
 * Compile-time check that the sidebar-callable exports match src/sidebarApi.ts. Types vanish
 * from the bundle, so this costs nothing at run time.
 */
type Satisfies<T extends U, U> = T;
export type SidebarApiCheck = Satisfies<typeof import('./main'), SidebarApi>;

// ---- reminders: the daily trigger, its test send, and the Settings tab ---------------------------

export {
  prospekDailyDigest,
  menuSendTestDigest,
  getReminderSettings,
  saveReminderSettings,
} from './app/reminderEntryPoints';
