// Number formats decide how a stored number reads back: a number in a cell formatted as a date or
// time comes back from getValues() as a Date, as in Sheets, where dates are numbers underneath.
import { DAYS, MONTHS } from '../services/simpleDateFormat';
import { utcWallTime, type WallTime } from '../timeZone';

export const GENERAL = 'General';
export const PLAIN_TEXT = '@';

/** True when a format shows dates or times (letters outside quoted text). */
export function isDateTimeFormat(format: string | undefined): boolean {
  if (!format || format === GENERAL || format === PLAIN_TEXT) return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return (
    /[yYdDhHsS]/.test(unquoted) || /am\/pm/i.test(unquoted) || /^\[?m{1,5}\]?$/i.test(unquoted)
  );
}

/** Wall-clock parts of a serial date-time (days since 1899-12-30). */
function serialParts(serial: number): WallTime {
  return utcWallTime(Math.round(serial * 86400000) + Date.UTC(1899, 11, 30));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Formats a serial date-time with a Sheets date pattern (yyyy, mm, dd, h, mm, ss, am/pm, mmm…). */
export function formatSerialDate(serial: number, format: string): string {
  const p = serialParts(serial);
  const ampm = /am\/pm/i.test(format);
  const tokens = format.match(/"[^"]*"|am\/pm|y+|m+|d+|h+|s+|[^ymdhs"]+/gi) ?? [];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((x) => /^[hs]/i.test(x) || /^[ymd]/i.test(x));
    const next = tokens.slice(i + 1).find((x) => /^[ymdhs]/i.test(x));
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (lower === 'am/pm') out += p.hour < 12 ? 'AM' : 'PM';
    else if (lower.startsWith('y')) out += lower.length <= 2 ? pad(p.year % 100) : String(p.year);
    else if (lower.startsWith('d')) {
      if (lower.length >= 4) out += DAYS[p.weekday];
      else if (lower.length === 3) out += DAYS[p.weekday].slice(0, 3);
      else out += lower.length === 2 ? pad(p.day) : String(p.day);
    } else if (lower.startsWith('h')) {
      const h = ampm ? p.hour % 12 || 12 : p.hour;
      out += lower.length >= 2 ? pad(h) : String(h);
    } else if (lower.startsWith('s')) out += lower.length >= 2 ? pad(p.second) : String(p.second);
    else if (lower.startsWith('m')) {
      const isMinute = (prev && /^h/i.test(prev)) || (next && /^s/i.test(next));
      if (isMinute) out += lower.length >= 2 ? pad(p.minute) : String(p.minute);
      else if (lower.length >= 4) out += MONTHS[p.month - 1];
      else if (lower.length === 3) out += MONTHS[p.month - 1].slice(0, 3);
      else out += lower.length === 2 ? pad(p.month) : String(p.month);
    } else out += t;
  }
  return out;
}

/** The text a cell shows (getDisplayValues). Covers the formats common sheets use. */
export function displayValue(value: string | number | boolean, format: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateTimeFormat(format)) return formatSerialDate(value, format);
  if (format.endsWith('%')) {
    const decimals = (format.split('.')[1] ?? '').replace('%', '').length;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  if (format.includes('#,##0')) {
    const decimals = (format.split('.')[1] ?? '').replace(/[^0]/g, '').length;
    const prefix = format.startsWith('"$"') ? '$' : '';
    return (
      prefix +
      value.toLocaleString('en-US', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: Math.max(decimals, format.includes('.##') ? 2 : decimals),
      })
    );
  }
  if (/^0(\.0+)?$/.test(format)) return value.toFixed((format.split('.')[1] ?? '').length);
  // General: up to 10 significant digits, no trailing zeros.
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(10)));
}
