// The entry points of lead import, duplicates and merge: what the Import tab calls (each answers
// a Reply) and the three menu items.
import { msg } from '../domain/messages/messages';
import type { Reply } from '../sidebarApi';
import {
  finishImport as finish,
  getImportStatus as status,
  importChunk as chunk,
  importKeys as keys,
  previewImport as preview,
} from './import';
import { undoImport } from './importUndo';
import { findDuplicates as find, mergeContacts as merge } from './duplicates';
import type {
  DuplicatesResult,
  ImportChunkResult,
  ImportKeysResult,
  ImportPreviewResult,
  ImportStatus,
  MergeResult,
  UndoResult,
} from '../domain/import/types';
import { readImportRecord } from '../sheets/importRecord';
import { alertProblems, reply } from './reply';
import { openSidebar } from './sidebar';

export function getImportStatus(): Reply<ImportStatus> {
  return reply(status);
}

export function importKeys(request: unknown): Reply<ImportKeysResult> {
  return reply(() => keys(request));
}

export function previewImport(request: unknown): Reply<ImportPreviewResult> {
  return reply(() => preview(request));
}

export function importChunk(request: unknown): Reply<ImportChunkResult> {
  return reply(() => chunk(request));
}

export function finishImport(batchId: unknown): Reply<{ finished: boolean }> {
  return reply(() => finish(batchId));
}

export function undoLastImport(): Reply<UndoResult> {
  return reply(undoImport);
}

export function findDuplicates(): Reply<DuplicatesResult> {
  return reply(find);
}

export function mergeContacts(request: unknown): Reply<MergeResult> {
  return reply(() => merge(request));
}

/** Menu: Import leads. */
export function menuImportLeads(): void {
  openSidebar('import');
}

/** Menu: Find duplicates. Lists the groups, then opens the Import tab, where they are merged. */
export function menuFindDuplicates(): void {
  const ui = SpreadsheetApp.getUi();
  const m = msg().imports;
  const found = find();
  const lines = [found.message];
  for (const g of found.groups.slice(0, 15)) {
    lines.push(
      `• ${m.duplicatesGroup(
        g.contacts.map((c) => c.name || c.id),
        g.reasons,
      )}`,
    );
  }
  if (found.groups.length > 15) lines.push('…');
  ui.alert(m.duplicatesTitle, lines.join('\n'), ui.ButtonSet.OK);
  if (found.groups.length > 0) openSidebar('import');
}

/** An ISO instant as the sheet's wall clock shows it ('2026-11-27 09:00'). */
function when(iso: string): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const d = new Date(iso);
  if (!ss || Number.isNaN(d.getTime())) return iso;
  return Utilities.formatDate(d, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
}

/** Menu: Undo last import. Asks first, then says what was removed and what stayed. */
export function menuUndoLastImport(): void {
  const m = msg().imports;
  alertProblems(m.undoTitle, (ui) => {
    const record = readImportRecord();
    if (!record) return void ui.alert(m.undoTitle, m.undoNothing, ui.ButtonSet.OK);
    const answer = ui.alert(
      m.undoTitle,
      m.undoConfirm(record.fileName, when(record.startedAt)),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES)
      return void ui.alert(m.undoTitle, m.undoCancelled, ui.ButtonSet.OK);
    ui.alert(m.undoTitle, undoImport().message, ui.ButtonSet.OK);
  });
}
