// The sheet is the user's, shown in the preview (issue 13): rows typed straight into Contacts
// (in the grid, with onEdit, and one written without onEdit) are in the daily digest and move
// with Advance stage without Set up; a renamed Contacts tab keeps working in the sidebar, the
// pipeline and a save, and no second Contacts tab appears.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launch } from './browser';
import {
  cell,
  openedSidebar,
  openPage,
  settled,
  sidebarSettled,
  startPreview,
  tempWorkbook,
  type RunningPreview,
} from './previewHarness';

jest.setTimeout(90_000);

interface Sheet {
  name: string;
  values: unknown[][];
  display: string[][];
}

const ID = /^C-[0-9A-Z]{6}$/;

let browser: Browser;
let preview: RunningPreview;
let page: Page;

async function workbook(): Promise<Sheet[]> {
  return (await preview.api<{ sheets: Sheet[] }>('GET', '/api/workbook')).body.sheets;
}

async function sheet(name: string): Promise<Sheet> {
  return (await workbook()).find((s) => s.name === name)!;
}

/** 1-based column of a header of the Contacts tab (as the demo's set-up wrote it). */
function columnOf(tab: Sheet, header: string): number {
  const at = (tab.values[0] as string[]).indexOf(header);
  if (at < 0) throw new Error(`No column ${header}`);
  return at + 1;
}

async function menu(pg: Page, item: string): Promise<void> {
  await pg.getByRole('button', { name: 'Extensions' }).click();
  await pg.getByRole('menuitem', { name: item }).click();
}

/** Types into a grid cell as a person does: click, type, Enter (onEdit runs). */
async function typeInto(pg: Page, row: number, column: number, text: string): Promise<void> {
  await cell(pg, row, column).click();
  await settled(pg);
  await pg.keyboard.type(text);
  await pg.keyboard.press('Enter');
  await settled(pg);
}

async function sidebarFrame(pg: Page): Promise<FrameLocator> {
  await openedSidebar(pg);
  return pg.frameLocator('#sidebar-frame');
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  preview = await startPreview(tempWorkbook());
});

afterEach(async () => {
  await page?.close();
  await preview?.stop();
});

describe('rows typed into Contacts, in the preview', () => {
  it('are in the daily digest and move with Advance stage, without Set up', async () => {
    const before = await workbook();
    const contacts = before.find((s) => s.name === 'Contacts')!;
    const col = (h: string) => columnOf(contacts, h);
    const typed = contacts.values.length + 1;
    const silent = typed + 1;
    const { body: state } = await preview.api<{ nowIso: string }>('GET', '/api/state');
    // The digest runs at 8:00 the next day; both rows have a follow-up due that day.
    const tomorrow = new Date(Date.parse(state.nowIso) + 86_400_000).toISOString().slice(0, 10);

    // A row that arrives without onEdit (another program wrote it, or the trigger could not run).
    for (const [header, value] of [
      ['Name', 'Komang Ayu Lestari'],
      ['Stage', 'Prospect'],
      ['Next follow-up', tomorrow],
    ]) {
      const r = await preview.api<{ triggers: unknown[] }>('POST', '/api/edit', {
        range: `Contacts!${String.fromCharCode(64 + col(header))}${silent}`,
        values: [[value]],
        triggers: false,
      });
      expect(r.body.triggers).toEqual([]);
    }

    // A row typed in the grid, cell by cell: onEdit gives it an ID and Created at once.
    page = await openPage(browser, preview);
    await typeInto(page, typed, col('Name'), 'Gede Wirawan');
    await typeInto(page, typed, col('Stage'), 'Prospect');
    await typeInto(page, typed, col('Next follow-up'), tomorrow);
    await expect(cell(page, typed, col('ID')).textContent()).resolves.toMatch(ID);
    await expect(cell(page, typed, col('Created')).textContent()).resolves.not.toBe('');
    await expect(cell(page, silent, col('ID')).textContent()).resolves.toBe('');

    // The clock passes 8:00: the digest lists both rows, the one without an ID included.
    await page.getByRole('button', { name: '+1 day' }).click();
    await settled(page);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/Emails sent: 1\./);
    await page.getByRole('button', { name: /Outbox/ }).click();
    await settled(page);
    const mail = page.frameLocator('#mail-frame').locator('body', { hasText: 'Follow-ups due' });
    await mail.waitFor();
    const text = (await mail.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Gede Wirawan (Prospect) follow up today.');
    expect(text).toContain('Komang Ayu Lestari (Prospect) follow up today.');
    await page.getByRole('button', { name: 'Close' }).click();

    // Both rows selected by their row headers: Advance stage moves them, no Set up asked for.
    await page.locator(`#grid th.rowhead[data-row="${typed}"]`).click();
    await page.locator(`#grid th.rowhead[data-row="${silent}"]`).click({ modifiers: ['Shift'] });
    await settled(page);
    await menu(page, 'Advance stage');
    await page.locator('#dialog').waitFor({ state: 'visible' });
    const asked = await page.locator('#dialog-message').textContent();
    expect(asked).not.toMatch(/Set up sheet|can't use/);
    await page.locator('#dialog').getByRole('button', { name: 'OK' }).click();
    await settled(page);
    await expect(cell(page, typed, col('Stage')).textContent()).resolves.toBe('In sales');
    await expect(cell(page, silent, col('Stage')).textContent()).resolves.toBe('In sales');
    // The row that came without onEdit was given its ID by the action, in the same run.
    await expect(cell(page, silent, col('ID')).textContent()).resolves.toMatch(ID);

    const after = await workbook();
    expect(after.map((s) => s.name)).toEqual(before.map((s) => s.name));
    const log = after.find((s) => s.name === 'Activities')!.values;
    const moved = log.filter((r) => r.includes('Stage change') && r.includes('In sales'));
    expect(moved.map((r) => r[3])).toEqual(
      expect.arrayContaining(['Gede Wirawan', 'Komang Ayu Lestari']),
    );
  });
});

describe('a renamed Contacts tab, in the preview', () => {
  it('still works: the sidebar loads, the pipeline counts, a save writes to it', async () => {
    page = await openPage(browser, preview);
    const before = await sheet('Contacts');
    const count = before.values.slice(1).filter((r) => r[0] !== '').length;
    const col = (h: string) => columnOf(before, h);
    const name = before.display[2][col('Name') - 1];

    // Renamed from the tab's menu, as a user does.
    await page.getByRole('tab', { name: 'Contacts' }).click({ button: 'right' });
    await page.locator('#context-menu button[data-action="rename-sheet"]').click();
    await page.locator('#dialog-input').fill('Pelanggan');
    await page.locator('#dialog-buttons button', { hasText: 'OK' }).click();
    await settled(page);
    await expect(page.getByRole('tab', { name: 'Pelanggan' }).count()).resolves.toBe(1);

    // The sidebar loads the selected row of the renamed tab.
    await cell(page, 3, col('Name')).click();
    await settled(page);
    await menu(page, 'Open sidebar');
    const sb = await sidebarFrame(page);
    await expect(sb.locator('h2.contact-title').textContent()).resolves.toBe(name);

    // A save writes to the renamed tab.
    await sb.getByRole('textbox', { name: 'Company' }).fill('Toko Pelanggan Setia');
    await sb.getByRole('button', { name: 'Save contact' }).click();
    await sidebarSettled(page);
    await cell(page, 3, col('Company')).filter({ hasText: 'Toko Pelanggan Setia' }).waitFor();
    const renamed = await sheet('Pelanggan');
    expect(renamed.display[2][col('Company') - 1]).toBe('Toko Pelanggan Setia');

    // The pipeline counts every contact of the renamed tab.
    await sb.getByRole('tab', { name: 'Pipeline' }).click();
    await sidebarSettled(page);
    await expect(sb.locator('.total').textContent()).resolves.toBe(`${count} contacts in all.`);

    // No second Contacts tab was made on the way.
    expect((await workbook()).map((s) => s.name)).not.toContain('Contacts');
  });
});
