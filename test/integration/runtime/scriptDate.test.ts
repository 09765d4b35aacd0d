// Inside a script, a Date's local-time methods, toString() and the local forms of `new Date(...)`
// and Date.parse follow the script's time zone from appsscript.json (Apps Script's documented
// behaviour: "the script's time zone" governs dates in the script), never the machine's. The whole
// suite also runs with the host in UTC and in Pacific/Kiritimati (UTC+14) to prove it.
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/dates');

function runtime(now = '2026-06-01T09:15:00'): Runtime {
  return new Runtime({ now, timeZone: 'America/New_York' }).loadProject(FIXTURE);
}

describe('a Date inside the script', () => {
  it('reads local fields on the script zone (New York), not the host', () => {
    const rt = runtime();
    expect(rt.run('localFields')).toEqual({
      year: 2026,
      month: 6,
      day: 1,
      weekday: 1,
      hour: 9,
      minute: 15,
      offset: 240,
    });
    // 03:00 UTC on 4 July is still the 3rd in New York.
    expect(rt.run('localFields', ['2026-07-04T03:00:00Z'])).toMatchObject({ day: 3, hour: 23 });
  });

  it('builds new Date(y, m, d, h) as wall time in the script zone, across daylight saving', () => {
    const rt = runtime();
    expect(rt.run('fromFields', [2026, 1, 15, 9])).toBe('2026-01-15T14:00:00.000Z');
    expect(rt.run('fromFields', [2026, 7, 15, 9])).toBe('2026-07-15T13:00:00.000Z');
    // 02:00 on 8 March 2026 does not exist in New York; the clock reads 03:00 EDT.
    expect(rt.run('fromFields', [2026, 3, 8, 2])).toBe('2026-03-08T07:00:00.000Z');
  });

  it('prints toString() and Date() in the script zone, as V8 formats them', () => {
    const rt = runtime();
    expect(rt.run('asText', ['2026-01-01T05:00:00Z'])).toEqual({
      string: 'Thu Jan 01 2026 00:00:00 GMT-0500 (Eastern Standard Time)',
      date: 'Thu Jan 01 2026',
      time: '00:00:00 GMT-0500 (Eastern Standard Time)',
      call: 'Mon Jun 01 2026 09:15:00 GMT-0400 (Eastern Daylight Time)',
    });
  });

  it('parses a date-time without a zone as script-local, a date alone as UTC', () => {
    const rt = runtime();
    expect(rt.run('parseLocal', ['2026-11-27 10:00'])).toBe('2026-11-27T15:00:00.000Z');
    expect(rt.run('parseLocal', ['Nov 27, 2026 10:00:00'])).toBe('2026-11-27T15:00:00.000Z');
    expect(rt.run('parseLocal', ['2026-11-27'])).toBe('2026-11-27T00:00:00.000Z');
    expect(rt.run('parseLocal', ['2026-11-27T10:00:00+07:00'])).toBe('2026-11-27T03:00:00.000Z');
  });

  it('does month arithmetic and day-of-year on the script calendar', () => {
    const rt = runtime();
    // Midnight of 31 January in New York; one month on is 3 March (February has 28 days).
    expect(rt.run('addMonths', ['2026-01-31T05:00:00Z', 1])).toBe('2026-03-03T05:00:00.000Z');
    // 1 March 00:30 New York is 05:30 UTC; in UTC+14 it would already be 2 March.
    expect(rt.run('dayOfYear', ['2026-03-01T05:30:00Z'])).toBe(60);
  });

  it('gives Intl and toLocaleString the script zone by default', () => {
    expect(runtime().run('intlZone')).toEqual({
      zone: 'America/New_York',
      text: '7/3/2026, 11:00:00 PM',
    });
  });
});

describe('years below 100', () => {
  it('keeps a date in year 1 in year 1 through a cell', () => {
    expect(runtime().run('yearOne')).toEqual({ year: 1, month: 1, day: 15 });
  });

  it('keeps JavaScript’s own rule for new Date(99, 0): 1999', () => {
    expect(runtime().run('twoDigitYearConstructor')).toBe(1999);
  });
});
