// The sheet's own words: headers, stages, activity types and answers stored in one sheet
// language, chosen at set-up from the spreadsheet's locale and changeable in Settings. Prospek
// reads either language, so a sheet set up in Indonesian works for an English-speaking user and
// the other way round, each seeing their own interface language.
import type { Runtime } from '../../../local/runtime/index';
import { ACTIVITY_FIELDS, CONTACT_FIELDS, mapHeaders } from '../../../src/domain/contact/contact';
import type { Lang } from '../../../src/domain/messages/lang';
import { lastAlert, menu } from '../../support/menu';
import { call, callOk } from '../../support/sidebar';
import {
  clickMenu,
  columnLetter,
  idOf,
  prospek,
  snapshot,
  typeContacts,
} from '../../support/workbook';
import { contact, conversation, selectRows } from './contactsHarness';

/** A sheet set up by the menu with the spreadsheet's locale `locale`, and these rows typed in. */
function sheetIn(locale: string, rows: Record<string, string>[]): Runtime {
  const rt = prospek();
  rt.workbook().locale = locale;
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  typeContacts(rt, rows);
  return rt;
}

/** The Type column of the Activities tab, found by its header in either language. */
function activityTypes(rt: Runtime): string[] {
  const rows = rt.workbook().sheet('Activities')!.rows;
  const col = mapHeaders(rows[0], ACTIVITY_FIELDS).columns.type!;
  return rows
    .slice(1)
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => String(r[col]));
}

const contactsTab = (rt: Runtime) => rt.workbook().sheet('Contacts')!;
const cell = (rt: Runtime, row: number, key: string) =>
  contactsTab(rt).rows[row - 1][CONTACT_FIELDS.findIndex((f) => f.key === key)];

const ID_ROWS = [
  { name: 'Budi', stage: 'Calon', fitsMarket: 'Ya', canAfford: 'Ya', canDecide: 'Ya' },
  { name: 'Sari', stage: 'Calon', fitsMarket: 'Ya', canAfford: 'Ya', canDecide: 'Belum tahu' },
];
const EN_ROWS = [
  { name: 'Budi', stage: 'Lead', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' },
  { name: 'Sari', stage: 'Lead', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Unknown' },
];

describe('set-up picks the sheet language from the spreadsheet locale', () => {
  it('id_ID: Indonesian headers, and a hand-typed row gets the stage Calon', () => {
    const rt = sheetIn('id_ID', []);
    expect(contactsTab(rt).rows[0].slice(0, 4)).toEqual(['ID', 'Nama', 'Perusahaan', 'Email']);
    expect(rt.workbook().sheet('Activities')!.rows[0]).toContain('Jenis');
    // Typed into a tab set up before set-up stored its tabs' IDs: set-up checks its rows once.
    rt.setValues('Contacts!B2', [['Ani']]);
    delete rt.state.properties.document[rt.workbook().id]?.['prospek.sheetId.Contacts'];
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(cell(rt, 2, 'stage')).toBe('Calon');
    // Running it again on an Indonesian sheet adds no English columns.
    expect(contactsTab(rt).rows[0]).not.toContain('Name');
  });

  it('en_US: English headers', () => {
    const rt = sheetIn('en_US', []);
    expect(contactsTab(rt).rows[0].slice(0, 2)).toEqual(['ID', 'Name']);
  });
});

/** Every action a user takes, checked to work and to answer in `expectLang`. */
function everyActionWorks(rt: Runtime, sheet: Lang, user: Lang): void {
  const words = (en: string, id: string) => (sheet === 'id' ? id : en);
  // The sidebar: load a row, save, log a conversation.
  const load = callOk<{ contact: { stage: string } }>(rt, 'loadSidebar', { contactId: idOf(1) });
  expect(load.contact.stage).toBe('Lead');
  const sari = callOk<{ contact: { updated: string }; version: string }>(rt, 'loadSidebar', {
    contactId: idOf(2),
  });
  const saved = callOk<{ contact: { stage: string } }>(rt, 'saveContact', {
    contact: { id: idOf(2), name: 'Sari', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' },
    loadedUpdated: sari.contact.updated,
    loadedVersion: sari.version,
  });
  expect(saved.contact.stage).toBe('Prospect');
  expect(cell(rt, 3, 'stage')).toBe(words('Prospect', 'Prospek'));
  expect(cell(rt, 3, 'canDecide')).toBe(words('Yes', 'Ya'));
  callOk(rt, 'logConversation', conversation(idOf(1), { summary: 'Tanya harga' }));
  const types = activityTypes(rt);
  expect(types).toContain(words('Call', 'Telepon'));
  expect(types).toContain(words('Qualification', 'Kualifikasi'));
  // A menu action: Budi (row 2, qualified) moves on; the alert is in the user's language.
  selectRows(rt, [2, 2]);
  const alert = lastAlert(menu(rt, 'menuAdvanceStage', ['OK']));
  expect(cell(rt, 2, 'stage')).toBe(words('Prospect', 'Prospek'));
  expect(alert).toContain(user === 'id' ? 'Calon → Prospek' : 'Lead → Prospect');
  // The pipeline and the digest read the stages whatever their language.
  const pipeline = callOk<{ stages: { stage: string; count: number }[] }>(rt, 'getPipeline');
  expect(pipeline.stages.find((s) => s.stage === 'Prospect')?.count).toBe(2);
  const digest = menu(rt, 'menuSendTestDigest', ['OK']);
  expect(lastAlert(digest)).toMatch(user === 'id' ? /dikirim|sedang/ : /on its way/);
  const mail = rt.state.outbox.at(-1)!;
  expect(mail.subject).toMatch(user === 'id' ? /pengingat/ : /reminder/);
  // The sidebar page is the user's.
  const page = menu(rt, 'menuOpenSidebar').find((d) => d.type === 'sidebar')!.html!;
  expect(page).toContain(user === 'id' ? 'Calon baru' : 'New lead');
  expect(contact(rt, idOf(1)).stage).toBe('Prospect');
}

describe('a sheet in one language, a user in the other', () => {
  it('Indonesian sheet, English-speaking user: every action works, in English', () => {
    const rt = sheetIn('id_ID', ID_ROWS);
    rt.state.userLocale = 'en_US';
    everyActionWorks(rt, 'id', 'en');
  });

  it('English sheet, Indonesian-speaking user: every action works, in Indonesian', () => {
    const rt = sheetIn('en_US', EN_ROWS);
    rt.state.userLocale = 'id_ID';
    everyActionWorks(rt, 'en', 'id');
  });
});

describe('changing the sheet language in Settings', () => {
  it('rewrites headers and values in one go, and only the cells that change', () => {
    const rt = sheetIn('en_US', EN_ROWS);
    callOk(rt, 'logConversation', conversation(idOf(1), { summary: 'Called' }));
    // A note that happens to say "Yes" is the user's text, not an answer: it stays.
    const notes = columnLetter(CONTACT_FIELDS.findIndex((f) => f.key === 'notes') + 1);
    rt.setValues(`Contacts!${notes}2`, [['Yes']]);
    expect(callOk(rt, 'getSheetLanguage')).toEqual({ lang: 'en' });
    const before = copyTabs(rt);
    const r = callOk<{ lang: string; cells: number }>(rt, 'setSheetLanguage', 'id');
    const changed = diff(before, copyTabs(rt));
    expect(r).toEqual({ lang: 'id', cells: changed.length });
    // Headers that have another Indonesian word (not ID, Email), on both tabs.
    const headers = changed.filter((c) => c.row === 1);
    expect(headers.map((c) => c.value)).toEqual(expect.arrayContaining(['Nama', 'Tahap', 'Jenis']));
    expect(headers.map((c) => c.value)).not.toContain('ID');
    // Values: stages, answers and activity types; nothing else.
    expect(cell(rt, 2, 'stage')).toBe('Calon');
    expect(cell(rt, 3, 'canDecide')).toBe('Belum tahu');
    expect(cell(rt, 2, 'notes')).toBe('Yes');
    expect(activityTypes(rt)).toEqual(['Telepon']);
    const ours = changed.filter((c) => c.row > 1).map((c) => c.value);
    expect(
      ours.every((v) => /^(Calon|Ya|Belum tahu|Telepon|Kualifikasi|Ganti tahap|Prospek)$/.test(v)),
    ).toBe(true);
    expect(callOk(rt, 'getSheetLanguage')).toEqual({ lang: 'id' });
    // Everything still reads; back to English restores every word, and again changes nothing.
    expect(contact(rt, idOf(2)).canDecide).toBe('Unknown');
    callOk(rt, 'setSheetLanguage', 'en');
    expect(copyTabs(rt)).toEqual(before);
    const snap = snapshot(rt);
    expect(callOk<{ cells: number }>(rt, 'setSheetLanguage', 'en').cells).toBe(0);
    expect(snapshot(rt)).toEqual(snap);
  });

  it('refuses a language it does not know, changing nothing', () => {
    const rt = sheetIn('en_US', EN_ROWS);
    const snap = snapshot(rt);
    expect(call(rt, 'setSheetLanguage', 'fr').ok).toBe(false);
    expect(snapshot(rt)).toEqual(snap);
  });
});

/** Both tabs' cells, copied. */
function copyTabs(rt: Runtime): unknown[][][] {
  return ['Contacts', 'Activities'].map((t) =>
    rt
      .workbook()
      .sheet(t)!
      .rows.map((r) => [...r]),
  );
}

/** The cells that differ between two copies: tab, 1-based row, and the new value. */
function diff(a: unknown[][][], b: unknown[][][]): { tab: number; row: number; value: string }[] {
  const out: { tab: number; row: number; value: string }[] = [];
  b.forEach((rows, t) =>
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== a[t][i]?.[j]) out.push({ tab: t, row: i + 1, value: String(v) });
      }),
    ),
  );
  return out;
}

describe('imports with Indonesian headers', () => {
  it('map onto the contact fields on their own', () => {
    const rt = sheetIn('en_US', []);
    const header = ['Nama', 'Perusahaan', 'No HP', 'Email', 'Alamat pos', 'Ulang tahun', 'Catatan'];
    const { suggestMapping } = jest.requireActual<
      typeof import('../../../src/domain/import/mapping')
    >('../../../src/domain/import/mapping');
    expect(suggestMapping(header)).toEqual([
      'name',
      'company',
      'phone',
      'email',
      'address',
      'birthday',
      'notes',
    ]);
    expect(rt).toBeDefined();
  });
});
