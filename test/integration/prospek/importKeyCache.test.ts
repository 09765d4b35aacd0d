// An import reads the Contacts key columns once, in its first chunk, and keeps the keys in the
// document's cache for the next chunks. The kept keys must stay true to the sheet: a contact typed
// or edited, a sort, or a save between two chunks ends where a run without the cache would.
import type { Runtime } from '../../../local/runtime/index';
import { suggestMapping } from '../../../src/domain/import/mapping';
import { call, callOk } from '../../support/sidebar';
import { clickMenu, columnLetter, prospek } from '../../support/workbook';
import { caller, csv, runner } from './importHarness';

const ROWS = 1200; // two chunks of the Import tab (1,000 rows each)
const EXISTING = 6000;

/** Lead i has email lead<i>; every 100th row repeats an existing contact's email, with a company. */
function leads(): string {
  const lines = ['Name,Email,Company'];
  for (let i = 0; i < ROWS; i++) {
    if (i % 100 === 50) lines.push(`Someone ${i},existing${i}@example.com,Filled ${i}`);
    else lines.push(`Lead ${i},lead${i}@example.com,`);
  }
  return lines.join('\n');
}

const file = csv.parseCsv(leads());
const mapping = suggestMapping(file.header);

function column(rt: Runtime, name: string): number {
  return rt.workbook().sheet('Contacts')!.rows[0].map(String).indexOf(name);
}

/** A set-up sheet with EXISTING contacts (no company), written straight into the tab. */
function setUp(): Runtime {
  const rt = prospek();
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  const sheet = rt.workbook().sheet('Contacts')!;
  const width = sheet.rows[0].length;
  for (let i = 0; i < EXISTING; i++) {
    const row: (string | number)[] = new Array(width).fill('');
    row[column(rt, 'ID')] = `C-${String(i).padStart(6, '0')}`;
    row[column(rt, 'Name')] = `Existing ${i}`;
    row[column(rt, 'Email')] = `existing${i}@example.com`;
    row[column(rt, 'Stage')] = 'Lead';
    sheet.rows.push(row);
  }
  sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length);
  return rt;
}

const settings = (batchId: string, policy: 'skip' | 'fill') => ({
  mapping,
  country: 'ID',
  batchId,
  fileName: 'leads.csv',
  source: 'Bought list',
  policy,
  fingerprint: runner.fingerprintOf(file),
});

/** Preview and import, calling `between` after the import's first chunk; cells read per call. */
async function importWith(rt: Runtime, policy: 'skip' | 'fill', between: () => void) {
  const cells: number[] = [];
  const base = caller(rt);
  const measure = async <T>(send: () => Promise<T>) => {
    const from = rt.calls.records.length;
    const r = await send();
    cells.push(rt.calls.records.slice(from).reduce((n, c) => n + c.cellsRead, 0));
    return r;
  };
  let chunks = 0;
  const measured = {
    ...base,
    previewImport: (req: Parameters<typeof base.previewImport>[0]) =>
      measure(() => base.previewImport(req)),
    importChunk: async (req: Parameters<typeof base.importChunk>[0]) => {
      const r = await measure(() => base.importChunk(req));
      if (++chunks === 1) between();
      return r;
    },
  };
  const preview = await runner.previewFile(measured, file, mapping, 'ID', () => {});
  const totals = await runner.importFile(
    measured,
    file,
    settings(preview.batchId, policy),
    () => {},
  );
  return { cells, totals };
}

/** Contacts rows whose Email is `email`. */
function withEmail(rt: Runtime, email: string): unknown[][] {
  const at = column(rt, 'Email');
  return rt
    .workbook()
    .sheet('Contacts')!
    .rows.filter((r) => r[at] === email);
}

/** Types a block into Contacts as the user does (onEdit runs); the trigger must not fail. */
function userTypes(rt: Runtime, row: number, col: number, values: unknown[][]): void {
  const { triggers } = rt.user.edit(`Contacts!${columnLetter(col + 1)}${row}`, values);
  expect(triggers.map((t) => t.error ?? 'ok')).toEqual(['ok']);
}

/** The sheet row of the existing contact i (set-up order: row 2 is contact 0). */
const rowOf = (i: number) => i + 2;

/**
 * The file's line 1150 repeats existing contact 1150's email and line 1100 is a new lead: after
 * `change` moves lead1100@example.com onto an existing contact and takes existing1150's email
 * off the sheet, the second chunk imports line 1150 and skips line 1100.
 */
async function expectSecondChunkSees(rt: Runtime, change: () => void) {
  const { totals } = await importWith(rt, 'skip', change);
  // Line 1150 added instead of skipped, line 1100 skipped instead of added.
  expect(totals).toMatchObject({ added: ROWS - 12, skipped: 12 });
  const name = column(rt, 'Name');
  expect(withEmail(rt, 'existing1150@example.com').map((r) => r[name])).toEqual(['Someone 1150']);
  expect(withEmail(rt, 'lead1100@example.com').map((r) => r[name])).not.toContain('Lead 1100');
  expect(withEmail(rt, 'lead1100@example.com')).toHaveLength(1);
}

/** The sidebar's save of contact 1150 with lead1100@example.com: the form's fields as sent. */
function emailSave(rt: Runtime) {
  const contact = rt.run<Record<string, unknown>>('getContact', ['C-001150'], { kind: 'sidebar' });
  return {
    contact: { id: contact.id, name: contact.name, email: 'lead1100@example.com' },
    loadedUpdated: contact.updated,
  };
}

describe('the keys an import keeps between its chunks', () => {
  it('are read from the sheet once: the later chunks read a fraction of the key columns', async () => {
    const rt = setUp();
    const { cells, totals } = await importWith(rt, 'skip', () => {});
    expect(totals).toMatchObject({ added: ROWS - 12, skipped: 12 });
    expect(cells).toHaveLength(4);
    // The first preview reads the key columns of every contact (6 cells each); no later call
    // does: an import chunk reads the rows it wrote back, 1,000 × the tab's width.
    expect(cells[0]).toBeGreaterThan(6 * EXISTING);
    for (const c of cells.slice(1)) expect(c).toBeLessThan(5 * EXISTING);
  }, 60_000);

  it('see a contact typed between two chunks: a later line with its email is a duplicate', async () => {
    const rt = setUp();
    const { totals } = await importWith(rt, 'skip', () => {
      const sheet = rt.workbook().sheet('Contacts')!;
      const row: string[] = new Array(sheet.rows[0].length).fill('');
      row[column(rt, 'Name')] = 'Typed by hand';
      row[column(rt, 'Email')] = 'lead1000@example.com';
      sheet.rows.push(row);
      sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length);
    });
    expect(totals).toMatchObject({ added: ROWS - 13, skipped: 13 });
    expect(withEmail(rt, 'lead1000@example.com')).toHaveLength(1);
  }, 60_000);

  it('see an email the user edits in place between two chunks: old one free, new one taken', async () => {
    const rt = setUp();
    await expectSecondChunkSees(rt, () =>
      userTypes(rt, rowOf(1150), column(rt, 'Email'), [['lead1100@example.com']]),
    );
    expect(withEmail(rt, 'lead1100@example.com')[0][column(rt, 'ID')]).toBe('C-001150');
  }, 60_000);

  it('see a contact deleted and another typed between two chunks (the same row count)', async () => {
    const rt = setUp();
    await expectSecondChunkSees(rt, () => {
      // Delete row: a change of structure, no onEdit (only an installable onChange would run).
      const sheet = rt.workbook().sheet('Contacts')!;
      sheet.rows.splice(rowOf(1150) - 1, 1);
      const row: string[] = new Array(sheet.rows[0].length).fill('');
      row[column(rt, 'Name')] = 'Typed by hand';
      row[column(rt, 'Email')] = 'lead1100@example.com';
      userTypes(rt, sheet.rows.length + 1, 0, [row]);
    });
    expect(withEmail(rt, 'lead1100@example.com')[0][column(rt, 'Name')]).toBe('Typed by hand');
  }, 60_000);

  it('see an email changed by a save in the sidebar between two chunks', async () => {
    const rt = setUp();
    await expectSecondChunkSees(rt, () => callOk(rt, 'saveContact', emailSave(rt)));
    expect(withEmail(rt, 'lead1100@example.com')[0][column(rt, 'ID')]).toBe('C-001150');
  }, 60_000);

  it('see an email changed by a save that failed part way and was retried', async () => {
    const rt = setUp();
    await expectSecondChunkSees(rt, () => {
      const request = { ...emailSave(rt), requestKey: 'K-RETR1EDSAVE' };
      // The Email cell is written, Updated (written last) is not; the retry writes only Updated.
      rt.faults.failCall('Range.setValues', 'Service Spreadsheets failed', 2);
      expect(() => call(rt, 'saveContact', request)).toThrow('Service Spreadsheets failed');
      rt.faults.clear();
      callOk(rt, 'saveContact', request);
    });
    expect(withEmail(rt, 'lead1100@example.com')[0][column(rt, 'ID')]).toBe('C-001150');
  }, 60_000);

  it('see a contact deleted by hand and a new lead saved in the sidebar (the same count)', async () => {
    const rt = setUp();
    await expectSecondChunkSees(rt, () => {
      rt.workbook()
        .sheet('Contacts')!
        .rows.splice(rowOf(1150) - 1, 1);
      callOk(rt, 'saveContact', { contact: { name: 'New lead', email: 'lead1100@example.com' } });
    });
    expect(withEmail(rt, 'lead1100@example.com')[0][column(rt, 'Name')]).toBe('New lead');
  }, 60_000);

  it('stay in use after an edit of a column that is no key (a note typed)', async () => {
    const rt = setUp();
    const { cells } = await importWith(rt, 'skip', () =>
      userTypes(rt, rowOf(10), column(rt, 'Notes'), [['Called back']]),
    );
    for (const c of cells.slice(1)) expect(c).toBeLessThan(5 * EXISTING);
  }, 60_000);

  it('cost an edit of a key one cache read when no import runs, and other columns none', () => {
    const rt = setUp();
    const cacheCalls = (a1: string, value: string) => {
      const from = rt.calls.records.length;
      rt.user.edit(a1, [[value]]);
      return rt.calls.records
        .slice(from)
        .map((c) => c.method)
        .filter((m) => m.startsWith('Cache.'));
    };
    const letter = (name: string) => columnLetter(column(rt, name) + 1);
    expect(cacheCalls(`Contacts!${letter('Email')}5`, 'new@example.com')).toEqual(['Cache.get']);
    expect(cacheCalls(`Contacts!${letter('Notes')}5`, 'Called back')).toEqual([]);
  });

  it('follow a sort between two chunks: each fill lands on its own contact', async () => {
    const rt = setUp();
    const { totals } = await importWith(rt, 'fill', () => {
      const sheet = rt.workbook().sheet('Contacts')!;
      const [head, ...body] = sheet.rows;
      sheet.rows = [head, ...body.reverse()];
    });
    expect(totals).toMatchObject({ added: ROWS - 12, filled: 12 });
    const company = column(rt, 'Company');
    for (let i = 50; i < ROWS; i += 100) {
      const rows = withEmail(rt, `existing${i}@example.com`);
      expect(rows).toHaveLength(1);
      expect(rows[0][company]).toBe(`Filled ${i}`);
    }
    const filled = rt
      .workbook()
      .sheet('Contacts')!
      .rows.filter((r) => r[company] !== '');
    expect(filled).toHaveLength(1 + 12); // the header, and the 12 contacts filled
  }, 60_000);
});
