// Every write holds the document lock, re-reads inside it and flushes before releasing, so two
// sidebars or menu actions never interleave their writes. Nested use is safe: Apps Script locks
// are re-entrant within an execution, and only the outermost call releases (an inner release
// would drop the lock under the outer caller's feet).
import { ValidationError } from '../domain/errors';
import { msg } from '../domain/messages';

/** How long a user action waits for another one to finish before answering "busy". */
const WAIT_MS = 10_000;

export function withDocumentLock<T>(work: () => T): T {
  // A document lock needs a current document; an installed add-on's trigger has none.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (lock.hasLock()) return work();
  if (!lock.tryLock(WAIT_MS)) {
    throw new ValidationError({ field: '', message: msg().busy });
  }
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
