import { funnelLevel, pipelineSummary } from '../../../../src/domain/pipeline/pipeline';
import { emptyContact, STAGES, type Contact } from '../../../../src/domain/contact/contact';
import { makeContact } from '../fixtures';

const today = '2026-11-27';
const yes = { fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' } as const;

describe('funnelLevel', () => {
  it('reads the furthest level from stage and purchases', () => {
    expect(funnelLevel(makeContact({ stage: 'Lead' }))).toBe(0);
    expect(funnelLevel(makeContact({ stage: 'Not a fit' }))).toBe(0);
    expect(funnelLevel(makeContact({ stage: 'Said no' }))).toBe(0);
    expect(funnelLevel(makeContact({ stage: 'Said no', ...yes }))).toBe(1);
    expect(funnelLevel(makeContact({ stage: 'Not ready' }))).toBe(1);
    expect(funnelLevel(makeContact({ stage: 'In sales' }))).toBe(1);
    expect(funnelLevel(makeContact({ stage: 'Customer' }))).toBe(2);
    expect(funnelLevel(makeContact({ stage: 'In sales', purchases: 1 }))).toBe(2);
    expect(funnelLevel(makeContact({ stage: 'Customer', purchases: 3 }))).toBe(3);
    expect(funnelLevel(makeContact({ stage: 'Repeat buyer' }))).toBe(3);
  });
});

describe('pipelineSummary', () => {
  const contacts = [
    makeContact({ stage: 'Lead' }),
    makeContact({ stage: 'Lead' }),
    makeContact({ stage: 'Not a fit', nextFollowUp: '2026-11-01' }),
    makeContact({ stage: 'Prospect', nextFollowUp: today }),
    makeContact({ stage: 'In sales', nextFollowUp: '2026-11-20' }),
    makeContact({ stage: 'Customer', purchases: 1, birthday: '--12-01' }),
    makeContact({ stage: 'Repeat buyer', purchases: 2, birthday: '--12-25' }),
    makeContact({ stage: 'Said no', keepInTouch: 'No', nextFollowUp: '2026-11-02' }),
    makeContact({ id: '', name: '', stage: 'Lead' }),
  ];
  const summary = pipelineSummary(contacts, today);

  it('counts every stage, zeros included, in display order', () => {
    expect(summary.total).toBe(8);
    expect(summary.stages.map((s) => s.stage)).toEqual([...STAGES]);
    expect(Object.fromEntries(summary.stages.map((s) => [s.stage, s.count]))).toEqual({
      Lead: 2,
      Prospect: 1,
      'In sales': 1,
      Customer: 1,
      'Repeat buyer': 1,
      'Not ready': 0,
      'Said no': 1,
      'Not a fit': 1,
    });
  });

  it('measures conversion as the share reaching each level among those reaching the last', () => {
    expect(summary.reached).toEqual({ lead: 8, prospect: 4, customer: 2, repeatBuyer: 1 });
    expect(summary.conversion.leadToProspect).toEqual({ from: 8, to: 4, rate: 0.5 });
    expect(summary.conversion.prospectToCustomer.rate).toBe(0.5);
    expect(summary.conversion.customerToRepeatBuyer.rate).toBe(0.5);
  });

  it('lists follow-ups due, leaving out those who are not a fit or said no for good', () => {
    expect(summary.followUpsDueToday.map((f) => f.stage)).toEqual(['Prospect']);
    expect(summary.overdueFollowUps).toEqual([
      expect.objectContaining({ stage: 'In sales', day: '2026-11-20', daysOverdue: 7 }),
    ]);
  });

  it('lists birthdays within 14 days by default, or the window asked for', () => {
    expect(summary.birthdays.map((b) => [b.day, b.daysAway])).toEqual([['2026-12-01', 4]]);
    expect(pipelineSummary(contacts, today, { birthdayDays: 30 }).birthdays).toHaveLength(2);
  });

  it('counts contacts and prospects per lead source, Online form among them', () => {
    const c = (id: string, source: Contact['source'], stage: Contact['stage']) => ({
      ...emptyContact(),
      id,
      source,
      stage,
    });
    const s = pipelineSummary(
      [
        c('1', 'Online form', 'Prospect'),
        c('2', 'Online form', 'Lead'),
        c('3', 'Online form', 'Not ready'),
        c('4', 'Referral', 'Customer'),
        c('5', '', 'Lead'),
      ],
      today,
    );
    expect(s.sources).toEqual([
      { source: 'Referral', contacts: 1, prospects: 1 },
      { source: 'Online form', contacts: 3, prospects: 2 },
      { source: '', contacts: 1, prospects: 0 },
    ]);
  });

  it('has no rates for an empty sheet and is plain JSON', () => {
    const empty = pipelineSummary([], today);
    expect(empty.conversion.leadToProspect).toEqual({ from: 0, to: 0, rate: null });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
