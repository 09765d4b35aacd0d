// "Undo last import": removes the rows of the last import batch that nobody touched since — their
// Updated is still their Created, and they have no activity but their own Import entries — and
// says which rows stayed and why. Fills of existing contacts are not reverted: they only filled
// empty fields, and their Import activity records what was filled.
import type { UndoResult } from '../domain/importTypes';
import { msg } from '../domain/messages';
import { readContacts } from '../sheets/contactStore';
import { deleteSheetRows } from '../sheets/importStore';
import { clearImportRecord, readImportRecord } from '../sheets/importRecord';
import { withDocumentLock } from '../sheets/lock';
import { readTable } from '../sheets/sheetTable';
import { ACTIVITIES } from '../sheets/tables';
import { context, withSheets } from './context';
import { importActivityPrefix } from './import';

export function undoImport(): UndoResult {
  const m = msg().imports;
  const ctx = context();
  return withDocumentLock(() =>
    withSheets(ctx, () => {
      const record = readImportRecord();
      if (!record)
        return { batchId: '', fileName: '', removed: 0, kept: [], message: m.undoNothing };
      const prefix = importActivityPrefix(record.batchId);
      const snapshot = readContacts(ctx.ss, ctx.clock);
      const log = readTable(ctx.ss, ACTIVITIES);
      const col = log.layout.columns;
      const others = new Set<string>();
      const ownRows = new Map<string, number[]>();
      log.rows.forEach((r, i) => {
        const contactId = String(r[col.contactId]);
        const own = String(r[col.activityId]).startsWith(prefix) && r[col.type] === 'Import';
        if (own) ownRows.set(contactId, [...(ownRows.get(contactId) ?? []), i + 2]);
        else others.add(contactId);
      });
      const kept: UndoResult['kept'] = [];
      const contactRows: number[] = [];
      const activityRows: number[] = [];
      for (const c of snapshot.contacts) {
        if (c.importBatch !== record.batchId) continue;
        if (others.has(c.id)) kept.push({ id: c.id, name: c.name, reason: 'activity' });
        else if (c.updated !== c.created) kept.push({ id: c.id, name: c.name, reason: 'edited' });
        else {
          const index = snapshot.indexById.get(c.id);
          if (index === undefined) continue;
          contactRows.push(index + 2);
          activityRows.push(...(ownRows.get(c.id) ?? []));
        }
      }
      deleteSheetRows(snapshot.table.layout.sheet, contactRows);
      deleteSheetRows(log.layout.sheet, activityRows);
      clearImportRecord();
      const lines = [m.undoDone(contactRows.length, record.fileName)];
      if (kept.length > 0) {
        lines.push(m.undoKeptHeading(kept.length));
        for (const k of kept)
          lines.push(
            k.reason === 'edited'
              ? m.undoKeptEdited(k.name, k.id)
              : m.undoKeptActivity(k.name, k.id),
          );
      }
      return {
        batchId: record.batchId,
        fileName: record.fileName,
        removed: contactRows.length,
        kept,
        message: lines.join('\n'),
      };
    }),
  );
}
