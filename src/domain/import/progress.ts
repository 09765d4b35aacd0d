// Whether an import is left unfinished: the one test the Import tab (resume it, or say another
// file's import was left) and the server share.
import type { ImportRecord } from './types';

/**
 * True when the import was never marked finished (the tab marks it after its last chunk). Its
 * rows sent so far may be all of them (the finishing call was lost): resuming then sends every
 * chunk again, which writes nothing twice, and marks it finished.
 */
export function isUnfinished(record: ImportRecord | null | undefined): record is ImportRecord {
  return record !== null && record !== undefined && !record.finished;
}
