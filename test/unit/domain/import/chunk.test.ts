// planChunk decides a chunk's writes before any is made: what to append, what to fill, which
// Import entries to add, and what a chunk sent again must not write twice.
import {
  batchProgress,
  planChunk,
  type ChunkBatch,
  type ChunkSheet,
  type ImportEntry,
} from '../../../../src/domain/import/chunk';
import { importActivityId } from '../../../../src/domain/import/batch';
import { suggestMapping } from '../../../../src/domain/import/mapping';
import {
  emptyImportState,
  indexContacts,
  planRows,
  type DuplicatePolicy,
  type ImportRow,
} from '../../../../src/domain/import/plan';
import { newContactId } from '../../../../src/domain/contact/contact';
import { makeContact } from '../fixtures';

const header = ['Name', 'Email', 'Phone', 'Company'];
const opts = {
  header,
  mapping: suggestMapping(header),
  defaultCountry: 'ID' as const,
  today: '2026-12-05',
};
const row = (line: number, ...cells: string[]): ImportRow => ({ line, cells });
const NOW = '2026-12-05T02:00:00.000Z';
const author = { me: 'sari@example.com', now: NOW, random: () => 0.42 };
const BATCH = 'B-7K3QX9';

const budi = makeContact({ id: 'C-BUDI01', name: 'Budi', email: 'budi@x.id', company: '' });

function plan(
  rows: ImportRow[],
  policy: DuplicatePolicy,
  done = new Map<string, ImportEntry>(),
  fillable = new Map([[budi.id, budi]]),
) {
  const { plans } = planRows(rows, indexContacts([budi], 'ID'), emptyImportState(), opts);
  const batch: ChunkBatch = { batchId: BATCH, fileName: 'leads.csv', source: 'Event', policy };
  const sheet: ChunkSheet = {
    ids: new Set([budi.id]),
    fillable,
    asLeft: new Map(),
    checkNow: () => 'nocheck',
  };
  return planChunk(batch, plans, done, batchProgress(BATCH, done), sheet, author);
}

describe('planChunk', () => {
  it('appends new rows as Leads of this batch, each with its Import entry', () => {
    const w = plan([row(2, 'Ani', 'ani@x.id', '', 'Warung Ani'), row(3, '', '', '', '')], 'skip');
    expect(w.added).toBe(1);
    expect(w.fresh[0].contact).toMatchObject({
      name: 'Ani',
      stage: 'Lead',
      source: 'Event',
      importBatch: BATCH,
      owner: author.me,
      created: NOW,
      updated: NOW,
    });
    expect(w.entries.map((e) => [e.activityId, e.contactId, e.type])).toEqual([
      [importActivityId(BATCH, 2), w.fresh[0].contact.id, 'Import'],
    ]);
    expect(w.changes.size).toBe(0);
  });

  it('gives each new row an ID no sheet contact and no other new row of the chunk has', () => {
    const batch: ChunkBatch = {
      batchId: BATCH,
      fileName: 'leads.csv',
      source: 'Event',
      policy: 'skip',
    };
    const rows = [row(2, 'Ani', 'ani@x.id', '', ''), row(3, 'Citra', 'citra@x.id', '', '')];
    const { plans } = planRows(rows, indexContacts([], 'ID'), emptyImportState(), opts);
    // The sheet's IDs as the import passes them: a map by ID, only asked `has`.
    const newIds = (random: () => number, sheetIds: string[]) =>
      planChunk(
        batch,
        plans,
        new Map(),
        batchProgress(BATCH, new Map()),
        {
          ids: new Map(sheetIds.map((id, i) => [id, i])),
          fillable: new Map(),
          asLeft: new Map(),
          checkNow: () => 'x',
        },
        { ...author, random },
      ).fresh.map((f) => f.contact.id);
    const idOf = (r: number) => newContactId(() => r, new Set());
    // Six draws an ID: the second row draws the first row's ID, then a sheet contact's.
    let n = 0;
    const random = () => (n++ < 12 ? 0 : n <= 18 ? 0.5 : 0.9);
    expect(newIds(random, [idOf(0.5)])).toEqual([idOf(0), idOf(0.9)]);
  });

  it('skips, fills or imports anyway a duplicate of a contact in the sheet, per policy', () => {
    const dup = [row(2, 'Budi', 'BUDI@x.id', '0812 3456 7890', 'Toko Budi')];
    expect(plan(dup, 'skip')).toMatchObject({ skipped: 1, added: 0, entries: [] });
    expect(plan(dup, 'anyway')).toMatchObject({ skipped: 0, added: 1 });
    const fill = plan(dup, 'fill');
    expect(fill.filled).toBe(1);
    // Only the empty fields, and someone else's contact is marked updated.
    expect(fill.changes.get(budi.id)).toEqual({
      phone: expect.stringContaining('812'),
      company: 'Toko Budi',
      updated: NOW,
    });
    expect(fill.entries[0].summary).toMatch(/^Filled .* from leads\.csv, line 2\.$/);
  });

  it('fills a contact an earlier line of the chunk became, inside the new row', () => {
    const w = plan(
      [row(2, 'Ani', 'ani@x.id', '', ''), row(3, 'Ani', 'ani@x.id', '', 'Warung Ani')],
      'fill',
    );
    expect(w.added).toBe(1);
    expect(w.filled).toBe(1);
    expect(w.fresh[0].contact.company).toBe('Warung Ani');
    expect(w.changes.size).toBe(0);
  });

  it('writes nothing twice: a line whose entry has its check is already done', () => {
    const entry: ImportEntry = { contactId: 'C-ANI001', check: 'abc', row: 9, summary: 's' };
    const done = new Map([[importActivityId(BATCH, 2), entry]]);
    const w = plan([row(2, 'Ani', 'ani@x.id', '', '')], 'skip', done);
    expect(w).toMatchObject({ added: 0, alreadyDone: 1, entries: [], fresh: [] });
  });

  it('writes a started line again under the ID its entry names when the row is missing', () => {
    const entry: ImportEntry = { contactId: 'C-ANI001', check: null, row: 9, summary: 's' };
    const done = new Map([[importActivityId(BATCH, 2), entry]]);
    const w = plan([row(2, 'Ani', 'ani@x.id', '', '')], 'skip', done);
    expect(w.fresh.map((f) => f.contact.id)).toEqual(['C-ANI001']);
    expect(w.entries).toEqual([]);
    expect(w.recheck).toEqual([{ contactId: 'C-ANI001', entry }]);
  });
});
