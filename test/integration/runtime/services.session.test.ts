// Pins Session and Logger: who runs the script, which email is visible where, and the log.
import path from 'node:path';
import { logLines, Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/services-session');

function runtime(): Runtime {
  return new Runtime({ now: '2026-11-27T02:00:00Z', user: 'rep@example.com' }).loadProject(FIXTURE);
}

describe('Session', () => {
  it('reports the user, the script time zone from the manifest and the locale', () => {
    const rt = runtime();
    expect(rt.run('who')).toMatchObject({
      active: 'rep@example.com',
      effective: 'rep@example.com',
      timeZone: 'Asia/Jakarta',
      locale: 'en',
    });
  });

  it('gives a temporary key per user that does not reveal the user and rotates after 30 days', () => {
    const rt = runtime();
    const a = rt.run<{ key: string }>('who').key;
    expect(a).not.toContain('rep');
    expect(rt.run<{ key: string }>('who').key).toBe(a);
    expect(rt.run<{ key: string }>('who', [], { user: 'other@example.com' }).key).not.toBe(a);
    rt.advanceBy(31 * 86_400_000);
    expect(rt.run<{ key: string }>('who').key).not.toBe(a);
  });

  it('answers the script time zone even in AuthMode.NONE, but not the user', () => {
    const rt = runtime();
    expect(rt.run('timeZoneOnly', [], { authMode: 'NONE' })).toBe('Asia/Jakarta');
    expect(() => rt.run('who', [], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call Session.getActiveUser',
    );
  });
});

describe('Logger', () => {
  it('formats %s placeholders, keeps the lines of each execution, and chains', () => {
    const rt = runtime();
    expect(rt.run('logSome')).toBe('Hello Ani, you have 3 leads\n{"stage":"prospect"}\nchained');
    rt.run('logSome');
    expect(logLines(rt)).toHaveLength(6);
    expect(new Set(logLines(rt).map((l) => l.execution)).size).toBe(2);
  });
});
