// Java's SimpleDateFormat, which Utilities.formatDate implements ("uses the Java SimpleDateFormat
// class", reference/utilities/utilities#formatDate), in the US English locale, with the time zone
// rules of Intl (so daylight saving is real).
//
// Time zone IDs resolve as java.util.TimeZone.getTimeZone does: IANA IDs (case-sensitive), the
// custom "GMT+7" / "GMT+07:00" / "GMT-0530" forms, a few legacy three-letter IDs — and anything
// else silently becomes GMT (Java's documented fallback for an ID it does not understand; seen in
// Apps Script, where formatDate(d, 'EDT', ...) formats in GMT: pixelcog/gmail-to-pdf#13).
//
// Pattern errors are Java's IllegalArgumentException messages: "Illegal pattern character 'T'",
// "Unterminated quote", "invalid ISO 8601 format: length=4".
import {
  offsetMs,
  wallTime,
  isValidTimeZone,
  utcMs,
  utcWallTime,
  type WallTime,
} from '../timeZone';

export class PatternError extends Error {}

export type JavaZone =
  { kind: 'iana'; id: string } | { kind: 'fixed'; id: string; offsetMinutes: number };

/** Java's legacy three-letter IDs that are not IANA names. */
const LEGACY: Record<string, JavaZone> = {
  EST: { kind: 'fixed', id: 'EST', offsetMinutes: -300 },
  MST: { kind: 'fixed', id: 'MST', offsetMinutes: -420 },
  HST: { kind: 'fixed', id: 'HST', offsetMinutes: -600 },
  PST: { kind: 'iana', id: 'America/Los_Angeles' },
  CST: { kind: 'iana', id: 'America/Chicago' },
  IST: { kind: 'iana', id: 'Asia/Kolkata' },
  JST: { kind: 'iana', id: 'Asia/Tokyo' },
  ECT: { kind: 'iana', id: 'Europe/Paris' },
  AET: { kind: 'iana', id: 'Australia/Sydney' },
};

const GMT: JavaZone = { kind: 'fixed', id: 'GMT', offsetMinutes: 0 };

export function resolveJavaZone(id: string): JavaZone {
  if (id === 'GMT' || id === 'UTC') return id === 'UTC' ? { kind: 'iana', id: 'UTC' } : GMT;
  const custom = /^GMT([+-])(\d{1,2})(?::(\d{2})|(\d{2}))?$/.exec(id);
  if (custom) {
    const h = Number(custom[2]);
    const m = Number(custom[3] ?? custom[4] ?? 0);
    if (h > 23 || m > 59) return GMT;
    const off = (custom[1] === '-' ? -1 : 1) * (h * 60 + m);
    return {
      kind: 'fixed',
      id: `GMT${off < 0 ? '-' : '+'}${pad(h, 2)}:${pad(m, 2)}`,
      offsetMinutes: off,
    };
  }
  if (LEGACY[id]) return LEGACY[id];
  if (/^[A-Za-z]/.test(id) && isValidTimeZone(id)) {
    // Intl accepts any letter case; Java does not.
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: id }).resolvedOptions().timeZone;
    if (resolved === id || resolved.toLowerCase() !== id.toLowerCase()) return { kind: 'iana', id };
  }
  return GMT;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

/** English month and day names, shared by the runtime's date formatters. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Java's short names where Intl's en-US gives only "GMT+7": [standard, daylight]. Long names come
 * from Intl, which uses the same CLDR data as current Java.
 */
const SHORT_NAMES: Record<string, [string, string]> = {
  'Asia/Jakarta': ['WIB', 'WIB'],
  'Asia/Pontianak': ['WIB', 'WIB'],
  'Asia/Makassar': ['WITA', 'WITA'],
  'Asia/Jayapura': ['WIT', 'WIT'],
  'Asia/Singapore': ['SGT', 'SGT'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Asia/Tokyo': ['JST', 'JST'],
  'Asia/Shanghai': ['CST', 'CST'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Amsterdam': ['CET', 'CEST'],
  'Australia/Sydney': ['AEST', 'AEDT'],
};

function offsetOf(zone: JavaZone, epochMs: number): number {
  return zone.kind === 'fixed' ? zone.offsetMinutes * 60_000 : offsetMs(epochMs, zone.id);
}

function isDaylight(zone: JavaZone, epochMs: number): boolean {
  if (zone.kind === 'fixed') return false;
  const year = new Date(epochMs).getUTCFullYear();
  const standard = Math.min(
    offsetMs(utcMs(year, 0, 1), zone.id),
    offsetMs(utcMs(year, 6, 1), zone.id),
  );
  return offsetMs(epochMs, zone.id) !== standard;
}

function gmtName(offset: number): string {
  const m = Math.round(offset / 60_000);
  return `GMT${m < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(m) / 60), 2)}:${pad(Math.abs(m) % 60, 2)}`;
}

function zoneName(zone: JavaZone, epochMs: number, long: boolean): string {
  if (zone.kind === 'fixed')
    return zone.id === 'GMT' ? (long ? 'Greenwich Mean Time' : 'GMT') : zone.id;
  const known = SHORT_NAMES[zone.id];
  if (known && !long) return known[isDaylight(zone, epochMs) ? 1 : 0];
  const part = new Intl.DateTimeFormat('en-US', {
    timeZone: zone.id,
    timeZoneName: long ? 'long' : 'short',
  })
    .formatToParts(new Date(epochMs))
    .find((p) => p.type === 'timeZoneName')?.value;
  if (!part || /^GMT[+-]?/.test(part)) return gmtName(offsetOf(zone, epochMs));
  return part;
}

function numericOffset(offset: number, colon: boolean, minutes: 'always' | 'never'): string {
  const m = Math.round(offset / 60_000);
  const sign = m < 0 ? '-' : '+';
  const hh = pad(Math.floor(Math.abs(m) / 60), 2);
  const mm = pad(Math.abs(m) % 60, 2);
  if (minutes === 'never') return sign + hh;
  return sign + hh + (colon ? ':' : '') + mm;
}

function fieldsOf(epochMs: number, zone: JavaZone): WallTime {
  if (zone.kind === 'iana') return wallTime(epochMs, zone.id);
  return utcWallTime(epochMs + zone.offsetMinutes * 60_000);
}

function dayOfYear(f: WallTime): number {
  return (utcMs(f.year, f.month - 1, f.day) - utcMs(f.year, 0, 1)) / 86_400_000 + 1;
}

function weekOfYear(f: WallTime): { week: number; weekYear: number } {
  // Java's GregorianCalendar for en_US: firstDayOfWeek = SUNDAY, minimalDaysInFirstWeek = 1, so
  // week 1 is the week containing January 1.
  const today = utcMs(f.year, f.month - 1, f.day);
  const startOfWeek = today - f.weekday * 86_400_000;
  const endOfWeek = startOfWeek + 6 * 86_400_000;
  const endYear = new Date(endOfWeek).getUTCFullYear();
  const weekYear = endYear > f.year ? endYear : f.year;
  const jan1 = utcMs(weekYear, 0, 1);
  const firstWeekStart = jan1 - new Date(jan1).getUTCDay() * 86_400_000;
  return { week: Math.floor((startOfWeek - firstWeekStart) / (7 * 86_400_000)) + 1, weekYear };
}

type Token = { letter: string; count: number } | { text: string };

const PATTERN_LETTERS = new Set('GyYMLwWDdFEuaHkKhmsSzZX'.split(''));

/** Splits a SimpleDateFormat pattern into letter runs and literal text. */
export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let text = '';
  const flush = (): void => {
    if (text) tokens.push({ text });
    text = '';
  };
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        text += "'";
        i += 2;
        continue;
      }
      const end = findQuoteEnd(pattern, i + 1);
      text += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!PATTERN_LETTERS.has(c)) throw new PatternError(`Illegal pattern character '${c}'`);
      flush();
      let n = 1;
      while (pattern[i + n] === c) n++;
      tokens.push({ letter: c, count: n });
      i += n;
      continue;
    }
    text += c;
    i++;
  }
  flush();
  return tokens;
}

function findQuoteEnd(pattern: string, from: number): number {
  for (let j = from; j < pattern.length; j++) {
    if (pattern[j] === "'") {
      if (pattern[j + 1] === "'") {
        j++;
        continue;
      }
      return j;
    }
  }
  throw new PatternError('Unterminated quote');
}

/** Formats an instant with a SimpleDateFormat pattern in a (Java-resolved) time zone. */
export function formatJavaDate(epochMs: number, timeZoneId: string, pattern: string): string {
  const zone = resolveJavaZone(timeZoneId);
  const at: Instant = { f: fieldsOf(epochMs, zone), zone, epochMs };
  return tokenize(pattern)
    .map((t) =>
      'text' in t
        ? t.text
        : DATE_LETTERS.includes(t.letter)
          ? dateField(t.letter, t.count, at.f)
          : timeField(t.letter, t.count, at),
    )
    .join('');
}

interface Instant {
  f: WallTime;
  zone: JavaZone;
  epochMs: number;
}

const DATE_LETTERS = 'GyYMLwWDdFEu';

/** A date pattern letter repeated n times: era, year, month, week, day, weekday. */
function dateField(letter: string, n: number, f: WallTime): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      const y = letter === 'y' ? (f.year > 0 ? f.year : 1 - f.year) : weekOfYear(f).weekYear;
      return n === 2 ? pad(y % 100, 2) : pad(y, n);
    }
    case 'M':
    case 'L':
      return n >= 4
        ? MONTHS[f.month - 1]
        : n === 3
          ? MONTHS[f.month - 1].slice(0, 3)
          : pad(f.month, n);
    case 'w':
      return pad(weekOfYear(f).week, n);
    case 'W': {
      const first = new Date(utcMs(f.year, f.month - 1, 1)).getUTCDay();
      return pad(Math.floor((f.day - 1 + first) / 7) + 1, n);
    }
    case 'D':
      return pad(dayOfYear(f), n);
    case 'd':
      return pad(f.day, n);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, n);
    case 'E':
      return n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
    default: // 'u'
      return pad(f.weekday === 0 ? 7 : f.weekday, n);
  }
}

/** A time pattern letter repeated n times: am/pm, hours, minutes, seconds, zone. */
function timeField(letter: string, n: number, { f, zone, epochMs }: Instant): string {
  switch (letter) {
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, n);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, n);
    case 'K':
      return pad(f.hour % 12, n);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
    case 'm':
      return pad(f.minute, n);
    case 's':
      return pad(f.second, n);
    case 'S':
      return pad(f.millisecond, n);
    case 'z':
      return zoneName(zone, epochMs, n >= 4);
    case 'Z':
      return numericOffset(offsetOf(zone, epochMs), false, 'always');
    case 'X': {
      if (n > 3) throw new PatternError(`invalid ISO 8601 format: length=${n}`);
      const offset = offsetOf(zone, epochMs);
      return offset === 0 ? 'Z' : numericOffset(offset, n === 3, n === 1 ? 'never' : 'always');
    }
    default:
      return '';
  }
}
