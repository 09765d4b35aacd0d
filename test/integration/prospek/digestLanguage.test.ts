// Each user's digest goes out in that user's language, decided in the trigger owner's
// time-driven run: their Settings choice, else their account's language as recorded when they
// saved reminder settings, else the Session locale, else the spreadsheet's locale, else English.
import type { Runtime } from '../../../local/runtime/index';
import { call } from '../../support/sidebar';
import { DEFAULTS, HANDLER, sheetWith } from './remindersHarness';

const due = [{ ID: 'C-ANI001', Name: 'Ani', Stage: 'Lead', 'Next follow-up': '2026-11-27' }];
const SITI = 'siti@example.com';
const JOHN = 'john@example.com';

/** `user` saves reminder settings (everyone's contacts) with their account in `locale`. */
function turnOn(rt: Runtime, user: string, locale: string): void {
  rt.state.userLocale = locale;
  const r = rt.run<{ ok: boolean }>('saveReminderSettings', [{ ...DEFAULTS, scope: 'everyone' }], {
    kind: 'sidebar',
    user,
  });
  expect(r.ok).toBe(true);
}

function digestTo(rt: Runtime, to: string) {
  const mails = rt.state.outbox.filter((m) => m.to === to);
  expect(mails).toHaveLength(1);
  return mails[0];
}

describe("each user's digest is in their own language", () => {
  it('two users on one sheet: Indonesian for one, English for the other', () => {
    const rt = sheetWith(due, { now: '2026-11-27T05:00' });
    turnOn(rt, SITI, 'id_ID');
    turnOn(rt, JOHN, 'en_US');
    // The time-driven run: nobody at the keyboard, the Session says nothing useful.
    rt.state.userLocale = '';
    const runs = rt.advanceTo('2026-11-27T12:00');
    expect(runs.filter((r) => r.handler === HANDLER && !r.error)).toHaveLength(2);
    const siti = digestTo(rt, SITI);
    expect(siti.subject).toMatch(/^Prospek: 1 pengingat untuk /);
    expect(siti.body).toContain('Ani');
    expect(siti.body).not.toMatch(/Follow-ups|reminder/);
    const john = digestTo(rt, JOHN);
    expect(john.subject).toMatch(/^Prospek: 1 reminder for /);
    expect(john.body).not.toContain('pengingat');
  });

  it("follows a user's Settings choice over their account", () => {
    const rt = sheetWith(due, { now: '2026-11-27T05:00' });
    turnOn(rt, JOHN, 'en_US');
    const chosen = rt.run<{ ok: boolean }>('setInterfaceLanguage', ['id'], {
      kind: 'sidebar',
      user: JOHN,
    });
    expect(chosen.ok).toBe(true);
    rt.state.userLocale = 'en_US';
    rt.advanceTo('2026-11-27T12:00');
    expect(rt.state.outbox.at(-1)!.subject).toMatch(/pengingat/);
  });

  it("falls back on the spreadsheet's locale when nothing says the user's", () => {
    const rt = sheetWith(due, { now: '2026-11-27T05:00' });
    rt.state.userLocale = '';
    rt.workbook().locale = 'id_ID';
    expect(call(rt, 'saveReminderSettings', { ...DEFAULTS, scope: 'everyone' }).ok).toBe(true);
    rt.advanceTo('2026-11-27T12:00');
    expect(rt.state.outbox.at(-1)!.subject).toMatch(/pengingat/);
    // English when the spreadsheet says nothing either.
    const en = sheetWith(due, { now: '2026-11-27T05:00' });
    en.state.userLocale = '';
    expect(call(en, 'saveReminderSettings', { ...DEFAULTS, scope: 'everyone' }).ok).toBe(true);
    en.advanceTo('2026-11-27T12:00');
    expect(en.state.outbox.at(-1)!.subject).toMatch(/reminder for/);
  });
});
