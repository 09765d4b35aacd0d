// A corpus of small ordinary Apps Script projects (test/fixtures/gas/corpus), written for this
// repository in the style of public sheet scripts: each runs unmodified through the runtime's
// public API and gives the result its own comment documents.
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const CORPUS = path.join(__dirname, '../../fixtures/gas/corpus');

/** A project of the corpus in a new runtime; `sheets` are created with their rows. */
function project(name: string, sheets: Record<string, unknown[][]> = {}): Runtime {
  const rt = new Runtime({
    now: '2026-11-27T10:00:00',
    timeZone: 'Asia/Jakarta',
    user: 'owner@example.com',
  }).loadProject(path.join(CORPUS, name));
  const ss = rt.workbook();
  Object.entries(sheets).forEach(([sheet, rows], i) => {
    if (i === 0) ss.sheets[0].name = sheet;
    else ss.addSheet(sheet);
    if (rows.length) rt.setValues(`${sheet}!A1`, rows);
  });
  return rt;
}

describe('corpus: ordinary Apps Script projects run unmodified', () => {
  it('timestamp-on-edit: a status typed in column C stamps column D, nothing else', () => {
    const rt = project('timestamp-on-edit', { Orders: [['Order', 'Item', 'Status', 'Updated']] });
    rt.user.edit('Orders!C2', [['shipped']]);
    rt.user.edit('Orders!B3', [['rice']]);
    expect(rt.getDisplayValues('Orders!C2:D3')).toEqual([
      ['shipped', '2026-11-27 10:00'],
      ['', ''],
    ]);
  });

  it('custom-functions: =WITH_TAX, =DAYS_UNTIL and =JOIN_FILLED in cells', () => {
    const rt = project('custom-functions', { Sheet1: [] });
    rt.setValues('Sheet1!A1', [
      ['10000', '=WITH_TAX(A1)', '=WITH_TAX(A1, 0.1)'],
      ['2026-12-25', '=DAYS_UNTIL(A2)', ''],
      ['Ani', '', 'Budi'],
      ['=JOIN_FILLED(A3:C3, " & ")', '', ''],
    ]);
    expect(rt.getValues('Sheet1!B1:C2')).toEqual([
      [11100, 11000],
      [28, ''],
    ]);
    expect(rt.getValues('Sheet1!A4')).toEqual([['Ani & Budi']]);
  });

  it('menu-confirm: onOpen builds the menu; Clear entries clears only when answered YES', () => {
    const rt = project('menu-confirm', { Entries: [['Name'], ['Ani'], ['Budi']] });
    rt.open();
    expect(rt.ui.menus[0].items.map((i) => i.caption)).toEqual([
      'Clear entries',
      '',
      'Count entries',
    ]);
    expect(rt.run('clearEntries', [], { kind: 'menu', responses: ['NO'] })).toBe('kept');
    expect(rt.run('countEntries', [], { kind: 'menu', responses: ['OK'] })).toBe(2);
    expect(rt.run('clearEntries', [], { kind: 'menu', responses: ['YES'] })).toBe('cleared');
    expect(rt.getValues('Entries!A1:A3')).toEqual([['Name'], [''], ['']]);
  });

  it('remove-duplicates: keeps the first of each row', () => {
    const rt = project('remove-duplicates', {
      Sheet1: [
        ['Name', 'City'],
        ['Ani', 'Bogor'],
        ['Budi', 'Depok'],
        ['Ani', 'Bogor'],
        ['Ani', 'Depok'],
      ],
    });
    expect(rt.run('removeDuplicates')).toBe(1);
    expect(rt.getValues('Sheet1!A1:B5')).toEqual([
      ['Name', 'City'],
      ['Ani', 'Bogor'],
      ['Budi', 'Depok'],
      ['Ani', 'Depok'],
      ['', ''],
    ]);
  });

  it('archive-done: moves the Done tasks to Archive, keeping their order there bottom-up', () => {
    const rt = project('archive-done', {
      Tasks: [
        ['Task', 'Status'],
        ['Call', 'Done'],
        ['Quote', 'Open'],
        ['Visit', 'Done'],
      ],
    });
    expect(rt.run('archiveDone')).toBe(2);
    expect(rt.getValues('Tasks!A1:B3')).toEqual([
      ['Task', 'Status'],
      ['Quote', 'Open'],
      ['', ''],
    ]);
    expect(rt.getValues('Archive!A1:B2')).toEqual([
      ['Visit', 'Done'],
      ['Call', 'Done'],
    ]);
  });

  it('mail-merge: one email per unsent row, marked EMAIL_SENT; a second run sends none', () => {
    const rt = project('mail-merge', {
      Recipients: [
        ['Name', 'Email', 'Order', 'Sent'],
        ['Ani', 'ani@example.com', 'A-1', ''],
        ['Budi', 'budi@example.com', 'A-2', 'EMAIL_SENT'],
        ['Citra', 'citra@example.com', 'A-3', ''],
      ],
    });
    expect(rt.run('sendEmails')).toBe(2);
    expect(rt.state.outbox.map((m) => [m.to, m.body])).toEqual([
      ['ani@example.com', 'Hello Ani, your order A-1 is ready.'],
      ['citra@example.com', 'Hello Citra, your order A-3 is ready.'],
    ]);
    expect(rt.getValues('Recipients!D2:D4').flat()).toEqual([
      'EMAIL_SENT',
      'EMAIL_SENT',
      'EMAIL_SENT',
    ]);
    expect(rt.run('sendEmails')).toBe(0);
  });

  it('low-stock: colours the low items of the named range and notes the check', () => {
    const rt = project('low-stock', {
      Stock: [
        ['Threshold', '5'],
        ['Item', 'Qty'],
        ['Rice', '2'],
        ['Oil', '9'],
        ['Salt', '4'],
        ['Tea', '5'],
      ],
    });
    rt.run('setUp');
    expect(rt.run('markLowStock')).toBe(2);
    const sheet = rt.workbook().sheet('Stock')!;
    expect([3, 4, 5, 6].map((r) => sheet.backgrounds.get(`${r}:2`) ?? '#ffffff')).toEqual([
      '#f4cccc',
      '#ffffff',
      '#f4cccc',
      '#ffffff',
    ]);
    expect(sheet.notes.get('3:2')).toBe('Checked 2026-11-27');
  });

  it('daily-report: the installed trigger appends a line each morning', () => {
    const rt = project('daily-report', {
      Tickets: [
        ['Ticket', 'Status'],
        ['T1', 'Open'],
        ['T2', 'Closed'],
        ['T3', 'Pending'],
      ],
    });
    rt.run('install');
    const ran = rt.advanceTo('2026-11-29T12:00:00');
    expect(ran.map((r) => [r.handler, r.error])).toEqual([
      ['dailyReport', undefined],
      ['dailyReport', undefined],
    ]);
    expect(rt.getValues('Report!A1:B2')).toEqual([
      [new Date('2026-11-27T17:00:00Z'), 2],
      [new Date('2026-11-28T17:00:00Z'), 2],
    ]);
  });

  it('json-endpoint: doGet answers the rows as JSON, filtered by ?category=', () => {
    const rt = project('json-endpoint', {
      Products: [
        ['name', 'category', 'price'],
        ['Rice', 'food', 12000],
        ['Soap', 'home', 5000],
      ],
    });
    expect(rt.run('fetchLocally', ['food'])).toEqual({
      mimeType: 'JSON',
      body: { items: [{ name: 'Rice', category: 'food', price: 12000 }] },
    });
    expect(rt.run<{ body: { items: unknown[] } }>('fetchLocally').body.items).toHaveLength(2);
  });

  it('cached-total: the second call is answered from the cache until it expires', () => {
    const rt = project('cached-total', {
      Sales: [
        ['Item', 'Amount'],
        ['a', '10'],
        ['b', '32'],
      ],
    });
    expect(rt.run('total')).toEqual({ total: 42, cached: false });
    rt.setValues('Sales!B4', [['8']]);
    expect(rt.run('total')).toEqual({ total: 42, cached: true });
    rt.advanceBy(601_000);
    expect(rt.run('total')).toEqual({ total: 50, cached: false });
  });

  it('checklist-move: ticking a checkbox moves the row to Done', () => {
    const rt = project('checklist-move', {
      Todo: [
        ['Task', 'Who', 'Done?'],
        ['Call', 'Ani', ''],
        ['Visit', 'Budi', ''],
      ],
      Done: [],
    });
    rt.run('setUp');
    rt.user.edit('Todo!C3', [['true']]);
    rt.user.edit('Todo!C2', [['false']]);
    expect(rt.getValues('Todo!A2:B3')).toEqual([
      ['Call', 'Ani'],
      ['', ''],
    ]);
    expect(rt.getValues('Done!A1:C1')).toEqual([['Visit', 'Budi', 'done']]);
  });

  it('monthly-copy: copies the template once as "November 2026", first among the tabs', () => {
    const rt = project('monthly-copy', {
      Summary: [['Total']],
      Template: [
        ['', 'Budget'],
        ['Rent', '=100*12'],
      ],
    });
    expect(rt.run('newMonth')).toEqual(['November 2026', 'Summary', 'Template']);
    expect(rt.run('newMonth')).toEqual(['November 2026', 'Summary', 'Template']);
    expect(rt.getValues("'November 2026'!A1:B2")).toEqual([
      ['November 2026', 'Budget'],
      ['Rent', 1200],
    ]);
  });

  it('filter-closed: a basic filter hides the closed deals', () => {
    const rt = project('filter-closed', {
      Deals: [
        ['Deal', 'Status'],
        ['D1', 'Open'],
        ['D2', 'Closed'],
        ['D3', 'Won'],
        ['D4', 'Closed'],
      ],
    });
    expect(rt.run('hideClosed')).toEqual(['D1', 'D3']);
    expect(rt.workbook().sheet('Deals')!.filter).toMatchObject({
      range: { row: 1, column: 1, numRows: 5, numColumns: 2 },
    });
  });
});
