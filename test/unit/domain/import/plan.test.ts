import {
  emptyImportState,
  fillPatch,
  indexContacts,
  indexKeyed,
  planRows,
  validateImportRow,
  type ImportRow,
} from '../../../../src/domain/import/plan';
import { suggestMapping } from '../../../../src/domain/import/mapping';

const header = ['Name', 'Email', 'Phone', 'Company', 'Birthday'];
const opts = {
  header,
  mapping: suggestMapping(header),
  defaultCountry: 'ID' as const,
  today: '2026-11-27',
};
const row = (line: number, ...cells: string[]): ImportRow => ({ line, cells });

describe('planRows', () => {
  const existing = indexContacts(
    [{ id: 'C-1', name: 'Ani', company: '', email: 'ani@x.id', phone: '0812 1111 2222' }],
    'ID',
  );

  it('classifies new, duplicates of existing contacts and of earlier lines, and invalid rows', () => {
    const { plans } = planRows(
      [
        row(2, 'Ani W', 'ANI@x.id', '', ''),
        row(3, 'Budi', '', '+62 812-9999-0000', ''),
        row(5, 'B.', '', '0812 9999 0000', ''),
        row(6, '', 'x@x.id', '', ''),
        row(7, 'Citra', 'not mail', '', ''),
        row(8, 'Dewi', '', '', '', 'spring 1980'),
        row(9, 'Eko', '', '', '', '1/15/1980'),
      ],
      existing,
      emptyImportState(),
      opts,
    );
    expect(plans.map((p) => [p.line, p.kind])).toEqual([
      [2, 'existing'],
      [3, 'new'],
      [5, 'inFile'],
      [6, 'invalid'],
      [7, 'invalid'],
      [8, 'new'],
      [9, 'new'],
    ]);
    expect(plans[2]).toMatchObject({ firstLine: 3, matchedOn: 'phone', target: 'L3' });
    // An unreadable birthday is kept in notes, never a reason to lose the lead.
    expect(plans[5]).toMatchObject({
      candidate: { fields: { birthday: '', notes: 'Birthday: spring 1980' } },
    });
    // A readable one goes to Birthday, never to Notes.
    expect(plans[6]).toMatchObject({
      candidate: { fields: { birthday: '1980-01-15', notes: '' } },
    });
  });

  it('carries what earlier chunks saw: the same plans in one chunk or in two', () => {
    const rows = [
      row(2, 'A', 'a@x.id', '', ''),
      row(3, 'B', '', '', ''),
      row(4, 'A2', 'A@X.ID', '', ''),
    ];
    const whole = planRows(rows, existing, emptyImportState(), opts).plans;
    const first = planRows(rows.slice(0, 2), existing, emptyImportState(), opts);
    const second = planRows(rows.slice(2), existing, first.state, opts);
    expect([...first.plans, ...second.plans]).toEqual(whole);
    expect(second.plans[0]).toMatchObject({ kind: 'inFile', firstLine: 2 });
  });
});

describe('planRows with an index built for the chunk', () => {
  const sheet = [
    { id: 'C-1', name: 'Ani', email: 'ani@x.id', keys: ['email:ani@x.id', 'k:other'] },
    { id: 'C-2', name: 'Budi', email: 'budi@x.id', keys: ['email:budi@x.id'] },
    { id: 'C-3', name: 'Citra', email: 'citra@x.id', keys: ['email:citra@x.id'] },
  ];

  it("asks only for its rows' keys and plans as with the whole index", () => {
    const rows = [row(2, 'Ani W', 'ANI@x.id', '', ''), row(3, 'Dewi', 'dewi@x.id', '', '')];
    const asked: string[][] = [];
    const keep = (c: { id: string }) => c.id !== 'C-3';
    const lookup = (wanted: ReadonlySet<string>) => {
      asked.push([...wanted]);
      return indexKeyed(sheet, keep, wanted);
    };
    const whole = indexKeyed(sheet, keep);
    const built = planRows(rows, lookup, emptyImportState(), opts);
    expect(built).toEqual(planRows(rows, whole, emptyImportState(), opts));
    expect(built.plans.map((p) => p.kind)).toEqual(['existing', 'new']);
    expect(asked).toHaveLength(1);
    expect(asked[0]).not.toContain('k:other');
    expect(indexKeyed(sheet, keep, new Set(asked[0])).size).toBe(1);
    // A contact `keep` refuses (this batch's own rows) is never a duplicate.
    expect(indexKeyed(sheet, keep).has('email:citra@x.id')).toBe(false);
  });
});

describe('validateImportRow', () => {
  it('refuses a value over the cell limit, naming the field', () => {
    const r = validateImportRow(
      {
        fields: {
          name: 'A',
          company: '',
          email: '',
          phone: '',
          address: '',
          birthday: '',
          notes: 'x'.repeat(50_001),
        },
        extras: {},
      },
      '2026-11-27',
    );
    expect(r).toEqual({
      reasons: ['Notes is longer than a spreadsheet cell holds (50,000 characters).'],
    });
  });
});

describe('fillPatch', () => {
  it('fills only empty fields and appends notes once', () => {
    const contact = {
      name: 'Ani',
      company: '',
      email: 'a@x.id',
      phone: '',
      address: '',
      birthday: '',
      notes: 'old',
    };
    const candidate = {
      fields: {
        name: 'Ani W',
        company: 'Toko',
        email: 'b@x.id',
        phone: '0812',
        address: '',
        birthday: '',
        notes: 'new',
      },
      extras: {},
    };
    expect(fillPatch(contact, candidate)).toEqual({
      company: 'Toko',
      phone: '0812',
      notes: 'old\nnew',
    });
    expect(fillPatch({ ...contact, notes: 'old\nnew' }, candidate).notes).toBeUndefined();
  });
});
