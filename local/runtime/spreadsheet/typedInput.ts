// How Sheets reads a string written with setValue(s): as if the user typed it. Unless the cell is
// formatted as plain text ('@'): '0812345' becomes the number 812345, '=1+1' a formula,
// '2026-03-01' a date, 'true' a boolean, "'0812" the text 0812. Patterns here follow the en_US
// locale plus ISO dates, which Sheets accepts in every locale.
import { utcMs, type WallTime } from '../timeZone';

export type Parsed =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean }
  | {
      kind: 'date';
      wall: Omit<WallTime, 'millisecond' | 'weekday'>;
      format: string;
    }
  | { kind: 'formula'; formula: string }
  | { kind: 'empty' };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))\s?%$/;
const CURRENCY = /^([+-]?)\$\s?(\d{1,3}(,\d{3})*(\.\d+)?|\d+(\.\d+)?)$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DASH_DATE = /^(\d{1,2})-(\d{1,2})(?:-(\d{4}))?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_DATE =
  /^(?:([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})|(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4}))$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?$/;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(utcMs(y, m, 0)).getUTCDate();
}

function monthIndex(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 && MONTHS[i] === name.slice(0, 3).toLowerCase() ? i + 1 : 0;
}

/** Parses typed input. `currentYear` fills in dates typed without a year ('3/1', '1-2'). */
export function parseTypedInput(input: string, currentYear: number): Parsed {
  if (input === '') return { kind: 'empty' };
  if (input.startsWith("'")) return { kind: 'text', value: input.slice(1) };
  const s = input.trim();
  if (s.startsWith('=') && s.length > 1) return { kind: 'formula', formula: s };
  if (NUMBER.test(s)) return { kind: 'number', value: Number(s) };
  if (GROUPED.test(s))
    return { kind: 'number', value: Number(s.replace(/,/g, '')), format: '#,##0.##' };
  let m = PERCENT.exec(s);
  if (m) return { kind: 'number', value: Number(m[1]) / 100, format: '0.00%' };
  m = CURRENCY.exec(s);
  if (m)
    return { kind: 'number', value: Number(m[1] + m[2].replace(/,/g, '')), format: '"$"#,##0.00' };
  // A leading + or - (not a number) starts a formula, as in Sheets: '+62 812' is a formula error.
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1)
    return { kind: 'formula', formula: `=${s}` };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: s.toLowerCase() === 'true' };
  const date = parseDate(s, currentYear);
  if (date) return date;
  return { kind: 'text', value: input };
}

function parseDate(s: string, currentYear: number): Parsed | null {
  const wall = (year: number, month: number, day: number, h = 0, mi = 0, se = 0) =>
    validDay(year, month, day) && h < 24 && mi < 60 && se < 60
      ? { year, month, day, hour: h, minute: mi, second: se }
      : null;
  let m = ISO_DATE.exec(s);
  if (m) {
    const w = wall(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    if (w) return { kind: 'date', wall: w, format: m[4] ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd' };
    return null;
  }
  m = US_DATE.exec(s);
  if (m) {
    let year = m[3] ? +m[3] : currentYear;
    if (m[3] && m[3].length === 2) year += year < 30 ? 2000 : 1900;
    const w = wall(year, +m[1], +m[2], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    if (w) return { kind: 'date', wall: w, format: m[4] ? 'M/d/yyyy H:mm:ss' : 'M/d/yyyy' };
    return null;
  }
  m = DASH_DATE.exec(s);
  if (m) {
    const w = wall(m[3] ? +m[3] : currentYear, +m[1], +m[2]);
    if (w) return { kind: 'date', wall: w, format: 'M/d/yyyy' };
    return null;
  }
  m = NAMED_DATE.exec(s);
  if (m) {
    const month = monthIndex(m[1] ?? m[5]);
    const w = month ? wall(+(m[3] ?? m[6]), month, +(m[2] ?? m[4])) : null;
    if (w) return { kind: 'date', wall: w, format: 'M/d/yyyy' };
    return null;
  }
  m = TIME.exec(s);
  if (m) {
    let h = +m[1];
    if (m[4]) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (m[4].toLowerCase() === 'pm' ? 12 : 0);
    }
    const w = wall(1899, 12, 30, h, +m[2], +(m[3] ?? 0));
    if (w) return { kind: 'date', wall: w, format: 'h:mm:ss am/pm' };
  }
  return null;
}
