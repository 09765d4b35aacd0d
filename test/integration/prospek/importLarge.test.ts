// A 10,000-row file through the chunked import on the built bundle: every count exact, service
// calls per chunk constant as the sheet grows, a chunk sent twice written once, and an import
// interrupted midway resumed without duplicates.
import type { Runtime } from '../../../local/runtime/index';
import { suggestMapping } from '../../../src/domain/import/mapping';
import { clickMenu, prospek } from '../../support/workbook';
import { callOk } from '../../support/sidebar';
import { caller, csv, runner } from './importHarness';

const EXISTING = 50;

/** Line 1 is the header; data row i (0-based) is on line i + 2. */
function bigFile(): { text: string; expected: Record<string, number> } {
  const lines = ['Name,Email,Phone,Company'];
  const expected = { rows: 10000, new: 0, existing: 0, inFile: 0, invalid: 0 };
  for (let i = 0; i < 10000; i++) {
    if (i % 200 === 7) {
      // The same person as an existing contact, phone written the international way.
      const k = Math.floor(i / 200) % EXISTING;
      lines.push(`Existing ${k} again,,+62 811-0000-${String(1000 + k)},`);
      expected.existing++;
    } else if (i % 100 === 50) {
      // The same email as the row just before, in other case and spacing.
      lines.push(`Repeat ${i}, LEAD${i - 1}@EXAMPLE.COM ,,`);
      expected.inFile++;
    } else if (i % 250 === 3) {
      lines.push(`,nobody${i}@example.com,,`);
      expected.invalid++;
    } else {
      lines.push(`Lead ${i},lead${i}@example.com,0812${String(10000000 + i)},"Company ${i % 37}"`);
      expected.new++;
    }
  }
  return { text: lines.join('\r\n') + '\r\n', expected };
}

function withExisting(): Runtime {
  const rt = prospek();
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  for (let k = 0; k < EXISTING; k++) {
    callOk(rt, 'saveContact', {
      contact: { name: `Existing ${k}`, phone: `0811 0000 ${1000 + k}` },
      loadedUpdated: '',
    });
  }
  return rt;
}

function contactRows(rt: Runtime): number {
  return rt.workbook().sheet('Contacts')!.rows.length - 1;
}

describe('a 10,000-row import in chunks', () => {
  const { text, expected } = bigFile();
  const file = csv.parseCsv(text);
  const mapping = suggestMapping(file.header);

  it('previews and imports with every count exact and constant calls per chunk', async () => {
    const rt = withExisting();
    const preview = await runner.previewFile(caller(rt), file, mapping, 'ID', () => {});
    expect(preview.counts).toEqual(expected);
    expect(preview.notes.filter((n) => n.kind === 'invalid')).toHaveLength(expected.invalid);
    expect(preview.notes.find((n) => n.kind === 'inFile')!.message).toBe(
      'Line 52: same email as line 51.',
    );

    const perChunk: number[] = [];
    const roomCalls: number[] = [];
    const searches: number[] = [];
    const cells: { read: number; contacts: number }[] = [];
    const sizes: number[] = [];
    const base = caller(rt);
    const measured = {
      ...base,
      importChunk: async (req: Parameters<typeof base.importChunk>[0]) => {
        const from = rt.calls.records.length;
        sizes.push(JSON.stringify(req).length);
        const r = await base.importChunk(req);
        // The room a chunk makes (capacity.test.ts measures it): the tabs' sizes, the rows
        // added to a full tab, and the reading of how full the sheet is, kept in the document
        // cache (one read and one write) or, the first time, read from every tab.
        const s = rt.calls.summary(from);
        const m = (method: string) => s.byMethod[method] ?? 0;
        const room =
          m('Sheet.getMaxRows') +
          m('Sheet.getMaxColumns') +
          m('Sheet.insertRowsAfter') +
          m('Spreadsheet.getSheets') * 3;
        perChunk.push(s.calls - room);
        roomCalls.push(room);
        searches.push(s.byMethod['TextFinder.findAll'] ?? 0);
        cells.push({ read: s.cellsRead, contacts: contactRows(rt) });
        return r;
      },
    };
    const progress: number[] = [];
    const totals = await runner.importFile(
      measured,
      file,
      {
        mapping,
        country: 'ID',
        batchId: preview.batchId,
        fileName: 'big.csv',
        source: 'Bought list',
        policy: 'skip',
        fingerprint: runner.fingerprintOf(file),
      },
      (done) => progress.push(done),
    );
    expect(totals).toEqual({
      ...expected,
      added: expected.new,
      filled: 0,
      skipped: expected.existing + expected.inFile,
      alreadyDone: 0,
    });
    expect(perChunk).toHaveLength(10);
    expect(progress[progress.length - 1]).toBe(10000);
    // The sheet grew from 50 to ~9,800 contacts; a chunk's service calls did not.
    // Only the first chunk (no record of the batch yet) searches the log for entries it left;
    // the later ones record where they begin instead, and none searches the growing log.
    expect(searches).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(new Set(perChunk.slice(1)).size).toBe(1);
    expect(Math.max(...perChunk)).toBe(perChunk[0]);
    expect(perChunk[0]).toBeLessThan(50);
    // Nor did its room: after the first chunk, which reads every tab, the remembered reading.
    const tabs = rt.workbook().sheets.length;
    expect(roomCalls[0] - roomCalls[1]).toBe(2 * tabs);
    expect(Math.max(...roomCalls.slice(1))).toBe(Math.min(...roomCalls.slice(1)));
    expect(roomCalls[1]).toBeLessThanOrEqual(9);
    // The duplicate check reads the key columns of the contacts (6), not whole rows (27+): at
    // the last chunk, with ~9,800 contacts, well under 15 cells per contact (the Activities
    // columns of the batch's entries included).
    const last = cells[cells.length - 1];
    // A request is the size of its chunk: no state of the whole file travels with it.
    expect(Math.max(...sizes)).toBeLessThan(1.5 * Math.min(...sizes));
    expect(last.read).toBeLessThan(15 * last.contacts);
    expect(contactRows(rt)).toBe(EXISTING + expected.new);
    const log = rt.workbook().sheet('Activities')!.rows.slice(1);
    expect(log.filter((r) => r[4] === 'Import')).toHaveLength(expected.new);
  }, 120_000);

  it('a chunk sent twice is written once; an interrupted import resumes without duplicates', async () => {
    const rt = withExisting();
    const preview = await runner.previewFile(caller(rt), file, mapping, 'ID', () => {});
    const settings = {
      mapping,
      country: 'ID',
      batchId: preview.batchId,
      fileName: 'big.csv',
      source: 'Event',
      policy: 'skip' as const,
      fingerprint: runner.fingerprintOf(file),
    };
    // The connection drops after chunk 3 was written but before its answer arrived.
    let calls = 0;
    const flaky = {
      ...caller(rt),
      importChunk: async (req: Parameters<ReturnType<typeof caller>['importChunk']>[0]) => {
        const r = await caller(rt).importChunk(req);
        if (++calls === 4) throw new Error('The server did not answer.');
        return r;
      },
    };
    const progress = runner.newProgress();
    await expect(runner.importFile(flaky, file, settings, () => {}, progress)).rejects.toThrow(
      'did not answer',
    );
    expect(progress.next).toBe(3);
    expect(callOk<{ last: { rowsDone: number } }>(rt, 'getImportStatus').last.rowsDone).toBe(4000);
    // Resume sends chunk 3 again (already written) and the rest.
    const totals = await runner.importFile(caller(rt), file, settings, () => {}, progress);
    expect(totals.alreadyDone).toBeGreaterThan(0);
    expect(totals.added + totals.alreadyDone).toBe(expected.new);
    expect(contactRows(rt)).toBe(EXISTING + expected.new);

    // The sidebar closed for good: the same file imported again with the same batch ID from the
    // start writes nothing new.
    const again = await runner.importFile(caller(rt), file, settings, () => {});
    expect(again.added).toBe(0);
    expect(again.alreadyDone).toBe(expected.new);
    expect(again).toMatchObject({ new: expected.new, existing: expected.existing });
    expect(contactRows(rt)).toBe(EXISTING + expected.new);
  }, 120_000);
});
