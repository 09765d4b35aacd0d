import { isValidationError } from '../../../../src/domain/errors';
import {
  DEFAULT_PREFS,
  nextDailyRun,
  parseStoredPrefs,
  validateReminderPrefs,
} from '../../../../src/domain/reminders/settings';

const good = { ...DEFAULT_PREFS, enabled: true };

function issuesOf(payload: unknown): string[] {
  try {
    validateReminderPrefs(payload);
  } catch (e) {
    if (isValidationError(e)) return e.issues.map((i) => i.field);
    throw e;
  }
  return [];
}

describe('validateReminderPrefs', () => {
  it('accepts a full form and normalises the recipient', () => {
    expect(validateReminderPrefs({ ...good, recipient: ' Boss@Example.COM ' })).toEqual({
      ...good,
      recipient: 'Boss@example.com',
    });
    expect(validateReminderPrefs({ ...good, hour: '7', staleDays: '30' })).toMatchObject({
      hour: 7,
      staleDays: 30,
    });
  });

  it('names every bad field at once', () => {
    expect(
      issuesOf({
        ...good,
        enabled: 'true',
        hour: -1,
        recipient: 5,
        scope: 'all',
        cardLeadDays: 61,
        staleDays: 0,
        keepInTouch: null,
        other: 1,
      }).sort(),
    ).toEqual(
      [
        'cardLeadDays',
        'enabled',
        'hour',
        'keepInTouch',
        'other',
        'recipient',
        'scope',
        'staleDays',
      ].sort(),
    );
    expect(issuesOf({ ...good, hour: 7.5 })).toEqual(['hour']);
    expect(issuesOf({ ...good, recipient: 'a@b' })).toEqual(['recipient']);
    expect(issuesOf(null)).toEqual(['']);
    expect(issuesOf([])).toEqual(['']);
  });

  it('requires every field', () => {
    expect(issuesOf({}).length).toBe(7);
  });
});

describe('parseStoredPrefs', () => {
  it('falls back to defaults field by field', () => {
    expect(parseStoredPrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parseStoredPrefs('not json')).toEqual(DEFAULT_PREFS);
    expect(parseStoredPrefs(JSON.stringify({ enabled: true, hour: 99, staleDays: 30 }))).toEqual({
      ...DEFAULT_PREFS,
      enabled: true,
      staleDays: 30,
    });
  });
});

describe('nextDailyRun', () => {
  it('is today before the hour has passed and nothing ran, else tomorrow (across the year end)', () => {
    expect(nextDailyRun('2026-12-31', 6, 8, false)).toBe('2026-12-31');
    expect(nextDailyRun('2026-12-31', 8, 8, false)).toBe('2026-12-31');
    expect(nextDailyRun('2026-12-31', 8, 8, true)).toBe('2027-01-01');
    expect(nextDailyRun('2026-12-31', 9, 8, false)).toBe('2027-01-01');
  });
});
