// The contact store on the built bundle: constant service calls whatever the number of contacts,
// and text that survives the round trip exactly, with no formula and no coercion.
import type { Runtime } from '../../../local/runtime/index';
import { CONTACT_FIELDS } from '../../../src/domain/contact/contact';
import { clickMenu, prospek, snapshot } from '../../support/workbook';

function seeded(count: number): Runtime {
  const rt = prospek();
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  const sheet = rt.workbook().sheet('Contacts')!;
  const col = (h: string) => CONTACT_FIELDS.findIndex((f) => f.header === h);
  const width = CONTACT_FIELDS.length;
  const rows = Array.from({ length: count }, (_, i) => {
    const r: (string | number)[] = new Array(width).fill('');
    r[col('ID')] = `C-${(100000 + i).toString(32).toUpperCase().padStart(6, '0')}`;
    r[col('Name')] = `Person ${i}`;
    r[col('Stage')] = 'Lead';
    r[col('Purchases')] = 0;
    return r;
  });
  sheet.rows = [sheet.rows[0], ...rows];
  // Room for what the test adds, as a sheet in use has.
  sheet.maxRows = Math.max(sheet.maxRows, count + 100);
  return rt;
}

function callsOf(
  rt: Runtime,
  fn: string,
  args: unknown[],
): { calls: number; methods: Record<string, number> } {
  const from = rt.calls.records.length;
  rt.run(fn, args, { kind: 'sidebar' });
  const s = rt.calls.summary(from);
  return { calls: s.calls, methods: s.byMethod };
}

describe('contact store service calls', () => {
  const ops = (rt: Runtime, lastId: string) => {
    const created = callsOf(rt, 'saveContact', [
      { contact: { name: 'New Lead', phone: '0812 3456 789' } },
    ]);
    const found = callsOf(rt, 'getContact', [lastId]);
    const contact = rt.run<{ updated: string }>('getContact', [lastId]);
    const updated = callsOf(rt, 'saveContact', [
      {
        contact: { id: lastId, name: 'Renamed', fitsMarket: 'Yes' },
        loadedUpdated: contact.updated,
      },
    ]);
    return { created, found, updated };
  };

  it('makes the same calls at 10 and at 10,000 contacts', () => {
    const small = ops(seeded(10), `C-${(100000 + 9).toString(32).toUpperCase().padStart(6, '0')}`);
    const large = ops(
      seeded(10000),
      `C-${(100000 + 9999).toString(32).toUpperCase().padStart(6, '0')}`,
    );
    expect(large).toEqual(small);
    // Finding one contact is one search, then one read of its row.
    expect(small.found.methods['TextFinder.findNext']).toBe(1);
    expect(small.found.methods['Range.getValues']).toBe(2); // header + the contact's row
    // Saving reads the header and the contact's row (never the tab), the log's header (once, for
    // the new entry and the timeline), then the row again and its one log entry for the sidebar.
    expect(small.updated.methods['Range.getValues']).toBe(5);
    expect(small.updated.methods['Sheet.getDataRange']).toBeUndefined();
    // The log entry, then the changed cells only: Name, Fits target market, Updated.
    expect(small.updated.methods['Range.setValues']).toBe(4);
    expect(small.created.methods['Range.setValues']).toBe(2); // the new row + its log entries
  });
});

describe('hostile text round trip', () => {
  const hostile = {
    name: '=HYPERLINK("http://evil.example","click")',
    company: '+SUM(1,2)',
    phone: '+62 812-3456-789',
    address: "'quoted\n-minus line\n@at",
    notes: '0812345678 1-2 TRUE 2026-03-01 =1+1 \t tab',
    fitsMarketNote: '-1',
    canAffordNote: '@handle',
    canDecideNote: "''=double apostrophe",
  };

  it('reads back every value exactly as written, with no formula in the sheet', () => {
    const rt = seeded(0);
    const saved = rt.run<{ value: { contact: Record<string, unknown> } }>('saveContact', [
      { contact: hostile },
    ]).value;
    const loaded = rt.run<Record<string, unknown>>('getContact', [saved.contact.id]);
    for (const [k, v] of Object.entries(hostile)) expect(loaded[k]).toBe(v);
    const sheet = rt.workbook().sheet('Contacts')!;
    expect(sheet.formulas.size).toBe(0);
    for (const k of Object.keys(hostile)) {
      const col = CONTACT_FIELDS.findIndex((f) => f.key === k);
      expect(typeof sheet.rows[1][col]).toBe('string');
    }
  });

  it('keeps a leading zero and a +62 phone as text', () => {
    const rt = seeded(0);
    const saved = rt.run<{ value: { contact: { id: string } } }>('saveContact', [
      { contact: { name: 'Ani', phone: '0812345678' } },
    ]).value;
    expect(rt.run<{ phone: string }>('getContact', [saved.contact.id]).phone).toBe('0812345678');
  });
});

describe('first real use', () => {
  it('sets the sheet up by itself when a contact is saved into a fresh spreadsheet', () => {
    const rt = prospek();
    const saved = rt.run<{ value: { contact: { id: string; stage: string } } }>('saveContact', [
      { contact: { name: 'Budi Santoso', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' } },
    ]).value;
    expect(saved.contact.stage).toBe('Prospect');
    expect(rt.workbook().sheet('Contacts')!.rows).toHaveLength(2);
    const log = rt.workbook().sheet('Activities')!.rows.slice(1);
    expect(log.map((r) => r[4])).toEqual(['Stage change', 'Qualification']);
  });

  it('refuses a bad field naming it, and writes nothing', () => {
    const rt = seeded(0);
    const before = snapshot(rt);
    const r = rt.run<{ ok: boolean; message: string; issues: { field: string }[] }>('saveContact', [
      { contact: { name: 'Ani', email: 'not-an-email', birthday: '31 Feb' } },
    ]);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/Email doesn't look like an email address.*Birthday/);
    expect(r.issues.map((i) => i.field)).toEqual(['email', 'birthday']);
    expect(snapshot(rt)).toEqual(before);
  });
});
