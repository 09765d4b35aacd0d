// The path from parser to sheet, for generated rows: every cell read back equals its input text,
// with no formula and no number, date or boolean coercion.
import fc from 'fast-check';
import { decodeCellText } from '../../../src/domain/contact/cellText';
import { clickMenu, prospek } from '../../support/workbook';
import { csv, importParsed } from './importHarness';

const tricky = fc.constantFrom(
  '0812345678',
  '+62 812-3456-789',
  '=1+1',
  '-5',
  '@handle',
  "'quoted",
  '1-2',
  '2026-03-01',
  'TRUE',
  '1e5',
  '00123',
  'a, b; c\td',
  'line one\nline two',
  'say "hi"',
  '=IMPORTXML("http://x.example","//a")',
);
const cell = fc.oneof(
  tricky,
  fc.string({ maxLength: 20 }).filter((s) => s.trim() === s && !s.includes('\r')),
);

function quote(v: string): string {
  return /[",\n\t;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

describe('parser to sheet', () => {
  it('keeps every generated value exactly, as text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 15 }),
        async (rows) => {
          const rt = prospek();
          clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
          const text = ['Name,Code,Remark']
            .concat(rows.map((r, i) => [`Person ${i}`, r[1], r[2]].map(quote).join(',')))
            .join('\n');
          const file = csv.parseCsv(text);
          await importParsed(rt, file, { mapping: ['name', 'extra', 'extra'], policy: 'anyway' });
          const sheet = rt.workbook().sheet('Contacts')!;
          expect(sheet.formulas.size).toBe(0);
          const header = sheet.rows[0].map(String);
          const code = header.indexOf('Code');
          const remark = header.indexOf('Remark');
          const back = sheet.rows.slice(1).map((r) => [r[code] ?? '', r[remark] ?? '']);
          expect(back).toHaveLength(rows.length);
          back.forEach(([c, rm], i) => {
            expect(typeof c).toBe('string');
            expect(typeof rm).toBe('string');
            expect(decodeCellText(c as string)).toBe(rows[i][1].trim());
            expect(decodeCellText(rm as string)).toBe(rows[i][2].trim());
          });
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
