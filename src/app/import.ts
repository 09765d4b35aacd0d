// Lead import: preview a file chunk by chunk, then write it chunk by chunk, each chunk under one
// lock with service calls that depend on the chunk, never on the number of contacts. Idempotent:
// every row written leaves an Import activity named for the batch and the file line, written
// first, so a chunk sent again writes nothing twice (domain/import/chunk.ts decides; this module
// reads and writes). See docs/architecture.md for the whole design.
import { dateOrderOf } from '../domain/dateText';
import { importDateOrder } from '../domain/import/dateOrder';
import {
  contactFromCells,
  type ActivityKey,
  type Contact,
  type ContactKey,
} from '../domain/contact/contact';
import { decodeCellText } from '../domain/contact/cellText';
import { withImportCheck } from '../domain/contact/contactHash';
import { duplicateKeys, type CountryCode } from '../domain/import/dedupe';
import { ValidationError } from '../domain/errors';
import {
  batchProgress,
  chunkNotes,
  chunkTargets,
  planChunk,
  rowsToRead,
  type BatchProgress,
  type ChunkSheet,
  type ChunkWrites,
  type ImportEntry,
} from '../domain/import/chunk';
import {
  entryPattern,
  importActivityId,
  importActivityPrefix,
  isUnfinished,
  mayHoldEntries,
  type ImportRecord,
} from '../domain/import/batch';
import { extraHeaders } from '../domain/import/mapping';
import { batchRows, selectRows } from '../sheets/batchRows';
import {
  countPlans,
  indexKeyed,
  planRows,
  rowKeys,
  type ImportRow,
  type PlanOptions,
  type RowPlan,
} from '../domain/import/plan';
import {
  isBatchId,
  newBatchId,
  validatePlanRequest,
  validateWriteRequest,
  type PlanRequest,
  type WriteRequest,
} from '../domain/import/request';
import type {
  ImportChunkResult,
  ImportKeysResult,
  ImportPreviewResult,
  ImportStatus,
} from '../sidebarApi';
import { serverText } from '../domain/messages/server';
import type { Properties } from '../gas/properties';
import {
  appendImported,
  appendImportEntries,
  planExtraColumns,
  ensureExtraColumns,
  findActivitiesOf,
  findImportEntries,
  openImportLog,
  rowCheck,
  setEntrySummaries,
} from '../sheets/importStore';
import {
  readDefaultCountry,
  readImportRecord,
  writeDefaultCountry,
  writeImportRecord,
} from '../sheets/importRecord';
import {
  openContactTable,
  readContactKeys,
  readRows,
  readRowsAt,
  WRITTEN_LAST,
} from '../sheets/contactStore';
import {
  appendKeys,
  claimKeys,
  dropKeys,
  keptHead,
  loadKeys,
  saveKeys,
  type Head,
  type KeyedContact,
} from '../sheets/importKeyCache';
import { cellsReader, openTableHeader, writeChanges, type Layout } from '../sheets/sheetTable';
import { CONTACTS } from '../sheets/tables';
import { makeRoom } from '../sheets/capacity';
import { context, services, type Context } from './context';
import { retryAfterSetUp } from './setUp';
import { identifyRowsAt } from './typedRows';
import { withDocumentLock } from './locks';

type Value = string | number | boolean | Date;

/** The Contacts tab as a chunk sees it: from a read of its key columns, or the import's cache. */
interface SheetKeys {
  layout: Layout<ContactKey>;
  header: string[];
  /** Data rows, blank ones included: the next row to append to is rows + 2. */
  rows: number;
  /** Index of each ID's first row (sheet row - 2). */
  indexById: Map<string, number>;
  /** The IDs of the rows this batch wrote. */
  own: string[];
  /** From the cache: a row read whole is checked to still hold its contact (see readChunk). */
  cached: boolean;
  /** What the cache holds of them, to add this chunk's contacts to; null without a cache. */
  kept: Head | null;
}

function sheetKeysOf(
  table: { layout: Layout<ContactKey>; header: string[]; rows: number },
  contacts: readonly KeyedContact[],
  batchId: string,
  kept: Head | null,
  cached: boolean,
): SheetKeys {
  const indexById = new Map<string, number>();
  for (const c of contacts) if (!indexById.has(c.id)) indexById.set(c.id, c.index);
  const own = contacts.filter((c) => c.importBatch === batchId).map((c) => c.id);
  return { ...table, indexById, own, cached, kept };
}

/** Contacts as the import's cache keeps them, with their duplicate keys for `country`. */
function keyed(
  contacts: readonly (Pick<Contact, 'id' | 'name' | 'company' | 'email' | 'phone'> & {
    importBatch: string;
  })[],
  indexById: ReadonlyMap<string, number>,
  country: CountryCode,
): KeyedContact[] {
  return contacts.map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
    importBatch: c.importBatch,
    index: indexById.get(c.id) as number,
    keys: duplicateKeys(c, country).map((k) => k.key),
  }));
}

/**
 * The sheet's keys: kept in the document's cache from an earlier chunk of this batch while the
 * tab still has as many rows and no key column was changed since (one extent call and one cache
 * read; see importKeyCache.ts), else read from the key columns (the rows typed without an ID get
 * their IDs first, under the lock, so a file row can match them) and kept for the next chunk.
 */
function readSheetKeys(
  ctx: Context,
  batchId: string,
  country: CountryCode,
  useCache: boolean,
): { sheet: SheetKeys; contacts: KeyedContact[] } {
  const cache = services().cache.document();
  // Not after a drop: the batch's keys were just removed.
  const before = cache && useCache ? keptHead(cache, batchId) : null;
  if (cache && before) {
    const { layout, header } = openTableHeader(ctx.ss, CONTACTS);
    const rows = Math.max(0, layout.sheet.getLastRow() - 1);
    const found = loadKeys(cache, batchId, before, country, rows);
    if (found) {
      const { contacts, head } = found;
      return {
        sheet: sheetKeysOf({ layout, header, rows }, contacts, batchId, head, true),
        contacts,
      };
    }
  }
  // Claimed before the read: a key changed from here on (onEdit, a save) unclaims them.
  const stamp = cache ? claimKeys(cache, batchId) : null;
  let sheet = readContactKeys(ctx.ss, ctx.clock);
  if (sheet.unidentified.length > 0) {
    const table = { sheet: sheet.layout.sheet, layout: sheet.layout };
    if (identifyRowsAt(ctx, table, sheet.unidentified).length > 0)
      sheet = readContactKeys(ctx.ss, ctx.clock);
  }
  const contacts = keyed(sheet.contacts, sheet.indexById, country);
  const kept =
    cache && stamp ? saveKeys(cache, batchId, stamp, country, sheet.rows, contacts, before) : null;
  return { sheet: sheetKeysOf(sheet, contacts, batchId, kept, false), contacts };
}

/**
 * The duplicate index of the sheet. Contacts this very import wrote are the file's own rows, not
 * duplicates of the sheet.
 */
function existingIndex(ctx: Context, batchId: string, country: CountryCode, useCache = true) {
  const { sheet, contacts } = readSheetKeys(ctx, batchId, country, useCache);
  const index = (wanted: ReadonlySet<string>) =>
    indexKeyed(contacts, (c) => c.importBatch !== batchId, wanted);
  return { sheet, index };
}

/**
 * The batch's Import entries this chunk needs, found by a search of the Activity ID column (see
 * findImportEntries), not by reading the log: those of its own lines (written by an earlier send
 * of it), so a chunk sent again writes nothing twice. A fill of a row an earlier line of the file
 * became needs that line's entry and every check the batch left on its row, wherever in the file
 * the lines that left them are: then all of the batch's entries.
 */
function batchEntries(
  log: Layout<ActivityKey>,
  req: { batchId: string; policy: string; rows: readonly ImportRow[] },
  plans: readonly RowPlan[],
  searchOwn: boolean,
): Map<string, ImportEntry> {
  const prefix = importActivityPrefix(req.batchId);
  if (req.rows.length === 0) return new Map();
  const lo = req.rows[0].line;
  const own = searchOwn
    ? findImportEntries(log, entryPattern(prefix, { lo, hi: req.rows[req.rows.length - 1].line }))
    : new Map<string, ImportEntry>();
  const needsAll =
    req.policy === 'fill' &&
    plans.some((p) => {
      if (p.kind !== 'inFile' || !/^L\d+$/.test(p.target)) return false;
      const line = Number(p.target.slice(1));
      return line < lo || own.has(importActivityId(req.batchId, line));
    });
  return needsAll ? findImportEntries(log, entryPattern(prefix)) : own;
}

/**
 * The checks of this batch's rows whose Import entry has none (a send stopped after writing the
 * row, before adding it), for those nobody touched since: Updated still Created and no activity
 * but the batch's own (one search of the Contact ID column, only when there are such rows). The
 * check is the row as read, as Undo will read it. contact ID → check.
 */
function resumedChecks(
  ctx: Context,
  table: { layout: Layout<ContactKey>; header: readonly string[]; indexById: Map<string, number> },
  log: Layout<ActivityKey>,
  prefix: string,
  rows: readonly Value[][],
  ids: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const busy = new Set(
    findActivitiesOf(log, ids)
      .filter((a) => !a.activityId.startsWith(prefix))
      .map((a) => a.contactId),
  );
  for (const id of ids) {
    const i = table.indexById.get(id);
    if (i === undefined || busy.has(id)) continue;
    const { contact, check } = rowCheck(table.layout, table.header, rows[i], ctx.clock);
    if (contact.id === id && contact.updated === contact.created) out.set(id, check);
  }
  return out;
}

/** Where the Import tab starts: the default phone country and an import left unfinished. */
export function getImportStatus(): ImportStatus {
  const props = services().properties.document();
  return { country: readDefaultCountry(props), last: readImportRecord(props) };
}

/**
 * The duplicate keys of each row of a chunk ([] for an invalid row); reads nothing. The Import
 * tab keeps them, so each chunk it sends carries only the earlier lines its own rows share a
 * key with, never the whole file's keys.
 */
export function importKeys(payload: unknown): ImportKeysResult {
  const req = validatePlanRequest(payload);
  const ctx = context();
  return {
    keys: rowKeys(req.rows, planOptions(req, ctx)),
  };
}

/** Plans one chunk of the file against the sheet as it is; writes nothing. */
export function previewImport(payload: unknown): ImportPreviewResult {
  const req = validatePlanRequest(payload);
  const ctx = context();
  const given = (payload as { batchId?: unknown }).batchId;
  // The first chunk's preview names the batch: its keys are kept under it for the next chunks.
  const batchId = isBatchId(given) ? given : newBatchId(ctx.random);
  return retryAfterSetUp(ctx, () => {
    const { index } = existingIndex(ctx, batchId, req.country);
    const { plans, state } = planRows(req.rows, index, req.state, planOptions(req, ctx));
    return {
      batchId,
      counts: countPlans(plans),
      notes: chunkNotes(plans),
      targets: chunkTargets(req.rows, state.targets),
    };
  });
}

function planOptions(req: PlanRequest, ctx: Context): PlanOptions {
  return {
    header: req.header,
    mapping: req.mapping,
    defaultCountry: req.country,
    today: ctx.clock.today,
    phoneChoices: req.phoneChoices,
    // The file's evidence, else its export's format, else the spreadsheet's locale.
    dateOrder: importDateOrder(
      req.dateOrder,
      req.header,
      dateOrderOf('en', ctx.ss.getSpreadsheetLocale()),
    ),
  };
}

/** The data-row indexes of these contacts (those in the sheet). */
function indexesOf(sheet: SheetKeys, ids: Iterable<string>): number[] {
  return [...ids].flatMap((id) => {
    const i = sheet.indexById.get(id);
    return i === undefined ? [] : [i];
  });
}

/** True when each of these contacts' rows, read whole, still holds that contact's ID. */
function holdsTheirContacts(sheet: SheetKeys, rows: readonly Value[][], ids: string[]): boolean {
  const col = sheet.layout.columns.id;
  return ids.every((id) => {
    const i = sheet.indexById.get(id);
    return i === undefined || decodeCellText(String(rows[i]?.[col] ?? '')).trim() === id;
  });
}

/** What a chunk reads before it writes anything. */
interface ChunkRead {
  sheet: SheetKeys;
  plans: RowPlan[];
  targets: Record<string, string>;
  log: Layout<ActivityKey>;
  /** The batch's Import entries this chunk needs, by activity ID. */
  done: Map<string, ImportEntry>;
  progress: BatchProgress;
  /** The rows read whole (contacts to fill, unchecked rows of this batch), by data-row index. */
  fullRows: Value[][];
  found: ChunkSheet;
}

/**
 * The sheet's keys, the plan, the batch's entries and the rows to fill or check, read whole. Keys
 * from the cache are trusted while each row read whole still holds the contact they put there
 * (the tab sorted since, or a contact deleted and another typed: then they are read again).
 */
function readChunk(
  ctx: Context,
  req: WriteRequest,
  searchOwn: boolean,
  useCache = true,
): ChunkRead {
  const { sheet, index } = existingIndex(ctx, req.batchId, req.country, useCache);
  const { plans, state } = planRows(req.rows, index, req.state, planOptions(req, ctx));
  const log = openImportLog(ctx.ss);
  const done = batchEntries(log, req, plans, searchOwn);
  const progress = batchProgress(req.batchId, done);
  const { fillIds, uncheckedIds } = rowsToRead(
    req.policy,
    plans,
    progress.placed,
    done,
    new Set(sheet.own),
  );
  const fillIndexes = indexesOf(sheet, fillIds);
  const fullRows = readRowsAt(sheet.layout, [...fillIndexes, ...indexesOf(sheet, uncheckedIds)]);
  if (sheet.cached && !holdsTheirContacts(sheet, fullRows, [...fillIds, ...uncheckedIds])) {
    const cache = services().cache.document();
    if (cache) dropKeys(cache, req.batchId);
    return readChunk(ctx, req, searchOwn, false);
  }
  const fillable = new Map<string, Contact>();
  const cellsAt = cellsReader(CONTACTS, sheet.layout, ctx.clock);
  for (const i of fillIndexes) {
    const c = contactFromCells(cellsAt(fullRows[i]));
    fillable.set(c.id, c);
  }
  const prefix = importActivityPrefix(req.batchId);
  const asLeft = resumedChecks(ctx, sheet, log, prefix, fullRows, [...uncheckedIds]);
  const checkNow = (id: string) =>
    rowCheck(sheet.layout, sheet.header, fullRows[sheet.indexById.get(id) as number], ctx.clock)
      .check;
  const found = { ids: sheet.indexById, fillable, asLeft, checkNow };
  return { sheet, plans, targets: state.targets, log, done, progress, fullRows, found };
}

/**
 * Writes what planChunk decided: the Import entries first, then fills and new rows, then each
 * entry gets the check of its row as written (one read of the new rows, one per run of adjacent
 * filled rows of this batch), so it matches what Undo will read whatever the sheet made of the
 * values (a number typed into a cell not formatted as text).
 */
function writeChunk(ctx: Context, req: WriteRequest, read: ChunkRead, w: ChunkWrites): void {
  const { sheet, log } = read;
  const extras = [...extraHeaders(req.header, req.mapping).values()];
  // The chunk's new rows and columns must fit in Sheets' cell limit, checked before its first
  // write: a chunk is written whole or not at all.
  const plan = planExtraColumns(sheet.header, extras);
  const [logRoom, contactRoom] = makeRoom(
    [
      { sheet: log.sheet, records: w.entries.length },
      {
        sheet: sheet.layout.sheet,
        records: w.fresh.length,
        lastRow: sheet.rows + 1,
        columns: plan.added.length > 0 ? plan.width + plan.added.length : 0,
      },
    ],
    ctx.ss,
  );
  const widened =
    extras.length > 0
      ? ensureExtraColumns(sheet.layout, plan)
      : { columns: new Map<string, number>(), layout: sheet.layout };
  const header = [...sheet.header];
  for (const [h, col] of widened.columns) header[col] = h;
  const firstEntry = w.entries.length > 0 ? appendImportEntries(log, w.entries, logRoom) : 0;
  const changes = [...w.changes].map(([id, fields]) => ({
    index: sheet.indexById.get(id) as number,
    fields,
  }));
  writeChanges(CONTACTS, widened.layout, read.fullRows, changes, WRITTEN_LAST);
  const first = appendImported(
    sheet.rows + 1,
    widened.layout,
    widened.columns,
    w.fresh,
    contactRoom?.maxRows,
  );
  const checks = new Map<string, string>();
  const check = (row: readonly Value[]) => rowCheck(widened.layout, header, row, ctx.clock);
  readRows(widened.layout, first, w.fresh.length).forEach((row, i) =>
    checks.set(w.fresh[i].contact.id, check(row).check),
  );
  const vouched = indexesOf(sheet, w.vouched);
  const vouchedRows = readRowsAt(widened.layout, vouched);
  for (const i of vouched) {
    const { contact, check: c } = check(vouchedRows[i]);
    checks.set(contact.id, c);
  }
  const summaries = new Map(w.summaries);
  const withCheck = (row: number, summary: string, id: string) => {
    const c = checks.get(id);
    if (c) summaries.set(row, withImportCheck(summary, c));
  };
  w.entries.forEach((a, i) => withCheck(firstEntry + i, a.summary, a.contactId));
  for (const { contactId, entry } of w.recheck) withCheck(entry.row, entry.summary, contactId);
  setEntrySummaries(log, summaries);
  keepKeys(req, read, w);
}

/**
 * The import's cached keys after this chunk: its new rows (this batch's, so never duplicates of
 * the file) and the contacts it filled, with the keys their new values give them.
 */
function keepKeys(req: WriteRequest, read: ChunkRead, w: ChunkWrites): void {
  const cache = services().cache.document();
  const { sheet } = read;
  if (!cache || !sheet.kept) return;
  const fresh = w.fresh.map(({ contact }, i) => ({
    id: contact.id,
    name: contact.name,
    email: contact.email,
    importBatch: req.batchId,
    index: sheet.rows + i,
    keys: [],
  }));
  const filled = [...w.changes].flatMap(([id, patch]) => {
    const c = read.found.fillable.get(id);
    return c ? [{ ...c, ...patch }] : [];
  });
  const after = sheet.rows + w.fresh.length;
  const added = [...fresh, ...keyed(filled, sheet.indexById, req.country)];
  appendKeys(cache, req.batchId, sheet.kept, after, added);
}

/** The import record after this chunk, and the country it read phone numbers in. */
function recordChunk(
  props: Properties,
  req: WriteRequest,
  same: ImportRecord | null,
  ctx: Context,
): void {
  writeImportRecord(props, {
    batchId: req.batchId,
    fileName: req.fileName,
    fingerprint: req.fingerprint,
    source: req.source,
    startedAt: same?.startedAt ?? ctx.clock.nowIso,
    by: ctx.me,
    total: req.total,
    // A resumed import sends its chunks again from the start: progress never goes back.
    rowsDone: Math.max(same?.rowsDone ?? 0, req.offset + req.rows.length),
    // A chunk sent again after the import was finished leaves it finished.
    finished: same !== null && !isUnfinished(same),
    startedTo: Math.max(same?.startedTo ?? 0, lastLine(req)),
  });
  if (readDefaultCountry(props) !== req.country) writeDefaultCountry(props, req.country);
}

function lastLine(req: WriteRequest): number {
  return req.rows.length > 0 ? req.rows[req.rows.length - 1].line : 0;
}

/** Writes one chunk: read, plan (domain/import/chunk.ts), write, record. */
export function importChunk(payload: unknown): ImportChunkResult {
  const req = validateWriteRequest(payload);
  const ctx = context();
  return withDocumentLock(() =>
    retryAfterSetUp(ctx, () => {
      const props = services().properties.document();
      const previous = readImportRecord(props);
      const same = previous?.batchId === req.batchId ? previous : null;
      if (same?.fingerprint && same.fingerprint !== req.fingerprint)
        throw new ValidationError({
          field: 'fingerprint',
          message: serverText().imports.otherFile(same.fileName),
        });
      // The log is searched for this chunk's entries only when a send may have left some.
      const lo = req.rows.length > 0 ? req.rows[0].line : 0;
      const read = readChunk(ctx, req, mayHoldEntries(same, lo));
      const author = { me: ctx.me, now: ctx.clock.nowIso, random: ctx.random };
      const w = planChunk(req, read.plans, read.done, read.progress, read.found, author);
      // Before the first entry is written, the record says this send began (without a record
      // of this batch, the next send searches anyway).
      if (same && w.entries.length > 0 && (same.startedTo ?? 0) < lastLine(req))
        writeImportRecord(props, { ...same, startedTo: lastLine(req) });
      writeChunk(ctx, req, read, w);
      recordChunk(props, req, same, ctx);
      return {
        counts: countPlans(read.plans),
        added: w.added,
        filled: w.filled,
        skipped: w.skipped,
        alreadyDone: w.alreadyDone,
        notes: chunkNotes(read.plans),
        targets: chunkTargets(req.rows, read.targets),
      };
    }),
  );
}

/** Marks the last import finished (the Import tab calls it after the last chunk). */
export function finishImport(batchId: unknown): { finished: boolean } {
  if (!isBatchId(batchId))
    throw new ValidationError({ field: 'batchId', message: serverText().imports.badBatch });
  return withDocumentLock(() => {
    const props = services().properties.document();
    const record = readImportRecord(props);
    if (!record || record.batchId !== batchId) return { finished: false };
    writeImportRecord(props, { ...record, finished: true, rowsDone: record.total });
    // The new rows, selected with the first in view: what the import added, in the sheet.
    const table = openContactTable(context().ss);
    selectRows(table, batchRows(table, batchId));
    return { finished: true };
  });
}
