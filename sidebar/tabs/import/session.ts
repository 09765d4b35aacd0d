// What the Import tab knows between clicks: the server's import status, the file chosen and
// how its columns map, and the batch being previewed or imported.
import type { ImportTarget } from '../../../src/domain/import/mapping';
import type { ImportStatus } from '../../../src/sidebarApi';
import type { ParsedFile } from '../../csv';
import { newProgress, type ImportCaller, type ImportProgress } from '../../importRunner';
import { call } from '../../server';

export interface ImportSession {
  status: ImportStatus;
  /** Settles once the server's status came (or failed to). */
  statusLoaded: Promise<void>;
  file: ParsedFile | null;
  fileName: string;
  mapping: ImportTarget[];
  batchId: string;
  fingerprint: string;
  progress: ImportProgress;
  /** Counts texts chosen: a read that a newer choice overtook is dropped. */
  chosen: number;
}

export function newSession(): ImportSession {
  return {
    status: { country: 'ID', last: null },
    statusLoaded: Promise.resolve(),
    file: null,
    fileName: '',
    mapping: [],
    batchId: '',
    fingerprint: '',
    progress: newProgress(),
    chosen: 0,
  };
}

export const caller: ImportCaller = {
  importKeys: (r) => call('importKeys', r),
  previewImport: (r) => call('previewImport', r),
  importChunk: (r) => call('importChunk', r),
};
