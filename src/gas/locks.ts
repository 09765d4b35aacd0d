// LockService: the document lock (every write holds it) and the user lock (reminder settings and
// the daily run). Only the calls Prospek makes.
export type Lock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;

export interface Locks {
  /** The document lock; the script lock where there is no document (an add-on's trigger). */
  document(): Lock;
  user(): Lock;
}

export const lockService: Locks = {
  document: () => LockService.getDocumentLock() ?? LockService.getScriptLock(),
  user: () => LockService.getUserLock(),
};
