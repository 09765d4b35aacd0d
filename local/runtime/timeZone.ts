// Wall-clock time in an IANA time zone, computed with Intl so that daylight-saving rules are the
// real ones. Apps Script formats dates and schedules triggers in a named time zone; so must we.

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallTime(epochMs: number, timeZone: string): WallTime {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) out[p.type] = p.value;
  let year = Number(out.year);
  if (out.era === 'BC' || out.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour),
    minute: Number(out.minute),
    second: Number(out.second),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
    weekday: WEEKDAYS[out.weekday],
  };
}

/**
 * Date.UTC for any year: Date.UTC reads years 0-99 as 1900-1999 (a two-digit-year rule), which
 * would turn a date in year 1 into 1901.
 */
export function utcMs(
  year: number,
  monthIndex: number,
  day = 1,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const d = new Date(Date.UTC(2000, monthIndex, day, hour, minute, second, ms));
  // Months and days that overflow have already moved the date; shift only by the year.
  d.setUTCFullYear(d.getUTCFullYear() - 2000 + year);
  return d.getTime();
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
export function offsetMs(epochMs: number, timeZone: string): number {
  const w = wallTime(epochMs, timeZone);
  const asUtc = utcMs(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - epochMs;
}

/**
 * The instant at which the zone's clock shows the given wall time. A wall time that does not
 * exist (skipped by a spring-forward) resolves to the instant just after the gap, as Sheets does;
 * an ambiguous one (repeated by a fall-back) resolves to the earlier instant.
 */
export function epochOf(
  w: Pick<WallTime, 'year' | 'month' | 'day'> & Partial<WallTime>,
  timeZone: string,
): number {
  const asUtc = utcMs(
    w.year,
    w.month - 1,
    w.day,
    w.hour ?? 0,
    w.minute ?? 0,
    w.second ?? 0,
    w.millisecond ?? 0,
  );
  // Try the offsets in force a day either side; keep the candidates that show this wall time.
  const offsets = new Set([
    offsetMs(asUtc - 86400000, timeZone),
    offsetMs(asUtc + 86400000, timeZone),
  ]);
  const hits = [...offsets]
    .map((o) => asUtc - o)
    .filter((t) => offsetMs(t, timeZone) + t === asUtc);
  if (hits.length > 0) return Math.min(...hits);
  // In a gap: keep the offset from before it, which lands the clock after the gap (02:30 -> 03:30).
  return asUtc - offsetMs(asUtc - 86400000, timeZone);
}

/** The wall-clock fields of an instant read in UTC (for offsets applied by hand, and serials). */
export function utcWallTime(epochMs: number): WallTime {
  const d = new Date(epochMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}
