import fc from 'fast-check';
import { CRITERION } from '../../../../src/domain/contact/contact';
import {
  decidingCriteria,
  describeQualification,
  evaluateQualification,
  isQualified,
} from '../../../../src/domain/qualification/qualification';

describe('evaluateQualification', () => {
  it('makes a prospect when all three are Yes', () => {
    const r = evaluateQualification({ fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' });
    expect(r).toEqual({ outcome: 'Prospect' });
    expect(describeQualification(r)).toBe('All three criteria are met: a prospect.');
  });

  it('names every failed criterion when any is No', () => {
    const r = evaluateQualification({ fitsMarket: 'No', canAfford: 'Unknown', canDecide: 'No' });
    expect(r).toEqual({
      outcome: 'Not a fit',
      reasons: ["doesn't fit the target market", "can't make the buying decision"],
      failed: ['fitsMarket', 'canDecide'],
    });
    expect(describeQualification(r)).toBe(
      "Not a fit: doesn't fit the target market and can't make the buying decision.",
    );
  });

  it('stays a lead and says, in the words of the form, what is still unknown', () => {
    const r = evaluateQualification({ fitsMarket: 'Yes', canAfford: 'Unknown', canDecide: '' });
    expect(r).toEqual({
      outcome: 'Lead',
      unknown: ['can afford the offer', 'can make the buying decision'],
      unknownKeys: ['canAfford', 'canDecide'],
    });
    expect(describeQualification(r)).toBe(
      'Still a lead: still unknown whether they can afford the offer and can make the buying decision.',
    );
    const one = evaluateQualification({
      fitsMarket: 'Yes',
      canAfford: 'Yes',
      canDecide: 'Unknown',
    });
    expect(describeQualification(one)).toBe(
      'Still a lead: still unknown whether they can make the buying decision.',
    );
    const none = evaluateQualification({ fitsMarket: '', canAfford: '', canDecide: '' });
    expect(describeQualification(none)).toBe(
      'Still a lead: still unknown whether they fit the target market, can afford the offer and can make the buying decision.',
    );
  });

  it('makes "not now" Not ready, not Not a fit, naming each Not yet', () => {
    const r = evaluateQualification({ fitsMarket: 'Yes', canAfford: 'Not yet', canDecide: '' });
    expect(r).toEqual({
      outcome: 'Not ready',
      waiting: ["can't afford the offer yet"],
      waitingKeys: ['canAfford'],
    });
    expect(describeQualification(r)).toBe(
      "Not ready: can't afford the offer yet. Follow up later.",
    );
    expect(decidingCriteria(r)).toEqual(['canAfford']);
  });

  it('lets a real No outweigh a Not yet: only a No makes Not a fit', () => {
    const r = evaluateQualification({ fitsMarket: 'No', canAfford: 'Not yet', canDecide: 'Yes' });
    expect(r.outcome).toBe('Not a fit');
    expect(decidingCriteria(r)).toEqual(['fitsMarket']);
  });

  it('agrees with isQualified for every combination', () => {
    const answer = fc.constantFrom(...CRITERION, '' as const);
    fc.assert(
      fc.property(answer, answer, answer, (fitsMarket, canAfford, canDecide) => {
        const criteria = { fitsMarket, canAfford, canDecide };
        const r = evaluateQualification(criteria);
        expect(r.outcome === 'Prospect').toBe(isQualified(criteria));
        const answers: string[] = Object.values(criteria);
        expect(r.outcome === 'Not a fit').toBe(answers.includes('No'));
        expect(r.outcome === 'Not ready').toBe(
          !answers.includes('No') && answers.includes('Not yet'),
        );
      }),
    );
  });
});
