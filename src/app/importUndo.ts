// "Undo last import": removes the rows of the last import batch that nobody touched since, and
// says which rows stayed and why. A row is untouched when its Updated is still its Created, it
// has no activity but its own Import entries, and its values (hand edits typed into the sheet
// included, and the user's own columns) still match the check an Import entry of this batch
// recorded for it. A row with no check to compare with is kept. Fills of existing contacts are
// not reverted: they only filled empty fields, and their Import activity records what was filled.
// It reads only what the import wrote and what came after it: the batch's contact rows (found by
// a search of the Import batch column) and the log from the batch's first entry on (found by a
// search of the Activity ID column): any other entry about a contact the batch made was written
// after it. Neither tab is read whole.
import { decodeCellText } from '../domain/contact/cellText';
import { ACTIVITY_TYPES, contactFromCells, matchOption } from '../domain/contact/contact';
import { importCheckOf } from '../domain/contact/contactHash';
import type { UndoResult } from '../sidebarApi';
import { serverText } from '../domain/messages/server';
import { rowCheck } from '../sheets/importStore';
import { clearImportRecord, readImportRecord } from '../sheets/importRecord';
import { withDocumentLock } from './locks';
import {
  cellsReader,
  deleteSheetRows,
  openTableHeader,
  readSheetRows,
  regexpText,
  rowsHolding,
  spanHolding,
  wholeColumn,
  type Layout,
} from '../sheets/sheetTable';
import { ACTIVITIES, CONTACTS } from '../sheets/tables';
import { context, services } from './context';
import { retryAfterSetUp } from './setUp';
import { importActivityPrefix } from '../domain/import/batch';
import type { ActivityKey, ContactKey } from '../domain/contact/contact';

type Value = string | number | boolean | Date;

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
      const { layout, header } = openTableHeader(ctx.ss, CONTACTS);
      // The batch's rows, copies by hand included (they carry its batch too): the import wrote
      // them together, so the block from its first to its last is read at once.
      const span = spanHolding(layout.sheet, layout.columns.importBatch, record.batchId);
      const spanRows = span ? range(span.first, span.last) : [];
      const rows = readSheetRows(layout.sheet, layout.width, spanRows);
      const log = openTableHeader<ActivityKey>(ctx.ss, ACTIVITIES).layout;
      const col = log.columns;
      const since = logSince(log, prefix);
      const others = new Set<string>();
      const ownRows = new Map<string, number[]>();
      // The checks this batch's Import entries recorded, by contact: any of them will do, as
      // each is a state the import itself left the row in (a later line may have filled it).
      const checksOf = new Map<string, Set<string>>();
      since.rows.forEach((r, i) => {
        const contactId = String(r[col.contactId]);
        const own =
          String(r[col.activityId]).startsWith(prefix) &&
          matchOption(r[col.type], ACTIVITY_TYPES) === 'Import';
        if (!own) {
          others.add(contactId);
          return;
        }
        ownRows.set(contactId, [...(ownRows.get(contactId) ?? []), since.first + i]);
        const check = importCheckOf(decodeCellText(String(r[col.summary])).trim());
        if (check) checksOf.set(contactId, (checksOf.get(contactId) ?? new Set()).add(check));
      });
      const kept: Kept[] = [];
      const contactRows: number[] = [];
      const activityRows: number[] = [];
      const present = new Set<string>();
      const cellsAt = cellsReader(CONTACTS, layout, ctx.clock);
      for (const sheetRow of spanRows) {
        // Row by row, not by ID: a row copied by hand shares its ID and is judged on its own.
        const row = rows[sheetRow - 2];
        const c = contactFromCells(cellsAt(row));
        present.add(c.id);
        if (c.importBatch !== record.batchId) continue;
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
          contactRows.push(sheetRow);
          activityRows.push(...(ownRows.get(c.id) ?? []));
        }
      }
      activityRows.push(...orphanedEntries(layout, present, ownRows));
      deleteSheetRows(layout.sheet, contactRows);
      deleteSheetRows(log.sheet, activityRows);
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
 * Entries of this batch whose row is already gone: an undo that stopped between its two deletes
 * (or a row deleted by hand) left them; they go now, so none is left orphaned. A contact not in
 * the batch's block (its batch cell changed by hand) is looked for in the ID column: one search,
 * none when every entry's contact was seen.
 */
function orphanedEntries(
  layout: Layout<ContactKey>,
  present: ReadonlySet<string>,
  ownRows: ReadonlyMap<string, number[]>,
): number[] {
  const unseen = [...ownRows.keys()].filter((id) => !present.has(id));
  const found = rowsHolding(layout.sheet, layout.columns.id, unseen);
  const elsewhere = new Set(
    readSheetRows(layout.sheet, layout.width, found).map((r) => String(r[layout.columns.id])),
  );
  return unseen.filter((id) => !elsewhere.has(id)).flatMap((id) => ownRows.get(id) ?? []);
}

/** The numbers first..last. */
function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The log from this batch's first entry to its last row, read in one block: an entry about a
 * contact the batch made can only come after it. Found with one search of the Activity ID
 * column (the log is appended to, so the first match is where the import began).
 */
function logSince(log: Layout<ActivityKey>, prefix: string): { first: number; rows: Value[][] } {
  const hit = wholeColumn(log.sheet, log.columns.activityId)
    .createTextFinder(`${regexpText(prefix)}.*`)
    .useRegularExpression(true)
    .matchEntireCell(true)
    .matchCase(true)
    .findNext();
  const first = hit?.getRow() ?? 0;
  const last = log.sheet.getLastRow();
  if (first < 2 || last < first) return { first: 0, rows: [] };
  const rows = log.sheet.getRange(first, 1, last - first + 1, log.width).getValues() as Value[][];
  return { first, rows };
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
