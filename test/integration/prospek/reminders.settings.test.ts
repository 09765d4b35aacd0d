// The Settings tab's server side on the built bundle: validation that names the field and saves
// nothing, exactly one daily trigger per user and sheet, off removes it, the state and next run
// shown, triggers of older versions cleaned up, and the test digest from the menu.
import { clickMenu } from '../../support/workbook';
import {
  DEFAULTS,
  digestTriggers,
  digests,
  HANDLER,
  save,
  saveOk,
  settings,
  sheetWith,
  USER,
} from './remindersHarness';

describe('reminder settings', () => {
  it('start off with the documented defaults and no trigger', () => {
    const rt = sheetWith([]);
    const v = settings(rt);
    expect(v.prefs).toEqual({ ...DEFAULTS, enabled: false });
    expect(v.active).toBe(false);
    expect(v.nextRun).toBeNull();
    expect(v.status).toBe('Daily reminders are off.');
    expect(v.me).toBe(USER);
    expect(digestTriggers(rt)).toEqual([]);
  });

  it('refuse bad values, naming each field, and save nothing', () => {
    const rt = sheetWith([]);
    const r = save(rt, {
      hour: 24,
      recipient: 'not an address',
      cardLeadDays: -1,
      staleDays: 1.5,
      scope: 'theirs' as never,
      keepInTouch: 'yes' as never,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.field).sort()).toEqual(
      ['cardLeadDays', 'hour', 'keepInTouch', 'recipient', 'scope', 'staleDays'].sort(),
    );
    expect(r.message).toContain('Hour of day must be a whole number from 0 to 23.');
    expect(r.message).toContain("Send to doesn't look like an email address");
    expect(settings(rt).prefs.enabled).toBe(false);
    expect(digestTriggers(rt)).toEqual([]);
    expect(JSON.stringify(rt.state.properties)).not.toContain('prospek.reminders');
    const unknown = rt.run<{ ok: boolean; issues: { field: string }[] }>(
      'saveReminderSettings',
      [{ ...DEFAULTS, extra: 1 }],
      { kind: 'sidebar' },
    );
    expect(unknown.ok).toBe(false);
    expect(unknown.issues[0].field).toBe('extra');
  });

  it('turned on twice, still one daily trigger at the chosen hour in the sheet time zone', () => {
    const rt = sheetWith([], { timeZone: 'Asia/Jakarta', now: '2026-11-27T09:00' });
    const first = saveOk(rt, { hour: 7 });
    const second = saveOk(rt, { hour: 7 });
    const triggers = digestTriggers(rt);
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({
      handler: HANDLER,
      timeZone: 'Asia/Jakarta',
      schedule: { kind: 'daily', everyDays: 1, atHour: 7 },
    });
    expect(first.active && second.active).toBe(true);
    // 09:00 now, so the 07:00 run is tomorrow's.
    expect(second.nextRun).toEqual({ day: '2026-11-28', hour: 7, retry: false });
    expect(second.status).toBe(
      'On. Next digest: 28 November 2026 between 07:00 and 08:00 (Asia/Jakarta time).',
    );
  });

  it('a new hour replaces the trigger; off removes it', () => {
    const rt = sheetWith([]);
    saveOk(rt, { hour: 7 });
    const v = saveOk(rt, { hour: 18 });
    expect(digestTriggers(rt).map((t) => t.schedule)).toEqual([
      expect.objectContaining({ kind: 'daily', atHour: 18 }),
    ]);
    expect(v.nextRun).toEqual({ day: '2026-11-27', hour: 18, retry: false });
    const off = saveOk(rt, { enabled: false, hour: 18 });
    expect(digestTriggers(rt)).toEqual([]);
    expect(off.active).toBe(false);
    expect(off.status).toBe('Daily reminders are off.');
    // Off keeps the other choices for next time.
    expect(off.prefs.hour).toBe(18);
  });

  it('the hour follows the spreadsheet, not the script, time zone', () => {
    // The manifest says Asia/Jakarta; this sheet is in New York.
    const rt = sheetWith([], {
      timeZone: 'America/New_York',
      now: '2026-11-27T06:00',
      spreadsheet: { timeZone: 'America/New_York' },
    });
    const v = saveOk(rt, { hour: 8 });
    expect(digestTriggers(rt)[0].timeZone).toBe('America/New_York');
    expect(v.nextRun).toEqual({ day: '2026-11-27', hour: 8, retry: false });
  });

  it('cleans up triggers left by older versions and duplicates', () => {
    const rt = sheetWith([]);
    saveOk(rt);
    const [t] = digestTriggers(rt);
    // An older version's trigger, and a duplicate of ours (a race in an older version).
    rt.state.triggers.push(
      { ...t, uid: '5900000000000000901', handler: 'dailyReminders' },
      { ...t, uid: '5900000000000000902' },
    );
    // Someone else's trigger is not ours to touch.
    rt.state.triggers.push({ ...t, uid: '5900000000000000903', owner: 'other@example.com' });
    const v = saveOk(rt, { hour: 8 });
    expect(digestTriggers(rt)).toHaveLength(1);
    expect(digestTriggers(rt)[0].handler).toBe(HANDLER);
    expect(rt.state.triggers.filter((x) => x.owner === 'other@example.com')).toHaveLength(1);
    expect(v.active).toBe(true);
  });

  it('shows what the last run did', () => {
    const rt = sheetWith([{ Name: 'Budi Santoso', Stage: 'Lead', 'Next follow-up': '2026-11-28' }]);
    saveOk(rt);
    rt.advanceTo('2026-11-28T12:00');
    const v = settings(rt);
    expect(v.last).toBe('Last digest sent for 28 November 2026 to rep@example.com.');
    expect(v.nextRun).toEqual({ day: '2026-11-29', hour: 8, retry: false });
  });
});

describe('Send me a test digest now', () => {
  it('sends the digest as of now, marked as a test, and leaves the daily record alone', () => {
    const rt = sheetWith([{ Name: 'Budi Santoso', Stage: 'Lead', 'Next follow-up': '2026-11-27' }]);
    saveOk(rt, { hour: 10 });
    const run = clickMenu(rt, 'menuSendTestDigest', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toBe(
      'A test digest with 1 reminder is on its way to rep@example.com.',
    );
    const [test] = digests(rt, { tests: true });
    expect(test.subject).toBe('[TEST] Prospek: 1 reminder for 27 November 2026');
    expect(test.body).toContain('Budi Santoso (Lead) follow up today.');
    // The real digest still goes out at 10:00.
    rt.advanceTo('2026-11-27T12:00');
    expect(digests(rt).map((m) => m.subject)).toEqual(['Prospek: 1 reminder for 27 November 2026']);
  });

  it('with reminders off, its footer says so instead of claiming they are on', () => {
    const rt = sheetWith([{ Name: 'Budi Santoso', Stage: 'Lead', 'Next follow-up': '2026-11-27' }]);
    saveOk(rt, { enabled: false });
    clickMenu(rt, 'menuSendTestDigest', { responses: ['OK'] });
    const [test] = digests(rt, { tests: true });
    expect(test.body).toContain('Daily reminders are off, so no other email comes');
    expect(test.body).not.toContain('because daily reminders are on');
    saveOk(rt, { enabled: true });
    clickMenu(rt, 'menuSendTestDigest', { responses: ['OK'] });
    expect(digests(rt, { tests: true })[1].body).toContain('because daily reminders are on');
  });

  it('says so when the mail quota is used up, and sends nothing', () => {
    const rt = sheetWith([]);
    rt.state.mailUsage[USER] = { windowStart: rt.now(), recipients: rt.state.mailDailyQuota };
    const run = clickMenu(rt, 'menuSendTestDigest', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toContain('email quota for today is used up');
    expect(rt.state.outbox).toEqual([]);
  });

  it('is in the Prospek menu', () => {
    const rt = sheetWith([]);
    rt.run('onOpen', [], { kind: 'simpleTrigger', authMode: 'NONE' } as never);
    const items = JSON.stringify(rt.ui.menus);
    expect(items).toContain('Send me a test digest now');
    expect(items).toContain('menuSendTestDigest');
  });
});
