// Rows the user typed, pasted or copied into Contacts are contacts at once. The onEdit simple
// trigger gives each edited row that gained content an ID and its Created time; every action
// that meets such a row (sidebar load, stage actions, pipeline, duplicates) does the same under
// the document lock and goes on, so "run Set up sheet" is never the answer to a typed row.
//
// What a simple onEdit may do (AuthMode.LIMITED, 30 seconds): read and write the bound
// spreadsheet, and use services that need no authorisation. LockService needs no OAuth scope,
// so the document lock works there; PropertiesService's document properties work in LIMITED
// (the AuthMode reference's example reads them outside NONE), user and script properties are
// the runtime's refusals we avoid. No mail, no triggers, no Session email (blank for others).
// CacheService needs no authorisation either: the document cache is where an edit of a key
// column tells a running import (noteKeyEdit).
import { serverText } from '../domain/messages/server';
import { isValidationError } from '../domain/errors';
import {
  giveIds,
  rowsNeedingIds,
  type IdFix,
  type Pasted,
  type SeenRow,
} from '../sheets/contactIds';
import {
  KEY_FIELDS,
  openContactTable,
  readContactFields,
  readContactRows,
  type ContactFields,
  type ContactRow,
  type ContactTable,
} from '../sheets/contactStore';
import { tellKeysChanged } from '../sheets/importKeyCache';
import { adjacentRuns, sameRow, TableMissingError } from '../sheets/sheetTable';
import { CONTACTS } from '../sheets/tables';
import { isTab } from '../sheets/tabs';
import type { ContactKey } from '../domain/contact/contact';
import { activeSpreadsheet, context, type Context } from './context';
import { withDocumentLock } from './locks';

type Range = GoogleAppsScript.Spreadsheet.Range;

const seen = (rows: readonly ContactRow[]): SeenRow[] =>
  rows.filter((r): r is ContactRow & SeenRow => r.contact !== null);

/**
 * onEdit waits longer than a user for the lock: an import chunk or a merge may hold it for over
 * 10 s at the sheet's capacity, and a simple trigger has 30 s. Given up, the edit's copies are
 * left to the next action, which cannot tell a pasted copy from its original.
 */
const ON_EDIT_WAIT_MS = 20_000;

/**
 * Gives the rows among `rows` that need one an ID of their own: checked first without the lock
 * (nothing to write is the common case), then re-read and written under it. The caller reads
 * its rows again when this returns fixes. `pasted`: onEdit's rows, whose ID cells were just
 * typed or pasted (a copy among them gets the new ID, wherever the original is); it holds only
 * while the rows re-read under the lock are the rows read before it (no sort, no row deleted
 * or inserted above, meanwhile), else the first row keeps an ID, as for any action.
 */
export function identifyRows(
  ctx: Context,
  table: ContactTable,
  rows: readonly ContactRow[],
  pasted?: Pasted,
): IdFix[] {
  const need = rowsNeedingIds(table, seen(rows), pasted);
  if (need.length === 0) return [];
  const before = new Map(rows.map((r) => [r.row, r.values]));
  const work = () => {
    const fresh: ContactRow[] = [];
    for (const [first, last] of adjacentRuns(need.map((r) => r.row))) {
      fresh.push(...readContactRows(table, ctx.clock, first, last - first + 1));
    }
    const unmoved = (r: ContactRow) => sameRow(before.get(r.row) ?? [], r.values);
    const held = pasted && fresh.every(unmoved) ? pasted : undefined;
    return giveIds(table, ctx.clock, seen(fresh), ctx.random, null, held);
  };
  return withDocumentLock(work, pasted ? { waitMs: ON_EDIT_WAIT_MS } : {});
}

/**
 * Gives the sheet rows `rows` (found by a narrow scan: typed without an ID) their IDs: read in
 * runs of adjacent rows, then identifyRows. The caller scans again when this returns fixes.
 */
export function identifyRowsAt(
  ctx: Context,
  table: ContactTable,
  rows: readonly number[],
): IdFix[] {
  const read: ContactRow[] = [];
  for (const [first, last] of adjacentRuns(rows)) {
    read.push(...readContactRows(table, ctx.clock, first, last - first + 1));
  }
  return identifyRows(ctx, table, read);
}

/**
 * A whole-tab view's read with every row identified: when the scan met rows without an ID of
 * their own, it is read again under the lock, the rows get their IDs, and the fresh read is
 * returned (with the fixes, for messages).
 */
export function identifyScanned(
  ctx: Context,
  read: ContactFields,
  keys: readonly ContactKey[],
): { read: ContactFields; fixes: IdFix[] } {
  if (read.unidentified.length === 0) return { read, fixes: [] };
  return withDocumentLock(() => {
    const fresh = readContactFields(ctx.ss, ctx.clock, keys);
    const index = new Map([...fresh.indexById].map(([id, i]) => [id, i + 2]));
    const table = { sheet: fresh.layout.sheet, layout: fresh.layout };
    const fixes = giveIds(table, ctx.clock, fresh.unidentified, ctx.random, index);
    for (const f of fixes) fresh.indexById.set(f.id, f.row - 2);
    return { read: { ...fresh, unidentified: [] }, fixes };
  });
}

/** What the user is told of the fixes: copies and unusable IDs (a typed row needs no word). */
export function fixNotes(fixes: readonly IdFix[]): string[] {
  const m = serverText().contactWork;
  return fixes.flatMap((f) => {
    if (f.copyOf !== undefined) return [m.copyGotNewId(f.row, f.was, f.copyOf, f.id)];
    if (f.was !== '') return [m.idReplaced(f.row, f.was, f.id)];
    return [];
  });
}

/**
 * An edit of a key column (an email, a phone, a name, a company, an ID: typed, pasted or
 * cleared) makes the keys a running import keeps stale, so its next chunk reads them from the
 * sheet (importKeyCache.ts). Only the edit's columns (`first`..`last`, 0-based) are looked at,
 * in the layout onEdit reads anyway; a key column's edit costs a cache read, and a removal only
 * while an import's keys are live. A refused cache leaves the import unseen; the row's ID still
 * comes.
 */
function noteKeyEdit(table: ContactTable, first: number, last: number): void {
  const touched = KEY_FIELDS.some((k) => {
    const col = table.layout.columns[k];
    return col >= first && col <= last;
  });
  if (touched) tellKeysChanged();
}

/**
 * onEdit: the edited rows of the Contacts tab (one cell, a pasted block, many rows) that hold
 * content get an ID and Created if they lack them, and an edit of a key column tells a running
 * import (noteKeyEdit). Other tabs, the header row and rows left empty are not touched. Busy or
 * not set up: nothing is done, the next action does it.
 *
 * An edit over the ID column put those IDs there: an edited row whose ID a row outside the edit
 * holds too is the copy (pasted above its original or below, or an ID typed by hand) and gets
 * the new ID, so the original keeps its ID, its Activities and the row the sidebar knows. An
 * edit beside the ID column (a note typed) says nothing of which row is new: the first keeps it.
 */
export function identifyEditedRows(e?: { range?: Range }): void {
  const range = e?.range;
  if (!range) return;
  const ss = activeSpreadsheet();
  if (!isTab(ss, CONTACTS, range.getSheet())) return;
  const first = Math.max(2, range.getRow());
  const last = range.getLastRow();
  if (last < first) return;
  const ctx = context();
  try {
    const table = openContactTable(ctx.ss);
    // The edit's columns, 0-based as the layout's.
    const [left, right] = [range.getColumn() - 1, range.getLastColumn() - 1];
    noteKeyEdit(table, left, right);
    const idColumn = table.layout.columns.id;
    const overIds = left <= idColumn && right >= idColumn;
    const rows = readContactRows(table, ctx.clock, first, last - first + 1);
    identifyRows(ctx, table, rows, overIds ? { first, last } : undefined);
  } catch (err) {
    if (err instanceof TableMissingError || isValidationError(err)) return;
    throw err;
  }
}
