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
});
