import fc from 'fast-check';
import {
  addDays,
  birthdayOccurrence,
  compareDays,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  describeBirthday,
  describeDay,
  formatBirthday,
  fromYMD,
  isCalendarDay,
  nextBirthday,
  parseCalendarDay,
  validateBirthday,
} from '../../../src/domain/calendarDay';
import { parseBirthday } from '../../../src/domain/dateText';

describe('calendar days', () => {
  it('accepts only days that exist', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-04-31')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-1-01')).toBe(false);
    expect(isCalendarDay('0000-01-01')).toBe(false);
    expect(isCalendarDay(20260101)).toBe(false);
  });

  it('follows the Gregorian century rule', () => {
    expect(isCalendarDay('2000-02-29')).toBe(true);
    expect(isCalendarDay('1900-02-29')).toBe(false);
  });

  it('parses with surrounding spaces trimmed and rejects anything else', () => {
    expect(parseCalendarDay(' 2026-11-27 ')).toBe('2026-11-27');
    expect(parseCalendarDay('27/11/2026')).toBeNull();
    expect(parseCalendarDay('2026-11-27T00:00:00Z')).toBeNull();
    expect(parseCalendarDay(null)).toBeNull();
  });

  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-27', 90)).toBe('2027-02-25');
  });

  it('is unaffected by daylight-saving changes (no Date in the arithmetic)', () => {
    // 2026-03-29 is the EU spring-forward day; a local-midnight Date loop can skip or repeat it.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });

  it('agrees with UTC Date arithmetic on random days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -300000, max: 2900000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (dayNo, n) => {
          const iso = (d: number) => new Date(d * 86400000).toISOString().slice(0, 10);
          const day = iso(dayNo);
          expect(isCalendarDay(day)).toBe(true);
          expect(addDays(day, n)).toBe(iso(dayNo + n));
          expect(daysBetween(day, iso(dayNo + n))).toBe(n);
          expect(dayOfWeek(day)).toBe(new Date(dayNo * 86400000).getUTCDay());
        },
      ),
    );
  });

  it('compares like a sort comparator', () => {
    expect(compareDays('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDays('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDays('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-11-27')).toBe(5); // a Friday
  });

  it('builds days from parts and refuses impossible ones', () => {
    expect(fromYMD(2026, 1, 5)).toBe('2026-01-05');
    expect(fromYMD(987, 6, 1)).toBe('0987-06-01');
    expect(() => fromYMD(2026, 2, 29)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('describes a day for people', () => {
    expect(describeDay('2026-12-12')).toBe('12 December 2026');
  });
});

describe('birthdays', () => {
  it.each([
    ['1986-12-12', { year: 1986, month: 12, day: 12 }],
    ['--12-12', { month: 12, day: 12 }],
    ['--0229', { month: 2, day: 29 }],
    ['12 Dec 1986', { year: 1986, month: 12, day: 12 }],
    ['12 December', { month: 12, day: 12 }],
    ['12 dec', { month: 12, day: 12 }],
    ['3 Sept. 1990', { year: 1990, month: 9, day: 3 }],
    ['12-Dec-1986', { year: 1986, month: 12, day: 12 }],
    ['December 12, 1986', { year: 1986, month: 12, day: 12 }],
    ['1st March', { month: 3, day: 1 }],
    ['17 Agustus 1945', { year: 1945, month: 8, day: 17 }],
    ['5 Mei', { month: 5, day: 5 }],
    ['  29 Feb  ', { month: 2, day: 29 }],
  ])('reads %j', (text, expected) => {
    expect(parseBirthday(text)).toEqual(expected);
  });

  it.each([
    '',
    '1987-02-29',
    '31 April',
    '30 Feb',
    '12 Decembre',
    '12/12/86',
    '12',
    '--13-01',
    '31/31/1990',
  ])('rejects %j', (text) => {
    expect(parseBirthday(text)).toBeNull();
  });

  it('formats canonically, with or without the year', () => {
    expect(formatBirthday({ year: 1986, month: 12, day: 2 })).toBe('1986-12-02');
    expect(formatBirthday({ month: 2, day: 29 })).toBe('--02-29');
  });

  it('round-trips canonical text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
        (month, day, year) => {
          const b = year === undefined ? { month, day } : { month, day, year };
          const text = formatBirthday(b);
          const parsed = parseBirthday(text);
          const exists = day <= daysInMonth(year ?? 2000, month);
          expect(parsed).toEqual(exists ? b : null);
          if (parsed !== null) expect(formatBirthday(parsed)).toBe(text);
        },
      ),
    );
  });

  it('describes the day without the year', () => {
    expect(describeBirthday({ year: 1986, month: 12, day: 12 })).toBe('12 December');
  });

  it('celebrates Feb 29 on Feb 28 in common years', () => {
    const leapling = { month: 2, day: 29 };
    expect(birthdayOccurrence(leapling, 2027)).toBe('2027-02-28');
    expect(birthdayOccurrence(leapling, 2028)).toBe('2028-02-29');
  });

  describe('nextBirthday', () => {
    it('counts today as 0 days away', () => {
      expect(nextBirthday({ month: 11, day: 27, year: 1986 }, '2026-11-27')).toEqual({
        day: '2026-11-27',
        daysAway: 0,
        age: 40,
      });
    });

    it('rolls over from December into January', () => {
      expect(nextBirthday({ month: 1, day: 2 }, '2026-12-31')).toEqual({
        day: '2027-01-02',
        daysAway: 2,
      });
    });

    it('moves to next year once this year has passed', () => {
      const next = nextBirthday({ month: 3, day: 1, year: 2000 }, '2026-03-02');
      expect(next).toEqual({ day: '2027-03-01', daysAway: 364, age: 27 });
    });

    it('finds a leapling birthday on Feb 28 of a common year', () => {
      expect(nextBirthday({ month: 2, day: 29, year: 2004 }, '2027-02-01')).toEqual({
        day: '2027-02-28',
        daysAway: 27,
        age: 23,
      });
    });

    it('is always within a year and on the birthday', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 40000 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
          (n, month, day) => {
            const today = addDays('1950-01-01', n);
            const next = nextBirthday({ month, day }, today);
            expect(next.daysAway).toBeGreaterThanOrEqual(0);
            expect(next.daysAway).toBeLessThan(366);
            expect(next.day.slice(5)).toBe(formatBirthday({ month, day }).slice(2));
            expect(addDays(today, next.daysAway)).toBe(next.day);
          },
        ),
      );
    });
  });

  describe('validateBirthday', () => {
    const today = '2026-11-27';
    it('accepts a year-less birthday, including Feb 29', () => {
      expect(validateBirthday({ month: 2, day: 29 }, today)).toBeNull();
    });

    it('accepts years from 1900 to today', () => {
      expect(validateBirthday({ year: 1900, month: 1, day: 1 }, today)).toBeNull();
      expect(validateBirthday({ year: 2026, month: 11, day: 27 }, today)).toBeNull();
    });

    it('rejects years out of range, naming the range', () => {
      expect(validateBirthday({ year: 1899, month: 12, day: 31 }, today)).toMatch(
        /between 1900 and 2026/,
      );
      expect(validateBirthday({ year: 2027, month: 1, day: 1 }, today)).toMatch(/2026/);
    });

    it('rejects a birthday later this year (not born yet)', () => {
      expect(validateBirthday({ year: 2026, month: 12, day: 1 }, today)).toMatch(/future/);
    });

    it('rejects days that do not exist, saying which', () => {
      expect(validateBirthday({ year: 2023, month: 2, day: 29 }, today)).toBe(
        "Birthday: 29 February 2023 doesn't exist.",
      );
      expect(validateBirthday({ month: 4, day: 31 }, today)).toBe(
        "Birthday: 31 April doesn't exist.",
      );
      expect(validateBirthday({ month: 13, day: 1 }, today)).toMatch(/understands/);
    });
  });
});
