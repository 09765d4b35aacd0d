// The duplicate check's narrow read of contacts: the same key fields contactFromCells reads.
import fc from 'fast-check';
import { encodeCellText } from '../../../src/domain/contact/cellText';
import { CONTACT_FIELDS, contactFromCells } from '../../../src/domain/contact/contact';
import { readContactKeys } from '../../../src/sheets/contactStore';
import type { SheetClock } from '../../../src/sheets/sheetClock';
import { cellsOf, layoutFromHeader } from '../../../src/sheets/sheetTable';
import { CONTACTS } from '../../../src/sheets/tables';

describe('readContactKeys', () => {
  type Cell = string | number | boolean | Date;
  const clock = {
    dayOf: (d: Date) => d.toISOString().slice(0, 10),
  } as unknown as SheetClock;
  const header = ['My column', ...CONTACT_FIELDS.map((f) => f.header)];

  /** A Contacts tab of these data rows, as far as readFields uses one. */
  function spreadsheet(rows: Cell[][]) {
    const sheet = {
      getLastRow: () => rows.length + 1,
      getRange: (a: string | number, c?: number, n?: number, w?: number) => ({
        getValues: () =>
          typeof a === 'string'
            ? [header]
            : rows.slice(a - 2, a - 2 + (n as number)).map((r) => r.slice(c! - 1, c! - 1 + w!)),
      }),
    };
    return { getSheetByName: () => sheet } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constantFrom('', ' ', 'C-1', 'C-2', ' Budi ', 'B-7K3QX9', '0812 3456 789'),
    fc.string({ maxLength: 6 }),
    fc.string({ maxLength: 6 }).map((t) => encodeCellText(`=${t}`)),
    fc.integer({ min: -5, max: 99999 }),
    fc.boolean(),
    fc.integer({ min: 0, max: 4e12 }).map((t) => new Date(t)),
  );

  it('reads the key fields exactly as contactFromCells reads them from the whole row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
          maxLength: 8,
        }),
        (rows) => {
          const keys = readContactKeys(spreadsheet(rows), clock);
          const layout = layoutFromHeader(null as never, CONTACTS, header);
          const whole = rows.map((r) => contactFromCells(cellsOf(CONTACTS, layout, r, clock)));
          const withId = whole.filter((c) => c.id !== '');
          expect(keys.contacts).toEqual(
            withId.map(({ id, name, company, email, phone, importBatch }) => ({
              id,
              name,
              company,
              email,
              phone,
              importBatch,
            })),
          );
          expect(keys.rows).toBe(rows.length);
          for (const [id, i] of keys.indexById) expect(whole.findIndex((c) => c.id === id)).toBe(i);
        },
      ),
    );
  });
});
