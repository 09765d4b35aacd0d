import fc from 'fast-check';
import { CRITERION } from '../../../src/domain/contact';
import {
  describeQualification,
  evaluateQualification,
  isQualified,
} from '../../../src/domain/qualification';

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
      reasons: ["doesn't fit the target market", "can't decide the purchase"],
      failed: ['fitsMarket', 'canDecide'],
    });
    expect(describeQualification(r)).toBe(
      "Not a fit: doesn't fit the target market and can't decide the purchase.",
    );
  });

  it('stays a lead and lists what is still unknown', () => {
    const r = evaluateQualification({ fitsMarket: 'Yes', canAfford: 'Unknown', canDecide: '' });
    expect(r).toEqual({
      outcome: 'Lead',
      unknown: ['Can afford', 'Can decide'],
      unknownKeys: ['canAfford', 'canDecide'],
    });
    expect(describeQualification(r)).toBe('Still a lead: Can afford and Can decide not yet Yes.');
  });

  it('agrees with isQualified for every combination', () => {
    const answer = fc.constantFrom(...CRITERION, '' as const);
    fc.assert(
      fc.property(answer, answer, answer, (fitsMarket, canAfford, canDecide) => {
        const criteria = { fitsMarket, canAfford, canDecide };
        const r = evaluateQualification(criteria);
        expect(r.outcome === 'Prospect').toBe(isQualified(criteria));
        expect(r.outcome === 'Not a fit').toBe(Object.values(criteria).includes('No'));
      }),
    );
  });
});
