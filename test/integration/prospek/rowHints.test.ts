// Row hints (issue 15): every reply that shows a contact names its sheet row, and the sidebar
// sends it back with the next request about that contact. The server reads that row instead of
// searching the ID column, and falls back to the search when the row no longer holds the contact
// (sorted, rows deleted or inserted above, past the end), so the answer is always the contact
// with that ID, written in the row that holds it.
import { CONTACT_FIELDS, type Contact, type ContactKey } from '../../../src/domain/contact/contact';
import type {
  LogConversationResult,
  Reply,
  SaveContactResult,
  SidebarLoad,
} from '../../../src/sidebarApi';
import type { PipelineView } from '../../../src/domain/pipeline/steps';
import type { Runtime } from '../../../local/runtime/index';
import { call, callOk } from '../../support/sidebar';
import { columnLetter, idOf, sheetWith, snapshot, tabRows } from '../../support/workbook';
import { activityRows, bigSheet, conversation } from './contactsHarness';

const header = (key: ContactKey) => CONTACT_FIELDS.find((f) => f.key === key)!.header;
const at = (key: ContactKey) => CONTACT_FIELDS.findIndex((f) => f.key === key) + 1;
const WIDTH = columnLetter(CONTACT_FIELDS.length);
/** A cell of the Contacts tab as the user reads it. */
const cell = (rt: Runtime, key: ContactKey, row: number) =>
  String(tabRows(rt, 'Contacts')[row - 2]?.[header(key)] ?? '');

/** Cells TextFinder searched, and TextFinder calls, during one sidebar call. */
function searching<T>(rt: Runtime, fn: string, ...args: unknown[]) {
  const from = rt.calls.records.length;
  const reply = call<T>(rt, fn, ...args);
  const finds = rt.calls.records.slice(from).filter((r) => r.method.startsWith('TextFinder.'));
  return { reply, calls: finds.length, cells: finds.reduce((n, r) => n + r.cellsRead, 0) };
}

function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(reply.message);
  return reply.value;
}

/** The form's fields for a save of `c` with `changes`, as the Contact tab sends them. */
function saveRequest(view: SidebarLoad, changes: Partial<Contact>, row?: number) {
  const c = view.contact as Contact;
  return {
    contact: { id: c.id, name: c.name, phone: c.phone, notes: c.notes, ...changes },
    loadedUpdated: c.updated,
    loadedVersion: view.version,
    ...(row === undefined ? {} : { row }),
  };
}

describe('a hint that still holds the contact', () => {
  // 3,000 contacts: a search of the ID column covers more cells than that; the Activities tab
  // (searched for the timeline) is empty and small.
  const CONTACTS = 3000;
  const id = idOf(1500);

  it('names the row in every reply that shows the contact', () => {
    const rt = bigSheet(CONTACTS);
    const view = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: id });
    expect(view.row).toBe(1501);
    const saved = callOk<SaveContactResult>(rt, 'saveContact', saveRequest(view, {}, 1501));
    expect(saved.row).toBe(1501);
    const logged = callOk<LogConversationResult>(
      rt,
      'logConversation',
      conversation(id, { summary: 'Called' }),
    );
    expect(logged.row).toBe(1501);
  });

  it('load, save and log read that row and do not search the ID column', () => {
    const rt = bigSheet(CONTACTS);
    const first = searching<SidebarLoad>(rt, 'loadSidebar', { contactId: id });
    // Without a hint the ID column is searched: the baseline the hint must beat.
    expect(first.cells).toBeGreaterThan(CONTACTS);
    const view = value(first.reply);

    const reload = searching<SidebarLoad>(rt, 'loadSidebar', { contactId: id, row: view.row });
    expect(value(reload.reply).contact?.id).toBe(id);
    expect(reload.cells).toBeLessThan(CONTACTS);

    const save = searching<SaveContactResult>(
      rt,
      'saveContact',
      saveRequest(view, { phone: '0812 1111 2222' }, view.row),
    );
    expect(value(save.reply).contact.phone).toBe('0812 1111 2222');
    expect(save.cells).toBeLessThan(CONTACTS);
    expect(cell(rt, 'phone', 1501)).toBe('0812 1111 2222');

    const log = searching<LogConversationResult>(rt, 'logConversation', {
      ...conversation(id, { summary: 'Asked for the price list' }),
      row: view.row,
    });
    expect(value(log.reply).contact.lastContacted).not.toBe('');
    expect(log.cells).toBeLessThan(CONTACTS);
    expect(cell(rt, 'lastContacted', 1501)).not.toBe('');
  });

  it("selecting the contact's row at the hint makes no search at all", () => {
    const rt = bigSheet(CONTACTS);
    const hinted = searching<{ row: number }>(rt, 'selectContactRow', id, 1501);
    expect(value(hinted.reply)).toEqual({ row: 1501 });
    expect(hinted.calls).toBe(0);
    expect(rt.workbook().selection.map((r) => r.row)).toEqual([1501]);
    const unhinted = searching<{ row: number }>(rt, 'selectContactRow', id);
    expect(value(unhinted.reply)).toEqual({ row: 1501 });
    expect(unhinted.cells).toBeGreaterThan(CONTACTS);
  });
});

const people = [
  { name: 'Ani', phone: '0811 0000 0001' },
  { name: 'Budi', phone: '0811 0000 0002' },
  { name: 'Citra', phone: '0811 0000 0003' },
  { name: 'Dewi', phone: '0811 0000 0004' },
  { name: 'Eko', phone: '0811 0000 0005' },
];
const QUALIFIED = { fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' } as const;
/** Budi and Citra, typed into rows 3 and 4. */
const BUDI = idOf(2);
const CITRA = idOf(3);

function shownAt(rt: Runtime, id: string, row: number): SidebarLoad {
  const view = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: id });
  expect(view.row).toBe(row);
  return view;
}
const citraShown = (rt: Runtime) => shownAt(rt, CITRA, 4);

/** The row whose ID cell holds `id`, as the user finds it. */
const rowOf = (rt: Runtime, id: string) =>
  tabRows(rt, 'Contacts').findIndex((r) => r[header('id')] === id) + 2;

describe('a hint gone stale: still the contact with that ID, written in its row', () => {
  const moves: [string, (rt: Runtime) => void][] = [
    ['the tab sorted', (rt) => void rt.user.sort(`Contacts!A2:${WIDTH}6`, at('name'), false)],
    ['a row deleted above', (rt) => void rt.user.deleteRows('Contacts', 2)],
    ['a row inserted above', (rt) => void rt.user.insertRows('Contacts', 2)],
  ];

  it.each(moves)('%s: a save', (_, move) => {
    const rt = sheetWith(people);
    const view = shownAt(rt, BUDI, 3);
    move(rt);
    const now = rowOf(rt, BUDI);
    expect(now).not.toBe(3);
    const before = tabRows(rt, 'Contacts');
    const saved = callOk<SaveContactResult>(
      rt,
      'saveContact',
      saveRequest(view, { notes: 'Wants delivery' }, view.row),
    );
    expect(saved.contact.id).toBe(BUDI);
    expect(saved.row).toBe(now);
    const after = tabRows(rt, 'Contacts');
    expect(after[now - 2][header('notes')]).toBe('Wants delivery');
    // Every other row is as it was: nothing was written in the row the hint named.
    after.forEach((r, i) => {
      if (i !== now - 2) expect(r).toEqual(before[i]);
    });
  });

  it.each(moves)('%s: a log, a load and selecting the row', (_, move) => {
    const rt = sheetWith(people);
    const view = shownAt(rt, BUDI, 3);
    move(rt);
    const now = rowOf(rt, BUDI);
    const logged = callOk<LogConversationResult>(rt, 'logConversation', {
      ...conversation(BUDI, { summary: 'Called back' }),
      row: view.row,
    });
    expect([logged.contact.id, logged.row]).toEqual([BUDI, now]);
    expect(cell(rt, 'lastContacted', now)).not.toBe('');
    expect(cell(rt, 'lastContacted', 3)).toBe('');
    const loaded = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: BUDI, row: view.row });
    expect([loaded.contact?.id, loaded.row]).toEqual([BUDI, now]);
    expect(callOk(rt, 'selectContactRow', BUDI, view.row)).toEqual({ row: now });
  });

  it('a hint past the last row falls back to the search, with no error', () => {
    const rt = sheetWith(people);
    const view = citraShown(rt);
    const past = rt.workbook().sheet('Contacts')!.maxRows + 10;
    const loaded = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: CITRA, row: past });
    expect(loaded.row).toBe(4);
    expect(callOk(rt, 'selectContactRow', CITRA, past)).toEqual({ row: 4 });
    const saved = callOk<SaveContactResult>(
      rt,
      'saveContact',
      saveRequest(view, { notes: 'Past the end' }, past),
    );
    expect(saved.row).toBe(4);
    expect(cell(rt, 'notes', 4)).toBe('Past the end');
    const logged = callOk<LogConversationResult>(rt, 'logConversation', {
      ...conversation(CITRA, { summary: 'Called' }),
      row: past,
    });
    expect(logged.row).toBe(4);
  });

  it('a contact gone from the sheet is still refused, hint or not', () => {
    const rt = sheetWith(people);
    const view = citraShown(rt);
    rt.user.deleteRows('Contacts', 4);
    const r = call(rt, 'saveContact', saveRequest(view, { notes: 'x' }, 4));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toEqual(['id']);
  });
});

describe('an invalid hint is refused on `row`, and nothing is written', () => {
  const bad: unknown[] = [1, 0, -3, 2.5, '4', true, Number.NaN, 1e300];

  it.each(bad)('row %p', (row) => {
    const rt = sheetWith(people);
    const view = citraShown(rt);
    const before = snapshot(rt);
    const replies = [
      call(rt, 'loadSidebar', { contactId: CITRA, row }),
      call(rt, 'saveContact', { ...saveRequest(view, { notes: 'x' }), row }),
      call(rt, 'logConversation', { ...conversation(CITRA, { summary: 'x' }), row }),
      call(rt, 'selectContactRow', CITRA, row),
      call(rt, 'sendLeadForm', { contactId: CITRA, row }),
    ];
    for (const r of replies) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues.map((i) => i.field)).toEqual(['row']);
      expect(r.message).toBe(
        "The contact's row must be a whole number from 2 up (row 1 is the header).",
      );
    }
    expect(snapshot(rt)).toEqual(before);
  });

  it('says so in Bahasa Indonesia on an Indonesian page', () => {
    const rt = sheetWith(people);
    const view = citraShown(rt);
    const r = call(rt, 'saveContact', { ...saveRequest(view, {}), lang: 'id', row: 1 });
    expect(r.ok ? '' : r.message).toBe(
      'Baris kontak harus bilangan bulat mulai dari 2 (baris 1 adalah judul).',
    );
  });
});

describe('a copy of the contact pasted by the user', () => {
  /** The user copies row `from` whole and pastes it over row `to` (onEdit runs). */
  function paste(rt: Runtime, from: number, to: number): void {
    const values = rt.getValues(`Contacts!A${from}:${WIDTH}${from}`);
    rt.user.edit(`Contacts!A${to}`, values);
  }

  it('below the hinted row: onEdit gives the copy its own ID; the save writes the row shown', () => {
    const rt = sheetWith(people);
    const view = citraShown(rt);
    paste(rt, 4, 7);
    expect(cell(rt, 'id', 7)).not.toBe(CITRA);
    const saved = callOk<SaveContactResult>(
      rt,
      'saveContact',
      saveRequest(view, { notes: 'Original' }, view.row),
    );
    expect(saved.row).toBe(4);
    expect(cell(rt, 'notes', 4)).toBe('Original');
    expect(cell(rt, 'notes', 7)).toBe('');
  });

  it('above the hinted row: onEdit gives the copy its own ID; the save writes the row shown', () => {
    const rt = sheetWith(people);
    callOk(rt, 'logConversation', conversation(CITRA, { summary: 'Asked for the price list' }));
    rt.user.insertRows('Contacts', 2);
    const view = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: CITRA });
    expect(view.row).toBe(5);
    paste(rt, 5, 2);
    const copy = cell(rt, 'id', 2);
    expect(copy).not.toBe(CITRA);
    expect(copy).not.toBe('');
    expect(cell(rt, 'id', 5)).toBe(CITRA);
    const saved = callOk<SaveContactResult>(
      rt,
      'saveContact',
      saveRequest(view, { notes: 'Seen in the sidebar', ...QUALIFIED }, view.row),
    );
    expect([saved.contact.id, saved.row]).toEqual([CITRA, 5]);
    expect(cell(rt, 'notes', 5)).toBe('Seen in the sidebar');
    expect(cell(rt, 'notes', 2)).toBe('');
    // The history stays with the row shown: the earlier call and the save's entry carry its ID.
    const log = activityRows(rt);
    expect(log.length).toBeGreaterThan(1);
    expect(log.map((a) => a.contactId)).toEqual(log.map(() => CITRA));
    // Without the hint the search finds the same row, and a whole-tab action changes nothing.
    const unhinted = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: CITRA });
    expect(unhinted.row).toBe(5);
    expect(unhinted.timeline.map((a) => a.summary)).toContain('Asked for the price list');
    callOk(rt, 'getPipeline');
    expect([cell(rt, 'id', 2), cell(rt, 'id', 5)]).toEqual([copy, CITRA]);
  });
});

describe("the pipeline's cards", () => {
  it('list each person with their row, which opening them sends back', () => {
    const rt = sheetWith([
      ...people,
      { name: 'Fajar', stage: 'Prospect', nextFollowUp: '2026-11-20' },
      { name: 'Gita', stage: 'Prospect', nextFollowUp: '2026-11-27', birthday: '1990-11-30' },
    ]);
    const p = callOk<PipelineView>(rt, 'getPipeline');
    const fajar = p.overdueFollowUps.find((f) => f.name === 'Fajar');
    const gita = p.followUpsDueToday.find((f) => f.name === 'Gita');
    expect([fajar?.row, gita?.row, p.birthdays.find((b) => b.name === 'Gita')?.row]).toEqual([
      7, 8, 8,
    ]);
    // As the card opens Fajar: the load with the listed row, then the row selected with the
    // row that load gave; neither searches.
    const load = searching<SidebarLoad>(rt, 'loadSidebar', { contactId: fajar?.id, row: 7 });
    expect(value(load.reply).contact?.name).toBe('Fajar');
    const select = searching(rt, 'selectContactRow', fajar?.id, value(load.reply).row);
    expect(value(select.reply)).toEqual({ row: 7 });
    expect(select.calls).toBe(0);
  });
});
