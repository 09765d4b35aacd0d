// withDocumentLock nests safely: only the outermost call takes and releases the lock, so an
// inner write (set-up run from inside a save) never drops the lock under the outer one.
import { withDocumentLock } from '../../../src/sheets/lock';

function fakeServices(tryLockAnswer = true) {
  const log: string[] = [];
  let held = false;
  const lock = {
    hasLock: () => held,
    tryLock: () => {
      log.push('tryLock');
      held = tryLockAnswer;
      return tryLockAnswer;
    },
    releaseLock: () => {
      log.push('release');
      held = false;
    },
  };
  Object.assign(globalThis, {
    LockService: { getDocumentLock: () => lock, getScriptLock: () => lock },
    SpreadsheetApp: { flush: () => log.push('flush') },
  });
  return { log, isHeld: () => held };
}

describe('withDocumentLock', () => {
  it('holds the lock through nested calls and releases it once, at the end', () => {
    const { log, isHeld } = fakeServices();
    const result = withDocumentLock(() => {
      const inner = withDocumentLock(() => 'inner');
      expect(isHeld()).toBe(true);
      return `${inner} then outer`;
    });
    expect(result).toBe('inner then outer');
    expect(log).toEqual(['tryLock', 'flush', 'release']);
    expect(isHeld()).toBe(false);
  });

  it('answers busy, writing nothing, when the lock is not free', () => {
    const { log } = fakeServices(false);
    const work = jest.fn();
    expect(() => withDocumentLock(work)).toThrow(/busy/);
    expect(work).not.toHaveBeenCalled();
    expect(log).toEqual(['tryLock']);
  });
});
