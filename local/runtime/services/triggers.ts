// When time-driven triggers fire. Real Apps Script semantics, as documented for installable
// triggers and ClockTriggerBuilder:
// - "if you create a recurring 9 a.m. trigger, Apps Script chooses a time between 9 a.m. and
//   10 a.m., then keeps that timing consistent from day to day" (guides/triggers/installable).
//   Here the minute is `jitterMinute`, derived from the uid, so it is deterministic per trigger.
// - atHour / onWeekDay / onMonthDay are read on the wall clock of the trigger's time zone (the
//   script's unless inTimezone() was called); a daily trigger fires once per calendar day there,
//   also on the days daylight-saving time starts or ends (no skipped or doubled day).
// - nearMinute(m): "plus or minus 15 minutes" (ClockTriggerBuilder.nearMinute); the offset within
//   that window is again derived from the uid.
// - everyMinutes(n) / everyHours(n): a fixed period with a per-trigger phase.
// - at(date) / after(ms) / atDate(): one firing. The trigger stays in the project's list after it
//   fired (scripts must delete spent one-off triggers themselves, or they count toward the 20).
import type { TriggerSchedule, TriggerState } from '../state';
import { epochOf, utcMs, wallTime } from '../timeZone';

export interface Firing {
  uid: string;
  at: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** FNV-1a: a small, stable hash of the uid, the source of every per-trigger "random" choice. */
export function hashUid(uid: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < uid.length; i++) {
    h ^= uid.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The minute (0-59) within its hour at which a trigger without nearMinute fires. */
export function jitterMinuteFor(uid: string): number {
  return hashUid(uid) % 60;
}

/** nearMinute(m) fires at m plus this many minutes, in -15..15. */
export function nearMinuteJitter(uid: string): number {
  return ((hashUid(uid) >>> 8) % 31) - 15;
}

/**
 * Every firing with fromMs < at <= toMs, sorted by time (then uid). A trigger never fires at or
 * before its creation, nor at or before its last firing.
 */
export function dueFirings(triggers: TriggerState[], fromMs: number, toMs: number): Firing[] {
  const out: Firing[] = [];
  for (const t of triggers) {
    const after = Math.max(fromMs, t.createdAt, t.lastFired ?? -Infinity);
    for (const at of occurrences(t, after, toMs)) out.push({ uid: t.uid, at });
  }
  return out.sort(byTime);
}

/** The first firing of dueFirings(triggers, fromMs, toMs), computed without listing the rest. */
export function nextFiring(triggers: TriggerState[], fromMs: number, toMs: number): Firing | null {
  let best: Firing | null = null;
  for (const t of triggers) {
    const after = Math.max(fromMs, t.createdAt, t.lastFired ?? -Infinity);
    const [at] = occurrences(t, after, toMs, 1);
    if (at !== undefined && (!best || byTime({ uid: t.uid, at }, best) < 0))
      best = { uid: t.uid, at };
  }
  return best;
}

function byTime(a: Firing, b: Firing): number {
  return a.at - b.at || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);
}

/** Firing instants of one trigger in (after, to], at most `limit` of them. */
export function occurrences(
  t: TriggerState,
  after: number,
  to: number,
  limit = Infinity,
): number[] {
  const s: TriggerSchedule = t.schedule;
  const out: number[] = [];
  if (!(after < to)) return out;
  switch (s.kind) {
    case 'event':
      return out; // spreadsheet triggers fire on their event, not on the clock
    case 'at':
      if (s.at > after && s.at <= to) out.push(s.at);
      return out;
    case 'everyMinutes': {
      const period = s.minutes * MINUTE;
      const phase = (hashUid(t.uid) % (s.minutes * 60)) * 1000;
      return periodic(period, phase, after, to, limit);
    }
    case 'everyHours': {
      const period = s.hours * HOUR;
      const phase = mod(minuteOffset(t, s.nearMinute) * MINUTE, period);
      return periodic(period, phase, after, to, limit);
    }
    case 'daily':
    case 'weekly':
    case 'monthly':
      return calendar(t, s, after, to, limit);
  }
}

function periodic(
  period: number,
  phase: number,
  after: number,
  to: number,
  limit: number,
): number[] {
  const out: number[] = [];
  let at = Math.floor((after - phase) / period) * period + phase;
  if (at <= after) at += period;
  for (; at <= to && out.length < limit; at += period) out.push(at);
  return out;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** Minutes after the top of the hour: the trigger's own minute, or nearMinute ± 15. */
function minuteOffset(t: TriggerState, nearMinute: number | null): number {
  return nearMinute === null ? t.jitterMinute : nearMinute + nearMinuteJitter(t.uid);
}

// ---- calendar schedules: days counted on the trigger's wall clock ----------------------------

/** Days since 1970-01-01 of a calendar date (no time zone involved). */
function dayNumber(y: number, m: number, d: number): number {
  return utcMs(y, m - 1, d) / DAY;
}

function dateOf(dn: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(dn * DAY);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** Wall time to instant is the slow part (Intl); the runtime asks about the same days again and again. */
const fireCache = new Map<string, number>();

function calendar(
  t: TriggerState,
  s: Extract<TriggerSchedule, { kind: 'daily' | 'weekly' | 'monthly' }>,
  after: number,
  to: number,
  limit: number,
): number[] {
  const offset = minuteOffset(t, s.nearMinute);
  const fireOn = (dn: number): number => {
    const key = `${t.timeZone}|${dn}|${s.atHour}|${offset}`;
    let at = fireCache.get(key);
    if (at === undefined) {
      const d = dateOf(dn);
      at = epochOf(
        { year: d.year, month: d.month, day: d.day, hour: s.atHour, minute: offset },
        t.timeZone,
      );
      if (fireCache.size > 100_000) fireCache.clear();
      fireCache.set(key, at);
    }
    return at;
  };

  const created = wallTime(t.createdAt, t.timeZone);
  const createdDn = dayNumber(created.year, created.month, created.day);
  const a = wallTime(after, t.timeZone);
  const z = wallTime(to, t.timeZone);
  // A day either side: nearMinute can move a firing across midnight.
  const startDn = dayNumber(a.year, a.month, a.day) - 1;
  const endDn = dayNumber(z.year, z.month, z.day) + 1;
  const out: number[] = [];
  const take = (dn: number): boolean => {
    const at = fireOn(dn);
    if (at > after && at <= to) out.push(at);
    return out.length < limit;
  };

  if (s.kind === 'monthly') {
    for (let dn = startDn; dn <= endDn; dn++) {
      const d = dateOf(dn);
      if (d.day === s.monthDay && !take(dn)) break;
    }
    return out;
  }
  // daily: every n days from the first firing after creation; weekly: every n weeks from the
  // first matching weekday after creation.
  const step = s.kind === 'daily' ? s.everyDays : 7 * s.everyWeeks;
  let first = createdDn - 1;
  while (
    (s.kind === 'weekly' && dateOf(first).weekday !== s.weekday) ||
    fireOn(first) <= t.createdAt
  ) {
    first += 1;
  }
  let dn = first + Math.max(0, Math.ceil((startDn - first) / step)) * step;
  for (; dn <= endDn; dn += step) if (!take(dn)) break;
  return out;
}
