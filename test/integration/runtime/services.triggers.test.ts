// Pins time-driven triggers to real Apps Script: "9 am" is one fixed minute between 9 and 10 on
// the trigger's wall clock, every day, across daylight-saving changes; the 20-trigger limit; the
// add-on restrictions; enums that behave like Apps Script's.
import path from 'node:path';
import {
  Runtime,
  wallTime,
  type RuntimeOptions,
  type TriggerState,
} from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/services-triggers');
const NY = 'America/New_York';

function runtime(options: RuntimeOptions = {}): Runtime {
  return new Runtime({ timeZone: NY, user: 'owner@example.com', ...options }).loadProject(FIXTURE);
}

describe('triggers due together', () => {
  it('fires every trigger due at the same instant, not just the first', () => {
    const rt = runtime({ now: '2026-03-05T08:00:00-05:00' });
    const at = Date.parse('2026-03-05T08:30:00-05:00');
    const a = rt.run<string>('installAt', [at]);
    const b = rt.run<string>('installAt', [at]);
    const runs = rt.advanceTo('2026-03-05T09:00:00-05:00');
    expect(runs.map((r) => r.uid).sort()).toEqual([a, b].sort());
    expect(rt.run<number>('ticks')).toBe(2);
  });

  it('still fires a trigger that fell due while another handler was running (late)', () => {
    const rt = runtime({ now: '2026-03-05T08:00:00-05:00' });
    const first = Date.parse('2026-03-05T08:30:00-05:00');
    rt.run('installAt', [first, 'slowTick']);
    const second = rt.run<string>('installAt', [first + 60_000]);
    const runs = rt.advanceTo('2026-03-05T09:00:00-05:00');
    expect(runs).toHaveLength(2);
    expect(runs[1].uid).toBe(second);
    expect(rt.run<number>('ticks')).toBe(2);
  });
});

describe('a daily trigger: atHour(9).everyDays(1)', () => {
  it('fires exactly once a day between 9 and 10 New York time, across the March DST change', () => {
    // 2026-03-08 02:00 EST: clocks jump to 03:00 EDT.
    const rt = runtime({ now: '2026-03-05T08:00:00-05:00' });
    const uid = rt.run<string>('installDaily', [9]);
    const runs = rt.advanceTo('2026-03-12T12:00:00-04:00');

    expect(runs.map((r) => r.error)).toEqual(Array(8).fill(undefined));
    expect(runs.every((r) => r.uid === uid && r.handler === 'dailyReminder')).toBe(true);
    const fired = rt.run<string[]>('fired');
    expect(fired.map((f) => f.slice(0, 10))).toEqual([
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
    ]);
    // The same wall-clock minute every day, in the 9 o'clock hour, EST then EDT.
    const times = new Set(fired.map((f) => f.slice(11, 16)));
    expect(times.size).toBe(1);
    expect([...times][0]).toMatch(/^09:[0-5]\d$/);
    expect(fired[2].endsWith('EST')).toBe(true);
    expect(fired[3].endsWith('EDT')).toBe(true);
    // 23 hours between the firings either side of the change, 24 otherwise.
    const gaps = runs.slice(1).map((r, i) => (r.at - runs[i].at) / 3_600_000);
    expect(gaps).toEqual([24, 24, 23, 24, 24, 24, 24]);
    // The handler's effect: one email a day to the trigger's owner.
    expect(rt.state.outbox.map((m) => m.to)).toEqual(Array(8).fill('owner@example.com'));
  });

  it('fires once a day across the November change too (no doubled day)', () => {
    const rt = runtime({ now: '2026-10-30T12:00:00-04:00' });
    rt.run('installDaily', [9]);
    const runs = rt.advanceTo('2026-11-04T12:00:00-05:00');
    const days = runs.map((r) => {
      const w = wallTime(r.at, NY);
      expect(w.hour).toBe(9);
      return w.day;
    });
    expect(days).toEqual([31, 1, 2, 3, 4]);
  });

  it('keeps to its own time zone when built with inTimezone', () => {
    const rt = runtime({ now: '2026-03-05T00:00:00Z' });
    rt.run('installDailyIn', [9, 'Asia/Jakarta']);
    const runs = rt.advanceTo('2026-03-08T00:00:00Z');
    expect(runs).toHaveLength(3);
    for (const r of runs) expect(wallTime(r.at, 'Asia/Jakarta').hour).toBe(9);
  });

  it('runs as the user who created it, even when another user is active', () => {
    const rt = runtime({ now: '2026-03-05T08:00:00-05:00' });
    rt.run('installDaily', [9], { user: 'creator@example.com' });
    rt.advanceTo('2026-03-05T12:00:00-05:00');
    expect(rt.state.outbox.map((m) => [m.from, m.to])).toEqual([
      ['creator@example.com', 'creator@example.com'],
    ]);
    const last = rt.executions[rt.executions.length - 1];
    expect(last).toMatchObject({
      kind: 'timeTrigger',
      user: 'creator@example.com',
      authMode: 'FULL',
    });
  });

  it('does not fire for the hour that has already passed on the day it was created', () => {
    const rt = runtime({ now: '2026-03-05T11:00:00-05:00' });
    rt.run('installDaily', [9]);
    const runs = rt.advanceTo('2026-03-06T08:59:00-05:00');
    expect(runs).toHaveLength(0);
  });
});

describe('other schedules', () => {
  it('onWeekDay(MONDAY).atHour(9) fires on Mondays only', () => {
    const rt = runtime({ now: '2026-03-04T00:00:00-05:00' }); // a Wednesday
    rt.run('installWeekly', ['MONDAY', 9]);
    const runs = rt.advanceTo('2026-03-31T00:00:00-04:00');
    expect(runs.map((r) => wallTime(r.at, NY).day)).toEqual([9, 16, 23, 30]);
    for (const r of runs) expect(wallTime(r.at, NY)).toMatchObject({ weekday: 1, hour: 9 });
  });

  it('everyMinutes(5) fires twelve times an hour; only 1, 5, 10, 15 and 30 are accepted', () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00' });
    rt.run('installEveryMinutes', [5]);
    expect(rt.advanceBy(3_600_000)).toHaveLength(12);
    expect(rt.run('ticks')).toBe(12);
    expect(() => rt.run('installEveryMinutes', [2])).toThrow(
      'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.',
    );
  });

  it('everyHours(6) fires four times a day', () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00' });
    rt.run('installEveryHours', [6]);
    expect(rt.advanceBy(24 * 3_600_000)).toHaveLength(4);
  });

  it('after(ms) fires once, and the spent trigger stays in the list until deleted', () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00' });
    rt.run('installAfter', [10 * 60_000]);
    const runs = rt.advanceBy(3_600_000);
    expect(runs).toHaveLength(1);
    expect(rt.now() - runs[0].at).toBe(50 * 60_000);
    expect(rt.run<unknown[]>('describeTriggers')).toHaveLength(1);
    expect(rt.run('deleteAll')).toBe(1);
    expect(rt.run<unknown[]>('describeTriggers')).toHaveLength(0);
  });

  it('refuses a clock trigger with no frequency', () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00' });
    expect(() => rt.run('installWithoutFrequency')).toThrow(/needs a frequency/);
  });
});

describe('trigger objects and enums', () => {
  it('reports CLOCK as an enum: equal to ScriptApp.EventType.CLOCK, loosely equal to "CLOCK", not strictly', () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00' });
    const uid = rt.run<string>('installDaily', [9]);
    expect(uid).toMatch(/^\d+$/);
    expect(rt.run('describeTriggers')).toEqual([
      {
        uid,
        handler: 'dailyReminder',
        eventType: 'CLOCK',
        isClock: true,
        looseEqualsString: true,
        strictEqualsString: false,
        source: 'CLOCK',
        sourceId: null,
      },
    ]);
  });

  it("lists only the current user's triggers", () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00' });
    rt.run('installDaily', [9], { user: 'a@example.com' });
    rt.run('installDaily', [9], { user: 'b@example.com' });
    expect(rt.run<unknown[]>('describeTriggers', [], { user: 'a@example.com' })).toHaveLength(1);
    expect(rt.run('deleteAll', [], { user: 'a@example.com' })).toBe(1);
    expect(rt.state.triggers.map((t) => t.owner)).toEqual(['b@example.com']);
  });
});

describe('limits', () => {
  it('allows 20 triggers per user per script, then throws Apps Script’s message', () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00' });
    expect(rt.run('createMany', [25])).toEqual({
      made: 20,
      error:
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      name: 'Exception',
    });
    // Another user has a quota of their own.
    expect(rt.run('createMany', [1], { user: 'other@example.com' })).toEqual({
      made: 1,
      error: null,
    });
  });

  it('an add-on gets one time-driven trigger per user per document, and no sub-hourly ones', () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00', projectKind: 'addon' });
    expect(() => rt.run('installEveryMinutes', [30])).toThrow(
      'The recurrence interval for an Add-on trigger must be at least one hour.',
    );
    rt.run('installDaily', [9]);
    expect(() => rt.run('installDaily', [10])).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(rt.state.triggers).toHaveLength(1);
    expect(rt.state.triggers[0].documentId).toBe(rt.workbook().id);
    // Another user may install their own in the same document.
    rt.run('installDaily', [9], { user: 'colleague@example.com' });
    expect(rt.state.triggers).toHaveLength(2);
  });

  it("in an installed add-on's time-driven trigger there is no document: no document properties or lock", () => {
    const rt = runtime({ now: '2026-03-05T08:00:00-05:00', projectKind: 'addon' });
    rt.run('installDaily', [9, 'recordDocumentServices']);
    expect(rt.advanceTo('2026-03-05T11:00:00-05:00').map((r) => r.error)).toEqual([undefined]);
    expect(rt.run('recordedDocumentServices')).toEqual({
      documentProperties: null,
      documentLock: null,
    });
    // Opened from the document (a menu, the sidebar), both are there.
    expect(rt.run('documentServices')).toEqual({
      documentProperties: 'store',
      documentLock: 'lock',
    });
  });
});

describe('permissions', () => {
  it('refuses to create triggers in AuthMode.NONE and LIMITED', () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00' });
    expect(() => rt.run('installDaily', [9], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    expect(() =>
      rt.run('installDaily', [9], { authMode: 'LIMITED', kind: 'simpleTrigger' }),
    ).toThrow(/You do not have permission to call ScriptApp.newTrigger/);
    expect(rt.state.triggers).toHaveLength(0);
  });

  it('reports authorization REQUIRED in AuthMode.NONE and NOT_REQUIRED once authorized', () => {
    const rt = runtime({ now: '2026-03-05T10:00:00-05:00' });
    expect(rt.run('authorizationStatus', [], { authMode: 'NONE' })).toMatchObject({
      status: 'REQUIRED',
    });
    expect(rt.run('authorizationStatus')).toEqual({ status: 'NOT_REQUIRED', url: null });
  });
});

describe('the time-driven event object', () => {
  it('reports the firing in UTC fields labelled UTC, as the events guide shows', () => {
    const rt = runtime({ now: '2026-03-05T08:00:00-05:00' });
    const at = Date.parse('2026-03-05T21:30:00-05:00'); // 02:30 UTC on the 6th (a Friday)
    const uid = rt.run<string>('installAt', [at, 'recordEvent']);
    rt.advanceTo('2026-03-05T22:00:00-05:00');
    expect(rt.run('recordedEvent')).toEqual({
      authMode: 'FULL',
      triggerUid: uid,
      timezone: 'UTC',
      year: 2026,
      month: 3,
      'day-of-month': 6,
      'day-of-week': 5,
      'week-of-year': 10,
      hour: 2,
      minute: 30,
      second: 0,
    });
  });
});

/** The firings in (from, to] of these triggers, as the runtime would run them. */
function dueFirings(triggers: TriggerState[], from: number, to: number) {
  const rt = new Runtime({ now: from });
  rt.state.triggers = triggers;
  return rt.upcomingFirings(to);
}

describe('upcoming firings', () => {
  const base: TriggerState = {
    uid: '5900000000000000001',
    handler: 'h',
    owner: 'o@example.com',
    documentId: null,
    eventType: 'CLOCK',
    schedule: { kind: 'daily', everyDays: 1, atHour: 9, nearMinute: null },
    timeZone: NY,
    createdAt: Date.parse('2026-03-01T00:00:00-05:00'),
    lastFired: null,
    jitterMinute: 17,
  };

  it('lists every firing in (from, to], sorted, honoring createdAt and lastFired', () => {
    const from = Date.parse('2026-03-01T00:00:00-05:00');
    const to = Date.parse('2026-03-04T00:00:00-05:00');
    const other: TriggerState = {
      ...base,
      uid: '5900000000000000002',
      jitterMinute: 3,
      lastFired: Date.parse('2026-03-02T09:03:00-05:00'),
    };
    const firings = dueFirings([base, other], from, to);
    expect(firings.map((f) => [f.uid.slice(-1), new Date(f.at).toISOString()])).toEqual([
      ['1', '2026-03-01T14:17:00.000Z'],
      ['1', '2026-03-02T14:17:00.000Z'],
      ['2', '2026-03-03T14:03:00.000Z'],
      ['1', '2026-03-03T14:17:00.000Z'],
    ]);
  });

  it('keeps nearMinute within 15 minutes of the minute asked for', () => {
    const t: TriggerState = {
      ...base,
      schedule: { kind: 'daily', everyDays: 2, atHour: 9, nearMinute: 30 },
    };
    const firings = dueFirings([t], t.createdAt, t.createdAt + 10 * 86_400_000);
    expect(firings).toHaveLength(5);
    for (const f of firings) {
      const w = wallTime(f.at, NY);
      expect(w.hour).toBe(9);
      expect(Math.abs(w.minute - 30)).toBeLessThanOrEqual(15);
    }
  });
});
