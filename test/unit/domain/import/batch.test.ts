// An import batch: whether its record says it is unfinished, and the search patterns a chunk
// finds its batch's entries with: a chunk's lines as a range of numbers, in the
// regular-expression syntax Sheets' search (RE2) and JavaScript share.
import fc from 'fast-check';
import {
  entryPattern,
  isUnfinished,
  mayHoldEntries,
  numberRangePattern,
  type ImportRecord,
} from '../../../../src/domain/import/batch';

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

describe('numberRangePattern', () => {
  it('matches exactly the numbers of the range, written without leading zeros', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.array(fc.integer({ min: 0, max: 3_000_000 }), { maxLength: 30 }),
        (lo, span, others) => {
          const hi = lo + span;
          const re = whole(numberRangePattern(lo, hi));
          const probes = [lo - 1, lo, lo + 1, hi - 1, hi, hi + 1, ...others].filter((n) => n >= 0);
          for (const n of probes) {
            expect([n, re.test(String(n))]).toEqual([n, n >= lo && n <= hi]);
            expect(re.test(`0${n}`)).toBe(false);
          }
        },
      ),
    );
  });

  it('stays short: a few alternatives per digit', () => {
    expect(numberRangePattern(17, 123)).toBe('1[7-9]|[2-9][0-9]|1[0-1][0-9]|12[0-3]');
    expect(numberRangePattern(2, 501)).toBe('[2-9]|[1-9][0-9]|[1-4][0-9][0-9]|50[0-1]');
    expect(numberRangePattern(42, 42)).toBe('42');
    expect(numberRangePattern(1002, 123456789).split('|').length).toBeLessThanOrEqual(18);
  });

  it('refuses an empty range', () => {
    expect(() => numberRangePattern(5, 4)).toThrow(RangeError);
  });
});

describe('entryPattern', () => {
  it("matches a batch's Import entry IDs whole, of the given lines only", () => {
    const chunk = new RegExp(entryPattern('I-7K3QX9-', { lo: 502, hi: 1001 }));
    expect(['I-7K3QX9-502', 'I-7K3QX9-777', 'I-7K3QX9-1001'].every((id) => chunk.test(id))).toBe(
      true,
    );
    for (const id of [
      'I-7K3QX9-501',
      'I-7K3QX9-1002',
      'I-7K3QX9-0777',
      'I-7K3QX9-777x',
      'XI-7K3QX9-777',
      'I-ZZZZZZ-777',
      'i-7k3qx9-777',
    ])
      expect([id, chunk.test(id)]).toEqual([id, false]);
    const batch = new RegExp(entryPattern('I-7K3QX9-'));
    expect(batch.test('I-7K3QX9-2')).toBe(true);
    expect(batch.test('I-7K3QX9-')).toBe(false);
    expect(batch.test('I-7K3QX9-2 ')).toBe(false);
  });
});

const record: ImportRecord = {
  batchId: 'B-7K3QX9',
  fileName: 'expo.csv',
  fingerprint: '4-abc-def',
  source: 'Event',
  startedAt: '2026-03-02T09:00:00.000Z',
  by: 'me@example.com',
  total: 1200,
  rowsDone: 500,
  finished: false,
};

describe('isUnfinished', () => {
  it('is true for an import not marked finished, whatever was sent', () => {
    expect(isUnfinished(record)).toBe(true);
    expect(isUnfinished({ ...record, rowsDone: 1200 })).toBe(true);
  });

  it('is false for a finished import and for no import', () => {
    expect(isUnfinished({ ...record, finished: true, rowsDone: 1200 })).toBe(false);
    expect(isUnfinished(null)).toBe(false);
    expect(isUnfinished(undefined)).toBe(false);
  });
});

describe('mayHoldEntries', () => {
  it('is false only for lines after the last one a send of this batch began writing', () => {
    const began = { ...record, startedTo: 501 };
    expect(mayHoldEntries(began, 502)).toBe(false);
    expect(mayHoldEntries(began, 501)).toBe(true);
    expect(mayHoldEntries(began, 2)).toBe(true);
  });

  it('is true without a record of the batch, or one that does not say where sends began', () => {
    expect(mayHoldEntries(null, 502)).toBe(true);
    expect(mayHoldEntries(record, 502)).toBe(true);
  });
});
