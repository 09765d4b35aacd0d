// Undo last import removes exactly the batch's rows nobody touched since, and names the others.
// Also: the fill policy, extra columns, the cell limit, and a bad request that writes nothing.
import type { Runtime } from '../../../local/runtime/runtime';
import { decodeCellText } from '../../../src/domain/cellText';
import { suggestMapping } from '../../../src/domain/importMapping';
import { clickMenu, prospek, snapshot } from '../harness';
import { csv, importParsed, sidebarCall } from './importHarness';

/** A tab's rows keyed by header, text as Prospek reads it back. */
function rows(rt: Runtime, tab: string): Record<string, unknown>[] {
  const all = rt.workbook().sheet(tab)!.rows;
  const read = (v: unknown) => (typeof v === 'string' ? decodeCellText(v) : (v ?? ''));
  return all.slice(1).map((r) => Object.fromEntries(all[0].map((h, i) => [String(h), read(r[i])])));
}

function setUp(): Runtime {
  const rt = prospek();
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  return rt;
}

const LIST = [
  'Name,Email,Phone,Company,Position',
  'Ani,ani@example.com,0812 1111 0001,Toko Ani,Owner',
  'Budi,budi@example.com,0812 1111 0002,,Manager',
  'Citra,citra@example.com,0812 1111 0003,,',
  'Dedi,dedi@example.com,0812 1111 0004,,',
].join('\n');

describe('undo last import', () => {
  it('removes untouched rows, keeps edited ones and ones with a conversation, and says which', async () => {
    const rt = setUp();
    const kept = sidebarCall<{ contact: { id: string } }>(rt, 'saveContact', {
      contact: { name: 'Old Friend', email: 'old@example.com' },
      loadedUpdated: '',
    });
    const { batchId } = await importParsed(rt, csv.parseCsv(LIST), { fileName: 'expo.csv' });
    const imported = rows(rt, 'Contacts').filter((r) => r['Import batch'] === batchId);
    expect(imported.map((r) => r.Name)).toEqual(['Ani', 'Budi', 'Citra', 'Dedi']);
    const [ani, budi] = imported;
    // An hour later someone edits Ani in the sidebar and logs a call with Budi.
    rt.advanceBy(3_600_000);
    const aniNow = rt.run<{ updated: string }>('getContact', [ani.ID], { kind: 'sidebar' });
    sidebarCall(rt, 'saveContact', {
      contact: { id: ani.ID, name: 'Ani Wijaya' },
      loadedUpdated: aniNow.updated,
    });
    sidebarCall(rt, 'logConversation', {
      contactId: budi.ID,
      type: 'Call',
      summary: 'Interested',
      questions: '',
      concerns: '',
      nextStep: '',
      followUpOn: '',
    });

    const run = clickMenu(rt, 'menuUndoLastImport', { responses: ['YES', 'OK'] });
    const said = run.execution.dialogs.map((d) => d.message);
    expect(said[0]).toMatch(/^Remove the leads imported from expo\.csv \(2026-11-27 \d\d:\d\d\)/);
    expect(said[1]).toBe(
      [
        'Removed 2 leads imported from expo.csv.',
        'Kept 2 leads changed since the import:',
        `Ani Wijaya (${ani.ID}): edited`,
        `Budi (${budi.ID}): has conversations or changes`,
      ].join('\n'),
    );
    expect(rows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Old Friend', 'Ani Wijaya', 'Budi']);
    expect(rows(rt, 'Contacts')[0].ID).toBe(kept.contact.id);
    // Their Import entries went with them; the kept ones keep theirs.
    const log = rows(rt, 'Activities');
    expect(log.filter((a) => a.Type === 'Import').map((a) => a['Contact name'])).toEqual([
      'Ani',
      'Budi',
    ]);
    // Nothing left to undo.
    const again = clickMenu(rt, 'menuUndoLastImport', { responses: ['OK'] });
    expect(again.execution.dialogs[0].message).toBe('There is no import to undo.');
  });

  it('asks first: No removes nothing', async () => {
    const rt = setUp();
    await importParsed(rt, csv.parseCsv(LIST));
    const before = snapshot(rt);
    clickMenu(rt, 'menuUndoLastImport', { responses: ['NO', 'OK'] });
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('duplicate policies and cells', () => {
  it('fill: fills only empty fields of the existing contact and logs what it filled', async () => {
    const rt = setUp();
    const saved = sidebarCall<{ contact: { id: string; updated: string } }>(rt, 'saveContact', {
      contact: { name: 'Budi', phone: '+62 812-1111-0002', notes: 'Met in 2024' },
      loadedUpdated: '',
    });
    const { totals } = await importParsed(rt, csv.parseCsv(LIST), { policy: 'fill' });
    expect(totals).toMatchObject({ existing: 1, added: 3, filled: 1 });
    const budi = rows(rt, 'Contacts').find((r) => r.ID === saved.contact.id)!;
    expect(budi).toMatchObject({
      Name: 'Budi',
      Email: 'budi@example.com',
      Phone: '+62 812-1111-0002',
      Notes: 'Met in 2024',
      Position: '',
    });
    const entry = rows(rt, 'Activities').find(
      (a) => a['Contact ID'] === saved.contact.id && a.Type === 'Import',
    )!;
    expect(entry.Summary).toBe('Filled Email from leads.csv, line 3.');
  });

  it('anyway: imports duplicates as new contacts', async () => {
    const rt = setUp();
    sidebarCall(rt, 'saveContact', { contact: { name: 'Ani', email: 'ANI@example.com' } });
    const { totals } = await importParsed(rt, csv.parseCsv(LIST), { policy: 'anyway' });
    expect(totals).toMatchObject({ existing: 1, added: 4, skipped: 0 });
    expect(rows(rt, 'Contacts').filter((r) => r.Name === 'Ani')).toHaveLength(2);
  });

  it('extra columns go to the right of the table with their header, as text', async () => {
    const rt = setUp();
    const width = rt.workbook().sheet('Contacts')!.rows[0].length;
    await importParsed(rt, csv.parseCsv('Name,Member no\nAni,007\n'), {
      mapping: ['name', 'extra'],
    });
    const sheet = rt.workbook().sheet('Contacts')!;
    expect(sheet.rows[0][width]).toBe('Member no');
    expect(sheet.rows[1][width]).toBe('007');
  });

  it('refuses a value over the cell limit, naming its line, and imports the rest', async () => {
    const rt = setUp();
    const long = 'x'.repeat(50_001);
    const { preview, totals } = await importParsed(
      rt,
      csv.parseCsv(`Name,Notes\nAni,short\nBudi,${long}\n`),
    );
    expect(preview.notes.map((n) => n.message)).toEqual([
      'Line 3: Notes is longer than a spreadsheet cell holds (50,000 characters).',
    ]);
    expect(totals).toMatchObject({ added: 1, invalid: 1 });
  });

  it('a bad request is refused naming the field, and nothing is written', () => {
    const rt = setUp();
    const before = snapshot(rt);
    const file = csv.parseCsv(LIST);
    const reply = rt.run<{ ok: boolean; message: string; issues: { field: string }[] }>(
      'importChunk',
      [
        {
          header: file.header,
          mapping: suggestMapping(file.header),
          rows: file.rows,
          state: null,
          country: 'XX',
          batchId: 'nope',
          fileName: 'a.csv',
          source: 'Magic',
          policy: 'merge',
          total: 4,
          offset: 0,
        },
      ],
      { kind: 'sidebar' },
    );
    expect(reply.ok).toBe(false);
    expect(reply.issues.map((i) => i.field).sort()).toEqual([
      'batchId',
      'country',
      'policy',
      'source',
    ]);
    expect(snapshot(rt)).toEqual(before);
  });
});
