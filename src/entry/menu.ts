// The Prospek menu and what each item runs: one line each, into a use case. A problem the user
// can fix is said in an alert (transport.ts).
import { serverText } from '../domain/messages/server';
import { listDuplicates, undoLastImportAfterAsking } from '../app/importMenu';
import { addMenu, type MenuEntry } from '../app/menu';
import { sendTestDigestNow } from '../app/reminders';
import { setUpSheet } from '../app/setUp';
import { openConversationsForActiveRow, openSidebar } from '../app/sidebar';
import { runStageAction } from '../app/stageActions';
import { useUserLang, withoutProperties } from '../app/language';
import { alertProblems } from './transport';
import { createLeadForm, processResponsesNow } from '../app/leadForm';
import { leadFormText } from '../domain/messages/leadForm';

/** The menu's items, by the name of the function each runs (checked against this module). */
function menuItems(): MenuEntry<keyof typeof import('./menu')>[] {
  const a = serverText().stageActions.menu;
  const i = serverText().imports.menu;
  const m = serverText().menu;
  const f = leadFormText().menu;
  return [
    [a.openSidebar, 'menuOpenSidebar'],
    [a.logConversation, 'menuLogConversation'],
    [a.pipeline, 'menuOpenPipeline'],
    null,
    [a.advance, 'menuAdvanceStage'],
    [a.moveBack, 'menuMoveBackStage'],
    [a.markNotReady, 'menuMarkNotReady'],
    [a.markSaidNo, 'menuMarkSaidNo'],
    [a.markNotAFit, 'menuMarkNotAFit'],
    [a.reopen, 'menuReopen'],
    [a.recordSale, 'menuRecordSale'],
    null,
    [i.importLeads, 'menuImportLeads'],
    [i.findDuplicates, 'menuFindDuplicates'],
    [i.undoLastImport, 'menuUndoLastImport'],
    null,
    [f.create, 'menuCreateLeadForm'],
    [f.process, 'menuProcessFormResponses'],
    null,
    [m.setUp, 'menuSetUpSheet'],
    [m.testDigest, 'menuSendTestDigest'],
  ];
}

/**
 * Builds the Prospek menu in the user's language. Runs in AuthMode.NONE too, so it touches only
 * the Ui and Session.getActiveUserLocale (allowed there; the user's Settings choice is not).
 */
export function onOpen(e?: { authMode?: unknown }): void {
  if (String(e?.authMode ?? '') === 'NONE') withoutProperties();
  useUserLang();
  addMenu(menuItems());
}

/** Add-on install: Apps Script calls onInstall, not onOpen, the first time. */
export function onInstall(): void {
  onOpen();
}

export function menuOpenSidebar(): void {
  useUserLang();
  openSidebar('contact');
}

export function menuLogConversation(): void {
  useUserLang();
  openConversationsForActiveRow();
}

export function menuOpenPipeline(): void {
  useUserLang();
  openSidebar('pipeline');
}

export function menuAdvanceStage(): void {
  useUserLang();
  runStageAction('advance');
}

export function menuMoveBackStage(): void {
  useUserLang();
  runStageAction('moveBack');
}

export function menuMarkNotReady(): void {
  useUserLang();
  runStageAction('markNotReady');
}

export function menuMarkSaidNo(): void {
  useUserLang();
  runStageAction('markSaidNo');
}

export function menuMarkNotAFit(): void {
  useUserLang();
  runStageAction('markNotAFit');
}

export function menuReopen(): void {
  useUserLang();
  runStageAction('reopen');
}

export function menuRecordSale(): void {
  useUserLang();
  runStageAction('recordSale');
}

export function menuImportLeads(): void {
  useUserLang();
  openSidebar('import');
}

export function menuFindDuplicates(): void {
  useUserLang();
  listDuplicates();
}

export function menuUndoLastImport(): void {
  useUserLang();
  alertProblems(serverText().imports.undoTitle, undoLastImportAfterAsking);
}

export function menuSetUpSheet(): void {
  useUserLang();
  alertProblems(serverText().setup.title, setUpSheet);
}

export function menuSendTestDigest(): void {
  useUserLang();
  alertProblems(serverText().reminders.testTitle, sendTestDigestNow);
}

export function menuCreateLeadForm(): void {
  useUserLang();
  alertProblems(leadFormText().title, createLeadForm);
}

export function menuProcessFormResponses(): void {
  useUserLang();
  alertProblems(leadFormText().title, processResponsesNow);
}
