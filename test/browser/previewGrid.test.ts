// What people do to a sheet in the preview's grid, in Chromium: insert a column between two of
// Prospek's and type into it, move a column by dragging its header, sort by Name, rename the
// Contacts tab, paste a block past the edge, and an onEdit trigger answering typing. After each,
// the workbook (GET /api/workbook) reads back exactly as Sheets would leave it.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import {
  cell,
  openPage,
  settled,
  startPreview,
  tempWorkbook,
  type RunningPreview,
} from './previewHarness';

jest.setTimeout(60_000);

const ON_EDIT = path.join(__dirname, '../fixtures/gas/preview-onedit');

interface Sheet {
  name: string;
  maxColumns: number;
  frozenRows: number;
  values: unknown[][];
  display: string[][];
}

let browser: Browser;
let preview: RunningPreview;
let page: Page;

async function sheet(name: string): Promise<Sheet> {
  const wb = await preview.api<{ sheets: Sheet[] }>('GET', '/api/workbook');
  return wb.body.sheets.find((s) => s.name === name)!;
}

const header = (pg: Page, column: number) =>
  pg.locator(`#grid th.colhead[data-column="${column}"]`);

async function contextItem(pg: Page, target: ReturnType<Page['locator']>, action: string) {
  await target.click({ button: 'right' });
  await pg.locator(`#context-menu button[data-action="${action}"]`).click();
  await settled(pg);
}

async function typeInto(pg: Page, row: number, column: number, text: string, key = 'Enter') {
  await cell(pg, row, column).click();
  await settled(pg);
  await pg.keyboard.type(text);
  await pg.keyboard.press(key);
  await settled(pg);
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('the demo workbook in the grid', () => {
  beforeEach(async () => {
    preview = await startPreview(tempWorkbook());
    page = await openPage(browser, preview);
  });

  afterEach(async () => {
    await page.close();
    await preview.stop();
  });

  it('inserts a column between two of Prospek’s and types into it', async () => {
    const before = await sheet('Contacts');
    await contextItem(page, header(page, 3), 'insert-right');
    await typeInto(page, 2, 4, 'VIP');
    const after = await sheet('Contacts');
    expect(after.values[0]).toEqual([
      ...before.values[0].slice(0, 3),
      '',
      ...before.values[0].slice(3),
    ]);
    expect(after.values[1]).toEqual([
      ...before.values[1].slice(0, 3),
      'VIP',
      ...before.values[1].slice(3),
    ]);
    expect(after.values.slice(2).map((r) => r[3])).toEqual(before.values.slice(2).map(() => ''));
    expect(after.maxColumns).toBe(before.maxColumns + 1);
    await expect(cell(page, 2, 4).textContent()).resolves.toBe('VIP');
  });

  it('moves a column by dragging its header (C dropped on F: C goes after F)', async () => {
    const before = await sheet('Contacts');
    await header(page, 3).click();
    await settled(page);
    await header(page, 3).hover();
    await page.mouse.down();
    await header(page, 6).hover();
    await page.mouse.up();
    await settled(page);
    const order = (row: unknown[]) => [
      row[0],
      row[1],
      row[3],
      row[4],
      row[5],
      row[2],
      ...row.slice(6),
    ];
    const after = await sheet('Contacts');
    expect(after.values).toEqual(before.values.map(order));
  });

  it('sorts the sheet by Name A → Z, the frozen header staying on top', async () => {
    const before = await sheet('Contacts');
    const nameCol = before.values[0].indexOf('Name') + 1;
    expect(before.frozenRows).toBe(1);
    await contextItem(page, header(page, nameCol), 'sort-asc');
    const after = await sheet('Contacts');
    const rows = before.values.slice(1);
    // Sheets sorts text ignoring case; equal names keep their order.
    const key = (r: unknown[]) => String(r[nameCol - 1]).toLowerCase();
    const sorted = rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (key(a.r) < key(b.r) ? -1 : key(a.r) > key(b.r) ? 1 : a.i - b.i))
      .map((x) => x.r);
    expect(after.values).toEqual([before.values[0], ...sorted]);
  });

  it('renames the Contacts tab from its menu', async () => {
    const names = (await preview.api<{ sheets: Sheet[] }>('GET', '/api/workbook')).body.sheets.map(
      (s) => s.name,
    );
    await page.getByRole('tab', { name: 'Contacts' }).click({ button: 'right' });
    await page.locator('#context-menu button[data-action="rename-sheet"]').click();
    await page.locator('#dialog-input').fill('Prospects');
    await page.locator('#dialog-buttons button', { hasText: 'OK' }).click();
    await settled(page);
    await expect(page.getByRole('tab', { name: 'Prospects' }).count()).resolves.toBe(1);
    const wb = await preview.api<{ sheets: Sheet[] }>('GET', '/api/workbook');
    expect(wb.body.sheets.map((s) => s.name)).toEqual(
      names.map((n) => (n === 'Contacts' ? 'Prospects' : n)),
    );
  });

  it('pastes a block past the last column: the grid grows as Sheets does', async () => {
    const before = await sheet('Contacts');
    const last = before.maxColumns;
    await cell(page, 2, last).click();
    await settled(page);
    // What a paste of two copied rows of three cells delivers to the page.
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'x1\\tx2\\tx3\\ny1\\ty2\\ty3\\n');
      document.getElementById('grid-scroll')
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    })()`);
    await settled(page);
    const after = await sheet('Contacts');
    expect(after.maxColumns).toBe(last + 2);
    expect(after.display[1].slice(last - 1)).toEqual(['x1', 'x2', 'x3']);
    expect(after.display[2].slice(last - 1)).toEqual(['y1', 'y2', 'y3']);
    expect(after.values[3].slice(last - 1)).toEqual([before.values[3][last - 1], '', '']);
    await expect(cell(page, 3, last + 2).textContent()).resolves.toBe('y3');
  });

  it('handles Tab and Enter once: typing B2, Tab lands in C2; Enter moves one row down', async () => {
    await typeInto(page, 2, 2, 'Warung Bu Siti', 'Tab');
    await expect(page.locator('#namebox').textContent()).resolves.toBe('C2');
    await expect(page.locator('#cell-editor').isHidden()).resolves.toBe(true);
    await page.keyboard.press('Enter'); // opens the editor in C2
    await page.keyboard.press('Enter'); // commits and moves to C3
    await settled(page);
    await expect(page.locator('#namebox').textContent()).resolves.toBe('C3');
    await expect(page.locator('#cell-editor').isHidden()).resolves.toBe(true);
    expect((await sheet('Contacts')).display[1][1]).toBe('Warung Bu Siti');
  });

  it('typing in B2, clicking E2 and typing there leaves B2 as typed', async () => {
    const before = await sheet('Contacts');
    await cell(page, 2, 2).click();
    await page.keyboard.type('Ani');
    await cell(page, 2, 5).click();
    await page.keyboard.type('0812');
    await page.keyboard.press('Enter');
    await settled(page);
    const after = await sheet('Contacts');
    expect(after.display[1][1]).toBe('Ani');
    expect(after.display[1][4]).toBe('0812'); // the Phone column is plain text
    expect(after.values[1].filter((_, i) => i !== 1 && i !== 4)).toEqual(
      before.values[1].filter((_, i) => i !== 1 && i !== 4),
    );
  });
});

describe('onEdit through the grid', () => {
  it('runs the project’s onEdit after typing into a cell', async () => {
    preview = await startPreview(tempWorkbook(), ['--empty', '--project', ON_EDIT]);
    page = await openPage(browser, preview);
    try {
      await typeInto(page, 2, 2, 'hello');
      expect((await sheet('Log')).display).toEqual([['Sheet1!B2', 'hello']]);
    } finally {
      await page.close();
      await preview.stop();
    }
  });
});
