// Calendar days and birthdays as plain values.
//
// A calendar day is the string 'YYYY-MM-DD'. All arithmetic goes through an integer day number
// (days since 1970-01-01, proleptic Gregorian calendar) using Howard Hinnant's days-from-civil
// algorithm, never through local-time Date objects, so no time zone or DST change can shift a
// day. Which day "today" is belongs to the adapters (the spreadsheet's time zone).

import { formText } from './messages/form';
import { serverText } from './messages/server';

/** 'YYYY-MM-DD', years 0001–9999. A plain string alias so adapters can pass sheet values. */
export type CalendarDay = string;

export interface YMD {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day numbers already worked out: a scan compares 100,000 contacts' dates, which fall on a few
 * thousand days. Bounded, so a long run can't grow it without end.
 */
const dayNumbers = new Map<CalendarDay, number>();
const MAX_KNOWN_DAYS = 50_000;

/** Days already parsed (bounded likewise): shared, so never handed out to be changed. */
const parsedDays = new Map<CalendarDay, Readonly<YMD>>();

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real day of the years 1–9999 (30 February is not). */
export function isValidYMD(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 (may be negative). */
function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(n: number): YMD {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Builds a day from its parts; throws on a day that doesn't exist (a programming error). */
export function fromYMD(year: number, month: number, day: number): CalendarDay {
  if (!isValidYMD(year, month, day)) {
    throw new RangeError(`Not a calendar day: ${year}-${month}-${day}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Strictly 'YYYY-MM-DD' and a day that exists (2026-02-30 is not one). */
export function isCalendarDay(s: unknown): s is CalendarDay {
  if (typeof s !== 'string') return false;
  if (parsedDays.has(s)) return true;
  const m = DAY_PATTERN.exec(s);
  if (m === null) return false;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidYMD(ymd.year, ymd.month, ymd.day)) return false;
  if (parsedDays.size < MAX_KNOWN_DAYS) parsedDays.set(s, ymd);
  return true;
}

/** Trims surrounding spaces, then accepts only a real 'YYYY-MM-DD' day. */
export function parseCalendarDay(s: unknown): CalendarDay | null {
  if (typeof s !== 'string') return null;
  const trimmed = s.trim();
  return isCalendarDay(trimmed) ? trimmed : null;
}

function requireDay(day: CalendarDay): Readonly<YMD> {
  const known = parsedDays.get(day);
  if (known) return known;
  const m = DAY_PATTERN.exec(day);
  if (!m || !isValidYMD(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`Not a calendar day: ${JSON.stringify(day)}`);
  }
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (parsedDays.size < MAX_KNOWN_DAYS) parsedDays.set(day, ymd);
  return ymd;
}

export function toYMD(day: CalendarDay): YMD {
  return { ...requireDay(day) };
}

function dayNumber(day: CalendarDay): number {
  const known = dayNumbers.get(day);
  if (known !== undefined) return known;
  const { year, month, day: d } = requireDay(day);
  const n = toDayNumber(year, month, d);
  if (dayNumbers.size < MAX_KNOWN_DAYS) dayNumbers.set(day, n);
  return n;
}

export function addDays(day: CalendarDay, n: number): CalendarDay {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number, got ${n}`);
  const { year, month, day: d } = fromDayNumber(dayNumber(day) + n);
  return fromYMD(year, month, d);
}

/** b − a in days: daysBetween('2026-12-31', '2027-01-01') === 1. */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return dayNumber(b) - dayNumber(a);
}

/** Negative, zero or positive like a sort comparator. Zero-padded days sort as strings. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return Math.sign(daysBetween(b, a));
}

/** 0 = Sunday … 6 = Saturday, the same numbering as Date#getDay. */
export function dayOfWeek(day: CalendarDay): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** "12 December 2026", for people. */
export function describeDay(day: CalendarDay): string {
  const { year, month, day: d } = requireDay(day);
  return formText().dayMonthYear(d, formText().months[month - 1], year);
}

// ---------------------------------------------------------------------------------------------
// Birthdays

/** A birthday; the year is often unknown. */
export interface Birthday {
  month: number;
  day: number;
  year?: number;
}

/** The birthday when that day exists (Feb 29 without a year does), else null. */
export function birthdayIfExists(month: number, day: number, year?: number): Birthday | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (year !== undefined && (!Number.isInteger(year) || year < 1 || year > 9999)) return null;
  // Without a year, Feb 29 is allowed: measure against a leap year.
  const max = daysInMonth(year ?? 2000, month);
  if (!Number.isInteger(day) || day < 1 || day > max) return null;
  return year === undefined ? { month, day } : { month, day, year };
}

/** Canonical text for the sheet: 'YYYY-MM-DD' when the year is known, else '--MM-DD'. */
export function formatBirthday(b: Birthday): string {
  const md = `${pad(b.month, 2)}-${pad(b.day, 2)}`;
  return b.year === undefined ? `--${md}` : `${pad(b.year, 4)}-${md}`;
}

/** "12 December": the birthday without its year, for people. */
export function describeBirthday(b: Birthday): string {
  return formText().dayMonth(b.day, formText().months[b.month - 1]);
}

/**
 * The day the birthday is celebrated in `year`. Rule for Feb 29 birthdays: in common years they
 * fall on Feb 28, the last day of the birth month, so a card reminder never arrives after the
 * day has already passed (some jurisdictions use Mar 1 for legal age; a greeting isn't that).
 */
export function birthdayOccurrence(b: Birthday, year: number): CalendarDay {
  if (b.month === 2 && b.day === 29 && !isLeapYear(year)) return fromYMD(year, 2, 28);
  return fromYMD(year, b.month, b.day);
}

export interface NextBirthday {
  day: CalendarDay;
  /** Age they turn on that day; only when the birth year is known. */
  age?: number;
  /** 0 when the birthday is today. */
  daysAway: number;
}

/** The next celebration on or after `today` (so it rolls over from Dec 31 into January). */
export function nextBirthday(b: Birthday, today: CalendarDay): NextBirthday {
  const { year } = requireDay(today);
  let day = birthdayOccurrence(b, year);
  if (compareDays(day, today) < 0) day = birthdayOccurrence(b, year + 1);
  const result: NextBirthday = { day, daysAway: daysBetween(today, day) };
  if (b.year !== undefined) {
    const age = requireDay(day).year - b.year;
    if (age >= 1) result.age = age;
  }
  return result;
}

/** The earliest birth year Prospek accepts. */
export const MIN_BIRTH_YEAR = 1900;

/**
 * Checks a parsed birthday against today: the year is optional but, when given, must be
 * 1900..this year and the full date not in the future; the day must exist in that month
 * (Feb 29 only with a leap year or no year). Returns a user-facing message, or null when valid.
 */
/**
 * A field's name in messages, or what gives it: the words are looked up only for a problem, so a
 * valid form never needs the user's language (finding it may cost a service call).
 */
export type Label = string | (() => string);

export const labelText = (label: Label) => (typeof label === 'string' ? label : label());

export function validateBirthday(
  b: Birthday,
  today: CalendarDay,
  label: Label = 'Birthday',
): string | null {
  // The words are looked up only for a problem (see Label).
  const m = () => serverText();
  const name = () => labelText(label);
  const thisYear = requireDay(today).year;
  if (b.year !== undefined) {
    if (!Number.isInteger(b.year) || b.year < MIN_BIRTH_YEAR || b.year > thisYear) {
      return m().birthdayYearRange(name(), MIN_BIRTH_YEAR, thisYear);
    }
  }
  if (!Number.isInteger(b.month) || b.month < 1 || b.month > 12) return m().invalidBirthday(name());
  if (birthdayIfExists(b.month, b.day, b.year) === null) {
    const monthName = m().months[b.month - 1];
    const described =
      b.year === undefined
        ? m().dayMonth(b.day, monthName)
        : m().dayMonthYear(b.day, monthName, b.year);
    return m().birthdayNoSuchDay(name(), described);
  }
  if (b.year !== undefined && compareDays(fromYMD(b.year, b.month, b.day), today) > 0) {
    return m().birthdayInFuture(name());
  }
  return null;
}
