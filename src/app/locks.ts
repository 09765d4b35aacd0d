// Every write holds the document lock, re-reads inside it and flushes before releasing (unless
// it wrote nothing, or read the sheet last), so two sidebars or menu actions never interleave
// their writes. A sidebar write that ends the execution leaves the release to Apps Script.
// Nested use is safe: only the outermost call takes and releases the lock (an inner release
// would drop it under the outer caller).
import { ValidationError } from '../domain/errors';
import { serverText } from '../domain/messages/server';
import { services } from './context';

/** How long a user action waits for another one to finish before answering "busy". */
const WAIT_MS = 10_000;

/**
 * How many withDocumentLock calls are running in this execution. Apps Script gives a new Lock
 * object on every getDocumentLock() call, and its hasLock() speaks only for that object; so
 * nesting is tracked here, and only the outermost call takes and releases the lock. Module
 * state lasts one execution: each execution starts with a fresh global scope.
 */
let depth = 0;

export interface LockOptions<T> {
  /**
   * False when `work`'s result says there is nothing to flush: it wrote nothing, or its last
   * service call read the sheet (a read applies every pending write first). Default: flush.
   */
  flush?: (result: T) => boolean;
  /**
   * The execution ends with `work`'s result (a sidebar call's reply), with nothing left to flush:
   * the lock is left to Apps Script, which releases it as the execution ends, a moment later,
   * and no call is spent releasing it ("the lock is automatically released when the script
   * terminates", Lock.releaseLock's reference).
   */
  releasedAtEnd?: boolean;
  /** How long to wait for another holder (default WAIT_MS, what a user waits for). */
  waitMs?: number;
}

export function withDocumentLock<T>(work: () => T, options: LockOptions<T> = {}): T {
  if (depth > 0) {
    depth++;
    try {
      return work();
    } finally {
      depth--;
    }
  }
  // A document lock needs a current document; an installed add-on's trigger has none.
  const lock = services().locks.document();
  if (!lock.tryLock(options.waitMs ?? WAIT_MS)) {
    throw new ValidationError({ field: '', message: serverText().busy });
  }
  depth = 1;
  try {
    const result = work();
    if (options.flush?.(result) ?? true) services().spreadsheet.flush();
    return result;
  } finally {
    depth = 0;
    if (!options.releasedAtEnd) lock.releaseLock();
  }
}
