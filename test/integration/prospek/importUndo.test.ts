// Undo last import removes exactly the batch's rows nobody touched since (edits typed into the
// sheet included: each row's Import entry keeps a check of the row as imported), and names the
// others.
// Also: the fill policy, extra columns, the cell limit, and a bad request that writes nothing.
import type { Runtime } from '../../../local/runtime/index';
import { suggestMapping } from '../../../src/domain/import/mapping';
import { clickMenu, columnLetter, setUpSheet, snapshot, typeInto } from '../../support/workbook';
import { callOk } from '../../support/sidebar';
import { csv, importParsed, runner } from './importHarness';
import { tabRows } from '../../support/workbook';

/** The column letter of a 0-based column index. */
const letter = (index: number) => columnLetter(index + 1);

/** A1 address of a Contacts cell: sheet row and column header. */
function cell(rt: Runtime, row: number, header: string): string {
  const col = rt.workbook().sheet('Contacts')!.rows[0].indexOf(header);
  if (col < 0) throw new Error(`No column ${header}`);
  return `Contacts!${letter(col)}${row}`;
}

const LIST = [
  'Name,Email,Phone,Company,Position',
  'Ani,ani@example.com,0812 1111 0001,Toko Ani,Owner',
  'Budi,budi@example.com,0812 1111 0002,,Manager',
  'Citra,citra@example.com,0812 1111 0003,,',
  'Dedi,dedi@example.com,0812 1111 0004,,',
].join('\n');

/**
 * The whole LIST as one importChunk request from expo.csv, Position left out: the chunk adds no
 * column, so its writes are the Import entries, then the rows, then the entries' undo checks.
 */
function expoRequest() {
  const file = csv.parseCsv(LIST);
  return {
    header: file.header,
    mapping: suggestMapping(file.header).map((t) => (t === 'extra' ? 'ignore' : t)),
    rows: file.rows,
    state: null,
    country: 'ID',
    batchId: 'B-7K3QX9',
    fileName: 'expo.csv',
    source: 'Event',
    policy: 'skip',
    fingerprint: runner.fingerprintOf(file),
    total: 4,
    offset: 0,
  };
}

describe('undo last import', () => {
  it("says apart rows kept for a change and rows it couldn't check", async () => {
    const rt = setUpSheet();
    const { batchId } = await importParsed(rt, csv.parseCsv(LIST), { fileName: 'expo.csv' });
    const imported = tabRows(rt, 'Contacts').filter((r) => r['Import batch'] === batchId);
    const citra = imported[2];
    const dedi = imported[3];
    // Dedi is edited in the sheet; Citra's Import entry loses its check (typed over).
    typeInto(rt, cell(rt, 5, 'Name'), [['Dedi Kurnia']]);
    const log = rt.workbook().sheet('Activities')!.rows;
    const at = log.findIndex((r) => r[2] === citra.ID);
    const summary = log[0].indexOf('Summary');
    typeInto(rt, `Activities!${letter(summary)}${at + 1}`, [['Imported from expo.csv, line 4.']]);

    const r = callOk<{ message: string }>(rt, 'undoLastImport');
    expect(r.message).toBe(
      [
        'Removed 2 leads imported from expo.csv.',
        'Kept 1 lead changed since the import:',
        `Dedi Kurnia (${dedi.ID}): edited`,
        "Kept 1 lead Prospek couldn't check for changes:",
        `Citra (${citra.ID}): Prospek has no record of it as imported, so it can't tell whether it was changed`,
      ].join('\n'),
    );
  });

  it('removes untouched rows, keeps edited ones and ones with a conversation, and says which', async () => {
    const rt = setUpSheet();
    const kept = callOk<{ contact: { id: string } }>(rt, 'saveContact', {
      contact: { name: 'Old Friend', email: 'old@example.com' },
      loadedUpdated: '',
    });
    const { batchId } = await importParsed(rt, csv.parseCsv(LIST), { fileName: 'expo.csv' });
    const imported = tabRows(rt, 'Contacts').filter((r) => r['Import batch'] === batchId);
    expect(imported.map((r) => r.Name)).toEqual(['Ani', 'Budi', 'Citra', 'Dedi']);
    const [ani, budi] = imported;
    // An hour later someone edits Ani in the sidebar and logs a call with Budi.
    rt.advanceBy(3_600_000);
    const aniNow = rt.run<{ updated: string }>('getContact', [ani.ID], { kind: 'sidebar' });
    callOk(rt, 'saveContact', {
      contact: { id: ani.ID, name: 'Ani Wijaya' },
      loadedUpdated: aniNow.updated,
    });
    callOk(rt, 'logConversation', {
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
    expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual([
      'Old Friend',
      'Ani Wijaya',
      'Budi',
    ]);
    expect(tabRows(rt, 'Contacts')[0].ID).toBe(kept.contact.id);
    // Their Import entries went with them; the kept ones keep theirs.
    const log = tabRows(rt, 'Activities');
    expect(log.filter((a) => a.Type === 'Import').map((a) => a['Contact name'])).toEqual([
      'Ani',
      'Budi',
    ]);
    // Nothing left to undo.
    const again = clickMenu(rt, 'menuUndoLastImport', { responses: ['OK'] });
    expect(again.execution.dialogs[0].message).toBe('There is no import to undo.');
  });

  it('keeps a row corrected by hand in the sheet and names it; removes untouched rows', async () => {
    const rt = setUpSheet();
    const { batchId } = await importParsed(rt, csv.parseCsv(LIST), { fileName: 'expo.csv' });
    const imported = tabRows(rt, 'Contacts');
    expect(imported.map((r) => r['Import batch'])).toEqual(Array(4).fill(batchId));
    const [ani, , , dedi] = imported;
    // Typed straight into the sheet (Updated doesn't change): Ani's phone corrected, Dedi's
    // Position (an extra column of the import) filled in, and Budi's name typed again as it was.
    typeInto(rt, cell(rt, 2, 'Phone'), [['0812 1111 0009']]);
    typeInto(rt, cell(rt, 5, 'Position'), [['Buyer']]);
    typeInto(rt, cell(rt, 3, 'Name'), [['Budi']]);
    expect(tabRows(rt, 'Contacts')[0].Updated).toEqual(ani.Updated);

    const run = clickMenu(rt, 'menuUndoLastImport', { responses: ['YES', 'OK'] });
    expect(run.execution.dialogs[1].message).toBe(
      [
        'Removed 2 leads imported from expo.csv.',
        'Kept 2 leads changed since the import:',
        `Ani (${ani.ID}): edited`,
        `Dedi (${dedi.ID}): edited`,
      ].join('\n'),
    );
    // A value typed over with the same value is no change: nothing the user wrote is lost.
    expect(tabRows(rt, 'Contacts').map((r) => [r.Name, r.Phone, r.Position])).toEqual([
      ['Ani', '0812 1111 0009', 'Owner'],
      ['Dedi', '0812 1111 0004', 'Buyer'],
    ]);
    const log = tabRows(rt, 'Activities');
    expect(log.map((a) => a['Contact ID'])).toEqual([ani.ID, dedi.ID]);
    expect(log.map((a) => a.Summary)).toEqual([
      expect.stringMatching(/^Imported from expo\.csv, line 2\. \[undo check [0-9a-z]+\]$/),
      expect.stringMatching(/^Imported from expo\.csv, line 5\. \[undo check [0-9a-z]+\]$/),
    ]);
  });

  it('keeps a row whose Import entry lost its check, saying it cannot tell', async () => {
    const rt = setUpSheet();
    await importParsed(rt, csv.parseCsv(LIST), { fileName: 'expo.csv' });
    const citra = tabRows(rt, 'Contacts')[2];
    const log = rt.workbook().sheet('Activities')!.rows;
    const line = log.findIndex((r) => r[2] === citra.ID) + 1;
    const summary = log[0].indexOf('Summary');
    typeInto(rt, `Activities!${letter(summary)}${line}`, [['Imported from expo.csv, line 4.']]);

    const run = clickMenu(rt, 'menuUndoLastImport', { responses: ['YES', 'OK'] });
    expect(run.execution.dialogs[1].message).toBe(
      [
        'Removed 3 leads imported from expo.csv.',
        "Kept 1 lead Prospek couldn't check for changes:",
        `Citra (${citra.ID}): Prospek has no record of it as imported, so it can't tell whether it was changed`,
      ].join('\n'),
    );
    expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Citra']);
  });

  it('a row filled by a later chunk of its own file is still untouched; one edited before is kept', async () => {
    const rt = setUpSheet();
    const file = csv.parseCsv(
      [
        'Name,Email,Phone,Company',
        'Ani,ani@example.com,,',
        'Budi,budi@example.com,,',
        'Ani W,ani@example.com,0812 1111 0001,Toko Ani',
        'Budi B,budi@example.com,0812 1111 0002,',
      ].join('\n'),
    );
    const chunk = (rows: typeof file.rows, state: unknown, offset: number) =>
      callOk<{ added: number; filled: number }>(rt, 'importChunk', {
        header: file.header,
        mapping: suggestMapping(file.header),
        rows,
        state,
        country: 'ID',
        batchId: 'B-7K3QX9',
        fileName: 'two.csv',
        source: 'Event',
        policy: 'fill',
        fingerprint: '4-abc-def',
        total: 4,
        offset,
      });
    const first = chunk(file.rows.slice(0, 2), null, 0);
    expect(first.added).toBe(2);
    // The import stopped here; meanwhile Budi's company was typed in. Then it was resumed.
    typeInto(rt, cell(rt, 3, 'Company'), [['Warung Budi']]);
    // The second chunk carries the earlier lines its rows share a key with.
    const earlier = { 'email:ani@example.com': 2, 'email:budi@example.com': 3 };
    const second = chunk(file.rows.slice(2), { seen: earlier, targets: {} }, 2);
    expect(second.filled).toBe(2);
    const [ani, budi] = tabRows(rt, 'Contacts');
    expect([ani.Phone, ani.Company, budi.Phone, budi.Company]).toEqual([
      '0812 1111 0001',
      'Toko Ani',
      '0812 1111 0002',
      'Warung Budi',
    ]);

    const run = clickMenu(rt, 'menuUndoLastImport', { responses: ['YES', 'OK'] });
    expect(run.execution.dialogs[1].message).toBe(
      [
        'Removed 1 lead imported from two.csv.',
        'Kept 1 lead changed since the import:',
        `Budi (${budi.ID}): edited`,
      ].join('\n'),
    );
    expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Budi']);
    expect(tabRows(rt, 'Activities').map((a) => a['Contact ID'])).toEqual([budi.ID, budi.ID]);
  });

  it("a row filled by a later chunk gets the check of the sheet's value, not the value sent", () => {
    const rt = setUpSheet();
    const file = csv.parseCsv(
      [
        'Name,Email,Phone,Company',
        'Ani,ani@example.com,,',
        'Ani W,ani@example.com,081211110001,Toko Ani',
      ].join('\n'),
    );
    const chunk = (rows: typeof file.rows, state: unknown, offset: number) =>
      callOk<{ added: number; filled: number }>(rt, 'importChunk', {
        header: file.header,
        mapping: suggestMapping(file.header),
        rows,
        state,
        country: 'ID',
        batchId: 'B-7K3QX9',
        fileName: 'two.csv',
        source: 'Event',
        policy: 'fill',
        fingerprint: '2-abc-def',
        total: 2,
        offset,
      });
    expect(chunk(file.rows.slice(0, 1), null, 0).added).toBe(1);
    // Ani's Phone cell lost its plain-text format: the sheet stores the digits as a number.
    const contacts = rt.workbook().sheet('Contacts')!;
    contacts.setFormat(2, contacts.rows[0].indexOf('Phone') + 1, 1, 'General');
    const second = chunk(
      file.rows.slice(1),
      { seen: { 'email:ani@example.com': 2 }, targets: {} },
      1,
    );
    expect(second.filled).toBe(1);
    expect(tabRows(rt, 'Contacts')[0].Phone).toBe(81211110001);

    const undone = callOk<{ removed: number; kept: unknown[] }>(rt, 'undoLastImport');
    expect(undone).toMatchObject({ removed: 1, kept: [] });
    expect(tabRows(rt, 'Contacts')).toHaveLength(0);
  });

  it('leaves contacts the import filled as they are, with their Import entry', async () => {
    const rt = setUpSheet();
    const saved = callOk<{ contact: { id: string; updated: string } }>(rt, 'saveContact', {
      contact: { name: 'Budi', phone: '+62 812-1111-0002' },
      loadedUpdated: '',
    });
    await importParsed(rt, csv.parseCsv(LIST), { policy: 'fill', fileName: 'expo.csv' });
    const run = clickMenu(rt, 'menuUndoLastImport', { responses: ['YES', 'OK'] });
    expect(run.execution.dialogs[1].message).toBe('Removed 3 leads imported from expo.csv.');
    expect(tabRows(rt, 'Contacts')).toEqual([
      expect.objectContaining({ ID: saved.contact.id, Name: 'Budi', Email: 'budi@example.com' }),
    ]);
    const imports = tabRows(rt, 'Activities').filter((a) => a.Type === 'Import');
    expect(imports.map((a) => [a['Contact ID'], a.Summary])).toEqual([
      [saved.contact.id, 'Filled Email from expo.csv, line 3.'],
    ]);
  });

  it('asks first: No removes nothing', async () => {
    const rt = setUpSheet();
    await importParsed(rt, csv.parseCsv(LIST));
    const before = snapshot(rt);
    clickMenu(rt, 'menuUndoLastImport', { responses: ['NO', 'OK'] });
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('duplicate policies and cells', () => {
  it('fill: fills only empty fields of the existing contact and logs what it filled', async () => {
    const rt = setUpSheet();
    const saved = callOk<{ contact: { id: string; updated: string } }>(rt, 'saveContact', {
      contact: { name: 'Budi', phone: '+62 812-1111-0002', notes: 'Met in 2024' },
      loadedUpdated: '',
    });
    const { totals } = await importParsed(rt, csv.parseCsv(LIST), { policy: 'fill' });
    expect(totals).toMatchObject({ existing: 1, added: 3, filled: 1 });
    const budi = tabRows(rt, 'Contacts').find((r) => r.ID === saved.contact.id)!;
    expect(budi).toMatchObject({
      Name: 'Budi',
      Email: 'budi@example.com',
      Phone: '+62 812-1111-0002',
      Notes: 'Met in 2024',
      Position: '',
    });
    const entry = tabRows(rt, 'Activities').find(
      (a) => a['Contact ID'] === saved.contact.id && a.Type === 'Import',
    )!;
    expect(entry.Summary).toBe('Filled Email from leads.csv, line 3.');
  });

  it('anyway: imports duplicates as new contacts', async () => {
    const rt = setUpSheet();
    callOk(rt, 'saveContact', { contact: { name: 'Ani', email: 'ANI@example.com' } });
    const { totals } = await importParsed(rt, csv.parseCsv(LIST), { policy: 'anyway' });
    expect(totals).toMatchObject({ existing: 1, added: 4, skipped: 0 });
    expect(tabRows(rt, 'Contacts').filter((r) => r.Name === 'Ani')).toHaveLength(2);
  });

  it('extra columns go to the right of the table with their header, as text', async () => {
    const rt = setUpSheet();
    const width = rt.workbook().sheet('Contacts')!.rows[0].length;
    await importParsed(rt, csv.parseCsv('Name,Member no\nAni,007\n'), {
      mapping: ['name', 'extra'],
    });
    const sheet = rt.workbook().sheet('Contacts')!;
    expect(sheet.rows[0][width]).toBe('Member no');
    expect(sheet.rows[1][width]).toBe('007');
  });

  it('an extra column headed like a formula keeps its header as typed, even in plain text', async () => {
    const rt = setUpSheet();
    const width = rt.workbook().sheet('Contacts')!.rows[0].length;
    const headers = ['=SUM(A1)', '+62 line', '-note-', "'quoted"];
    // The user made the header row plain text (Format > Number > Plain text) across the tab.
    rt.user.insertColumns('Contacts', width + 1, headers.length);
    const sheet = rt.workbook().sheet('Contacts')!;
    for (let c = 1; c <= sheet.maxColumns; c++) sheet.setFormat(1, c, 1, '@');
    await importParsed(rt, csv.parseCsv(`Name,${headers.join(',')}\nAni,a,b,c,d\n`), {
      mapping: ['name', 'extra', 'extra', 'extra', 'extra'],
    });
    const range = `Contacts!${columnLetter(width + 1)}1:${columnLetter(width + headers.length)}1`;
    // The value and what the sheet shows are the header as typed, with no apostrophe shown:
    // none of them became a formula or a number.
    expect(rt.getValues(range)[0]).toEqual(headers);
    expect(rt.getDisplayValues(range)[0]).toEqual(headers);
    expect(tabRows(rt, 'Contacts')[0]).toMatchObject({ '=SUM(A1)': 'a', "'quoted": 'd' });
  });

  it('refuses a value over the cell limit, naming its line, and imports the rest', async () => {
    const rt = setUpSheet();
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

  it('a chunk whose second write failed, sent again, writes each row once', () => {
    const rt = setUpSheet();
    const request = expoRequest();
    // The first write (the Import entries) goes through; the second (the rows) fails.
    rt.faults.failCall('Range.setValues', 'Service Spreadsheets failed.', 2);
    expect(() => rt.run('importChunk', [request], { kind: 'sidebar' })).toThrow(
      'Service Spreadsheets failed.',
    );
    expect(tabRows(rt, 'Activities')).toHaveLength(4);
    expect(tabRows(rt, 'Contacts')).toHaveLength(0);
    rt.faults.clear();
    const again = callOk<{ added: number; alreadyDone: number }>(rt, 'importChunk', request);
    expect(again).toMatchObject({ added: 4, alreadyDone: 0 });
    const third = callOk<{ added: number; alreadyDone: number }>(rt, 'importChunk', request);
    expect(third).toMatchObject({ added: 0, alreadyDone: 4 });
    expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Ani', 'Budi', 'Citra', 'Dedi']);
    const log = tabRows(rt, 'Activities');
    expect(log).toHaveLength(4);
    // Each entry names its row and got its check: Undo removes them all.
    const ids = tabRows(rt, 'Contacts').map((r) => r.ID);
    expect(log.map((a) => a['Contact ID'])).toEqual(ids);
    expect(callOk<{ removed: number }>(rt, 'undoLastImport').removed).toBe(4);
  });

  it('a chunk that stopped before adding its undo checks adds them when sent again', () => {
    const rt = setUpSheet();
    const request = expoRequest();
    // Its writes: the Import entries, the rows, then the entries' checks, which fail.
    rt.faults.failCall('Range.setValues', 'Service Spreadsheets failed.', 3);
    expect(() => rt.run('importChunk', [request], { kind: 'sidebar' })).toThrow(
      'Service Spreadsheets failed.',
    );
    rt.faults.clear();
    expect(tabRows(rt, 'Contacts')).toHaveLength(4);
    expect(tabRows(rt, 'Activities').map((a) => a.Summary)).toEqual([
      'Imported from expo.csv, line 2.',
      'Imported from expo.csv, line 3.',
      'Imported from expo.csv, line 4.',
      'Imported from expo.csv, line 5.',
    ]);
    // Meanwhile a note was typed into the log for Dedi: that row is no longer as imported.
    const dedi = tabRows(rt, 'Contacts')[3];
    const header = rt.workbook().sheet('Activities')!.rows[0];
    const col = (h: string) => letter(header.indexOf(h));
    typeInto(rt, `Activities!${col('Activity ID')}6`, [['A-NOTE1']]);
    typeInto(rt, `Activities!${col('Contact ID')}6`, [[dedi.ID]]);

    const again = callOk<{ added: number; alreadyDone: number }>(rt, 'importChunk', request);
    expect(again).toMatchObject({ added: 0, alreadyDone: 4 });
    const summaries = tabRows(rt, 'Activities').map((a) => a.Summary);
    expect(summaries.slice(0, 3)).toEqual([
      expect.stringMatching(/^Imported from expo\.csv, line 2\. \[undo check [0-9a-z]+\]$/),
      expect.stringMatching(/^Imported from expo\.csv, line 3\. \[undo check [0-9a-z]+\]$/),
      expect.stringMatching(/^Imported from expo\.csv, line 4\. \[undo check [0-9a-z]+\]$/),
    ]);
    expect(summaries[3]).toBe('Imported from expo.csv, line 5.');

    const undone = callOk<{ removed: number; kept: { id: string; reason: string }[] }>(
      rt,
      'undoLastImport',
    );
    expect(undone.removed).toBe(3);
    expect(undone.kept).toEqual([{ id: dedi.ID, name: 'Dedi', reason: 'activity' }]);
    expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Dedi']);
  });

  it('a chunk that stopped before adding its checks, resent, lets Undo remove every row', () => {
    const rt = setUpSheet();
    const request = expoRequest();
    rt.faults.failCall('Range.setValues', 'Service Spreadsheets failed.', 3);
    expect(() => rt.run('importChunk', [request], { kind: 'sidebar' })).toThrow(
      'Service Spreadsheets failed.',
    );
    rt.faults.clear();
    callOk(rt, 'importChunk', request);
    expect(callOk<{ removed: number }>(rt, 'undoLastImport').removed).toBe(4);
    expect(tabRows(rt, 'Contacts')).toHaveLength(0);
    expect(tabRows(rt, 'Activities')).toHaveLength(0);
  });

  it('a different file with the same name starts a new batch; the old batch refuses it', () => {
    const rt = setUpSheet();
    const pasted = csv.parseCsv(LIST);
    const other = csv.parseCsv(LIST.replace('Dedi', 'Eka').replace('dedi@', 'eka@'));
    const fp = runner.fingerprintOf(pasted);
    expect(runner.fingerprintOf(other)).not.toBe(fp);
    const send = (file: typeof pasted, rowsSent: typeof pasted.rows) =>
      rt.run<{ ok: boolean; issues?: { field: string; message: string }[] }>(
        'importChunk',
        [
          {
            header: file.header,
            mapping: suggestMapping(file.header),
            rows: rowsSent,
            state: null,
            country: 'ID',
            batchId: 'B-7K3QX9',
            fileName: 'pasted rows',
            source: 'Event',
            policy: 'skip',
            fingerprint: runner.fingerprintOf(file),
            total: 4,
            offset: 0,
          },
        ],
        { kind: 'sidebar' },
      );
    // Pasted rows, imported halfway: the same name as any other paste.
    expect(send(pasted, pasted.rows.slice(0, 2)).ok).toBe(true);
    const last = callOk<{ last: Parameters<typeof runner.batchToResume>[0] }>(
      rt,
      'getImportStatus',
    ).last;
    expect(last).toMatchObject({ fileName: 'pasted rows', fingerprint: fp, rowsDone: 2 });
    // The same rows pasted again continue the batch; other rows start a new one, and the tab
    // says the previous import was left unfinished.
    expect(runner.batchToResume(last, fp)).toBe('B-7K3QX9');
    expect(runner.batchToResume(last, runner.fingerprintOf(other))).toBe('');
    expect(runner.otherUnfinished(last, runner.fingerprintOf(other))).toBe(last);
    expect(runner.otherUnfinished(last, fp)).toBeNull();
    // And the server refuses the other rows in the old batch, writing nothing.
    const before = snapshot(rt);
    const refused = send(other, other.rows.slice(2));
    expect(refused.ok).toBe(false);
    expect(refused.issues!.map((i) => i.field)).toEqual(['fingerprint']);
    expect(snapshot(rt)).toEqual(before);
  });

  it('a bad request is refused naming the field, and nothing is written', () => {
    const rt = setUpSheet();
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
      'fingerprint',
      'policy',
      'source',
    ]);
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('undo reads only what the import wrote and what came after', () => {
  /** `before` contacts with two entries each already in the sheet, then LIST imported. */
  async function undoCalls(before: number) {
    const rt = setUpSheet();
    const contacts = rt.workbook().sheet('Contacts')!;
    const log = rt.workbook().sheet('Activities')!;
    const at = (rows: unknown[][], h: string) => rows[0].indexOf(h);
    for (let i = 0; i < before; i++) {
      const id = `C-U${String(i).padStart(5, '0')}`;
      const row = contacts.rows[0].map((): string => '');
      row[at(contacts.rows, 'ID')] = id;
      row[at(contacts.rows, 'Name')] = `Earlier ${i}`;
      contacts.rows.push(row);
      for (const k of [1, 2]) {
        const entry = log.rows[0].map((): string => '');
        entry[at(log.rows, 'Activity ID')] = `A-U${k}${String(i).padStart(6, '0')}`;
        entry[at(log.rows, 'Contact ID')] = id;
        entry[at(log.rows, 'Type')] = 'Call';
        log.rows.push(entry);
      }
    }
    contacts.maxRows = Math.max(contacts.maxRows, contacts.rows.length + 10);
    log.maxRows = Math.max(log.maxRows, log.rows.length + 10);
    await importParsed(rt, csv.parseCsv(LIST), { fileName: 'expo.csv' });
    const from = rt.calls.records.length;
    const undone = callOk<{ removed: number }>(rt, 'undoLastImport');
    expect(undone.removed).toBe(4);
    expect(tabRows(rt, 'Contacts')).toHaveLength(before);
    expect(tabRows(rt, 'Activities')).toHaveLength(2 * before);
    const calls = rt.calls.records.slice(from);
    const moved = calls.filter((c) => !c.method.startsWith('TextFinder.'));
    return { calls, read: moved.reduce((n, c) => n + c.cellsRead, 0) };
  }

  it('reads the same cells with 5 or 800 contacts already there, and neither tab whole', async () => {
    const small = await undoCalls(5);
    const large = await undoCalls(800);
    expect(large.read).toBe(small.read);
    expect(large.calls.map((c) => c.method)).toEqual(small.calls.map((c) => c.method));
    expect(large.calls.some((c) => c.method === 'Sheet.getDataRange')).toBe(false);
  });
});
