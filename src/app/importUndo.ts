// "Undo last import": removes the rows of the last import batch that nobody touched since, and
// says which rows stayed and why. A row is untouched when its Updated is still its Created, it
// has no activity but its own Import entries, and its values (hand edits typed into the sheet
// included, and the user's own columns) still match the check an Import entry of this batch
// recorded for it. A row with no check to compare with is kept. Fills of existing contacts are
// not reverted: they only filled empty fields, and their Import activity records what was filled.
import { decodeCellText } from '../domain/contact/cellText';
import { ACTIVITY_TYPES, contactFromCells, matchOption } from '../domain/contact/contact';
import { importCheckOf } from '../domain/contact/contactHash';
import type { UndoResult } from '../sidebarApi';
import { serverText } from '../domain/messages/server';
import { readContacts } from '../sheets/contactStore';
import { rowCheck } from '../sheets/importStore';
import { clearImportRecord, readImportRecord } from '../sheets/importRecord';
import { withDocumentLock } from './locks';
import { cellsOf, readTable, deleteSheetRows } from '../sheets/sheetTable';
import { ACTIVITIES, CONTACTS } from '../sheets/tables';
import { context, services } from './context';
import { retryAfterSetUp } from './setUp';
import { importActivityPrefix } from '../domain/import/batch';

type Kept = UndoResult['kept'][number];

export function undoImport(): UndoResult {
  const m = serverText().imports;
  const ctx = context();
  return withDocumentLock(() =>
    retryAfterSetUp(ctx, () => {
      const props = services().properties.document();
      const record = readImportRecord(props);
      if (!record)
        return { batchId: '', fileName: '', removed: 0, kept: [], message: m.undoNothing };
      const prefix = importActivityPrefix(record.batchId);
      const snapshot = readContacts(ctx.ss, ctx.clock);
      const { layout, rows } = snapshot.table;
      const header = snapshot.table.header;
      const log = readTable(ctx.ss, ACTIVITIES);
      const col = log.layout.columns;
      const others = new Set<string>();
      const ownRows = new Map<string, number[]>();
      // The checks this batch's Import entries recorded, by contact: any of them will do, as
      // each is a state the import itself left the row in (a later line may have filled it).
      const checksOf = new Map<string, Set<string>>();
      log.rows.forEach((r, i) => {
        const contactId = String(r[col.contactId]);
        const own =
          String(r[col.activityId]).startsWith(prefix) &&
          matchOption(r[col.type], ACTIVITY_TYPES) === 'Import';
        if (!own) {
          others.add(contactId);
          return;
        }
        ownRows.set(contactId, [...(ownRows.get(contactId) ?? []), i + 2]);
        const check = importCheckOf(decodeCellText(String(r[col.summary])).trim());
        if (check) checksOf.set(contactId, (checksOf.get(contactId) ?? new Set()).add(check));
      });
      const kept: Kept[] = [];
      const contactRows: number[] = [];
      const activityRows: number[] = [];
      rows.forEach((row, i) => {
        // Row by row, not by ID: a row copied by hand shares its ID and is judged on its own.
        const c = contactFromCells(cellsOf(CONTACTS, layout, row, ctx.clock));
        if (c.importBatch !== record.batchId) return;
        const checks = checksOf.get(c.id);
        const reason: Kept['reason'] | null = others.has(c.id)
          ? 'activity'
          : c.updated !== c.created
            ? 'edited'
            : !checks
              ? 'unchecked'
              : checks.has(rowCheck(layout, header, row, ctx.clock).check)
                ? null
                : 'edited';
        if (reason) kept.push({ id: c.id, name: c.name, reason });
        else {
          contactRows.push(i + 2);
          activityRows.push(...(ownRows.get(c.id) ?? []));
        }
      });
      // Entries of this batch whose row is already gone: an undo that stopped between its two
      // deletes (or a row deleted by hand) left them; they go now, so none is left orphaned.
      const present = new Set(snapshot.contacts.map((c) => c.id));
      for (const [id, own] of ownRows) if (!present.has(id)) activityRows.push(...own);
      deleteSheetRows(layout.sheet, contactRows);
      deleteSheetRows(log.layout.sheet, activityRows);
      clearImportRecord(props);
      return {
        batchId: record.batchId,
        fileName: record.fileName,
        removed: contactRows.length,
        kept,
        message: undoMessage(record.fileName, contactRows.length, kept),
      };
    }),
  );
}

/**
 * What the undo did, in sentences: rows kept for a change, then rows kept because there was
 * nothing to compare them with, each under a heading that says which.
 */
function undoMessage(fileName: string, removed: number, kept: readonly Kept[]): string {
  const m = serverText().imports;
  const lines = [m.undoDone(removed, fileName)];
  const changed = kept.filter((k) => k.reason !== 'unchecked');
  const unchecked = kept.filter((k) => k.reason === 'unchecked');
  if (changed.length > 0) {
    lines.push(m.undoKeptHeading(changed.length));
    for (const k of changed) lines.push(keptLine(k));
  }
  if (unchecked.length > 0) {
    lines.push(m.undoKeptUncheckedHeading(unchecked.length));
    for (const k of unchecked) lines.push(keptLine(k));
  }
  return lines.join('\n');
}

function keptLine(k: Kept): string {
  const m = serverText().imports;
  if (k.reason === 'edited') return m.undoKeptEdited(k.name, k.id);
  if (k.reason === 'unchecked') return m.undoKeptUnchecked(k.name, k.id);
  return m.undoKeptActivity(k.name, k.id);
}
