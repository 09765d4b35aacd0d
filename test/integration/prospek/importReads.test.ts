// What an import chunk reads of the Activities tab: its batch's entries are found by a search of
// the Activity ID column, so the cells a chunk reads (getValues) are the same whether the log
// holds a few rows or many thousands, on a first send and on a resend. Entries scattered by a
// sort of the tab are still found: a resumed import writes nothing twice and Undo still works.
import type { Runtime } from '../../../local/runtime/index';
import { suggestMapping } from '../../../src/domain/import/mapping';
import { clickMenu, prospek } from '../../support/workbook';
import { callOk } from '../../support/sidebar';
import { caller, csv, runner } from './importHarness';

const ROWS = 1200; // two chunks of the Import tab (1,000 rows each)

function leads(): string {
  const lines = ['Name,Email,Phone,Company'];
  for (let i = 0; i < ROWS; i++) {
    // Every 40th row repeats the email of the row before: a duplicate within the file.
    const email = i % 40 === 39 ? `lead${i - 1}@example.com` : `lead${i}@example.com`;
    lines.push(`Lead ${i},${email},0812${String(20000000 + i)},Company ${i % 7}`);
  }
  return lines.join('\n');
}

const file = csv.parseCsv(leads());
const mapping = suggestMapping(file.header);

function setUp(): Runtime {
  const rt = prospek();
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  for (let k = 0; k < 20; k++) {
    callOk(rt, 'saveContact', {
      contact: { name: `Existing ${k}`, email: `existing${k}@example.com` },
      loadedUpdated: '',
    });
  }
  return rt;
}

/**
 * Appends `count` activities to the log directly: conversations of other contacts, and Import
 * entries of another batch with the same file lines as ours (which no search may confuse).
 */
function growLog(rt: Runtime, count: number): void {
  const sheet = rt.workbook().sheet('Activities')!;
  const header = sheet.rows[0].map(String);
  const col = (h: string) => header.indexOf(h);
  for (let i = 0; i < count; i++) {
    const row: (string | number)[] = new Array(header.length).fill('');
    const other = i % 2 === 0;
    row[col('Activity ID')] = other
      ? `I-ZZZZZZ-${2 + (i % ROWS)}`
      : `A-${String(i).padStart(8, '0')}`;
    row[col('Contact ID')] = `C-${String(i).padStart(6, '0')}`;
    row[col('Contact name')] = `Someone ${i}`;
    row[col('Type')] = other ? 'Import' : 'Call';
    row[col('Summary')] = other ? 'Imported from old.csv' : 'Talked about prices';
    sheet.rows.push(row);
  }
  sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length);
}

const settings = (batchId: string) => ({
  mapping,
  country: 'ID',
  batchId,
  fileName: 'leads.csv',
  source: 'Bought list',
  policy: 'skip' as const,
  fingerprint: runner.fingerprintOf(file),
});

/** Imports the file (first send, then every chunk sent again); getValues cells per chunk. */
async function importTwice(rt: Runtime) {
  const cells: number[] = [];
  const base = caller(rt);
  const measured = {
    ...base,
    importChunk: async (req: Parameters<typeof base.importChunk>[0]) => {
      const from = rt.calls.records.length;
      const r = await base.importChunk(req);
      cells.push(
        rt.calls.records
          .slice(from)
          .filter((c) => c.method === 'Range.getValues' || c.method === 'Range.getDisplayValues')
          .reduce((sum, c) => sum + c.cellsRead, 0),
      );
      return r;
    },
  };
  const preview = await runner.previewFile(base, file, mapping, 'ID', () => {});
  const first = await runner.importFile(measured, file, settings(preview.batchId), () => {});
  const again = await runner.importFile(measured, file, settings(preview.batchId), () => {});
  return { cells, first, again };
}

describe("an import chunk's reads of the Activities tab", () => {
  it('are the same with 40 or 30,000 activities in the log, first send and resend', async () => {
    const small = setUp();
    const large = setUp();
    growLog(large, 30_000);
    const a = await importTwice(small);
    const b = await importTwice(large);
    expect(a.first).toMatchObject({ added: ROWS - 30, skipped: 30 });
    expect(b.first).toMatchObject({ added: ROWS - 30, skipped: 30 });
    expect(b.again).toMatchObject({ added: 0, alreadyDone: ROWS - 30 });
    expect(b.cells).toHaveLength(4);
    expect(b.cells).toEqual(a.cells);
    // A resend reads its chunk's entries (3 columns: Activity ID to Summary), not the log.
    expect(Math.max(...b.cells)).toBeLessThan(30_000);
    expect(large.workbook().sheet('Contacts')!.rows.length - 1).toBe(20 + ROWS - 30);
  }, 60_000);

  it('finds entries a sort scattered: a resumed import adds nothing, Undo removes them all', async () => {
    const rt = setUp();
    growLog(rt, 2000);
    const preview = await runner.previewFile(caller(rt), file, mapping, 'ID', () => {});
    const first = await runner.importFile(caller(rt), file, settings(preview.batchId), () => {});
    expect(first.added).toBe(ROWS - 30);
    // Rows moved around (a sort by some column): the batch's entries now lie among everyone's.
    const sheet = rt.workbook().sheet('Activities')!;
    const [head, ...body] = sheet.rows;
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = body.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [body[i], body[j]] = [body[j], body[i]];
    }
    sheet.rows = [head, ...body];

    const from = rt.calls.records.length;
    const again = await runner.importFile(caller(rt), file, settings(preview.batchId), () => {});
    expect(again).toMatchObject({ added: 0, alreadyDone: ROWS - 30 });
    // Each chunk asked where its matches are (one getRow each) instead of reading the log.
    const getRows = rt.calls.records.slice(from).filter((c) => c.method === 'Range.getRow');
    expect(getRows.length).toBeGreaterThan(ROWS - 30);
    const contacts = rt.workbook().sheet('Contacts')!;
    expect(contacts.rows.length - 1).toBe(20 + ROWS - 30);

    const run = clickMenu(rt, 'menuUndoLastImport', { responses: ['YES', 'OK'] });
    expect(run.execution.dialogs[1].message).toBe(
      `Removed ${(ROWS - 30).toLocaleString('en-US')} leads imported from leads.csv.`,
    );
    expect(contacts.rows.length - 1).toBe(20);
  }, 60_000);
});
