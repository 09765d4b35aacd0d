// Sends a parsed file to the server chunk by chunk: first to preview it, then to import it. Each
// chunk carries the batch ID, its rows with their file lines and its offset, and the state the
// previous chunk returned; a chunk sent again writes nothing twice, so a failed chunk is simply
// sent again (Resume), and an import interrupted for good is resumed by sending every chunk of
// the same file with the same batch ID.
import type { ImportChunkResult, ImportPreviewResult } from '../src/domain/importTypes';
import type { ImportTarget } from '../src/domain/importMapping';
import type { DuplicatePolicy, ImportCounts, ImportState } from '../src/domain/importPlan';
import type { ImportChunkRequest, ImportPlanRequest } from '../src/sidebarApi';
import type { ParsedFile } from './csv';

/** Rows per call: small enough for google.script.run and far inside the 6-minute limit. */
export const CHUNK_ROWS = 500;

export interface ImportCaller {
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
}

/** Where an import stands: the next chunk to send and the state to send with it. */
export interface ImportProgress {
  next: number;
  state: ImportState | null;
  totals: Totals;
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

export function chunkCount(file: ParsedFile): number {
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
  let state: ImportState | null = null;
  let batchId = resumeBatchId ?? '';
  const counts: ImportCounts = { rows: 0, new: 0, existing: 0, inFile: 0, invalid: 0 };
  const notes: PreviewOutcome['notes'] = [];
  for (let i = 0; i < chunkCount(file) || i === 0; i++) {
    const rows = file.rows.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS);
    const request: ImportPlanRequest = { header: file.header, mapping, rows, state, country };
    if (batchId) request.batchId = batchId;
    const r = await call.previewImport(request);
    batchId ||= r.batchId;
    state = r.state;
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
  progress: ImportProgress = { next: 0, state: null, totals: emptyTotals() },
): Promise<Totals> {
  const chunks = chunkCount(file);
  for (let i = progress.next; i < chunks; i++) {
    const rows = file.rows.slice(i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS);
    const r = await call.importChunk({
      header: file.header,
      mapping: settings.mapping,
      rows,
      state: progress.state,
      country: settings.country,
      batchId: settings.batchId,
      fileName: settings.fileName,
      source: settings.source,
      policy: settings.policy,
      total: file.rows.length,
      offset: i * CHUNK_ROWS,
    });
    const t = progress.totals;
    for (const k of Object.keys(r.counts) as (keyof ImportCounts)[]) t[k] += r.counts[k];
    t.added += r.added;
    t.filled += r.filled;
    t.skipped += r.skipped;
    t.alreadyDone += r.alreadyDone;
    progress.state = r.state;
    progress.next = i + 1;
    onProgress(Math.min(file.rows.length, (i + 1) * CHUNK_ROWS), file.rows.length);
  }
  return progress.totals;
}

export function newProgress(): ImportProgress {
  return { next: 0, state: null, totals: emptyTotals() };
}
