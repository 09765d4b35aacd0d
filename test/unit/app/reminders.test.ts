// The daily digest's bookkeeping with plain fakes of the seams (mail, locks, session, properties,
// triggers): when it can't send, it sends nothing, records why and sets the retry trigger.
import { withServices } from '../../../src/app/context';
import { runDailyDigest, sendTestDigest } from '../../../src/app/reminders';
import { DIGEST_HANDLER, settingsOf } from '../../../src/app/reminderTriggers';
import { serverText } from '../../../src/domain/messages/server';
import type { Services } from '../../../src/gas';
import type { MailMessage } from '../../../src/gas/mail';
import { fakeLock, fakeProperties, fakeSpreadsheet, fakeTriggers, jakartaDates } from './fakes';

const SHEET = 'SHEET-1';

function setUp(opts: { prefs?: object; quota?: number; lockFree?: boolean; me?: string } = {}) {
  const props = fakeProperties(
    opts.prefs ? { [`prospek.reminders.${SHEET}`]: JSON.stringify(opts.prefs) } : {},
  );
  const triggers = fakeTriggers([{ handler: DIGEST_HANDLER, schedule: 'daily 8:00' }]);
  const sent: MailMessage[] = [];
  const lock = fakeLock(opts.lockFree ?? true);
  const ss = fakeSpreadsheet(SHEET);
  const me = opts.me ?? 'sari@example.com';
  const fakes: Partial<Services> = {
    spreadsheet: { active: () => ss } as unknown as Services['spreadsheet'],
    properties: { user: () => props, document: () => fakeProperties() },
    triggers: triggers.seam,
    locks: { document: () => lock.lock, user: () => lock.lock },
    session: {
      activeUserEmail: () => me,
      effectiveUserEmail: () => me,
      activeUserLocale: () => 'en',
    },
    mail: { remainingDailyQuota: () => opts.quota ?? 100, send: (m) => void sent.push(m) },
    utilities: jakartaDates,
  };
  const run = <T>(work: () => T): T => withServices(fakes, work);
  const digest = () => run(() => settingsOf(ss).digest());
  return { ss, props, triggers, sent, lock, run, digest };
}

const ON = { enabled: true, hour: 8, recipient: 'team@example.com' };

describe('runDailyDigest', () => {
  it('removes the trigger when reminders were turned off meanwhile, sending nothing', () => {
    const t = setUp();
    t.run(() => runDailyDigest({ triggerUid: 'T1' }));
    expect(t.sent).toEqual([]);
    expect(t.triggers.list).toEqual([]);
    expect(t.lock.log).toEqual(['tryLock', 'release']);
  });

  it('owes the digest and sets a retry when the user lock stays busy', () => {
    const t = setUp({ prefs: ON, lockFree: false });
    t.run(() => runDailyDigest({ triggerUid: 'T1' }));
    expect(t.sent).toEqual([]);
    expect(t.digest().pending?.reason).toBe(serverText().reminders.lockBusy);
    expect(t.triggers.list.map((x) => x.schedule)).toEqual([expect.stringMatching(/^after /)]);
    expect(t.lock.log).toEqual(['tryLock']);
  });

  it('owes the digest and sets a retry when the mail quota is used up', () => {
    const t = setUp({ prefs: ON, quota: 0 });
    t.run(() => runDailyDigest({ triggerUid: 'T1' }));
    expect(t.sent).toEqual([]);
    expect(t.digest()).toMatchObject({ pending: { reason: serverText().reminders.quotaPending } });
    expect(t.triggers.list.map((x) => x.schedule)).toEqual([expect.stringMatching(/^after /)]);
  });

  it('sends nothing twice: a recipient already sent today keeps the daily trigger only', () => {
    const t = setUp({ prefs: ON });
    const today = jakartaDates.formatDate(new Date(), 'Asia/Jakarta', 'yyyy-MM-dd');
    t.run(() =>
      settingsOf(t.ss).saveDigest({
        done: { day: today, to: ['TEAM@example.com'], count: 2, at: new Date().toISOString() },
      }),
    );
    t.run(() => runDailyDigest({ triggerUid: 'T1' }));
    expect(t.sent).toEqual([]);
    expect(t.triggers.list.map((x) => x.schedule)).toEqual(['daily 8:00 Asia/Jakarta']);
  });
});

describe('sendTestDigest', () => {
  it('refuses, sending nothing, when the mail quota is used up', () => {
    const t = setUp({ prefs: ON, quota: 0 });
    expect(() => t.run(() => sendTestDigest(t.ss, settingsOf(t.ss)))).toThrow(
      serverText().reminders.quotaUsedUp,
    );
    expect(t.sent).toEqual([]);
  });

  it('refuses when there is nobody to send to', () => {
    const t = setUp({ prefs: { ...ON, recipient: '' }, me: '' });
    expect(() => t.run(() => sendTestDigest(t.ss, settingsOf(t.ss)))).toThrow(
      serverText().reminderSettings.noActiveUser,
    );
    expect(t.sent).toEqual([]);
  });
});
