import { dueFollowUps, followUpApplies } from '../../../../src/domain/pipeline/followUps';
import { makeContact } from '../fixtures';

const today = '2026-11-27';

describe('followUpApplies', () => {
  it('ignores Not a fit, and Said no unless they agreed to stay in touch', () => {
    const day = { nextFollowUp: today };
    expect(followUpApplies(makeContact({ ...day, stage: 'Prospect' }))).toBe(true);
    expect(followUpApplies(makeContact({ ...day, stage: 'Not a fit' }))).toBe(false);
    expect(followUpApplies(makeContact({ ...day, stage: 'Said no', keepInTouch: 'No' }))).toBe(
      false,
    );
    expect(followUpApplies(makeContact({ ...day, stage: 'Said no', keepInTouch: 'Yes' }))).toBe(
      true,
    );
    expect(followUpApplies(makeContact({ stage: 'Prospect' }))).toBe(false);
  });
});

describe('dueFollowUps', () => {
  it('splits due today from overdue, most overdue first, skipping future and id-less', () => {
    const contacts = [
      makeContact({ name: 'Zed', nextFollowUp: today, stage: 'Customer', company: 'PT Z' }),
      makeContact({ name: 'Ani', nextFollowUp: '2026-11-25' }),
      makeContact({ name: 'Budi', nextFollowUp: '2026-10-27' }),
      makeContact({ name: 'Later', nextFollowUp: '2026-11-28' }),
      makeContact({ id: '', name: 'Blank row', nextFollowUp: today }),
    ];
    const { dueToday, overdue } = dueFollowUps(contacts, today);
    expect(dueToday).toEqual([
      {
        id: contacts[0].id,
        name: 'Zed',
        stage: 'Customer',
        company: 'PT Z',
        day: today,
        daysOverdue: 0,
      },
    ]);
    expect(overdue.map((i) => [i.name, i.daysOverdue])).toEqual([
      ['Budi', 31],
      ['Ani', 2],
    ]);
  });
});
