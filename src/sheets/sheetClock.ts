// "Today" and calendar days in the spreadsheet's time zone, with one service call per execution.
// Date cells come back from getValues as instants at midnight on the spreadsheet's wall clock;
// knowing the zone's offset now to within a few hours (daylight saving moves it by at most two)
// is enough to read the exact day of every such cell without a call per cell.
import type { CalendarDay } from '../domain/calendarDay';
import type { Spreadsheet } from '../gas/spreadsheet';
import type { UtilitiesService } from '../gas/utilities';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface SheetClock {
  timeZone: string;
  today: CalendarDay;
  now: Date;
  nowIso: string;
  /** The calendar day a date cell shows. */
  dayOf(value: Date): CalendarDay;
}

/** Days remembered per clock (an execution): a bound on memory, not a likely count. */
const MAX_KNOWN_DAYS = 50_000;

function utcDay(ms: number): CalendarDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A formatDate "Z" offset (+0700, -0500) as milliseconds. */
export function zoneOffsetMs(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * HOUR + Number(zone.slice(3, 5)) * 60_000);
}

export function sheetClock(ss: Spreadsheet, utilities: UtilitiesService): SheetClock {
  const timeZone = ss.getSpreadsheetTimeZone();
  const now = new Date();
  const [today, zone] = utilities.formatDate(now, timeZone, "yyyy-MM-dd'|'Z").split('|');
  const probe = zoneOffsetMs(zone);
  // A scan meets the same few thousand days in 100,000 date cells: each is worked out once.
  const days = new Map<number, CalendarDay>();
  return {
    timeZone,
    today,
    now,
    nowIso: now.toISOString(),
    dayOf(value) {
      const t = value.getTime();
      const known = days.get(t);
      if (known !== undefined) return known;
      const o0 = ((-t % DAY) + DAY) % DAY;
      const candidate = Math.abs(o0 - probe) <= Math.abs(o0 - DAY - probe) ? o0 : o0 - DAY;
      // A midnight cell has an offset near today's; anything else is a date-time typed by hand.
      const day = utcDay(t + (Math.abs(candidate - probe) <= 2 * HOUR ? candidate : probe));
      if (days.size < MAX_KNOWN_DAYS) days.set(t, day);
      return day;
    },
  };
}
