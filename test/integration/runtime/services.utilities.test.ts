// Pins Utilities to real Apps Script: formatDate is Java's SimpleDateFormat in a named time zone
// (with real daylight-saving rules), dates handed to a script are its own Dates, parseCsv follows
// RFC 4180, sleep moves the virtual clock.
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/services-utilities');

function runtime(): Runtime {
  return new Runtime({ now: '2026-11-27T02:00:00Z' }).loadProject(FIXTURE);
}

const at = (iso: string): Date => new Date(iso);

describe('Utilities.formatDate', () => {
  const rt = runtime();
  const fmt = (iso: string, tz: string, pattern: string): string =>
    rt.run<string>('fmt', [at(iso), tz, pattern]);

  it('formats on the wall clock of Asia/Jakarta (UTC+7, WIB)', () => {
    expect(fmt('2026-11-27T02:00:00Z', 'Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss z')).toBe(
      '2026-11-27 09:00:00 WIB',
    );
    expect(fmt('2026-11-27T02:00:00Z', 'Asia/Jakarta', 'EEEE, d MMMM yyyy')).toBe(
      'Friday, 27 November 2026',
    );
    expect(fmt('2026-11-27T02:00:00Z', 'Asia/Jakarta', 'EEE, MMM d, yy h:mm a')).toBe(
      'Fri, Nov 27, 26 9:00 AM',
    );
    expect(fmt('2026-11-27T02:00:00Z', 'Asia/Jakarta', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2026-11-27T09:00:00.000+07:00',
    );
    // 17:30 UTC on the 26th is already the 27th in Jakarta.
    expect(fmt('2026-11-26T17:30:00Z', 'Asia/Jakarta', 'yyyy-MM-dd')).toBe('2026-11-27');
  });

  it('follows New York across the March DST change (EST -0500 to EDT -0400)', () => {
    expect(fmt('2026-03-08T06:59:00Z', 'America/New_York', 'yyyy-MM-dd HH:mm z Z XXX X')).toBe(
      '2026-03-08 01:59 EST -0500 -05:00 -05',
    );
    expect(fmt('2026-03-08T07:00:00Z', 'America/New_York', 'yyyy-MM-dd HH:mm z Z XXX X')).toBe(
      '2026-03-08 03:00 EDT -0400 -04:00 -04',
    );
    expect(fmt('2026-11-01T05:30:00Z', 'America/New_York', 'HH:mm zzzz')).toBe(
      '01:30 Eastern Daylight Time',
    );
    expect(fmt('2026-11-01T06:30:00Z', 'America/New_York', 'HH:mm zzzz')).toBe(
      '01:30 Eastern Standard Time',
    );
  });

  it('supports the other SimpleDateFormat letters and quoting', () => {
    const iso = '2026-01-04T15:04:05.007Z';
    expect(fmt(iso, 'UTC', "h 'o''clock' a, ''yy")).toBe("3 o'clock PM, '26");
    expect(fmt(iso, 'UTC', 'D u F w W k K S SSS G')).toBe('4 7 1 2 2 15 3 7 007 AD');
    expect(fmt(iso, 'UTC', 'M MM MMM MMMM d dd H HH m mm s ss')).toBe(
      '1 01 Jan January 4 04 15 15 4 04 5 05',
    );
    expect(fmt(iso, 'UTC', 'z Z X')).toBe('UTC +0000 Z');
    expect(fmt(iso, 'GMT+7', 'HH:mm z XXX')).toBe('22:04 GMT+07:00 +07:00');
  });

  it('falls back to GMT for a time zone ID it does not know, as Java does', () => {
    expect(fmt('2026-11-27T02:00:00Z', 'Not/AZone', 'HH:mm z')).toBe('02:00 GMT');
    expect(fmt('2026-11-27T02:00:00Z', 'asia/jakarta', 'HH:mm z')).toBe('02:00 GMT');
  });

  it('throws what Apps Script throws for a bad pattern or a non-Date', () => {
    const d = at('2026-11-27T02:00:00Z');
    expect(rt.run('fmtError', [d, 'UTC', 'yyyy-MM-ddTHH:mm'])).toBe(
      "Illegal pattern character 'T'",
    );
    expect(rt.run('fmtError', [d, 'UTC', "yyyy 'open"])).toBe('Unterminated quote');
    expect(rt.run('fmtError', ['2026-11-27', 'UTC', 'yyyy'])).toBe(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('dates crossing into the script', () => {
  it('are instanceof Date inside the script, also nested in arrays and objects', () => {
    const rt = runtime();
    expect(rt.run('describeDate', [at('2026-03-01T00:00:00Z')])).toEqual({
      isDate: true,
      iso: '2026-03-01T00:00:00.000Z',
      nestedIsDate: true,
    });
    expect(rt.run('describeNested', [{ list: [new Date()] }])).toEqual({
      isArray: true,
      isDate: true,
      isObject: true,
    });
  });

  it('come back out as Dates, and `new Date()` in the script reads the virtual clock', () => {
    const rt = runtime();
    const out = rt.run<{ now: Date; isDate: boolean; ms: number }>('nowAndLater');
    expect(out.now).toBeInstanceOf(Date);
    expect(out.now.getTime()).toBe(rt.now());
    expect(out).toMatchObject({ isDate: true, ms: rt.now() });
  });
});

describe('other utilities', () => {
  it('parseCsv follows RFC 4180 quoting and takes another delimiter', () => {
    const rt = runtime();
    expect(rt.run('csv', ['name,phone\r\n"Ani, S.","0812"\n"say ""hi""",\n'])).toEqual([
      ['name', 'phone'],
      ['Ani, S.', '0812'],
      ['say "hi"', ''],
    ]);
    expect(rt.run('csv', ['"multi\nline";b', ';'])).toEqual([['multi\nline', 'b']]);
    expect(rt.run('csv', [''])).toEqual([]);
  });

  it('formatString is sprintf-like', () => {
    const rt = runtime();
    expect(rt.run('fmtString', ['%s has %d leads', 'Ani', 3.7])).toBe('Ani has 3 leads');
    expect(rt.run('fmtString', ['%6.2f|%-4s|%%', 3.14159, 'ab'])).toBe('  3.14|ab  |%');
  });

  it('sleep advances the virtual clock and returns at once', () => {
    const rt = runtime();
    const before = rt.now();
    expect(rt.run('sleepFor', [1500])).toBe(1500);
    expect(rt.now() - before).toBe(1500);
  });

  it('base64 and digests work in Java signed bytes', () => {
    const rt = runtime();
    expect(rt.run('base64', ['Halo é'])).toEqual({
      encoded: 'SGFsbyDDqQ==',
      bytes: [72, 97, 108, 111, 32, -61, -87],
      webSafe: 'SGFsbyDDqQ==',
    });
    expect(rt.run('decodeError', ['abc'])).toBe('Could not decode string.');
    expect(rt.run('sha256Hex', ['abc'])).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(rt.run('uuid')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
