// Days and instants for people, compact enough for a 300 px column.
import { isCalendarDay, toYMD, type CalendarDay } from '../src/domain/calendarDay';
import { formMsg } from '../src/domain/formMessages';

function shortMonth(month: number): string {
  return formMsg().months[month - 1].slice(0, 3);
}

/** '2026-12-03' → '3 Dec 2026' ('' stays ''). */
export function showDay(day: CalendarDay | ''): string {
  if (!isCalendarDay(day)) return day;
  const { year, month, day: d } = toYMD(day);
  return `${d} ${shortMonth(month)} ${year}`;
}

/** An ISO instant in the browser's time zone: '27 Nov 2026, 09:05'. */
export function showInstant(iso: string): string {
  const t = new Date(iso);
  if (iso === '' || Number.isNaN(t.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getDate()} ${shortMonth(t.getMonth() + 1)} ${t.getFullYear()}, ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
