// The sidebar's server side on the built bundle: opening it on a tab, loading the active row's
// contact with its timeline, saving (new lead, qualification, conflicts, bad values), selecting
// a contact's row.
import { CONTACT_FIELDS, EDITABLE_CONTACT_KEYS } from '../../../src/domain/contact/contact';
import type { SaveContactResult, SidebarLoad } from '../../../src/sidebarApi';
import { marshalResult } from '../../../local/preview/marshal';
import { idOf, prospek, sheetWith, snapshot } from '../../support/workbook';
import { menu } from '../../support/menu';
import { call, callOk } from '../../support/sidebar';
import {
  activityRows,
  colOf,
  contact,
  conversation,
  selectRows,
  typeCell,
} from './contactsHarness';

const BUDI = { name: 'Budi Santoso', company: 'Toko Budi', phone: '0812 3456 789' };
const SARI = { name: 'Sari Dewi', email: 'sari@example.com', fitsMarket: 'Yes' };

describe('opening the sidebar', () => {
  it.each([
    ['menuOpenSidebar', 'contact'],
    ['menuOpenPipeline', 'pipeline'],
    ['menuLogConversation', 'conversations'],
  ])('%s shows the built Sidebar titled Prospek on the %s tab', (fn, tab) => {
    const rt = sheetWith([BUDI]);
    selectRows(rt, [2, 2]);
    const shown = menu(rt, fn).filter((d) => d.type === 'sidebar');
    expect(shown).toHaveLength(1);
    expect(shown[0].title).toBe('Prospek');
    expect(shown[0].html).toContain(`<main id="app" data-tab="${tab}">`);
    expect(shown[0].html!.match(/data-tab="/g)).toHaveLength(1);
    // The rest of the page is the built file, untouched.
    expect(shown[0].html).toContain('</html>');
    expect(rt.ui.sidebar?.html).toBe(shown[0].html);
  });

  it.each([
    ['the header row', 1],
    ['an empty row', 7],
  ])('Log a conversation on %s says to select a contact instead', (_what, row) => {
    const rt = sheetWith([BUDI]);
    selectRows(rt, [row, row]);
    const dialogs = menu(rt, 'menuLogConversation', ['OK']);
    expect(dialogs.map((d) => d.type)).toEqual(['alert']);
    expect(dialogs[0].message).toMatch(/Select a contact's row on the Contacts tab first/);
    expect(rt.ui.sidebar).toBeNull();
  });

  it('the Prospek menu lists every action, each an entry point of the bundle', () => {
    const rt = prospek();
    rt.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE', kind: 'simpleTrigger' });
    const items = rt.ui.menus[0].items.filter((i) => i.functionName);
    expect(items.map((i) => i.caption)).toEqual(
      expect.arrayContaining([
        'Open sidebar',
        'Log a conversation',
        'Pipeline',
        'Advance stage',
        'Move back a stage',
        'Not ready — follow up on…',
        'Said no — keep in touch?',
        'Not a fit',
        'Reopen',
        'Record a sale',
      ]),
    );
    for (const item of items) {
      expect(() => rt.run(item.functionName!, [], { kind: 'menu', responses: [] })).not.toThrow(
        /Script function not found/,
      );
    }
  });
});

describe('loadSidebar', () => {
  it("loads the active row's contact and its timeline in one call", () => {
    const rt = sheetWith([BUDI, SARI]);
    selectRows(rt, [3, 3]);
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', {});
    expect(load.contact).toMatchObject({ id: idOf(2), name: 'Sari Dewi', fitsMarket: 'Yes' });
    expect(load.notice).toBe('');
    expect(load.timeline).toEqual([]);
    expect(load.today).toBe('2026-11-27');
    expect(load.timeZone).toBe('Asia/Jakarta');
    expect(load.me).toBe('rep@example.com');
    expect(load.version).toMatch(/^v1:/);
  });

  it('returns the timeline newest first', () => {
    const rt = sheetWith([BUDI, SARI]);
    for (const summary of ['first call', 'second call']) {
      callOk(rt, 'logConversation', conversation(idOf(1), { summary }));
      rt.advanceBy(60_000);
    }
    callOk(rt, 'logConversation', conversation(idOf(2), { summary: 'not Budi' }));
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: idOf(1) });
    expect(load.timeline.map((a) => a.summary)).toEqual(['second call', 'first call']);
  });

  it.each([
    ['the header row', 1, "Row 1 holds the column headers. Select a contact's row"],
    ['an empty row', 9, 'Row 9 has no contact. Fill in the form to add a new lead.'],
  ])('on %s: a blank form and a plain notice', (_what, row, notice) => {
    const rt = sheetWith([BUDI]);
    selectRows(rt, [row, row]);
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', {});
    expect(load.contact).toBeNull();
    expect(load.notice).toContain(notice);
  });

  it('on another tab: a blank form and a notice naming the tab', () => {
    const rt = sheetWith([BUDI]);
    const ss = rt.workbook();
    ss.select(ss.sheet('Activities')!, [{ row: 2, column: 1, numRows: 1, numColumns: 1 }]);
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', {});
    expect(load.contact).toBeNull();
    expect(load.notice).toContain('The selection is on the "Activities" tab');
  });

  it('by ID; an ID no longer in the sheet gives a blank form and says so', () => {
    const rt = sheetWith([BUDI, SARI]);
    expect(callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: idOf(1) }).contact?.name).toBe(
      'Budi Santoso',
    );
    const gone = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: 'C-GONE00' });
    expect(gone.contact).toBeNull();
    expect(gone.notice).toMatch(/no longer in the sheet/);
  });

  it('in a spreadsheet never set up: a blank form, and nothing written', () => {
    const rt = prospek();
    const before = snapshot(rt);
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', {});
    expect(load.contact).toBeNull();
    expect(load.timeZone).toBe('Asia/Jakarta');
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('loadSidebarPart', () => {
  it("answers a part's script in the language asked for, changing nothing in the sheet", () => {
    const rt = sheetWith([BUDI]);
    const before = snapshot(rt);
    const en = callOk<{ script: string }>(rt, 'loadSidebarPart', { part: 'import', lang: 'en' });
    const id = callOk<{ script: string }>(rt, 'loadSidebarPart', { part: 'import', lang: 'id' });
    expect(en.script).toContain('Import leads');
    expect(id.script).toContain('Impor calon pelanggan');
    expect(id.script).not.toContain('Import leads');
    // The file's <script> element is unwrapped: the page runs the script itself.
    expect(en.script).not.toMatch(/^\s*<script>|<\/script>\s*$/);
    const settings = callOk<{ script: string }>(rt, 'loadSidebarPart', {
      part: 'settings',
      lang: 'en',
    });
    expect(settings.script).toContain('registerPart');
    expect(snapshot(rt)).toEqual(before);
  });

  it.each([
    [{ part: 'Code', lang: 'en' }, 'part'],
    [{ part: '../Sidebar', lang: 'en' }, 'part'],
    // 'id' + 'en' would name SidebarId.html, the whole Indonesian page: not a part.
    [{ part: 'id', lang: 'en' }, 'part'],
    [{ part: 'import', lang: 'fr' }, 'lang'],
  ])('refuses %j on its %s: only the sidebar parts, in a known language', (request, field) => {
    const rt = sheetWith([BUDI]);
    const r = call(rt, 'loadSidebarPart', request);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual([field]);
  });

  it('refuses a request that is no record', () => {
    const rt = sheetWith([BUDI]);
    expect(call(rt, 'loadSidebarPart', null).ok).toBe(false);
  });
});

describe('saveContact', () => {
  it('saves a new lead: appended row, owner and created set, one qualification entry', () => {
    const rt = sheetWith([BUDI]);
    const saved = callOk<SaveContactResult>(rt, 'saveContact', {
      contact: { name: 'Ani Wijaya', phone: '+62 812-1111-2222', source: 'in person' },
      loadedUpdated: '',
    });
    expect(saved.created).toBe(true);
    expect(saved.stageChanged).toBe(false);
    expect(saved.contact).toMatchObject({
      name: 'Ani Wijaya',
      phone: '+62 812-1111-2222',
      source: 'In person',
      stage: 'Lead',
      owner: 'rep@example.com',
    });
    expect(saved.contact.id).toMatch(/^C-[0-9A-Z]{6}$/);
    expect(saved.contact.created).toBe('2026-11-27T02:00:00.000Z');
    const sheet = rt.workbook().sheet('Contacts')!;
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows[2][colOf('id') - 1]).toBe(saved.contact.id);
    expect(saved.timeline.map((a) => a.type)).toEqual(['Qualification']);
    expect(contact(rt, saved.contact.id)).toEqual(saved.contact);
  });

  it('with the Activities tab deleted: sets it up first and saves the lead once', () => {
    const rt = sheetWith([BUDI]);
    const wb = rt.workbook();
    wb.sheets = wb.sheets.filter((sh) => sh.name !== 'Activities');
    const saved = callOk<SaveContactResult>(rt, 'saveContact', {
      contact: { name: 'Ani Wijaya' },
      loadedUpdated: '',
    });
    expect(rt.workbook().sheet('Contacts')!.rows).toHaveLength(3);
    expect(activityRows(rt)).toEqual([
      expect.objectContaining({ contactId: saved.contact.id, type: 'Qualification' }),
    ]);
  });

  it('logs a conversation once when the Activities tab was deleted', () => {
    const rt = sheetWith([BUDI]);
    const wb = rt.workbook();
    wb.sheets = wb.sheets.filter((sh) => sh.name !== 'Activities');
    callOk(
      rt,
      'logConversation',
      conversation(idOf(1), { summary: 'Called about the price list' }),
    );
    expect(activityRows(rt)).toEqual([
      expect.objectContaining({ contactId: idOf(1), summary: 'Called about the price list' }),
    ]);
    expect(contact(rt, idOf(1)).lastContacted).toBe('2026-11-27');
  });

  it('qualifies a lead into a prospect: one Lead → Prospect move, the answers logged apart', () => {
    const rt = sheetWith([BUDI]);
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: idOf(1) });
    rt.advanceBy(60_000);
    const saved = callOk<SaveContactResult>(rt, 'saveContact', {
      contact: {
        id: idOf(1),
        name: 'Budi Santoso',
        fitsMarket: 'Yes',
        fitsMarketNote: 'runs a shop in our area',
        canAfford: 'Yes',
        canDecide: 'Yes',
      },
      loadedUpdated: load.contact!.updated,
      loadedVersion: load.version,
    });
    expect(saved.stageChanged).toBe(true);
    expect(saved.contact.stage).toBe('Prospect');
    expect(saved.contact.updated).toBe('2026-11-27T02:01:00.000Z');
    expect(saved.contact.company).toBe('Toko Budi'); // not in the form: kept
    const log = activityRows(rt);
    // One move in the history; the qualification entry records the answers only.
    expect(log.map((a) => [a.type, a.fromStage, a.toStage, a.by, a.contactId])).toEqual([
      ['Stage change', 'Lead', 'Prospect', 'rep@example.com', idOf(1)],
      ['Qualification', '', '', 'rep@example.com', idOf(1)],
    ]);
    expect(log[1].summary).toMatch(/^Fits target market: Yes; Can afford: Yes; Can decide: Yes\./);
    expect(saved.timeline.map((a) => a.type).sort()).toEqual(['Qualification', 'Stage change']);
    // The version given back is the row as stored: saving again is not a conflict.
    const again = call(rt, 'saveContact', {
      contact: { id: idOf(1), name: 'Budi S.' },
      loadedUpdated: saved.contact.updated,
      loadedVersion: saved.version,
    });
    expect(again.ok).toBe(true);
  });

  it('a Not yet answer makes the lead Not ready with the Settings default follow-up', () => {
    const rt = sheetWith([BUDI]);
    expect(callOk<SidebarLoad>(rt, 'loadSidebar', {}).notReadyDays).toBe(30);
    const prefs = { enabled: false, hour: 8, recipient: '', scope: 'mine', cardLeadDays: 7 };
    callOk(rt, 'saveReminderSettings', {
      ...prefs,
      staleDays: 14,
      keepInTouch: true,
      notReadyDays: 45,
    });
    expect(callOk<SidebarLoad>(rt, 'loadSidebar', {}).notReadyDays).toBe(45);
    const budget = {
      name: 'Ani Wijaya',
      fitsMarket: 'Yes',
      canAfford: 'not yet',
      canDecide: 'Yes',
    };
    const saved = callOk<SaveContactResult>(rt, 'saveContact', {
      contact: budget,
      loadedUpdated: '',
    });
    // Today is 2026-11-27 in the test workbook: 45 days on.
    expect(saved.contact).toMatchObject({
      stage: 'Not ready',
      canAfford: 'Not yet',
      nextFollowUp: '2027-01-11',
    });
    // A date typed in the form is kept.
    const own = callOk<SaveContactResult>(rt, 'saveContact', {
      contact: { ...budget, name: 'Rudi', nextFollowUp: '2027-03-01' },
      loadedUpdated: '',
    });
    expect(own.contact).toMatchObject({ stage: 'Not ready', nextFollowUp: '2027-03-01' });
    // The No is what files someone under Not a fit, never the Not yet.
    const no = callOk<SaveContactResult>(rt, 'saveContact', {
      contact: { ...budget, name: 'Tono', canDecide: 'No' },
      loadedUpdated: '',
    });
    expect(no.contact).toMatchObject({ stage: 'Not a fit', nextFollowUp: '' });
  });

  it('refuses a save over a row typed into since the load, naming the field; nothing written', () => {
    const rt = sheetWith([BUDI]);
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: idOf(1) });
    typeCell(rt, 2, 'phone', "'0813 0000 000");
    const before = snapshot(rt);
    const r = call(rt, 'saveContact', {
      contact: { id: idOf(1), name: 'Budi Santoso', company: 'Toko Baru' },
      loadedUpdated: load.contact!.updated,
      loadedVersion: load.version,
    });
    expect(r).toEqual({
      ok: false,
      message:
        'Budi Santoso was changed since you opened it (Phone). Nothing was saved: reload to see the changes, then save again.',
      issues: [{ field: 'id', message: expect.stringContaining('(Phone)') }],
    });
    expect(snapshot(rt)).toEqual(before);
  });

  it('refuses a save over a newer Prospek save, saying who made it (loadedUpdated only)', () => {
    const rt = sheetWith([BUDI]);
    const mine = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: idOf(1) });
    rt.advanceBy(60_000);
    const theirs = rt.run<{ ok: boolean }>(
      'saveContact',
      [
        {
          contact: { id: idOf(1), name: 'Budi Santoso', fitsMarket: 'No' },
          loadedUpdated: mine.contact!.updated,
        },
      ],
      { kind: 'sidebar', user: 'boss@example.com' },
    );
    expect(theirs.ok).toBe(true);
    const before = snapshot(rt);
    const r = call(rt, 'saveContact', {
      contact: { id: idOf(1), name: 'Budi Santoso', company: 'Toko Baru' },
      loadedUpdated: mine.contact!.updated,
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(
      /was changed since you opened it, last by boss@example\.com/,
    );
    expect(snapshot(rt)).toEqual(before);
  });

  it('says so when the contact was deleted since the load, and writes nothing', () => {
    const rt = sheetWith([BUDI, SARI]);
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: idOf(1) });
    const sheet = rt.workbook().sheet('Contacts')!;
    sheet.rows.splice(1, 1); // the row is deleted: Sari moves up
    const before = snapshot(rt);
    const r = call(rt, 'saveContact', {
      contact: { id: idOf(1), name: 'Budi Santoso' },
      loadedUpdated: load.contact!.updated,
      loadedVersion: load.version,
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/no longer in the sheet/);
    expect(!r.ok && r.issues[0].field).toBe('id');
    expect(snapshot(rt)).toEqual(before);
  });

  const long = (n: number) => 'x'.repeat(n);
  const BAD: Record<(typeof EDITABLE_CONTACT_KEYS)[number], [unknown, RegExp]> = {
    name: ['', /Name is required/],
    company: [long(201), /Company is too long/],
    email: ['budi at example', /Email doesn't look like an email address/],
    phone: ['call me maybe', /Phone must be a phone number/],
    address: [long(1001), /Postal address is too long/],
    birthday: ['31 Feb', /Birthday/],
    source: ['Carrier pigeon', /Lead source must be one of/],
    owner: ['the boss', /Owner doesn't look like an email address/],
    fitsMarket: ['Maybe', /Fits target market must be one of: Yes, Not yet, No, Unknown/],
    fitsMarketNote: [long(2001), /Target market evidence is too long/],
    canAfford: [true, /Can afford must be text/],
    canAffordNote: [long(2001), /Affordability evidence is too long/],
    canDecide: ['Sometimes', /Can decide must be one of/],
    canDecideNote: [long(2001), /Decision evidence is too long/],
    readiness: ['Tomorrow', /Readiness must be one of: Ready now, Not yet, Unknown/],
    nextFollowUp: ['2026-02-30', /Next follow-up must be a real date/],
    notes: [long(50001), /Notes is longer than a spreadsheet cell holds/],
  };

  it('covers every editable field', () => {
    expect(Object.keys(BAD).sort()).toEqual([...EDITABLE_CONTACT_KEYS].sort());
  });

  it.each(Object.entries(BAD))(
    'a bad %s is named and nothing is written, for a new or an existing contact',
    (field, [value, message]) => {
      const rt = sheetWith([BUDI]);
      const load = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: idOf(1) });
      const before = snapshot(rt);
      for (const id of [undefined, idOf(1)]) {
        const form: Record<string, unknown> = { name: 'Budi Santoso', [field]: value };
        if (id) form.id = id;
        const r = call(rt, 'saveContact', {
          contact: form,
          loadedUpdated: load.contact!.updated,
          loadedVersion: load.version,
        });
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.issues.map((i) => i.field)).toEqual([field]);
        expect(r.message).toMatch(message);
      }
      expect(snapshot(rt)).toEqual(before);
    },
  );

  it.each([
    ['a stage (changed only by the stage actions)', { name: 'X', stage: 'Customer' }, 'stage'],
    ['an unknown field', { name: 'X', favouriteColour: 'blue' }, 'favouriteColour'],
    ['a malformed ID', { id: 'not an id!', name: 'X' }, 'id'],
  ])('refuses %s, naming it', (_what, form, field) => {
    const rt = sheetWith([BUDI]);
    const before = snapshot(rt);
    const r = call(rt, 'saveContact', { contact: form, loadedUpdated: '' });
    expect(!r.ok && r.issues.map((i) => i.field)).toEqual([field]);
    expect(snapshot(rt)).toEqual(before);
  });

  it('refuses a payload that is not an object', () => {
    const rt = sheetWith([]);
    for (const payload of [null, 'Budi', [1, 2]]) {
      const r = call(rt, 'saveContact', payload);
      expect(r.ok).toBe(false);
    }
  });
});

describe('selectContactRow', () => {
  it("activates the contact's row on the Contacts tab", () => {
    const rt = sheetWith([BUDI, SARI]);
    const ss = rt.workbook();
    ss.select(ss.sheet('Activities')!, [{ row: 1, column: 1, numRows: 1, numColumns: 1 }]);
    expect(callOk(rt, 'selectContactRow', idOf(2))).toEqual({ row: 3 });
    expect(ss.activeSheet().name).toBe('Contacts');
    expect(ss.selection).toEqual([
      { row: 3, column: 1, numRows: 1, numColumns: CONTACT_FIELDS.length },
    ]);
  });

  it('says so for a contact no longer in the sheet', () => {
    const rt = sheetWith([BUDI]);
    const r = call(rt, 'selectContactRow', 'C-GONE00');
    expect(!r.ok && r.message).toMatch(/no longer in the sheet/);
  });
});

describe('what crosses google.script.run', () => {
  // A Date anywhere in a server function's result reaches the page as null (marshalResult
  // mirrors Google): every reply the sidebar reads must carry its dates as ISO strings.
  it('every sidebar reply is JSON as sent, its dates ISO strings, on a sheet with date cells', () => {
    const rt = sheetWith([{ ...BUDI, birthday: '1986-12-01', nextFollowUp: '2026-12-03' }]);
    const replies: [string, unknown][] = [];
    const record = (fn: string, ...args: unknown[]) => {
      const r = call(rt, fn, ...args);
      replies.push([fn, r]);
      return r;
    };
    record(
      'logConversation',
      conversation(idOf(1), { summary: 'Called', followUpOn: '2026-12-05' }),
    );
    const load = record('loadSidebar', { contactId: idOf(1) });
    const loaded = (load.ok && (load.value as SidebarLoad)) as SidebarLoad;
    record('saveContact', {
      contact: { id: idOf(1), name: 'Budi Santoso', notes: 'Wants a quote' },
      loadedUpdated: loaded.contact!.updated,
      loadedVersion: loaded.version,
    });
    for (const fn of ['getPipeline', 'getReminderSettings', 'getImportStatus']) record(fn);

    for (const [fn, r] of replies) {
      expect([fn, (r as { ok: boolean }).ok]).toEqual([fn, true]);
      expect([fn, marshalResult(r)]).toEqual([fn, r]);
    }
    expect(loaded.contact).toMatchObject({
      birthday: '1986-12-01',
      nextFollowUp: '2026-12-05',
      lastContacted: '2026-11-27',
      updated: '2026-11-27T02:00:00.000Z',
    });
    expect(loaded.timeline[0]).toMatchObject({
      when: '2026-11-27T02:00:00.000Z',
      followUpOn: '2026-12-05',
    });
  });
});
