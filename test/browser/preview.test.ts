// The preview page (`npm start`) in Chromium: the demo workbook in a grid, editing, selections
// and the real menu with its dialogs, the clock, and a restart that keeps everything.
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import {
  cell,
  openedSidebar,
  openPage,
  settled,
  shot,
  startPreview,
  tempWorkbook,
  type RunningPreview,
} from './previewHarness';

// Browser tests start processes and a browser: more than jest's default 5 s.
jest.setTimeout(60_000);

let browser: Browser;
let preview: RunningPreview;
let page: Page;

interface MenuItem {
  caption: string;
  functionName: string | null;
  subMenu?: { items: MenuItem[] };
}
const itemCaptions = (items: MenuItem[]): string[] =>
  items.flatMap((i) => [
    ...(i.functionName ? [i.caption] : []),
    ...(i.subMenu ? itemCaptions(i.subMenu.items) : []),
  ]);

beforeAll(async () => {
  browser = await launch();
  preview = await startPreview(tempWorkbook());
});

afterAll(async () => {
  await preview?.stop();
  await browser?.close();
});

beforeEach(async () => {
  // Every test starts on the Contacts tab, whatever the previous one left selected or open.
  await preview.api('POST', '/api/sidebar/close', {});
  await preview.api('POST', '/api/select', { selection: 'Contacts!A1' });
  page = await openPage(browser, preview);
});

afterEach(async () => {
  await page.close();
});

describe('the preview page', () => {
  it('shows the demo workbook as a grid with its tabs', async () => {
    await expect(page.locator('#tabs [role=tab]').allTextContents()).resolves.toEqual([
      'Sheet1',
      'Contacts',
      'Activities',
    ]);
    await expect(page.locator('#tabs [aria-selected=true]').textContent()).resolves.toBe(
      'Contacts',
    );
    await expect(cell(page, 1, 2).textContent()).resolves.toBe('Name');
    await expect(cell(page, 2, 2).textContent()).resolves.toBe('Siti Rahmawati');
    // 40 contacts under the header row.
    await expect(cell(page, 41, 1).textContent()).resolves.toMatch(/^C-/);
    await expect(cell(page, 42, 1).textContent()).resolves.toBe('');
    await expect(page.locator('#clock-now').textContent()).resolves.toBe('Fri 27 Nov 2026, 09:00');
    await shot(page, 'preview-grid', true);
    await page.locator('#tabs [role=tab]', { hasText: 'Activities' }).click();
    await expect(cell(page, 1, 1).textContent()).resolves.toBe('Activity ID');
    await expect(cell(page, 2, 1).textContent()).resolves.toMatch(/^A-/);
  });

  it('edits a cell as typed input: double-click, type, Enter', async () => {
    await cell(page, 3, 3).dblclick();
    await page.locator('#cell-editor').fill('Toko Bangunan Santoso & Putra');
    await page.locator('#cell-editor').press('Enter');
    await settled(page);
    await expect(cell(page, 3, 3).textContent()).resolves.toBe('Toko Bangunan Santoso & Putra');
    // Typing into a cell starts editing with that key; a date column parses the date.
    await cell(page, 4, 18).click();
    await page.keyboard.type('2026-12-24');
    await page.keyboard.press('Enter');
    await settled(page);
    const wb = await preview.api<{ sheets: { name: string; values: unknown[][] }[] }>(
      'GET',
      '/api/workbook',
    );
    const contacts = wb.body.sheets.find((s) => s.name === 'Contacts')!;
    expect(contacts.values[2][2]).toBe('Toko Bangunan Santoso & Putra');
    expect(contacts.values[0][17]).toBe('Next follow-up');
    // A date cell reads back as a Date (its instant): midnight in Jakarta.
    expect(contacts.values[3][17]).toBe('2026-12-23T17:00:00.000Z');
    await shot(page, 'preview-edit');
  });

  it('selects rows and runs "Set up sheet" from the menu, answering its alert', async () => {
    await page.locator('#grid th.rowhead[data-row="2"]').click();
    await page.locator('#grid th.rowhead[data-row="5"]').click({ modifiers: ['Shift'] });
    await page.locator('#grid th.rowhead[data-row="8"]').click({ modifiers: ['Control'] });
    await settled(page);
    const state = await preview.api<{ selection: string }>('GET', '/api/state');
    expect(state.body.selection).toBe('Contacts!A2:AA5,Contacts!A8:AA8');
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Set up sheet' }).click();
    const dialog = page.locator('#dialog');
    await dialog.waitFor({ state: 'visible' });
    await expect(page.locator('#dialog-title').textContent()).resolves.toBe('Prospek set-up');
    await expect(page.locator('#dialog-message').textContent()).resolves.toContain(
      'already set up',
    );
    await shot(page, 'preview-menu-dialog');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await settled(page);
    await expect(page.locator('#status').textContent()).resolves.toBe('Set up sheet done.');
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('shows every item of the Prospek menu; on a short window the menu scrolls', async () => {
    const state = await preview.api<{ menus: { items: MenuItem[] }[] }>('GET', '/api/state');
    const captions = state.body.menus.flatMap((m) => itemCaptions(m.items));
    expect(captions).toEqual(expect.arrayContaining(['Advance stage', 'Import leads']));
    await page.getByRole('button', { name: 'Extensions' }).click();
    await expect(page.getByRole('menuitem').allTextContents()).resolves.toEqual(captions);
    // 450 px is shorter than the menu: it stays inside the window and scrolls to its last item.
    await page.setViewportSize({ width: 1000, height: 450 });
    const list = page.getByRole('menu');
    const box = (await list.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(450);
    await expect(list.evaluate((e) => e.scrollHeight > e.clientHeight)).resolves.toBe(true);
    await page.getByRole('menuitem', { name: 'Set up sheet' }).click();
    await page.locator('#dialog').waitFor({ state: 'visible' });
    await page.locator('#dialog').getByRole('button', { name: 'OK' }).click();
    await settled(page);
    await expect(page.locator('#status').textContent()).resolves.toBe('Set up sheet done.');
  });

  it('keeps an open menu open while the sidebar calls the server; Escape or a click in the sidebar closes it', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Pipeline' }).click();
    const frame = await openedSidebar(page);
    await page.getByRole('button', { name: 'Extensions' }).click();
    const menu = page.getByRole('menu');
    await expect(menu.isVisible()).resolves.toBe(true);
    // A call from the sidebar makes the page reload the sheets and redraw.
    const redrawn = page.waitForResponse((r) => r.url().endsWith('/api/sheets'));
    await frame.evaluate(() => {
      (
        globalThis as unknown as { google: { script: { run: { getPipeline(): void } } } }
      ).google.script.run.getPipeline();
    });
    await redrawn;
    await settled(page);
    await expect(menu.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(menu.isVisible()).resolves.toBe(false);
    // A click in the sidebar closes it too, as a click anywhere else on the page does.
    await page.getByRole('button', { name: 'Extensions' }).click();
    await expect(menu.isVisible()).resolves.toBe(true);
    await page.frameLocator('#sidebar-frame').getByRole('heading', { name: 'Pipeline' }).click();
    await menu.waitFor({ state: 'hidden' });
  });

  it('gives the sidebar 300 px at every window size, the full height beside the grid', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Open sidebar' }).click();
    const frame = await openedSidebar(page);
    for (const size of [
      { width: 1400, height: 800 },
      { width: 1000, height: 600 },
      { width: 800, height: 500 },
    ]) {
      await page.setViewportSize(size);
      // What the sidebar's own page sees: 300 px wide, as in Sheets.
      await expect(
        frame.evaluate(() => (globalThis as unknown as { innerWidth: number }).innerWidth),
      ).resolves.toBe(300);
      const sidebar = (await page.locator('#sidebar-frame').boundingBox())!;
      const grid = (await page.locator('#grid-scroll').boundingBox())!;
      const footer = (await page.locator('#status').boundingBox())!;
      // Not cut off at the window's right edge, down to the status bar, right of the grid.
      expect(sidebar.x + sidebar.width).toBe(size.width);
      expect(sidebar.y + sidebar.height).toBe(footer.y);
      expect(grid.x + grid.width).toBeLessThanOrEqual(sidebar.x);
    }
    await shot(page, 'preview-sidebar-small');
  });

  it('moves the clock forward by an hour, a day and to a set date-time', async () => {
    await page.getByRole('button', { name: '+1 hour' }).click();
    await settled(page);
    await expect(page.locator('#clock-now').textContent()).resolves.toBe('Fri 27 Nov 2026, 10:00');
    await page.getByRole('button', { name: '+1 day' }).click();
    await settled(page);
    await expect(page.locator('#clock-now').textContent()).resolves.toBe('Sat 28 Nov 2026, 10:00');
    await page.locator('#clock-input').fill('2026-12-01T09:30');
    await page.getByRole('button', { name: 'Set' }).click();
    await settled(page);
    await expect(page.locator('#clock-now').textContent()).resolves.toBe('Tue 1 Dec 2026, 09:30');
    await expect(page.locator('#status').textContent()).resolves.toContain(
      'Clock: 2026-12-01 09:30',
    );
    await shot(page, 'preview-clock');
  });
});

describe('the preview server process', () => {
  it('keeps every change across a restart', async () => {
    const file = tempWorkbook();
    let p = await startPreview(file);
    await p.api('POST', '/api/edit', { range: 'Contacts!B2', values: [['Siti R. (edited)']] });
    await p.api('POST', '/api/clock', { advance: '2h' });
    const before = await p.api('GET', '/api/workbook');
    await p.stop();
    p = await startPreview(file);
    try {
      const after = await p.api('GET', '/api/workbook');
      expect(after.body).toEqual(before.body);
      const state = await p.api<{ now: string }>('GET', '/api/state');
      expect(state.body.now).toBe('2026-11-27T11:00:00');
      const pg = await openPage(browser, p);
      await expect(cell(pg, 2, 2).textContent()).resolves.toBe('Siti R. (edited)');
      await shot(pg, 'preview-restart');
      await pg.close();
    } finally {
      await p.stop();
    }
  });

  it('leaves a workbook that loads when killed with SIGKILL in the middle of saving', async () => {
    const { loadWorkbook } = await import('../../local/preview/workbookStore');
    const file = tempWorkbook();
    const p = await startPreview(file);
    // Edits in a tight loop, each saved; the kill lands while saves are under way.
    let done = 0;
    let answered = -1;
    const hammer = (async () => {
      for (let i = 0; ; i++) {
        try {
          await p.api('POST', '/api/edit', { range: 'Contacts!N2', values: [[`note ${i}`]] });
          answered = i;
          done++;
        } catch {
          return; // the server is gone
        }
      }
    })();
    while (done < 30) await new Promise((r) => setImmediate(r));
    await p.stop('SIGKILL');
    await hammer;
    // The snapshot with its journal: every edit answered before the kill is in it.
    const rt = loadWorkbook(file);
    const contacts = rt.workbook().sheet('Contacts')!;
    expect(contacts.lastRow()).toBe(41);
    const note = /^note (\d+)$/.exec(String(contacts.get(2, 14)));
    expect(Number(note?.[1])).toBeGreaterThanOrEqual(answered);
    // And the preview starts again from it.
    const again = await startPreview(file);
    try {
      const state = await again.api<{ activeSheet: string }>('GET', '/api/state');
      expect(state.status).toBe(200);
    } finally {
      await again.stop();
    }
  });
});
