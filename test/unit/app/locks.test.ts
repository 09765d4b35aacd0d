// withDocumentLock nests safely: only the outermost call takes and releases the lock, so an
// inner write (set-up run from inside a save) never drops the lock under the outer one.
import { withServices } from '../../../src/app/context';
import { withDocumentLock } from '../../../src/app/locks';
import type { SpreadsheetService } from '../../../src/gas/spreadsheet';

/**
 * The locks seam as Apps Script's LockService behaves: every document() call returns a new Lock
 * object over the one document lock, and hasLock() answers only for the object it is called on.
 * `run` runs work with these fakes in place of the real services.
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
  const fakes = {
    locks: { document: newLock, user: newLock },
    spreadsheet: { flush: () => void log.push('flush') } as unknown as SpreadsheetService,
  };
  const run = <T>(work: () => T): T => withServices(fakes, work);
  return { log, isHeld: () => held, run };
}

describe('withDocumentLock', () => {
  it('holds the lock through nested calls and releases it once, at the end', () => {
    const { log, isHeld, run } = fakeServices();
    const result = run(() =>
      withDocumentLock(() => {
        const inner = withDocumentLock(() => withDocumentLock(() => 'inner'));
        expect(isHeld()).toBe(true);
        return `${inner} then outer`;
      }),
    );
    expect(result).toBe('inner then outer');
    expect(log).toEqual(['tryLock', 'flush', 'release']);
    expect(isHeld()).toBe(false);
  });

  it('leaves the release to the end of the execution when asked (a sidebar reply)', () => {
    const { log, run } = fakeServices();
    const options = { flush: () => false, releasedAtEnd: true };
    expect(run(() => withDocumentLock(() => 'saved', options))).toBe('saved');
    expect(log).toEqual(['tryLock']);
  });

  it('releases the lock when the work throws, nested or not', () => {
    const { isHeld, run } = fakeServices();
    expect(() =>
      run(() =>
        withDocumentLock(() =>
          withDocumentLock(() => {
            throw new Error('boom');
          }),
        ),
      ),
    ).toThrow('boom');
    expect(isHeld()).toBe(false);
    // And the next call takes it afresh.
    expect(run(() => withDocumentLock(() => isHeld()))).toBe(true);
  });

  it('answers busy, writing nothing, when the lock is not free', () => {
    const { log, run } = fakeServices(false);
    const work = jest.fn();
    expect(() => run(() => withDocumentLock(work))).toThrow(/busy/);
    expect(work).not.toHaveBeenCalled();
    expect(log).toEqual(['tryLock']);
  });
});
