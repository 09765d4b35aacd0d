// Set up sheet on an empty workbook, an existing one and a messy one, on the built bundle.
import { CONTACT_FIELDS, ACTIVITY_FIELDS } from '../../../src/domain/contact/contact';
import type { PipelineSummary } from '../../../src/domain/pipeline/pipeline';
import type { CallRecord, Runtime } from '../../../local/runtime/index';
import { clickMenu, prospek, setUpSheet, snapshot, typeInto } from '../../support/workbook';
import { callOk } from '../../support/sidebar';
import { conversation } from './contactsHarness';

const HEADERS = CONTACT_FIELDS.map((f) => f.header);

function headerRow(rt: ReturnType<typeof prospek>, tab: string): unknown[] {
  return rt.workbook().sheet(tab)!.rows[0];
}

describe('Set up sheet', () => {
  it('creates both tabs with headers, a frozen header row, formats and dropdowns', () => {
    const rt = prospek();
    const run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toContain('Created the Contacts and Activities tabs');
    const contacts = rt.workbook().sheet('Contacts')!;
    expect(headerRow(rt, 'Contacts')).toEqual(HEADERS);
    expect(headerRow(rt, 'Activities')).toEqual(ACTIVITY_FIELDS.map((f) => f.header));
    expect(contacts.frozenRows).toBe(1);
    const col = (h: string) => HEADERS.indexOf(h) + 1;
    expect(contacts.format(2, col('Phone'))).toBe('@');
    expect(contacts.format(500, col('Name'))).toBe('@');
    expect(contacts.format(2, col('Next follow-up'))).toBe('yyyy-mm-dd');
    expect(contacts.validation(2, col('Stage'))?.values[0]).toContain('Prospect');
    expect(contacts.validation(2, col('Lead source'))?.values[0]).toContain('Phone book');
    expect(contacts.validation(2, col('Fits target market'))?.values[0]).toEqual([
      'Yes',
      'Not yet',
      'No',
      'Unknown',
    ]);
    expect(contacts.columnWidths.get(col('Name'))).toBeGreaterThan(100);
    // Created tabs have exactly our columns: Contacts grew from 26 to 28, Activities shrank to 13.
    expect(contacts.maxColumns).toBe(CONTACT_FIELDS.length);
    expect(rt.workbook().sheet('Activities')!.maxColumns).toBe(ACTIVITY_FIELDS.length);
  });

  it("keeps only the columns it uses on a tab it creates, never on the user's own tabs", () => {
    const rt = prospek();
    const ss = rt.workbook();
    // The runtime's new tab is Sheets': 1,000 rows by 26 columns (A to Z).
    expect([ss.sheets[0].maxRows, ss.sheets[0].maxColumns]).toEqual([1000, 26]);
    ss.sheets[0].name = 'Contacts';
    typeInto(rt, 'Contacts!A1:B1', [['Name', 'Region']]);
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    // Activities was created: 13 columns, not 26 (13,000 cells fewer per 1,000 rows).
    const activities = ss.sheet('Activities')!;
    expect(activities.maxColumns).toBe(ACTIVITY_FIELDS.length);
    expect(activities.maxRows).toBe(1000);
    expect(headerRow(rt, 'Activities')).toEqual(ACTIVITY_FIELDS.map((f) => f.header));
    expect(activities.format(2, ACTIVITY_FIELDS.length)).toBe('@');
    // Contacts was the user's tab: its columns stay, ours are added after Region.
    const contacts = ss.sheet('Contacts')!;
    expect(contacts.maxColumns).toBe(1 + CONTACT_FIELDS.length);
    expect(headerRow(rt, 'Contacts').slice(0, 3)).toEqual(['Name', 'Region', 'ID']);
  });

  it("shows the Contacts tab with the first empty row's Name cell selected", () => {
    const rt = prospek();
    const ss = rt.workbook();
    const selected = () => [ss.activeSheet().name, ss.selection];
    const cell = (row: number, column: number) => [{ row, column, numRows: 1, numColumns: 1 }];
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    // Name is column B, after ID; row 2 is the first empty one.
    expect(selected()).toEqual(['Contacts', cell(2, 2)]);

    // Later, from another tab, with two contacts typed in: the row under them.
    typeInto(rt, 'Contacts!B2:B3', [['Budi Santoso'], ['Sari Dewi']]);
    ss.select(ss.sheet('Activities')!, cell(5, 3));
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(selected()).toEqual(['Contacts', cell(4, 2)]);
  });

  it('leaves a row typed into a set-up tab to the actions: the next one gives it an ID', () => {
    const rt = setUpSheet();
    // Typed with no onEdit (a busy lock, say): the row has no ID.
    typeInto(rt, 'Contacts!B2', [['Budi Santoso']]);
    const before = snapshot(rt);
    const run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toMatch(/^Everything was already set up/);
    expect({ ...(snapshot(rt) as object), selection: null }).toEqual({
      ...(before as object),
      selection: null,
    });
    expect(callOk<PipelineSummary>(rt, 'getPipeline').total).toBe(1);
    expect(String(rt.workbook().sheet('Contacts')!.rows[1][0])).toMatch(/^C-[0-9A-Z]{6}$/);
  });

  it('needs no lock with nothing to repair; a repair waits for it and says the sheet is busy', () => {
    const rt = setUpSheet();
    rt.holdLockElsewhere(`document:${rt.workbook().id}`, 60_000);
    const fine = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(fine.execution.dialogs[0].message).toMatch(/^Everything was already set up/);
    // A lost dropdown is a repair: it is written under the lock only.
    const sheet = rt.workbook().sheet('Contacts')!;
    const stage = CONTACT_FIELDS.findIndex((f) => f.key === 'stage') + 1;
    sheet.setValidation(2, stage, 1, undefined);
    const before = snapshot(rt);
    const busy = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(busy.execution.dialogs.map((d) => d.message).join(' ')).toMatch(/busy/i);
    expect(snapshot(rt)).toEqual(before);
  });

  it('grows a full Contacts tab for its first empty row under the lock only', () => {
    const rt = setUpSheet();
    const sheet = rt.workbook().sheet('Contacts')!;
    typeInto(rt, 'Contacts!B2', [['Budi Santoso']]);
    // Filled to its last row: the first empty row is one the tab doesn't have yet.
    sheet.maxRows = 2;
    rt.holdLockElsewhere(`document:${rt.workbook().id}`, 60_000);
    const busy = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    // Set-up itself needs no lock and says so; the row waits, and the selection stays put.
    expect(busy.execution.dialogs[0].message).toMatch(/^Everything was already set up/);
    expect(sheet.maxRows).toBe(2);

    rt.setNow(rt.now() + 61_000);
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(sheet.maxRows).toBe(3);
    expect(rt.workbook().selection).toEqual([{ row: 3, column: 2, numRows: 1, numColumns: 1 }]);
  });

  it('changes nothing when run a second time', () => {
    const rt = prospek();
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    const before = snapshot(rt);
    const run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toMatch(
      /^Everything was already set up; nothing changed\.\n\nSpreadsheet 0% full \([\d,]+ of 10 M cells\)\.$/,
    );
    expect(snapshot(rt)).toEqual(before);
  });

  it('repairs a messy sheet: re-cased headers, reordered columns, user columns, blank and hand-typed rows', () => {
    const rt = prospek();
    rt.workbook().sheets[0].name = 'Contacts';
    typeInto(rt, 'Contacts!A1:G1', [
      ['  name ', 'My notes', 'EMAIL', 'stage', 'Phone', 'id', 'Referred by'],
    ]);
    typeInto(rt, 'Contacts!A2:G4', [
      [
        'Budi Santoso',
        'met at the market',
        'budi@example.com',
        'Lead',
        "'0812345678",
        'C-7K3QX9',
        'Sari',
      ],
      ['', '', '', '', '', '', ''],
      ['Sari Dewi', 'typed by hand', 'SARI@example.com', '', '', '', ''],
    ]);
    const run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toMatch(
      /Added 22 missing columns to Contacts: Company, Postal address/,
    );
    expect(run.execution.dialogs[0].message).toMatch(/Gave 1 row typed by hand an ID/);
    const sheet = rt.workbook().sheet('Contacts')!;
    // The user's columns and values stay where they were.
    expect(sheet.rows[0].slice(0, 7)).toEqual([
      '  name ',
      'My notes',
      'EMAIL',
      'stage',
      'Phone',
      'id',
      'Referred by',
    ]);
    expect(sheet.rows[1].slice(0, 7)).toEqual([
      'Budi Santoso',
      'met at the market',
      'budi@example.com',
      'Lead',
      '0812345678',
      'C-7K3QX9',
      'Sari',
    ]);
    // Missing columns were added after the last one.
    expect(sheet.rows[0][7]).toBe('Company');
    // The hand-typed row got an ID and the stage Lead; the blank row stayed blank.
    expect(sheet.rows[2].every((v) => v === '')).toBe(true);
    expect(String(sheet.rows[3][5])).toMatch(/^C-[0-9A-Z]{6}$/);
    expect(sheet.rows[3][3]).toBe('Lead');
  });

  it('keeps every cell of 1,000 rows with 3 user columns and reordered headers; a second run is a no-op', () => {
    const rt = prospek();
    const ss = rt.workbook();
    ss.sheets[0].name = 'Contacts';
    const sheet = ss.sheets[0];
    const order = [...HEADERS].reverse();
    const header = [
      order[0],
      'Region',
      ...order.slice(1, 10),
      'Favourite colour',
      ...order.slice(10),
      'Referrer',
    ];
    sheet.maxColumns = header.length;
    sheet.maxRows = 1001;
    const rows = Array.from({ length: 1000 }, (_, i) =>
      header.map((h) => {
        if (h === 'ID') return `C-${String(100000 + i)}`;
        if (h === 'Stage') return 'Lead';
        if (h === 'Name') return `Person ${i}`;
        if (h === 'Region' || h === 'Favourite colour' || h === 'Referrer') return `${h} ${i}`;
        return '';
      }),
    );
    sheet.rows = [header, ...rows];
    const cellsBefore = JSON.parse(JSON.stringify(sheet.rows));
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(ss.sheet('Contacts')!.rows).toEqual(cellsBefore);
    const after = snapshot(rt);
    const second = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(second.execution.dialogs[0].message).toMatch(
      /^Everything was already set up; nothing changed\.\n\nSpreadsheet 0% full \([\d,]+ of 10 M cells\)\.$/,
    );
    expect(snapshot(rt)).toEqual(after);
  });

  it('changes nothing and says what is wrong when two columns share a header', () => {
    const rt = prospek();
    rt.workbook().sheets[0].name = 'Contacts';
    typeInto(rt, 'Contacts!A1:C2', [
      ['Name', 'Email', 'email'],
      ['Budi', 'a@example.com', 'b@example.com'],
    ]);
    const before = snapshot(rt);
    const run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toBe(
      'Columns B and C of Contacts are both headed "Email". Rename or remove one, then run set-up again; nothing was changed.',
    );
    expect(snapshot(rt)).toEqual(before);
  });

  it('refuses duplicate IDs without changing anything', () => {
    const rt = prospek();
    rt.workbook().sheets[0].name = 'Contacts';
    typeInto(rt, 'Contacts!A1:B3', [
      ['ID', 'Name'],
      ['C-AAAAAA', 'Budi'],
      ['C-AAAAAA', 'Sari'],
    ]);
    const before = snapshot(rt);
    const run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toContain(
      'Rows 2 and 3 of Contacts have the same ID C-AAAAAA',
    );
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('Set up with nothing to repair costs the same at any size', () => {
  /** A set-up sheet with `count` contacts written into the model, formats on every row. */
  function sheetOf(count: number): Runtime {
    const rt = setUpSheet();
    const sheet = rt.workbook().sheet('Contacts')!;
    const header = sheet.rows[0];
    const cell = (h: unknown, i: number) =>
      h === 'ID' ? `C-S${String(i).padStart(5, '0')}` : h === 'Name' ? `Person ${i}` : '';
    sheet.rows = [
      header,
      ...Array.from({ length: count }, (_, i) => header.map((h) => cell(h, i))),
    ];
    // One empty row below, formatted like the rest, for Set up to select (a full tab grows).
    sheet.maxRows = count + 2;
    for (let c = 1; c <= header.length; c++) {
      sheet.setFormat(2, c, count + 1, sheet.format(2, c));
      const rule = sheet.validation(2, c);
      if (rule) sheet.setValidation(2, c, count + 1, rule);
    }
    return rt;
  }

  function callsOf(rt: Runtime, run: () => void): CallRecord[] {
    const from = rt.calls.records.length;
    run();
    return rt.calls.records.slice(from);
  }
  const total = (calls: CallRecord[], k: 'cellsRead' | 'cellsWritten') =>
    calls.reduce((n, c) => n + c[k], 0);
  const setUp = (rt: Runtime) => clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });

  it('reads the same cells at 50 and at 2,000 contacts, and changes nothing', () => {
    const runs = [50, 2000].map((count) => {
      const rt = sheetOf(count);
      // Set up ends on the first empty row's Name cell (on purpose); every cell stays as it was.
      const cells = (r: Runtime) => ({ ...(snapshot(r) as object), selection: null });
      const before = cells(rt);
      const calls = callsOf(rt, () => setUp(rt));
      expect(cells(rt)).toEqual(before);
      return calls;
    });
    // Cells moved into the script: the header rows and the first and last rows' formats and
    // dropdowns, the same at both sizes. No search of the list either (the runtime counts the
    // cells a TextFinder scans as read): a set-up tab's IDs are onEdit's and the actions' work.
    const [small, large] = runs.map((calls) => total(calls, 'cellsRead'));
    expect(large).toBe(small);
    expect(large).toBeLessThan(300);
    expect(runs[1].some((c) => c.method.startsWith('TextFinder.'))).toBe(false);
    expect(runs[1].map((c) => c.method)).toEqual(runs[0].map((c) => c.method));
    expect(runs[1].some((c) => c.method === 'Sheet.getDataRange')).toBe(false);
  });

  it('still repairs a dropdown lost on the last row, for the whole column', () => {
    const rt = sheetOf(2000);
    const sheet = rt.workbook().sheet('Contacts')!;
    const stage = CONTACT_FIELDS.findIndex((f) => f.key === 'stage') + 1;
    sheet.setValidation(2002, stage, 1, undefined);
    sheet.setFormat(2002, 1, 1, 'General');
    setUp(rt);
    expect(sheet.validation(2002, stage)?.values[0]).toContain('Prospect');
    expect(sheet.format(2002, 1)).toBe('@');
  });

  it('a missing tab in the middle of an action is created without reading the contacts whole', () => {
    const rt = sheetOf(2000);
    const ss = rt.workbook();
    ss.sheets.splice(ss.sheets.indexOf(ss.sheet('Activities')!), 1);
    const calls = callsOf(rt, () =>
      rt.run('logConversation', [conversation('C-S00007', { summary: 'First call' })], {
        kind: 'sidebar',
      }),
    );
    expect(ss.sheet('Activities')!.rows[1]).toContain('First call');
    expect(calls.some((c) => c.method === 'Sheet.getDataRange')).toBe(false);
    // Cells moved into the script (TextFinder's searches, counted as read, aside): a few rows.
    const moved = calls.filter((c) => !c.method.startsWith('TextFinder.'));
    expect(total(moved, 'cellsRead')).toBeLessThan(500);
  });
});

describe('onOpen', () => {
  it.each(['NONE', 'LIMITED', 'FULL'] as const)(
    'builds the Prospek menu in AuthMode.%s',
    (authMode) => {
      const rt = prospek();
      rt.calls.clear();
      rt.run('onOpen', [{ authMode }], { authMode, kind: 'simpleTrigger' });
      expect(rt.ui.menus).toHaveLength(1);
      expect(rt.ui.menus[0].items.map((i) => i.functionName)).toContain('menuSetUpSheet');
      // Nothing but building the menu in the user's language: no sheet reads; the user's own
      // language choice (properties) only where Apps Script allows it, else their locale.
      const language = authMode === 'FULL' ? ['PropertiesService', 'Properties'] : [];
      expect(new Set(rt.calls.records.map((r) => r.method.split('.')[0]))).toEqual(
        new Set(['SpreadsheetApp', 'Ui', 'Menu', 'Session', ...language]),
      );
    },
  );

  it('onInstall builds the same menu', () => {
    const rt = prospek();
    rt.run('onInstall', [{ authMode: 'FULL' }]);
    expect(rt.ui.menus[0].items.map((i) => i.functionName)).toContain('menuSetUpSheet');
  });
});
