// Pins LockService to real Apps Script across executions: a second execution waiting on a held
// document lock times out with Apps Script's message after exactly its timeout (virtual time),
// or acquires the lock as soon as the holder lets go within it.
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/services-locks');
const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

function runtime(): Runtime {
  return new Runtime({ now: '2026-11-27T02:00:00Z' }).loadProject(FIXTURE);
}

describe('the document lock', () => {
  it('times out as Apps Script does when another execution holds it for longer than the timeout', () => {
    const rt = runtime();
    const doc = `document:${rt.workbook().id}`;
    rt.holdLockElsewhere(doc, 60_000);
    const before = rt.now();
    let error: unknown;
    try {
      rt.run('guardedWrite', [10_000]);
    } catch (err) {
      error = err;
    }
    expect((error as Error).message).toBe(TIMEOUT);
    expect((error as Error).name).toBe('Exception');
    expect(rt.now() - before).toBe(10_000);
    expect(rt.state.properties.document[rt.workbook().id]).toBeUndefined();
    expect(rt.locks.get(doc)).toMatchObject({ holder: 'other' });
  });

  it('acquires it when the holder releases within the timeout, after exactly that wait', () => {
    const rt = runtime();
    rt.holdLockElsewhere(`document:${rt.workbook().id}`, 4_000);
    expect(rt.run('guardedWrite', [10_000])).toEqual({ waited: 4_000, hasLock: true });
    expect(rt.locks.size).toBe(0);
  });

  it('tryLock answers false instead of throwing, after waiting out its timeout', () => {
    const rt = runtime();
    rt.holdLockElsewhere(`document:${rt.workbook().id}`, 60_000);
    expect(rt.run('tryWrite', [5_000])).toEqual({ ok: false, hasLock: false, waited: 5_000 });
    rt.advanceBy(60_000);
    expect(rt.run('tryWrite', [5_000])).toEqual({ ok: true, hasLock: true, waited: 0 });
  });
});

describe('other locks', () => {
  it('are released when the execution that took them ends', () => {
    const rt = runtime();
    rt.run('grabAndForget');
    expect(rt.locks.size).toBe(0);
    expect(rt.run('scriptLockAgain', [0])).toBe(0);
  });

  it('are re-entrant within one execution, and hasLock is false before any attempt', () => {
    const rt = runtime();
    expect(rt.run('reentrant')).toEqual({ both: [true, true], afterRelease: [false, false] });
    expect(rt.run('neverLocked')).toBe(false);
  });

  it('are refused in AuthMode.NONE', () => {
    const rt = runtime();
    expect(() => rt.run('neverLocked', [], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call LockService.getScriptLock.',
    );
  });
});
