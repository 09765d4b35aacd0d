// Sends a parsed file to the server chunk by chunk: first to preview it, then to import it. Each
// chunk carries the batch ID, its rows with their file lines and its offset, and of earlier
// chunks only what its own rows need: the earlier lines they share a duplicate key with (the
// server gives each row's keys, importKeys, kept here per file) and where those lines went. So a
// request stays the size of its chunk however long the file. A chunk sent again writes nothing
// twice, so a failed chunk is simply sent again (Resume), and an import interrupted for good is
// resumed by sending every chunk of the same file (same fingerprint) with the same batch ID.
import { fileFingerprint } from '../src/domain/contact/contactHash';
import type {
  ImportChunkResult,
  ImportKeysResult,
  ImportPreviewResult,
  ImportRecord,
} from '../src/sidebarApi';
import type { ImportTarget } from '../src/domain/import/mapping';
import { fileDateEvidence } from '../src/domain/import/dateOrder';
import type {
  DuplicatePolicy,
  ImportCounts,
  ImportState,
  PhoneChoice,
} from '../src/domain/import/plan';
import type { ImportChunkRequest, ImportPlanRequest } from '../src/sidebarApi';
import type { ParsedFile } from './csv';

/** Rows per call: small enough for google.script.run and far inside the 6-minute limit. */
export const CHUNK_ROWS = 1000;

export interface ImportCaller {
  importKeys(request: ImportPlanRequest): Promise<ImportKeysResult>;
  previewImport(request: ImportPlanRequest): Promise<ImportPreviewResult>;
  importChunk(request: ImportChunkRequest): Promise<ImportChunkResult>;
}

export interface Totals extends ImportCounts {
  added: number;
  filled: number;
  skipped: number;
  alreadyDone: number;
}

export interface PreviewOutcome {
  batchId: string;
  counts: ImportCounts;
  notes: ImportPreviewResult['notes'];
}

export interface ImportSettings {
  mapping: ImportTarget[];
  country: string;
  batchId: string;
  fileName: string;
  source: string;
  policy: DuplicatePolicy;
  /** fileFingerprint of the file (the server keeps it with the batch). */
  fingerprint: string;
  /** Import or skip, by file line, for each possible duplicate (same phone only). */
  phoneChoices?: Record<string, PhoneChoice>;
}

/** Where an import stands: the next chunk to send, and where each duplicate line went so far. */
export interface ImportProgress {
  next: number;
  targets: Record<string, string>;
  totals: Totals;
}

/** A file's duplicate keys as the server computed them, for one mapping and country. */
interface FileKeys {
  signature: string;
  /** By row index. */
  keys: string[][];
  /** Key → the first line that has it. */
  first: Map<string, number>;
}

const books = new WeakMap<ParsedFile, FileKeys>();

/** Fetches the keys of every chunk up to `chunk` not fetched yet for this mapping and country. */
async function keysUpTo(
  call: ImportCaller,
  file: ParsedFile,
  mapping: ImportTarget[],
  country: string,
  chunk: number,
): Promise<FileKeys> {
  const signature = JSON.stringify([mapping, country]);
  let book = books.get(file);
  if (!book || book.signature !== signature) {
    book = { signature, keys: [], first: new Map() };
    books.set(file, book);
  }
  for (let i = Math.ceil(book.keys.length / CHUNK_ROWS); i <= chunk; i++) {
    const rows = file.rows.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS);
    if (rows.length === 0) break;
    const r = await call.importKeys({ header: file.header, mapping, rows, state: null, country });
    r.keys.forEach((keys, k) => {
      book.keys[i * CHUNK_ROWS + k] = keys;
      for (const key of keys) if (!book.first.has(key)) book.first.set(key, rows[k].line);
    });
  }
  return book;
}

/** What chunk `i` needs of earlier lines: the first line of each key its rows share with one. */
function stateFor(
  book: FileKeys,
  file: ParsedFile,
  i: number,
  targets: Record<string, string>,
): ImportState | null {
  const from = i * CHUNK_ROWS;
  const start = file.rows[from]?.line ?? 0;
  const seen: Record<string, number> = {};
  const carried: Record<string, string> = {};
  for (let r = from; r < Math.min(file.rows.length, from + CHUNK_ROWS); r++) {
    for (const key of book.keys[r] ?? []) {
      const line = book.first.get(key);
      if (line === undefined || line >= start) continue;
      seen[key] = line;
      if (targets[line] !== undefined) carried[line] = targets[line];
    }
  }
  return Object.keys(seen).length > 0 ? { seen, targets: carried } : null;
}

/** The file's fingerprint, computed once per parsed file. */
export function fingerprintOf(file: ParsedFile): string {
  return fileFingerprint(file.header, file.rows);
}

/** The batch to continue for this file: the unfinished last import of the same content, or ''. */
export function batchToResume(last: ImportRecord | null, fingerprint: string): string {
  return last && !last.finished && last.fingerprint === fingerprint ? last.batchId : '';
}

/** The last import when it is unfinished and from another file (choosing this one leaves it). */
export function otherUnfinished(
  last: ImportRecord | null,
  fingerprint: string,
): ImportRecord | null {
  return last && !last.finished && last.rowsDone < last.total && last.fingerprint !== fingerprint
    ? last
    : null;
}

function emptyTotals(): Totals {
  return {
    rows: 0,
    new: 0,
    existing: 0,
    inFile: 0,
    invalid: 0,
    added: 0,
    filled: 0,
    skipped: 0,
    alreadyDone: 0,
  };
}

/** The choices of these rows' lines only: a request stays the size of its chunk. */
function choicesFor(
  rows: readonly { line: number }[],
  all: Record<string, PhoneChoice> = {},
): Record<string, PhoneChoice> {
  const out: Record<string, PhoneChoice> = {};
  for (const r of rows) if (all[r.line] !== undefined) out[r.line] = all[r.line];
  return out;
}

function chunkCount(file: ParsedFile): number {
  return Math.ceil(file.rows.length / CHUNK_ROWS);
}

export async function previewFile(
  call: ImportCaller,
  file: ParsedFile,
  mapping: ImportTarget[],
  country: string,
  onProgress: (done: number, total: number) => void,
  resumeBatchId?: string,
): Promise<PreviewOutcome> {
  const targets: Record<string, string> = {};
  let batchId = resumeBatchId ?? '';
  const counts: ImportCounts = { rows: 0, new: 0, existing: 0, inFile: 0, invalid: 0 };
  const notes: PreviewOutcome['notes'] = [];
  const dateOrder = fileDateEvidence(mapping, file.rows);
  for (let i = 0; i < chunkCount(file) || i === 0; i++) {
    const rows = file.rows.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS);
    const book = await keysUpTo(call, file, mapping, country, i);
    const state = stateFor(book, file, i, targets);
    const request: ImportPlanRequest = {
      header: file.header,
      mapping,
      rows,
      state,
      country,
      dateOrder,
    };
    if (batchId) request.batchId = batchId;
    const r = await call.previewImport(request);
    batchId ||= r.batchId;
    Object.assign(targets, r.targets);
    for (const k of Object.keys(counts) as (keyof ImportCounts)[]) counts[k] += r.counts[k];
    notes.push(...r.notes);
    onProgress(Math.min(file.rows.length, (i + 1) * CHUNK_ROWS), file.rows.length);
  }
  return { batchId, counts, notes };
}

/**
 * Sends chunks from `progress.next` on; resolves with the totals, or rejects with the error and
 * leaves `progress` where to resume.
 */
export async function importFile(
  call: ImportCaller,
  file: ParsedFile,
  settings: ImportSettings,
  onProgress: (done: number, total: number) => void,
  progress: ImportProgress = newProgress(),
): Promise<Totals> {
  const chunks = chunkCount(file);
  const dateOrder = fileDateEvidence(settings.mapping, file.rows);
  for (let i = progress.next; i < chunks; i++) {
    const rows = file.rows.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS);
    const book = await keysUpTo(call, file, settings.mapping, settings.country, i);
    const r = await call.importChunk({
      header: file.header,
      mapping: settings.mapping,
      rows,
      state: stateFor(book, file, i, progress.targets),
      country: settings.country,
      dateOrder,
      phoneChoices: choicesFor(rows, settings.phoneChoices),
      batchId: settings.batchId,
      fileName: settings.fileName,
      source: settings.source,
      policy: settings.policy,
      fingerprint: settings.fingerprint,
      total: file.rows.length,
      offset: i * CHUNK_ROWS,
    });
    const t = progress.totals;
    for (const k of Object.keys(r.counts) as (keyof ImportCounts)[]) t[k] += r.counts[k];
    t.added += r.added;
    t.filled += r.filled;
    t.skipped += r.skipped;
    t.alreadyDone += r.alreadyDone;
    Object.assign(progress.targets, r.targets);
    progress.next = i + 1;
    onProgress(Math.min(file.rows.length, (i + 1) * CHUNK_ROWS), file.rows.length);
  }
  return progress.totals;
}

export function newProgress(): ImportProgress {
  return { next: 0, targets: {}, totals: emptyTotals() };
}
