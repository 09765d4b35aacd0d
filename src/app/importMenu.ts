// The import menu's dialogs: Find duplicates lists the groups (they are merged in the Import
// tab), and Undo last import asks first, then says what was removed and what stayed.
import { serverText } from '../domain/messages/server';
import { readImportRecord } from '../sheets/importRecord';
import { services } from './context';
import { duplicatesSummary } from './duplicates';
import { undoImport } from './importUndo';
import { openSidebar } from './sidebar';

/** Groups listed in the alert; the rest are in the Import tab. */
const LISTED_GROUPS = 15;

/** Lists the duplicate groups, then opens the Import tab when there are any. */
export function listDuplicates(): void {
  const ui = services().spreadsheet.ui();
  const m = serverText().imports;
  // The names and reasons only: the scan has them, so no member's other fields are read.
  const found = duplicatesSummary(LISTED_GROUPS);
  const lines = [found.message];
  for (const g of found.groups) lines.push(`• ${m.duplicatesGroup(g.names, g.reasons)}`);
  if (found.more) lines.push('…');
  ui.alert(m.duplicatesTitle, lines.join('\n'), ui.ButtonSet.OK);
  if (found.groups.length > 0) openSidebar('import');
}

/** An ISO instant as the sheet's wall clock shows it ('2026-11-27 09:00'). */
function when(iso: string): string {
  const ss = services().spreadsheet.active();
  const d = new Date(iso);
  if (!ss || Number.isNaN(d.getTime())) return iso;
  return services().utilities.formatDate(d, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
}

/** Asks before undoing the last import, then says what was removed and what stayed. */
export function undoLastImportAfterAsking(ui: GoogleAppsScript.Base.Ui): void {
  const m = serverText().imports;
  const record = readImportRecord(services().properties.document());
  if (!record) return void ui.alert(m.undoTitle, m.undoNothing, ui.ButtonSet.OK);
  const answer = ui.alert(
    m.undoTitle,
    m.undoConfirm(record.fileName, when(record.startedAt)),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return void ui.alert(m.undoTitle, m.undoCancelled, ui.ButtonSet.OK);
  ui.alert(m.undoTitle, undoImport().message, ui.ButtonSet.OK);
}
