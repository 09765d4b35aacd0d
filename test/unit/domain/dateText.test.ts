import {
  activeDateOrder,
  compactDay,
  dateOrderEvidence,
  dateOrderOf,
  dayAsTyped,
  parseBirthday,
  parseDayText,
  setDateOrder,
  shortDay,
} from '../../../src/domain/dateText';
import { setActiveLang } from '../../../src/domain/messages/lang';

afterEach(() => {
  setActiveLang('en');
  setDateOrder(null);
});

describe('which order numeric dates are read in', () => {
  it.each([
    ['en', 'en_US', 'mdy'],
    ['en', '', 'mdy'],
    ['en', 'en', 'mdy'],
    ['en', 'en_PH', 'mdy'],
    ['en', 'en_GB', 'dmy'],
    ['en', 'de_DE', 'dmy'],
    ['en', 'id_ID', 'dmy'],
    ['id', 'en_US', 'dmy'],
    ['id', '', 'dmy'],
  ] as const)('language %s with locale %j reads %s', (lang, locale, order) => {
    expect(dateOrderOf(lang, locale)).toBe(order);
  });

  it('follows the language until an order is set, and asks a source only once', () => {
    setActiveLang('id');
    expect(activeDateOrder()).toBe('dmy');
    setActiveLang('en');
    expect(activeDateOrder()).toBe('mdy');
    let asked = 0;
    setDateOrder(() => (asked++, 'dmy'));
    expect(activeDateOrder()).toBe('dmy');
    expect(activeDateOrder()).toBe('dmy');
    expect(asked).toBe(1);
  });

  it('falls back to the language when the source fails (no spreadsheet to ask)', () => {
    setDateOrder(() => {
      throw new Error('no spreadsheet');
    });
    expect(activeDateOrder()).toBe('mdy');
  });
});

describe('days as people type them', () => {
  const today = '2026-12-05';
  it.each([
    ['2026-12-15', 'dmy', '2026-12-15'],
    ['15/12/2026', 'dmy', '2026-12-15'],
    ['15-12-2026', 'dmy', '2026-12-15'],
    ['15.12.2026', 'dmy', '2026-12-15'],
    ['05/01/2027', 'dmy', '2027-01-05'],
    ['05/01/2027', 'mdy', '2027-05-01'],
    ['15/12/2026', 'mdy', '2026-12-15'], // a part above 12 decides
    ['12/15/2026', 'dmy', '2026-12-15'],
    ['15/12/26', 'dmy', '2026-12-15'],
    ['15 Desember 2026', 'mdy', '2026-12-15'],
    ['15 December 2026', 'dmy', '2026-12-15'],
    ['15 Des', 'dmy', '2026-12-15'],
    ['15 des', 'dmy', '2026-12-15'],
    ['Dec 15, 2026', 'dmy', '2026-12-15'],
    ['3 Des', 'dmy', '2026-12-03'], // nearest: this December, not next
    ['15 Jan', 'dmy', '2027-01-15'], // nearest: next January
    ['20 Agustus', 'dmy', '2026-08-20'],
    ['1 Mei 2027', 'dmy', '2027-05-01'],
    ['15/12', 'dmy', '2026-12-15'],
    ['  7 okt 2027 ', 'dmy', '2027-10-07'],
  ] as const)('reads %j (%s) as %s', (text, order, day) => {
    expect(parseDayText(text, { order, today })).toBe(day);
  });

  it.each(['', 'soon', '31/02/2026', '32/12/2026', '13/13/2026', '15 Decembre', '2026-02-29'])(
    'refuses %j',
    (text) => {
      expect(parseDayText(text, { order: 'dmy', today })).toBeNull();
    },
  );

  it('needs today for a day without a year', () => {
    expect(parseDayText('15 Des', { order: 'dmy' })).toBeNull();
  });

  it('reads in the active order when none is given', () => {
    setActiveLang('id');
    expect(parseDayText('05/01/2027')).toBe('2027-01-05');
    setActiveLang('en');
    expect(parseDayText('05/01/2027')).toBe('2027-05-01');
  });
});

describe('birthdays in every form the sheet may hold', () => {
  it.each([
    ['30 Agustus 1975', 'mdy', { day: 30, month: 8, year: 1975 }],
    ['12/03/1990', 'dmy', { day: 12, month: 3, year: 1990 }],
    ['12/03/1990', 'mdy', { day: 3, month: 12, year: 1990 }],
    ['5/12/1980', 'dmy', { day: 5, month: 12, year: 1980 }],
    ['25/12/1980', 'mdy', { day: 25, month: 12, year: 1980 }],
    ['--03-12', 'dmy', { day: 12, month: 3 }],
    ['12 Mar', 'mdy', { day: 12, month: 3 }],
    ['12/03', 'dmy', { day: 12, month: 3 }],
    ['1990-03-12', 'mdy', { day: 12, month: 3, year: 1990 }],
    ['29/02', 'dmy', { day: 29, month: 2 }],
  ] as const)('reads %j (%s)', (text, order, birthday) => {
    expect(parseBirthday(text, order)).toEqual(birthday);
  });

  it.each(['12/03/90', '0/0/00', '29/02/1990', 'next spring'])('refuses %j', (text) => {
    expect(parseBirthday(text, 'dmy')).toBeNull();
  });
});

describe('what a column of dates says about its order', () => {
  it('a first part above 12 says day first, a second part above 12 month first', () => {
    expect(dateOrderEvidence(['1/2/1990', '25/12/1980'])).toBe('dmy');
    expect(dateOrderEvidence(['1/2/1990', '12/25/1980'])).toBe('mdy');
  });
  it('no deciding value, or contradicting ones, is no evidence', () => {
    expect(dateOrderEvidence(['1/2/1990', '3 Mar', ''])).toBeNull();
    expect(dateOrderEvidence(['25/12/1980', '12/25/1980'])).toBeNull();
  });
});

describe('days shown to people', () => {
  it('in Indonesian: "Sen, 14 Des" and "14 Des 2026"', () => {
    setActiveLang('id');
    expect(shortDay('2026-12-14')).toBe('Sen, 14 Des');
    expect(shortDay('2027-08-17')).toBe('Sel, 17 Agu');
    expect(compactDay('2026-12-14')).toBe('14 Des 2026');
  });
  it('in English: "Mon, 14 Dec"', () => {
    expect(shortDay('2026-12-14')).toBe('Mon, 14 Dec');
    expect(compactDay('2027-05-01')).toBe('1 May 2027');
  });
  it('back as the user would type them', () => {
    expect(dayAsTyped('2027-01-05', 'dmy')).toBe('05/01/2027');
    expect(dayAsTyped('2027-01-05', 'mdy')).toBe('01/05/2027');
    expect(dayAsTyped('', 'dmy')).toBe('');
  });
});
