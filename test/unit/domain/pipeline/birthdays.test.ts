import fc from 'fast-check';
import { fromYMD, nextBirthday } from '../../../../src/domain/calendarDay';
import { parseBirthday } from '../../../../src/domain/dateText';
import { upcomingBirthdays } from '../../../../src/domain/pipeline/birthdays';
import { makeContact } from '../fixtures';

describe('upcomingBirthdays', () => {
  const today = '2026-12-30';

  it('lists birthdays from today through the window, soonest first, across the new year', () => {
    const contacts = [
      makeContact({ name: 'New year', birthday: '--01-02', address: 'Jl. Merdeka 1' }),
      makeContact({ name: 'Today', birthday: '1986-12-30' }),
      makeContact({ name: 'Edge', birthday: '2000-01-06' }),
      makeContact({ name: 'Too late', birthday: '--01-07' }),
      makeContact({ name: 'Typed', birthday: '31 Dec' }),
      makeContact({ name: 'Garbled', birthday: 'sometime' }),
      makeContact({ name: 'None' }),
    ];
    const items = upcomingBirthdays(contacts, today, 7);
    expect(items.map((i) => [i.name, i.daysAway, i.age])).toEqual([
      ['Today', 0, 40],
      ['Typed', 1, undefined],
      ['New year', 3, undefined],
      ['Edge', 7, 27],
    ]);
    expect(items[2]).toMatchObject({
      day: '2027-01-02',
      birthday: '2 January',
      address: 'Jl. Merdeka 1',
    });
    expect('age' in items[1]).toBe(false);
  });

  it('lists exactly the birthdays whose own next occurrence is in the window, Feb 29 included', () => {
    // Many contacts share a month and day (the list remembers how far each is): their birth
    // years, leap or not, must not change who is listed, when, or the age.
    const birthday = fc.oneof(
      fc
        .record({
          year: fc.option(fc.integer({ min: 1940, max: 2024 }), { nil: undefined }),
          month: fc.constantFrom(1, 2, 3, 11, 12),
          day: fc.constantFrom(1, 2, 27, 28, 29, 30, 31),
        })
        .map(({ year, month, day }) =>
          year === undefined
            ? `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
            : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        ),
      fc.constantFrom('', 'sometime', '29 Feb', '1 Mar'),
    );
    const day = fc
      .record({
        year: fc.integer({ min: 2025, max: 2029 }),
        month: fc.constantFrom(1, 2, 3, 12),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ year, month, day: d }) => fromYMD(year, month, d));
    fc.assert(
      fc.property(
        fc.array(birthday, { maxLength: 40 }),
        day,
        fc.integer({ min: 0, max: 40 }),
        (birthdays, today, window) => {
          const contacts = birthdays.map((b, i) =>
            makeContact({ id: `C-${i}`, name: `P${i % 7}`, birthday: b }),
          );
          const expected = contacts.flatMap((c) => {
            const b = parseBirthday(c.birthday);
            const next = b && nextBirthday(b, today);
            return next && next.daysAway <= window
              ? [[c.id, next.day, next.daysAway, next.age]]
              : [];
          });
          const got = upcomingBirthdays(contacts, today, window).map((i) => [
            i.id,
            i.day,
            i.daysAway,
            i.age,
          ]);
          const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
          expect([...got].sort(byId)).toEqual([...expected].sort(byId));
        },
      ),
    );
  });
});
