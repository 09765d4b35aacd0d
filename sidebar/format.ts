// Days and instants for people, compact enough for a 300 px column. Instants are shown in the
// spreadsheet's time zone, like its days and "today", not in whatever zone the browser is in.
import { isCalendarDay, toYMD, type CalendarDay } from '../src/domain/calendarDay';
import { form } from './text';

function shortMonth(month: number): string {
  return form.monthsShort[month - 1];
}

/** '2026-12-03' → '3 Dec 2026' ('' stays ''). */
export function showDay(day: CalendarDay | ''): string {
  if (!isCalendarDay(day)) return day;
  const { year, month, day: d } = toYMD(day);
  return `${d} ${shortMonth(month)} ${year}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Numeric parts in `timeZone`; an unknown or empty zone falls back to the browser's. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    const parts: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    };
    try {
      f = new Intl.DateTimeFormat('en-US', { ...parts, timeZone: timeZone || undefined });
    } catch {
      f = new Intl.DateTimeFormat('en-US', parts);
    }
    formats.set(timeZone, f);
  }
  return f;
}

/** An ISO instant in the spreadsheet's time zone: '27 Nov 2026, 09:05'. */
export function showInstant(iso: string, timeZone: string): string {
  const t = new Date(iso);
  if (iso === '' || Number.isNaN(t.getTime())) return iso;
  const p: Record<string, string> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(t)) p[type] = value;
  return `${Number(p.day)} ${shortMonth(Number(p.month))} ${p.year}, ${p.hour}:${p.minute}`;
}

/** Says whose clock the times are on, when it is not the browser's ('' when it is). */
export function zoneNote(timeZone: string, say: (zone: string) => string): string {
  const mine = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return timeZone && timeZone !== mine ? say(timeZone) : '';
}
