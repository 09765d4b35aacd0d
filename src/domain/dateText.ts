// Dates as people type and read them, in English and Bahasa Indonesia: '15/12/2026',
// '15-12-2026', '15 Desember 2026', '15 Des', 'Dec 15, 2026', and birthdays such as
// '30 Agustus 1975' or '12/03/1990'. One parser for the server (prompts, validation, import,
// cells typed by hand) and the sidebar (which imports this module), so both read a value alike.
//
// Numeric dates are ambiguous: 12/03/1990 is 12 March in Indonesia and 3 December in the US. A
// part above 12 decides; otherwise the date order of the execution (activeDateOrder): day first
// when the language or the spreadsheet's locale is Indonesian, month first for a US locale.

import {
  birthdayIfExists,
  dayOfWeek,
  daysBetween,
  fromYMD,
  isCalendarDay,
  toYMD,
  type Birthday,
  type CalendarDay,
  isValidYMD,
} from './calendarDay';
import { formText } from './messages/form';
import { activeLang, langOfLocale, type Lang } from './messages/lang';

/** Which part of a numeric date comes first: 'dmy' 15/12/2026, 'mdy' 12/15/2026. */
export type DateOrder = 'dmy' | 'mdy';

/** Locales whose numeric dates are month first (the US and places that write like it). */
const MONTH_FIRST_LOCALE =
  /^[a-z]{2,3}(?:[_-][A-Za-z]{4})?[_-](US|PH|FM|MH|PW|AS|GU|MP|PR|VI|UM)$/i;

/**
 * The date order for a language and a locale (the spreadsheet's, 'id_ID', 'en_US', 'en_GB'):
 * day first when either is Indonesian; month first for a US-style locale, or English with no
 * region (Sheets' default locale is en_US); day first for the rest of the world.
 */
export function dateOrderOf(lang: Lang, locale?: string | null): DateOrder {
  const l = String(locale ?? '').trim();
  if (lang === 'id' || langOfLocale(l) === 'id') return 'dmy';
  if (l === '' || /^en$/i.test(l)) return 'mdy';
  return MONTH_FIRST_LOCALE.test(l) ? 'mdy' : 'dmy';
}

let orderSource: (() => DateOrder) | null = null;
let orderCached: DateOrder | null = null;

/**
 * Sets this execution's date order, or a function that finds it when first needed (reading the
 * spreadsheet's locale costs a call most executions never need). null: follow the language.
 */
export function setDateOrder(source: DateOrder | (() => DateOrder) | null): void {
  orderCached = typeof source === 'string' ? source : null;
  orderSource = typeof source === 'function' ? source : null;
}

/** The execution's date order; without one set, day first in Indonesian, else month first. */
export function activeDateOrder(): DateOrder {
  if (orderCached) return orderCached;
  if (orderSource) {
    try {
      orderCached = orderSource();
      return orderCached;
    } catch {
      orderSource = null;
    }
  }
  return dateOrderOf(activeLang());
}

/** Month names read in typed dates: English and Indonesian, full and abbreviated. */
const MONTH_NAMES: Record<string, number> = {};
[
  ['january', 'jan', 'januari'],
  ['february', 'feb', 'februari', 'peb', 'pebruari'],
  ['march', 'mar', 'maret', 'mrt'],
  ['april', 'apr'],
  ['may', 'mei'],
  ['june', 'jun', 'juni'],
  ['july', 'jul', 'juli'],
  ['august', 'aug', 'agustus', 'agu', 'ags', 'agt', 'agst'],
  ['september', 'sep', 'sept', 'spt'],
  ['october', 'oct', 'oktober', 'okt'],
  ['november', 'nov', 'nop', 'nopember'],
  ['december', 'dec', 'desember', 'des'],
].forEach((names, i) => names.forEach((name) => (MONTH_NAMES[name] = i + 1)));

/** 1–12 for a month name in either language ('Des', 'agustus', 'Sept.'), else undefined. */
export function monthOfName(name: string): number | undefined {
  return MONTH_NAMES[name.toLowerCase().replace(/\.$/, '')];
}

/** The parts a typed date names; year undefined when it was left out. */
interface Parts {
  day: number;
  month: number;
  year?: number;
  /** The year was written with two digits ('15/12/26'). */
  shortYear?: boolean;
}

/** Chooses day and month of a numeric a/b: a part above 12 decides, else `order`. */
function numericParts(a: number, b: number, order: DateOrder): { day: number; month: number } {
  if (a > 12 && b <= 12) return { day: a, month: b };
  if (b > 12 && a <= 12) return { day: b, month: a };
  return order === 'dmy' ? { day: a, month: b } : { day: b, month: a };
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YEARLESS_ISO = /^--(\d{2})-?(\d{2})$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/;
const DAY_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[ \-/]?([\p{L}]+)\.?(?:[ \-/](\d{4}))?$/u;
const NAME_DAY = /^([\p{L}]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/u;

/**
 * What a typed date names, without checking the day exists; null when it is no date form. The
 * order is asked for only when a numeric a/b needs it (finding it may cost a service call).
 */
function readParts(text: string, order: () => DateOrder): Parts | null {
  const s = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = ISO.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = YEARLESS_ISO.exec(s);
  if (m) return { month: Number(m[1]), day: Number(m[2]) };
  m = NUMERIC.exec(s);
  if (m) {
    const parts: Parts = numericParts(Number(m[1]), Number(m[3]), order());
    if (m[4] !== undefined) {
      parts.year = Number(m[4]);
      parts.shortYear = m[4].length === 2;
    }
    return parts;
  }
  m = DAY_NAME.exec(s);
  const named = m
    ? { day: m[1], month: m[2], year: m[3] }
    : ((m = NAME_DAY.exec(s)), m ? { day: m[2], month: m[1], year: m[3] } : null);
  if (!named) return null;
  const month = monthOfName(named.month);
  if (month === undefined) return null;
  const parts: Parts = { day: Number(named.day), month };
  if (named.year !== undefined) parts.year = Number(named.year);
  return parts;
}

export interface DayTextOptions {
  /** Numeric dates with no part above 12: default the execution's (activeDateOrder). */
  order?: DateOrder;
  /** Needed for a date without a year ('15 Des'): it is the one nearest to today. */
  today?: CalendarDay;
}

/**
 * Reads a day typed by a person: 'YYYY-MM-DD', '15/12/2026', '15-12-2026', '15.12.26',
 * '15 Desember 2026', '15 Des', 'Dec 15, 2026'. A two-digit year is 20yy. A day without a year
 * is the occurrence nearest to `today` (typed on 5 December, '15 Jan' is next January and
 * '3 Des' this December). Returns null for anything else and for days that don't exist.
 */
export function parseDayText(text: unknown, opts: DayTextOptions = {}): CalendarDay | null {
  if (typeof text !== 'string') return null;
  if (isCalendarDay(text.trim())) return text.trim();
  const p = readParts(text, () => opts.order ?? activeDateOrder());
  if (!p) return null;
  if (p.year !== undefined) {
    const year = p.shortYear ? 2000 + p.year : p.year;
    return isValidYMD(year, p.month, p.day) ? fromYMD(year, p.month, p.day) : null;
  }
  if (!opts.today) return null;
  const thisYear = toYMD(opts.today).year;
  let best: CalendarDay | null = null;
  for (const year of [thisYear - 1, thisYear, thisYear + 1]) {
    if (!isValidYMD(year, p.month, p.day)) continue;
    const day = fromYMD(year, p.month, p.day);
    const distance = Math.abs(daysBetween(opts.today, day));
    if (best === null || distance < Math.abs(daysBetween(opts.today, best))) best = day;
  }
  return best;
}

/**
 * Reads a birthday typed by a person or stored in the sheet: the canonical 'YYYY-MM-DD' and
 * '--MM-DD' (ISO 8601's year-less form), '12 Dec 1986', '12 December', '12-Dec-1986',
 * 'December 12, 1986', '30 Agustus 1975' (English or Indonesian month names), and numeric
 * '12/03/1990', '5-12-1980', '12/03' in `order` unless a part above 12 decides. A two-digit
 * year is refused (born in 1926 or 2026?). Returns null for anything else, including days that
 * don't exist (1987-02-29, 31 April).
 */
export function parseBirthday(text: unknown, order?: DateOrder): Birthday | null {
  if (typeof text !== 'string') return null;
  const p = readParts(text, () => order ?? activeDateOrder());
  if (!p || p.shortYear) return null;
  return birthdayIfExists(p.month, p.day, p.year);
}

/**
 * What a column of numeric dates says about its order: 'dmy' when a first part is above 12,
 * 'mdy' when a second part is; null when no value decides (or the values contradict each other,
 * then the column is no evidence either way).
 */
export function dateOrderEvidence(values: Iterable<string>): DateOrder | null {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const m = NUMERIC.exec(v.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dmy = true;
    else if (b > 12 && a <= 12) mdy = true;
  }
  return dmy === mdy ? null : dmy ? 'dmy' : 'mdy';
}

/** "Sen, 15 Des" / "Mon, 15 Dec": a day close enough that its year goes without saying. */
export function shortDay(day: CalendarDay): string {
  const f = formText();
  const { month, day: d } = toYMD(day);
  return f.shortDay(f.weekdaysShort[dayOfWeek(day)], d, f.monthsShort[month - 1]);
}

/** "15 Des 2026" / "15 Dec 2026": compact, with the year. */
export function compactDay(day: CalendarDay): string {
  const f = formText();
  const { year, month, day: d } = toYMD(day);
  return f.dayMonthYear(d, f.monthsShort[month - 1], year);
}

/** How to type a day, in the active language and order: '15/12/2026 atau 15 Des'. */
export function dayExample(order: DateOrder = activeDateOrder()): string {
  return formText().dayExample(order);
}

/** A day as a person in this order would type it back into a text field: '15/12/2026'. */
export function dayAsTyped(day: CalendarDay | '', order: DateOrder = activeDateOrder()): string {
  if (!isCalendarDay(day)) return day;
  const { year, month, day: d } = toYMD(day);
  const dd = String(d).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return order === 'dmy' ? `${dd}/${mm}/${year}` : `${mm}/${dd}/${year}`;
}
