import { isUnfinished } from '../../../../src/domain/import/progress';
import type { ImportRecord } from '../../../../src/domain/import/types';

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
