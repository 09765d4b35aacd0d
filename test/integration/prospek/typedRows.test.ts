// Rows typed, pasted or copied straight into the Contacts tab are contacts at once: onEdit gives
// them an ID and Created, and every action treats a row without an ID (or a copied ID) as a
// contact, giving it its own ID and going on. "Run Set up sheet" is never the answer.
import { CONTACT_FIELDS, type ContactKey } from '../../../src/domain/contact/contact';
import type { PipelineSummary } from '../../../src/domain/pipeline/pipeline';
import type { SaveContactResult, SidebarLoad } from '../../../src/sidebarApi';
import type { Runtime } from '../../../local/runtime/index';
import { lastAlert, menu } from '../../support/menu';
import { callOk } from '../../support/sidebar';
import {
  clickMenu,
  columnLetter,
  idOf,
  setUpSheet,
  sheetWith,
  tabRows,
  typeInto,
} from '../../support/workbook';
import { csv, importParsed } from './importHarness';
import { conversation, selectRows } from './contactsHarness';
import { digests, saveOk } from './remindersHarness';

const at = (key: ContactKey) => CONTACT_FIELDS.findIndex((f) => f.key === key) + 1;
const col = (key: ContactKey) => columnLetter(at(key));
/** A cell as the sheet shows it. */
const shown = (rt: Runtime, key: ContactKey, row: number) =>
  rt.getDisplayValues(`Contacts!${col(key)}${row}`)[0][0];
const ID = /^C-[0-9A-HJKMNP-TV-Z]{6}$/;
const NOW = '2026-11-27 09:00';

describe('onEdit gives typed rows an ID and Created', () => {
  it('one cell typed into an empty row', () => {
    const rt = setUpSheet();
    const r = rt.user.edit(`Contacts!${col('name')}2`, [['Budi Santoso']]);
    expect(r.triggers.map((t) => [t.handler, t.error ?? ''])).toEqual([['onEdit', '']]);
    expect(shown(rt, 'id', 2)).toMatch(ID);
    expect(shown(rt, 'created', 2)).toBe(NOW);
    expect(shown(rt, 'name', 2)).toBe('Budi Santoso');
  });

  it('a pasted block: rows with content get IDs, an empty row and the header do not', () => {
    const rt = setUpSheet();
    rt.user.edit(`Contacts!${col('name')}1:${col('company')}4`, [
      ['Name', 'Company'],
      ['Ani', 'Toko Ani'],
      ['', ''],
      ['', 'Warung Dewi'],
    ]);
    expect(shown(rt, 'id', 1)).toBe('ID');
    expect(shown(rt, 'id', 2)).toMatch(ID);
    expect(shown(rt, 'id', 3)).toBe('');
    expect(shown(rt, 'created', 3)).toBe('');
    expect(shown(rt, 'id', 4)).toMatch(ID);
    expect(shown(rt, 'id', 2)).not.toBe(shown(rt, 'id', 4));
    expect(shown(rt, 'created', 4)).toBe(NOW);
  });

  it('many rows at once get distinct IDs', () => {
    const rt = setUpSheet();
    const names = Array.from({ length: 40 }, (_, i) => [`Kontak ${i + 1}`]);
    rt.user.edit(`Contacts!${col('name')}2:${col('name')}41`, names, { grow: true });
    const ids = names.map((_, i) => shown(rt, 'id', i + 2));
    ids.forEach((id) => expect(id).toMatch(ID));
    expect(new Set(ids).size).toBe(40);
  });

  it('leaves other tabs, emptied rows and rows with an ID alone', () => {
    const rt = sheetWith([{ name: 'Budi' }]);
    rt.user.addSheet('Catatan');
    const all = `Contacts!A1:${columnLetter(CONTACT_FIELDS.length)}6`;
    const before = rt.getDisplayValues(all);
    rt.user.edit('Catatan!A2', [['Budi suka kopi']]);
    rt.user.edit(`Contacts!${col('notes')}2`, [['Pelanggan lama']]);
    rt.user.edit(`Contacts!${col('name')}5`, [['']]);
    // Only the typed note changed: no ID, Created or other cell was written.
    before[1][at('notes') - 1] = 'Pelanggan lama';
    expect(rt.getDisplayValues(all)).toEqual(before);
  });

  it('a pasted copy of a row gets its own ID; the original keeps its ID', () => {
    const rt = sheetWith([{ name: 'Budi', company: 'Toko Budi' }]);
    const row = CONTACT_FIELDS.map((f) => shown(rt, f.key, 2));
    rt.user.edit(`Contacts!A3:${columnLetter(CONTACT_FIELDS.length)}3`, [row]);
    expect(shown(rt, 'id', 2)).toBe(idOf(1));
    expect(shown(rt, 'id', 3)).toMatch(ID);
    expect(shown(rt, 'id', 3)).not.toBe(idOf(1));
    expect(shown(rt, 'name', 3)).toBe('Budi');
  });
});

const WIDTH = columnLetter(CONTACT_FIELDS.length);
/** Rows `from`..`from + count - 1` whole, as the user copies them. */
const rowsAt = (rt: Runtime, from: number, count = 1) =>
  rt.getValues(`Contacts!A${from}:${WIDTH}${from + count - 1}`);
/** The user pastes `values` at row `to` (onEdit runs, and must not fail). */
function pasteAt(rt: Runtime, to: number, values: unknown[][]): void {
  const { triggers } = rt.user.edit(`Contacts!A${to}`, values);
  expect(triggers.map((t) => t.error ?? 'ok')).toEqual(['ok']);
}
/** TextFinder calls, and reads of the whole ID column (`rows` data rows), as the user edits. */
function idColumnWork(rt: Runtime, rows: number, edit: () => void) {
  const from = rt.calls.records.length;
  edit();
  const calls = rt.calls.records.slice(from);
  return {
    searches: calls.filter((r) => r.method.startsWith('TextFinder.')).length,
    reads: calls.filter((r) => r.method === 'Range.getValues' && r.cellsRead === rows).length,
  };
}

describe('onEdit: a pasted copy gets the new ID, above its original or below', () => {
  const people = [
    { name: 'Ani', company: 'Toko Ani' },
    { name: 'Budi', company: 'Toko Budi' },
    { name: 'Citra', company: 'Toko Citra' },
  ];
  const BUDI = idOf(2);

  it('above: the pasted row gets a new ID, the original keeps its ID and its history', () => {
    const rt = sheetWith(people);
    callOk(rt, 'logConversation', conversation(BUDI, { summary: 'Asked for the price list' }));
    rt.user.insertRows('Contacts', 2);
    const created = shown(rt, 'created', 4);
    pasteAt(rt, 2, rowsAt(rt, 4));
    const copy = shown(rt, 'id', 2);
    expect(copy).toMatch(ID);
    expect(copy).not.toBe(BUDI);
    expect(shown(rt, 'id', 4)).toBe(BUDI);
    // A copy keeps what was pasted besides its ID, Created included.
    expect([shown(rt, 'name', 2), shown(rt, 'created', 2)]).toEqual(['Budi', created]);
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: BUDI });
    expect(load.row).toBe(4);
    expect(load.timeline.map((a) => a.summary)).toEqual(['Asked for the price list']);
    // The next whole-tab action finds no copy left to re-identify.
    callOk(rt, 'getPipeline');
    expect([shown(rt, 'id', 2), shown(rt, 'id', 4)]).toEqual([copy, BUDI]);
  });

  it('above, while a long action holds the lock for 15 s: onEdit waits and still tells', () => {
    // A user action gives up after 10 s; onEdit waits longer, since the next action could not
    // tell the pasted copy from its original.
    const rt = sheetWith(people);
    rt.user.insertRows('Contacts', 2);
    rt.holdLockElsewhere(`document:${rt.workbook().id}`, 15_000);
    pasteAt(rt, 2, rowsAt(rt, 4));
    expect(shown(rt, 'id', 4)).toBe(BUDI);
    expect(shown(rt, 'id', 2)).not.toBe(BUDI);
  });

  it('a row cut and pasted elsewhere (a move) keeps its ID and Created', () => {
    const rt = sheetWith(people);
    rt.user.insertRows('Contacts', 2);
    const [row] = rowsAt(rt, 4);
    const created = shown(rt, 'created', 4);
    // A cut empties the row the paste then fills: onEdit sees the ID in one row only.
    rt.user.edit(`Contacts!A4:${WIDTH}4`, [row.map(() => '')], { triggers: false });
    pasteAt(rt, 2, [row]);
    expect([shown(rt, 'id', 2), shown(rt, 'created', 2), shown(rt, 'id', 4)]).toEqual([
      BUDI,
      created,
      '',
    ]);
  });

  it('a row pasted onto itself keeps its ID', () => {
    const rt = sheetWith(people);
    pasteAt(rt, 2, rowsAt(rt, 2, 3));
    expect([2, 3, 4].map((r) => shown(rt, 'id', r))).toEqual([idOf(1), BUDI, idOf(3)]);
  });

  it("an ID typed by hand into a row's ID cell makes that row the copy", () => {
    const rt = sheetWith(people);
    pasteAt(rt, 2, [[BUDI]]);
    expect(shown(rt, 'id', 2)).toMatch(ID);
    expect(shown(rt, 'id', 2)).not.toBe(BUDI);
    expect(shown(rt, 'id', 3)).toBe(BUDI);
    expect(shown(rt, 'name', 2)).toBe('Ani');
  });

  it('two copies pasted above the original: both get new IDs', () => {
    const rt = sheetWith(people);
    rt.user.insertRows('Contacts', 2, 2);
    const [budi] = rowsAt(rt, 5);
    pasteAt(rt, 2, [budi, budi]);
    const ids = [shown(rt, 'id', 2), shown(rt, 'id', 3)];
    ids.forEach((id) => expect(id).toMatch(ID));
    expect(new Set([...ids, BUDI]).size).toBe(3);
    expect(shown(rt, 'id', 5)).toBe(BUDI);
  });

  it('two rows with one ID in one paste, none outside: the first keeps it', () => {
    const rt = sheetWith(people);
    const [budi] = rowsAt(rt, 3);
    rt.user.edit(`Contacts!A3:${WIDTH}3`, [budi.map(() => '')], { triggers: false });
    pasteAt(rt, 6, [budi, budi]);
    expect(shown(rt, 'id', 6)).toBe(BUDI);
    expect(shown(rt, 'id', 7)).toMatch(ID);
    expect(shown(rt, 'id', 7)).not.toBe(BUDI);
  });

  it('an edit beside the ID column tells nothing of which row is new: the first keeps it', () => {
    const rt = sheetWith(people);
    // A copy of Ani written below without onEdit (a script, or the trigger was busy).
    typeInto(rt, `Contacts!A5:${WIDTH}5`, rowsAt(rt, 2));
    rt.user.edit(`Contacts!${col('notes')}2`, [['Pelanggan lama']]);
    expect(shown(rt, 'id', 2)).toBe(idOf(1));
    rt.user.edit(`Contacts!${col('notes')}5`, [['Salinan']]);
    expect(shown(rt, 'id', 2)).toBe(idOf(1));
    expect(shown(rt, 'id', 5)).toMatch(ID);
    expect(shown(rt, 'id', 5)).not.toBe(idOf(1));
  });

  it('Ani and Budi pasted one row down, over Budi and Citra: Ani is the copy, Budi moves', () => {
    const rt = sheetWith(people);
    pasteAt(rt, 3, rowsAt(rt, 2, 2));
    // Ani's copy at 3 gets a new ID; Budi, pasted over Citra, now lives only at 4.
    expect(shown(rt, 'id', 2)).toBe(idOf(1));
    expect(shown(rt, 'id', 3)).toMatch(ID);
    expect(shown(rt, 'id', 3)).not.toBe(idOf(1));
    expect([shown(rt, 'id', 4), shown(rt, 'name', 4)]).toEqual([BUDI, 'Budi']);
    // Citra was pasted over: her ID is on no row now (the user's own overwrite).
    expect([2, 3, 4].map((r) => shown(rt, 'id', r))).not.toContain(idOf(3));
  });

  it('a block with IDs held inside and outside it: every copy gets a new ID, once', () => {
    const rt = sheetWith(people);
    const [ani, budi] = rowsAt(rt, 2, 2);
    const blank = ani.map(() => '');
    const typed = blank.map((_, i) => (i === at('name') - 1 ? 'Dewi' : ''));
    // Rows 6-11: Ani (held at 2), Budi twice (held at 3), a row typed with no ID, Ani, blank.
    pasteAt(rt, 6, [ani, budi, budi, typed, ani, blank]);
    const ids = [6, 7, 8, 9, 10].map((r) => shown(rt, 'id', r));
    ids.forEach((id) => expect(id).toMatch(ID));
    expect(new Set([...ids, idOf(1), BUDI, idOf(3)]).size).toBe(8);
    expect([2, 3, 4].map((r) => shown(rt, 'id', r))).toEqual([idOf(1), BUDI, idOf(3)]);
    expect(shown(rt, 'id', 11)).toBe('');
  });

  it('a block of 20 rows pasted above their originals: all 20 get new IDs', () => {
    const rt = sheetWith(Array.from({ length: 20 }, (_, i) => ({ name: `Kontak ${i + 1}` })));
    rt.user.insertRows('Contacts', 2, 20);
    const originals = Array.from({ length: 20 }, (_, i) => idOf(i + 1));
    const block = rowsAt(rt, 22, 20);
    const work = idColumnWork(rt, 40, () => pasteAt(rt, 2, block));
    const pasted = originals.map((_, i) => shown(rt, 'id', i + 2));
    pasted.forEach((id) => expect(id).toMatch(ID));
    expect(new Set([...pasted, ...originals]).size).toBe(40);
    expect(originals.map((_, i) => shown(rt, 'id', i + 22))).toEqual(originals);
    expect(pasted.map((_, i) => shown(rt, 'name', i + 2))).toEqual(
      originals.map((_, i) => `Kontak ${i + 1}`),
    );
    // Many rows: the ID column is read (before the lock, then under it), never searched.
    expect(work.searches).toBe(0);
    expect(work.reads).toBe(2);
  });
});

/** A row typed without firing onEdit (as an older copy of Prospek, or a script, left it). */
function typedRow(rt: Runtime, row: number, cells: Partial<Record<ContactKey, string>>): void {
  for (const [key, value] of Object.entries(cells)) {
    typeInto(rt, `Contacts!${col(key as ContactKey)}${row}`, [[value]]);
  }
}

const QUALIFIED = { fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' };

describe('every action treats a row without an ID as a contact', () => {
  it('Advance stage moves a typed row, giving it an ID, without Set up', () => {
    const rt = setUpSheet();
    typedRow(rt, 2, { name: 'Ani', ...QUALIFIED });
    selectRows(rt, [2, 2]);
    const summary = lastAlert(menu(rt, 'menuAdvanceStage', ['OK']));
    expect(summary).toContain('Ani: Lead → Prospect');
    expect(summary).not.toMatch(/Set up sheet|ID Prospek can't use/);
    expect(shown(rt, 'id', 2)).toMatch(ID);
    expect(shown(rt, 'stage', 2)).toBe('Prospect');
    expect(shown(rt, 'created', 2)).toBe(NOW);
  });

  it('the sidebar loads a typed row with an ID, and Save saves it', () => {
    const rt = setUpSheet();
    typedRow(rt, 2, { name: 'Dewi', phone: '0812 3456 7890' });
    rt.user.select('Contacts!B2');
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', {});
    expect(load.contact?.id).toMatch(ID);
    expect(shown(rt, 'id', 2)).toBe(load.contact?.id);
    const saved = callOk<SaveContactResult>(rt, 'saveContact', {
      contact: { id: load.contact!.id, name: 'Dewi Lestari' },
      loadedUpdated: load.contact!.updated,
      loadedVersion: load.version,
    });
    expect(saved.contact.name).toBe('Dewi Lestari');
    expect(shown(rt, 'name', 2)).toBe('Dewi Lestari');
  });

  it('the pipeline counts typed rows, and Find duplicates lists them, with IDs given', () => {
    const rt = setUpSheet();
    typedRow(rt, 2, { name: 'Ani', email: 'ani@example.com' });
    typedRow(rt, 3, { name: 'Ani', email: 'ani@example.com' });
    const p = callOk<PipelineSummary>(rt, 'getPipeline');
    expect(p.total).toBe(2);
    expect(p.stages.find((s) => s.stage === 'Lead')?.count).toBe(2);
    expect(shown(rt, 'id', 2)).toMatch(ID);
    const d = callOk<{ groups: { contacts: { id: string }[] }[] }>(rt, 'findDuplicates');
    expect(d.groups).toHaveLength(1);
    expect(d.groups[0].contacts.map((c) => c.id).sort()).toEqual(
      [shown(rt, 'id', 2), shown(rt, 'id', 3)].sort(),
    );
  });

  it('the digest reminds of a typed row without writing to the sheet', () => {
    const rt = setUpSheet();
    saveOk(rt, { hour: 10 });
    typedRow(rt, 2, { name: 'Fajar Nugroho', nextFollowUp: '2026-11-27' });
    clickMenu(rt, 'menuSendTestDigest', { responses: ['OK'] });
    const [test] = digests(rt, { tests: true });
    expect(test.body).toContain('Fajar Nugroho (Lead) follow up today.');
    expect(shown(rt, 'id', 2)).toBe('');
  });

  it('Import counts a typed row as an existing contact: skipped, or filled, never added twice', async () => {
    const file = csv.parseCsv(
      'Name,Email,Phone,Company\n' +
        'Ani Wijaya,ani@example.com,,Toko Ani\n' +
        'Budi Santoso,,0812 1111 2222,\n' +
        'Citra,citra@example.com,,\n',
    );
    const skip = setUpSheet();
    typedRow(skip, 2, { name: 'Ani', email: 'ani@example.com' });
    typedRow(skip, 3, { name: 'Budi Santoso', phone: '0812-1111-2222' });
    const { preview, totals } = await importParsed(skip, file, { policy: 'skip' });
    expect(preview.counts).toMatchObject({ rows: 3, new: 1, existing: 2 });
    expect(totals).toMatchObject({ added: 1, skipped: 2 });
    expect(tabRows(skip, 'Contacts').map((r) => r.Name)).toEqual(['Ani', 'Budi Santoso', 'Citra']);
    // The typed rows were given their IDs on the way, as every action does.
    expect(shown(skip, 'id', 2)).toMatch(ID);
    expect(shown(skip, 'id', 3)).toMatch(ID);

    const fill = setUpSheet();
    typedRow(fill, 2, { name: 'Ani', email: 'ani@example.com' });
    await importParsed(fill, file, { policy: 'fill' });
    const rows = tabRows(fill, 'Contacts');
    expect(rows.map((r) => r.Name)).toEqual(['Ani', 'Budi Santoso', 'Citra']);
    expect(rows[0].Company).toBe('Toko Ani');
  });

  it('a copied row gets a new ID the first time an action sees it, and the summary says so', () => {
    const rt = sheetWith([{ name: 'Budi', ...QUALIFIED }]);
    typeInto(rt, `Contacts!A3:${columnLetter(CONTACT_FIELDS.length)}3`, [
      CONTACT_FIELDS.map((f) => shown(rt, f.key, 2)),
    ]);
    selectRows(rt, [3, 3]);
    const summary = lastAlert(menu(rt, 'menuAdvanceStage', ['OK']));
    const newId = shown(rt, 'id', 3);
    expect(newId).toMatch(ID);
    expect(summary).toContain(
      `Row 3 had the same ID as row 2 (${idOf(1)}), so it looked like a copy; it now has its own ID, ${newId}.`,
    );
    expect(shown(rt, 'id', 2)).toBe(idOf(1));
    expect(shown(rt, 'stage', 3)).toBe('Prospect');
    expect(shown(rt, 'stage', 2)).toBe('Lead');
  });

  it('the sidebar tells of a copy it gave a new ID, and Save then saves the copy only', () => {
    const rt = sheetWith([{ name: 'Budi' }]);
    typeInto(rt, `Contacts!A3:${columnLetter(CONTACT_FIELDS.length)}3`, [
      CONTACT_FIELDS.map((f) => shown(rt, f.key, 2)),
    ]);
    rt.user.select('Contacts!B3');
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', {});
    expect(load.notice).toContain('Row 3 had the same ID as row 2');
    callOk(rt, 'saveContact', {
      contact: { id: load.contact!.id, name: 'Budi (Surabaya)' },
      loadedUpdated: load.contact!.updated,
      loadedVersion: load.version,
    });
    expect(shown(rt, 'name', 3)).toBe('Budi (Surabaya)');
    expect(shown(rt, 'name', 2)).toBe('Budi');
  });
});
