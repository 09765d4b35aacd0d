// First use in the preview page (issue 18): Set up shows where to type the first lead, and a
// big stage move asks first and reports in counts.
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { cell, openPage, settled, shot, startPreview, tempWorkbook } from './previewHarness';
import type { RunningPreview } from './previewHarness';

jest.setTimeout(90_000);

let browser: Browser;
let page: Page;
const running: RunningPreview[] = [];

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  for (const p of running) await p.stop();
  await browser?.close();
});

afterEach(async () => {
  await page?.close();
});

async function menu(pg: Page, item: string): Promise<void> {
  await pg.getByRole('button', { name: 'Extensions' }).click();
  await pg.getByRole('menuitem', { name: item }).click();
}

describe('a stage action on more than 10 contacts', () => {
  it('asks first with the count per stage, then reports counts per outcome', async () => {
    const preview = await startPreview(tempWorkbook());
    running.push(preview);
    page = await openPage(browser, preview);
    // The demo's rows 2 to 16: fifteen contacts of several stages.
    await page.locator('#grid th.rowhead[data-row="2"]').click();
    await page.locator('#grid th.rowhead[data-row="16"]').click({ modifiers: ['Shift'] });
    await settled(page);
    await menu(page, 'Advance stage');
    const dialog = page.locator('#dialog');
    await dialog.waitFor({ state: 'visible' });
    const ask = (await page.locator('#dialog-message').textContent()) ?? '';
    expect(ask).toMatch(/^Advance stage for 15 contacts\? Selected: .*Lead \d+/);
    await shot(page, 'big-move-confirmation', true);
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await page.locator('#dialog-message', { hasText: 'Changed' }).waitFor();
    const report = (await page.locator('#dialog-message').textContent()) ?? '';
    expect(report).toMatch(/• \w[\w ]* → [\w ]+: \d+ \(/);
    expect(report).not.toContain('… and');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await settled(page);
    expect(await cell(page, 2, 2).textContent()).not.toBe('');
  });
});

describe('Set up sheet on a new spreadsheet', () => {
  it("shows the Contacts tab with the first empty row's Name cell selected", async () => {
    const preview = await startPreview(tempWorkbook(), ['--empty']);
    running.push(preview);
    page = await openPage(browser, preview);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Sheet1');
    await menu(page, 'Set up sheet');
    const dialog = page.locator('#dialog');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await settled(page);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Contacts');
    expect(await cell(page, 1, 2).textContent()).toBe('Name');
    expect(await cell(page, 2, 2).getAttribute('class')).toContain('active');
    expect(await page.locator('#namebox').textContent()).toBe('B2');
    // Typing goes there: the first lead lands on row 2, under Name.
    await page.keyboard.type('Budi Santoso');
    await page.keyboard.press('Enter');
    await settled(page);
    const { body } = await preview.api<{ sheets: { name: string; values: unknown[][] }[] }>(
      'GET',
      '/api/workbook',
    );
    const contacts = body.sheets.find((s) => s.name === 'Contacts')!;
    expect(contacts.values[1][1]).toBe('Budi Santoso');
  });
});
