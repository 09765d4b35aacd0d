import fc from 'fast-check';
import { decodeCellText, encodeCellText } from '../../../../src/domain/contact/cellText';

describe('cell text encoding', () => {
  it.each([
    ['=IMPORTXML("http://x","//a")', `'=IMPORTXML("http://x","//a")`],
    ['+62 812 3456 789', "'+62 812 3456 789"],
    ['-5 units', "'-5 units"],
    ['@mention', "'@mention"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ["'quoted'", "''quoted'"],
    ['Budi Santoso', 'Budi Santoso'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('encodes %j as %j', (raw, stored) => {
    expect(encodeCellText(raw)).toBe(stored);
    expect(decodeCellText(stored)).toBe(raw);
  });

  it('leaves an apostrophe alone when nothing special follows it', () => {
    expect(decodeCellText("'tis")).toBe("'tis");
    expect(decodeCellText("'")).toBe("'");
  });

  it('round-trips every string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(decodeCellText(encodeCellText(s))).toBe(s);
      }),
    );
    // Strings made mostly of the special characters hit the interesting cases often.
    const special = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ' ');
    fc.assert(
      fc.property(fc.array(special, { maxLength: 6 }), (chars) => {
        const s = chars.join('');
        expect(decodeCellText(encodeCellText(s))).toBe(s);
      }),
    );
  });

  it('never produces text a spreadsheet would read as a formula', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(encodeCellText(s)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
