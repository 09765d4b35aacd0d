// Pins PropertiesService to real Apps Script: string values, null for a missing key, copies not
// live views, per-user and per-document stores, and the documented size limits.
import path from 'node:path';
import { Runtime, type RuntimeOptions } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/services-properties');
const QUOTA =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function runtime(options: RuntimeOptions = {}): Runtime {
  return new Runtime({
    now: '2026-11-27T02:00:00Z',
    user: 'rep@example.com',
    ...options,
  }).loadProject(FIXTURE);
}

describe('Properties', () => {
  it('stores every value as a string and answers null for a missing key', () => {
    const rt = runtime();
    expect(rt.run('setAndGet', ['script', 'n', 5])).toEqual({ value: '5', type: 'string' });
    expect(rt.run('setAndGet', ['script', 'b', true])).toEqual({ value: 'true', type: 'string' });
    expect(rt.run('get', ['script', 'missing'])).toBeNull();
    expect(rt.state.properties.script).toEqual({ n: '5', b: 'true' });
  });

  it('chains setters, and setProperties(props, true) deletes all others', () => {
    const rt = runtime();
    expect(rt.run('chain')).toEqual({ b: '2', c: '3', d: 'true' });
    expect(rt.run('replaceAll', [{ only: 'one' }])).toEqual({ only: 'one' });
    expect(rt.run('clearAll')).toBe(0);
  });

  it('returns a copy from getProperties, not a live view', () => {
    expect(runtime().run('copyIsNotLive')).toBe('stored');
  });

  it('keeps one user store per user and one document store per document', () => {
    const rt = runtime();
    rt.run('setAndGet', ['user', 'units', 'metric'], { user: 'a@example.com' });
    expect(rt.run('get', ['user', 'units'], { user: 'b@example.com' })).toBeNull();
    expect(rt.run('get', ['user', 'units'], { user: 'a@example.com' })).toBe('metric');
    rt.run('setAndGet', ['document', 'sourceId', 'x']);
    expect(rt.state.properties.document[rt.workbook().id]).toEqual({ sourceId: 'x' });
  });

  it('refuses a value over 9 KB with the property-quota message and keeps the old value', () => {
    const rt = runtime();
    expect(rt.run('setLong', ['big', 9 * 1024])).toBeNull();
    expect(rt.run('setLong', ['big', 9 * 1024 + 1])).toBe(QUOTA);
    expect(rt.state.properties.script.big).toHaveLength(9 * 1024);
  });

  it('refuses to grow a store past 500 KB (keys count too)', () => {
    const rt = runtime();
    // 8 KB values plus 2-3 byte keys: 62 fit in 500 KB, the 63rd does not.
    expect(rt.run('fill')).toEqual({ stored: 62, error: QUOTA });
    expect(Object.keys(rt.state.properties.script)).toHaveLength(62);
  });

  it('is refused in AuthMode.NONE; LIMITED may use document but not user or script properties', () => {
    const rt = runtime();
    expect(() => rt.run('get', ['script', 'k'], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call PropertiesService.getScriptProperties.',
    );
    const limited = { authMode: 'LIMITED' as const, kind: 'simpleTrigger' as const };
    expect(() => rt.run('get', ['user', 'k'], limited)).toThrow(
      'You do not have permission to call PropertiesService.getUserProperties.',
    );
    expect(rt.run('get', ['document', 'k'], limited)).toBeNull();
  });
});
