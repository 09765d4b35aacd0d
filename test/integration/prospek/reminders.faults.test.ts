// Faults on the built bundle, each ending with no duplicate and no lost digest: the mail quota
// used up, MailApp failing, the lock held elsewhere, the trigger firing twice, and a retry.
import { exhaustMailQuota, toEpoch } from '../../../local/runtime/index';
import {
  digestTriggers,
  digests,
  HANDLER,
  saveOk,
  settings,
  sheetWith,
  USER,
} from './remindersHarness';

const overdue = [{ ID: 'C-ANI001', Name: 'Ani', Stage: 'Lead', 'Next follow-up': '2026-11-20' }];

/** A sheet with something due every day, reminders on at 08:00 Jakarta time. */
function ready() {
  const rt = sheetWith(overdue, { now: '2026-11-27T05:00' });
  saveOk(rt, { hour: 8 });
  return rt;
}

function subjects(rt: ReturnType<typeof ready>): string[] {
  return digests(rt).map((m) => m.subject);
}

describe('exactly once', () => {
  it('the trigger firing twice sends one digest, and the duplicate is removed', () => {
    const rt = ready();
    const [t] = digestTriggers(rt);
    rt.state.triggers.push({
      ...t,
      uid: '5900000000000000777',
      jitterMinute: (t.jitterMinute + 7) % 60,
    });
    const runs = rt.advanceTo('2026-11-27T12:00');
    expect(runs.filter((r) => r.handler === HANDLER).length).toBeGreaterThanOrEqual(1);
    expect(subjects(rt)).toEqual(['Prospek: 1 reminder for 27 November 2026']);
    expect(digestTriggers(rt)).toHaveLength(1);
  });

  it('a second run the same day (a retry, a manual run) sends nothing more', () => {
    const rt = ready();
    rt.advanceTo('2026-11-27T12:00');
    const [t] = digestTriggers(rt);
    rt.run(HANDLER, [{ triggerUid: t.uid }], { kind: 'timeTrigger', user: USER });
    rt.run(HANDLER, [{ triggerUid: t.uid }], { kind: 'timeTrigger', user: USER });
    expect(subjects(rt)).toHaveLength(1);
    rt.advanceTo('2026-11-28T12:00');
    expect(subjects(rt)).toHaveLength(2);
  });

  it('a new recipient the same day gets their own digest, the old one not a second', () => {
    const rt = ready();
    rt.advanceTo('2026-11-27T12:00');
    saveOk(rt, { hour: 8, recipient: 'boss@example.com' });
    const [t] = digestTriggers(rt);
    rt.run(HANDLER, [{ triggerUid: t.uid }], { kind: 'timeTrigger', user: USER });
    rt.run(HANDLER, [{ triggerUid: t.uid }], { kind: 'timeTrigger', user: USER });
    expect(digests(rt).map((m) => m.to)).toEqual([USER, 'boss@example.com']);
  });
});

describe('mail quota used up', () => {
  it('is recorded, retried hourly, and the digest goes out once the quota is back', () => {
    const rt = sheetWith(overdue, { now: '2026-11-26T10:30' });
    // The quota window opened yesterday at 10:30: it resets today at 10:30.
    exhaustMailQuota(rt, USER);
    rt.advanceTo('2026-11-27T05:00');
    saveOk(rt, { hour: 8 });
    rt.advanceTo('2026-11-27T08:59');
    expect(rt.state.outbox).toEqual([]);
    const waiting = settings(rt);
    expect(waiting.nextRun).toMatchObject({ day: '2026-11-27', hour: 9, retry: true });
    expect(waiting.status).toContain('could not be sent yet');
    // Exactly one trigger all along: the retry stands in for the daily one.
    expect(digestTriggers(rt)).toHaveLength(1);
    rt.advanceTo('2026-11-27T23:00');
    expect(subjects(rt)).toEqual(['Prospek: 1 reminder for 27 November 2026']);
    // Back to the daily trigger, which sends tomorrow's as usual.
    expect(digestTriggers(rt).map((t) => t.schedule.kind)).toEqual(['daily']);
    rt.advanceTo('2026-11-28T23:00');
    expect(subjects(rt)).toHaveLength(2);
  });
});

describe('MailApp failing', () => {
  it('marks nothing, retries an hour later and sends exactly once', () => {
    const rt = ready();
    rt.faults.failCall('MailApp.sendEmail', 'Service unavailable: Mail', 1);
    const runs = rt.advanceTo('2026-11-27T09:00');
    expect(runs.map((r) => r.error)).toEqual(['Exception: Service unavailable: Mail']);
    expect(rt.state.outbox).toEqual([]);
    expect(settings(rt).nextRun).toMatchObject({ retry: true });
    rt.advanceTo('2026-11-28T07:00');
    expect(subjects(rt)).toEqual(['Prospek: 1 reminder for 27 November 2026']);
    expect(digestTriggers(rt).map((t) => t.schedule.kind)).toEqual(['daily']);
  });

  it('a failure reading the sheet also marks nothing: the retry sends it', () => {
    const rt = ready();
    rt.faults.failCall(
      'Range.getValues',
      'Service Spreadsheets failed while accessing document',
      1,
    );
    const runs = rt.advanceTo('2026-11-27T09:00');
    expect(runs[0].error).toContain('Service Spreadsheets failed');
    expect(rt.state.outbox).toEqual([]);
    rt.advanceTo('2026-11-28T07:00');
    expect(subjects(rt)).toEqual(['Prospek: 1 reminder for 27 November 2026']);
    expect(digestTriggers(rt).map((t) => t.schedule.kind)).toEqual(['daily']);
  });
});

describe('lock held elsewhere', () => {
  it('waits for a short hold, then sends once', () => {
    const rt = ready();
    const fireAt =
      toEpoch('2026-11-27T08:00', 'Asia/Jakarta') + digestTriggers(rt)[0].jitterMinute * 60_000;
    // Another execution takes the lock just before the trigger fires and keeps it 90 seconds.
    rt.advanceTo(fireAt - 30_000);
    rt.holdLockElsewhere(`user:${USER}`, 90_000);
    rt.advanceTo('2026-11-27T12:00');
    expect(subjects(rt)).toEqual(['Prospek: 1 reminder for 27 November 2026']);
    // It went out once the other execution let go.
    expect(digests(rt)[0].sentAt).toBeGreaterThanOrEqual(fireAt + 60_000);
    expect(digestTriggers(rt).map((t) => t.schedule.kind)).toEqual(['daily']);
  });

  it('held for hours: owed and retried, never sent twice', () => {
    const rt = ready();
    rt.advanceTo('2026-11-27T07:59');
    rt.holdLockElsewhere(`user:${USER}`, 150 * 60_000); // until 10:29
    rt.advanceTo('2026-11-27T09:59');
    expect(rt.state.outbox).toEqual([]);
    expect(digestTriggers(rt)).toHaveLength(1);
    rt.advanceTo('2026-11-28T07:00');
    expect(subjects(rt)).toEqual(['Prospek: 1 reminder for 27 November 2026']);
    expect(digestTriggers(rt).map((t) => t.schedule.kind)).toEqual(['daily']);
  });
});

describe('reminders turned off while a run was queued', () => {
  it('sends nothing and leaves no trigger', () => {
    const rt = ready();
    const [t] = digestTriggers(rt);
    saveOk(rt, { enabled: false });
    rt.run(HANDLER, [{ triggerUid: t.uid }], { kind: 'timeTrigger', user: USER });
    expect(rt.state.outbox).toEqual([]);
    expect(digestTriggers(rt)).toEqual([]);
  });
});

describe('a fault at any call of the day’s run', () => {
  it('leaves the day owed: the digest goes out later that day, once', () => {
    const clean = ready();
    const from = clean.calls.records.length;
    clean.advanceTo('2026-11-27T09:00');
    const calls = clean.calls.records.length - from;
    expect(subjects(clean)).toHaveLength(1);
    const lost: number[] = [];
    const doubled: number[] = [];
    for (let n = 1; n <= calls; n++) {
      const rt = ready();
      rt.faults.failCall('*', 'Service error: injected fault', n);
      rt.advanceTo('2026-11-27T09:00');
      rt.faults.clear();
      rt.advanceTo('2026-11-27T23:30');
      const sent = subjects(rt).length;
      if (sent === 0) lost.push(n);
      if (sent > 1) doubled.push(n);
      // The daily trigger is back for tomorrow, whatever happened today.
      expect(digestTriggers(rt).map((t) => t.schedule.kind)).toEqual(['daily']);
    }
    expect(calls).toBeGreaterThan(10);
    expect({ lost, doubled }).toEqual({ lost: [], doubled: [] });
  });
});
