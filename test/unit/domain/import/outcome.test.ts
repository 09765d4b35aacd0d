import { importOutcome } from '../../../../src/domain/import/outcome';
import type { PhoneChoice } from '../../../../src/domain/import/plan';

const counts = { rows: 10, new: 3, existing: 3, inFile: 2, invalid: 2 };
// One of the 3 existing duplicates shares only a phone number: the user decides.
const possible = (choice?: PhoneChoice) => ({
  count: 1,
  choices: (choice ? { '7': choice } : {}) as Record<string, PhoneChoice>,
});

describe('importOutcome', () => {
  it('skips the duplicates under Skip, and a possible duplicate unless the user imports it', () => {
    expect(importOutcome(counts, 'skip', possible('skip'))).toEqual({
      add: 3,
      fill: 0,
      skip: 5,
      invalid: 2,
    });
    expect(importOutcome(counts, 'skip', possible('import'))).toMatchObject({ add: 4, skip: 4 });
  });

  it('fills from the duplicates under Fill, and adds them all under Import anyway', () => {
    expect(importOutcome(counts, 'fill', possible('skip'))).toEqual({
      add: 3,
      fill: 4,
      skip: 1,
      invalid: 2,
    });
    // Import anyway does not decide the possible duplicate: only the user's Import does.
    expect(importOutcome(counts, 'anyway', possible())).toEqual({
      add: 7,
      fill: 0,
      skip: 1,
      invalid: 2,
    });
    expect(importOutcome(counts, 'anyway', possible('import'))).toMatchObject({ add: 8, skip: 0 });
  });
});
