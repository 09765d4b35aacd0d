// withDocumentLock nests safely: only the outermost call takes and releases the lock, so an
// inner write (set-up run from inside a save) never drops the lock under the outer one.
import { withDocumentLock } from '../../../src/sheets/lock';

/**
 * LockService as Apps Script has it: every getDocumentLock() call returns a new Lock object
 * over the one document lock, and hasLock() answers only for the object it is called on.
 */
function fakeServices(free = true) {
  const log: string[] = [];
  let held = false;
  const newLock = () => {
    let mine = false;
    return {
      hasLock: () => mine,
      tryLock: () => {
        log.push('tryLock');
        if (!free || held) return false;
        held = mine = true;
        return true;
      },
      releaseLock: () => {
        log.push('release');
        if (mine) held = mine = false;
      },
    };
  };
  Object.assign(globalThis, {
    LockService: { getDocumentLock: newLock, getScriptLock: newLock },
    SpreadsheetApp: { flush: () => log.push('flush') },
  });
  return { log, isHeld: () => held };
}

describe('withDocumentLock', () => {
  it('holds the lock through nested calls and releases it once, at the end', () => {
    const { log, isHeld } = fakeServices();
    const result = withDocumentLock(() => {
      const inner = withDocumentLock(() => withDocumentLock(() => 'inner'));
      expect(isHeld()).toBe(true);
      return `${inner} then outer`;
    });
    expect(result).toBe('inner then outer');
    expect(log).toEqual(['tryLock', 'flush', 'release']);
    expect(isHeld()).toBe(false);
  });

  it('releases the lock when the work throws, nested or not', () => {
    const { isHeld } = fakeServices();
    expect(() =>
      withDocumentLock(() =>
        withDocumentLock(() => {
          throw new Error('boom');
        }),
      ),
    ).toThrow('boom');
    expect(isHeld()).toBe(false);
    // And the next call takes it afresh.
    expect(withDocumentLock(() => isHeld())).toBe(true);
  });

  it('answers busy, writing nothing, when the lock is not free', () => {
    const { log } = fakeServices(false);
    const work = jest.fn();
    expect(() => withDocumentLock(work)).toThrow(/busy/);
    expect(work).not.toHaveBeenCalled();
    expect(log).toEqual(['tryLock']);
  });
});
