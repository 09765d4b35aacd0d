import {
  exportDateOrder,
  fileDateEvidence,
  importDateOrder,
} from '../../../../src/domain/import/dateOrder';

const rows = (...birthdays: string[]) =>
  birthdays.map((b, i) => ({ line: i + 2, cells: ['x', b] }));

describe('the date order of an imported file', () => {
  it('reads the evidence of the Birthday column only', () => {
    expect(fileDateEvidence(['name', 'birthday'], rows('1/2/1990', '25/12/1980'))).toBe('dmy');
    expect(fileDateEvidence(['name', 'birthday'], rows('1/2/1990', '12/25/1980'))).toBe('mdy');
    expect(fileDateEvidence(['name', 'birthday'], rows('1/2/1990'))).toBeNull();
    expect(fileDateEvidence(['name', 'notes'], rows('25/12/1980'))).toBeNull();
  });

  it('knows Outlook by its header', () => {
    expect(exportDateOrder(['First Name', 'Last Name', 'E-mail Address', 'Birthday'])).toBe('mdy');
    expect(exportDateOrder(['Name', 'Email', 'Birthday'])).toBeNull();
  });

  it('evidence first, then the export, then the locale', () => {
    const outlook = ['First Name', 'E-mail Address'];
    expect(importDateOrder('dmy', outlook, 'mdy')).toBe('dmy');
    expect(importDateOrder(null, outlook, 'dmy')).toBe('mdy');
    expect(importDateOrder(null, ['Name'], 'dmy')).toBe('dmy');
  });
});
