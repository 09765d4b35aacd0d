import {
  DEFAULT_REMINDER_SETTINGS,
  isMine,
  reminderCount,
  selectReminders,
  type ReminderSettings,
} from '../../../../src/domain/reminders/reminders';
import { makeContact } from '../fixtures';

const today = '2026-11-27';
const settings: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, me: 'me@example.com' };
const none = new Map<string, string>();

describe('isMine', () => {
  it('matches the owner case-insensitively and counts unowned contacts as mine', () => {
    expect(isMine(' Me@Example.com', 'me@example.com')).toBe(true);
    expect(isMine('', 'me@example.com')).toBe(true);
    expect(isMine('you@example.com', 'me@example.com')).toBe(false);
  });
});

describe('selectReminders', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({
      cardLeadDays: 7,
      staleDays: 14,
      keepInTouch: true,
      scope: 'mine',
    });
  });

  it('sorts follow-ups into due today and overdue', () => {
    const r = selectReminders(
      [
        makeContact({ name: 'Due', stage: 'Lead', nextFollowUp: today }),
        makeContact({ name: 'Late', stage: 'In sales', nextFollowUp: '2026-11-24' }),
        makeContact({ name: 'Not yet', stage: 'Lead', nextFollowUp: '2026-11-30' }),
        makeContact({ name: 'Gone', stage: 'Not a fit', nextFollowUp: '2026-11-24' }),
      ],
      none,
      today,
      settings,
    );
    expect(r.followUpsDueToday.map((i) => i.name)).toEqual(['Due']);
    expect(r.overdueFollowUps.map((i) => [i.name, i.daysOverdue])).toEqual([['Late', 3]]);
  });

  it('finds birthdays today and in time to send a card', () => {
    const r = selectReminders(
      [
        makeContact({ name: 'Today', birthday: '--11-27' }),
        makeContact({ name: 'Soon', birthday: '1986-12-04', address: 'Jl. Sudirman 1, Jakarta' }),
        makeContact({ name: 'Later', birthday: '--12-05' }),
      ],
      none,
      today,
      settings,
    );
    expect(r.birthdaysToday.map((b) => b.name)).toEqual(['Today']);
    expect(r.upcomingBirthdays).toEqual([
      expect.objectContaining({
        name: 'Soon',
        daysAway: 7,
        age: 40,
        birthday: '4 December',
        address: 'Jl. Sudirman 1, Jakarta',
      }),
    ]);
  });

  it('reminds to recontact those who said no but want to hear again, only when enabled', () => {
    const contacts = [
      makeContact({ name: 'Due', stage: 'Said no', keepInTouch: 'Yes', recontactOn: today }),
      makeContact({
        name: 'Late',
        stage: 'Said no',
        keepInTouch: 'Yes',
        recontactOn: '2026-11-01',
        nextFollowUp: '2026-11-01',
      }),
      makeContact({
        name: 'Future',
        stage: 'Said no',
        keepInTouch: 'Yes',
        recontactOn: '2027-01-01',
      }),
      makeContact({ name: 'No', stage: 'Said no', keepInTouch: 'No', recontactOn: '2026-11-01' }),
      makeContact({
        name: 'Reopened',
        stage: 'Lead',
        keepInTouch: 'Yes',
        recontactOn: '2026-11-01',
      }),
    ];
    const r = selectReminders(contacts, none, today, settings);
    expect(r.recontactsDue.map((i) => [i.name, i.daysOverdue])).toEqual([
      ['Late', 26],
      ['Due', 0],
    ]);
    // Listed once, as a recontact, not again as an overdue follow-up.
    expect(r.overdueFollowUps).toEqual([]);
    expect(
      selectReminders(contacts, none, today, { ...settings, keepInTouch: false }).recontactsDue,
    ).toEqual([]);
  });

  it('finds prospects gone quiet from the last conversation, last contacted, or creation', () => {
    const byLog = makeContact({ name: 'Logged', stage: 'Prospect', lastContacted: '2026-11-01' });
    const contacts = [
      byLog,
      makeContact({ name: 'Sheet', stage: 'In sales', lastContacted: '2026-11-12' }),
      makeContact({ name: 'Fresh', stage: 'Prospect', lastContacted: '2026-11-13' }),
      makeContact({ name: 'Created', stage: 'Prospect', created: '2026-10-01T03:00:00.000Z' }),
      makeContact({ name: 'Never', stage: 'Prospect' }),
      makeContact({
        name: 'Scheduled',
        stage: 'Prospect',
        lastContacted: '2026-01-01',
        nextFollowUp: '2026-12-01',
      }),
      makeContact({ name: 'Customer', stage: 'Customer', lastContacted: '2026-01-01' }),
    ];
    const lastConversation = new Map([[byLog.id, '2026-11-20']]);
    const r = selectReminders(contacts, lastConversation, today, settings);
    expect(r.quietProspects.map((q) => [q.name, q.lastTouch, q.daysQuiet])).toEqual([
      ['Never', '', null],
      ['Created', '2026-10-01', 57],
      ['Sheet', '2026-11-12', 15],
    ]);
  });

  it('skips malformed dates instead of failing the whole digest', () => {
    const r = selectReminders(
      [
        makeContact({ name: 'Bad', stage: 'Prospect', nextFollowUp: '27/11/2026' }),
        makeContact({ name: 'Bad too', stage: 'Said no', keepInTouch: 'Yes', recontactOn: 'soon' }),
        makeContact({ name: 'Good', nextFollowUp: today }),
      ],
      none,
      today,
      settings,
    );
    expect(r.followUpsDueToday.map((i) => i.name)).toEqual(['Good']);
    expect(r.recontactsDue).toEqual([]);
  });

  it("keeps to the recipient's own and unowned contacts unless asked for everyone", () => {
    const contacts = [
      makeContact({ name: 'Mine', owner: 'ME@example.com', nextFollowUp: today }),
      makeContact({ name: 'Unowned', nextFollowUp: today }),
      makeContact({ name: 'Theirs', owner: 'you@example.com', nextFollowUp: today }),
      makeContact({ id: '', name: 'No id', nextFollowUp: today }),
    ];
    const mine = selectReminders(contacts, none, today, settings);
    expect(mine.followUpsDueToday.map((i) => i.name)).toEqual(['Mine', 'Unowned']);
    const all = selectReminders(contacts, none, today, { ...settings, scope: 'everyone' });
    expect(all.followUpsDueToday.map((i) => i.name)).toEqual(['Mine', 'Theirs', 'Unowned']);
    expect(reminderCount(all)).toBe(3);
  });
});
