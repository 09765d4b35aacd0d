// Prospek's features in the preview page, end to end in Chromium: the real sidebar in its panel,
// menu actions on a selection, the daily reminder trigger and its email in the outbox.
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launch } from './browser';
import {
  cell,
  openedSidebar,
  openPage,
  settled,
  shot,
  sidebarSettled,
  startPreview,
  tempWorkbook,
  type RunningPreview,
} from './previewHarness';

jest.setTimeout(60_000);

const IMPORT_FIXTURE = path.join(__dirname, '../fixtures/import/google-contacts.csv');

type Workbook = { sheets: { name: string; values: unknown[][]; formulas: object }[] };

let browser: Browser;
let preview: RunningPreview;
let page: Page;

/** Column numbers of the demo's Contacts tab (its header row, as Set up sheet wrote it). */
const COL = { name: 2, company: 3, stage: 10 };

async function menu(pg: Page, item: string): Promise<void> {
  await pg.getByRole('button', { name: 'Extensions' }).click();
  await pg.getByRole('menuitem', { name: item }).click();
}

/** The sidebar panel's page, once its script has drawn it and no call is pending. */
async function sidebarFrame(pg: Page): Promise<FrameLocator> {
  await openedSidebar(pg);
  return pg.frameLocator('#sidebar-frame');
}

beforeAll(async () => {
  browser = await launch();
  preview = await startPreview(tempWorkbook());
});

afterAll(async () => {
  await preview?.stop();
  await browser?.close();
});

beforeEach(async () => {
  await preview.api('POST', '/api/sidebar/close', {});
  await preview.api('POST', '/api/select', { selection: 'Contacts!A1' });
  page = await openPage(browser, preview);
});

afterEach(async () => {
  await page.close();
});

describe('Prospek in the preview', () => {
  it('qualifies a new lead in the sidebar; the row appears in the grid as a prospect', async () => {
    // An empty row selected: the sidebar opens on a blank form for a new lead.
    await cell(page, 45, 2).click();
    await settled(page);
    await menu(page, 'Open sidebar');
    const sb = await sidebarFrame(page);
    await expect(sb.locator('h2.contact-title').textContent()).resolves.toBe('New lead');
    await sb.getByRole('textbox', { name: 'Name', exact: true }).fill('Putu Ayu Maharani');
    await sb.getByRole('textbox', { name: 'Company' }).fill('Warung Babi Guling Putu');
    await sb.getByRole('textbox', { name: 'Phone' }).fill('0813 3355 7799');
    await sb.getByLabel('Lead source').selectOption('In person');
    await sb.getByLabel('Fits the target market', { exact: true }).selectOption('Yes');
    await sb.getByLabel('Can afford the offer', { exact: true }).selectOption('Yes');
    await sb.getByLabel('Can make the buying decision', { exact: true }).selectOption('Yes');
    await sb.getByRole('button', { name: 'Save new lead' }).click();
    await sidebarSettled(page);
    await expect(sb.locator('h2.contact-title').textContent()).resolves.toBe('Putu Ayu Maharani');
    // The page redraws the grid after the sidebar's call: the new contact is row 42.
    await cell(page, 42, COL.name).filter({ hasText: 'Putu Ayu Maharani' }).waitFor();
    await expect(cell(page, 42, COL.company).textContent()).resolves.toBe(
      'Warung Babi Guling Putu',
    );
    await expect(cell(page, 42, COL.stage).textContent()).resolves.toBe('Prospect');
    // docs/preview-and-api.md shows the sidebar from its top: the contact and its stage.
    await page
      .frame({ url: /\/sidebar/ })!
      .evaluate(() =>
        (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
      );
    await shot(page, 'preview-sidebar', true);
  });

  it('shows a phone saved from the sidebar as typed: +62 and no apostrophe', async () => {
    await cell(page, 60, 2).click();
    await settled(page);
    await menu(page, 'Open sidebar');
    const sb = await sidebarFrame(page);
    await sb.getByRole('textbox', { name: 'Name', exact: true }).fill('Yohanes Kurniawan Tes');
    await sb.getByRole('textbox', { name: 'Phone' }).fill('+62 811-1000-2000');
    await sb.getByRole('button', { name: 'Save new lead' }).click();
    await sidebarSettled(page);
    await expect(sb.locator('h2.contact-title').textContent()).resolves.toBe(
      'Yohanes Kurniawan Tes',
    );
    const wb = await preview.api<{
      sheets: { name: string; values: unknown[][]; display: string[][] }[];
    }>('GET', '/api/workbook');
    const contacts = wb.body.sheets.find((x) => x.name === 'Contacts')!;
    const phone = contacts.values[0].indexOf('Phone');
    const at = contacts.values.findIndex((r) => r[COL.name - 1] === 'Yohanes Kurniawan Tes');
    // The cell holds the text as typed (a plain-text cell), and the sheet shows it so.
    expect(contacts.values[at][phone]).toBe('+62 811-1000-2000');
    expect(contacts.display[at][phone]).toBe('+62 811-1000-2000');
    const shown = cell(page, at + 1, phone + 1);
    await shown.filter({ hasText: '811-1000-2000' }).waitFor();
    await expect(shown.textContent()).resolves.toBe('+62 811-1000-2000');
  });

  it('advances the selected contacts a stage from the menu, with its report dialog', async () => {
    // Rows 10 and 11 (Wahyu and Sri, both prospects) selected by their row headers.
    await expect(cell(page, 10, COL.stage).textContent()).resolves.toBe('Prospect');
    await page.locator('#grid th.rowhead[data-row="10"]').click();
    await page.locator('#grid th.rowhead[data-row="11"]').click({ modifiers: ['Shift'] });
    await settled(page);
    await menu(page, 'Advance stage');
    await page.locator('#dialog').waitFor({ state: 'visible' });
    await expect(page.locator('#dialog-message').textContent()).resolves.toContain('Wahyu Hidayat');
    await shot(page, 'preview-advance-stage');
    await page.locator('#dialog').getByRole('button', { name: 'OK' }).click();
    await settled(page);
    await expect(cell(page, 10, COL.stage).textContent()).resolves.toBe('In sales');
    await expect(cell(page, 11, COL.stage).textContent()).resolves.toBe('In sales');
    // Each change is in the Activities log.
    const wb = await preview.api<{ sheets: { name: string; values: unknown[][] }[] }>(
      'GET',
      '/api/workbook',
    );
    const log = wb.body.sheets.find((s) => s.name === 'Activities')!.values;
    const changes = log.filter((r) => r.includes('Stage change') && r.includes('In sales'));
    expect(changes.map((r) => r[3])).toEqual(
      expect.arrayContaining(['Wahyu Hidayat', 'Sri Mulyani']),
    );
  });

  it('logs a conversation for the selected contact from the menu', async () => {
    await cell(page, 3, COL.name).click();
    await settled(page);
    await menu(page, 'Log a conversation');
    const sb = await sidebarFrame(page);
    await sb.getByLabel('Type').selectOption('Meeting');
    await sb.getByLabel('Summary').fill('Showed Pak Budi the stock report at his store.');
    await sb.getByLabel('Their concerns').fill('Price for two branches');
    await sb.getByRole('button', { name: 'Log conversation' }).click();
    await sidebarSettled(page);
    await expect(sb.locator('.timeline .entry').first().textContent()).resolves.toContain(
      'Showed Pak Budi the stock report',
    );
    await shot(page, 'preview-log-conversation');
    await page.locator('#tabs [role=tab]', { hasText: 'Activities' }).click();
    const wb = await preview.api<{ sheets: { name: string; values: unknown[][] }[] }>(
      'GET',
      '/api/workbook',
    );
    const log = wb.body.sheets.find((s) => s.name === 'Activities')!.values;
    const last = log.find((r) => r[5] === 'Showed Pak Budi the stock report at his store.');
    expect(last).toEqual(expect.arrayContaining(['Budi Santoso', 'Meeting']));
    const row = log.indexOf(last!) + 1;
    await expect(cell(page, row, 6).textContent()).resolves.toBe(
      'Showed Pak Budi the stock report at his store.',
    );
  });

  it('runs the daily reminder trigger when the clock passes 8:00; the digest is in the outbox', async () => {
    await expect(page.locator('#outbox-count').textContent()).resolves.toBe('0');
    await page.getByRole('button', { name: '+1 day' }).click();
    await settled(page);
    await expect(page.locator('#status').textContent()).resolves.toMatch(
      /Triggers ran: prospekDailyDigest at 08:\d\d\. Emails sent: 1\./,
    );
    await expect(page.locator('#outbox-count').textContent()).resolves.toBe('1');
    await page.getByRole('button', { name: /Outbox/ }).click();
    await settled(page);
    await expect(page.locator('#mail-subject').textContent()).resolves.toMatch(
      /^Prospek: \d+ reminders for 28 November 2026$/,
    );
    // The email's HTML, shown in a sandbox that allows no scripts.
    await expect(page.locator('#mail-frame').getAttribute('sandbox')).resolves.toBe('');
    const mail = page.frameLocator('#mail-frame');
    const body = mail.locator('body', { hasText: 'Overdue follow-ups' });
    await body.waitFor();
    await expect(body.textContent()).resolves.toContain('Rizky Ramadhan');
    await shot(page, 'preview-outbox', true);
  });

  it('imports a CSV file through the sidebar; the new leads appear in the grid', async () => {
    const before = await preview.api<Workbook>('GET', '/api/workbook');
    const contactsBefore = before.body.sheets.find((s) => s.name === 'Contacts')!.values;
    const header = contactsBefore[0] as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    const firstNew = contactsBefore.length + 1;

    await menu(page, 'Import leads');
    const sb = await sidebarFrame(page);
    // The other tabs are in the page too, hidden: look inside the Import tab only.
    const tab = sb.getByRole('tabpanel', { name: 'Import' });
    await expect(
      sb.getByRole('tab', { name: 'Import' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await tab.locator('input[type="file"]').setInputFiles(IMPORT_FIXTURE);
    await tab.getByText('google-contacts.csv: 4 rows, 36 columns.').waitFor();
    // Google's columns come mapped; the user changes one and picks the lead source.
    await expect(tab.getByLabel('First Name', { exact: true }).inputValue()).resolves.toBe(
      'firstName',
    );
    await expect(tab.getByLabel('E-mail 1 - Value', { exact: true }).inputValue()).resolves.toBe(
      'email',
    );
    await tab.getByLabel('Notes', { exact: true }).selectOption('ignore');
    // Columns not imported (like Labels) wait behind a toggle, out of the way.
    await expect(tab.getByLabel('Labels', { exact: true }).isVisible()).resolves.toBe(false);
    await tab.getByRole('button', { name: /more columns not imported/ }).click();
    await expect(tab.getByLabel('Labels', { exact: true }).inputValue()).resolves.toBe('ignore');
    await tab.getByLabel('Lead source').selectOption('Event');
    await tab.getByRole('button', { name: 'Preview' }).click();
    await sidebarSettled(page);
    await expect(tab.locator('.import-counts').textContent()).resolves.toBe(
      '3 new leads, 0 duplicates of contacts already in the sheet, 0 duplicates within the file, 1 invalid row.',
    );
    await expect(tab.locator('.import-notes li').allTextContents()).resolves.toEqual([
      'Line 8: No name: map a name column, or first and last name.',
    ]);
    // A preview writes nothing.
    const previewed = await preview.api<Workbook>('GET', '/api/workbook');
    expect(previewed.body.sheets.find((s) => s.name === 'Contacts')!.values).toHaveLength(
      contactsBefore.length,
    );
    await shot(page, 'preview-import-preview');

    await tab.getByRole('button', { name: 'Import 3 new leads, leave out 1 invalid row' }).click();
    await sidebarSettled(page);
    await sb.getByText('Imported 3 leads; skipped 1 invalid row.').waitFor();
    await expect(tab.locator('progress').evaluate((p) => [p.value, p.max])).resolves.toEqual([
      4, 4,
    ]);
    await expect(tab.getByText('4 of 4 rows').isVisible()).resolves.toBe(true);

    // The page redraws the grid after the sidebar's calls: three new rows under the demo's.
    const names = [
      'Budi Santoso',
      'Siti Nur Aisyah',
      '=HYPERLINK("http://evil.example","x") Hacker',
    ];
    await cell(page, firstNew + 2, col('Name'))
      .filter({ hasText: 'Hacker' })
      .waitFor();
    // The grid shows each cell exactly as the runtime displays it: the formula-like name keeps
    // the apostrophe Prospek writes in front of it (a plain-text cell shows it as stored).
    const shown = (
      await preview.api<{ sheets: { name: string; display: string[][] }[] }>('GET', '/api/workbook')
    ).body.sheets.find((s) => s.name === 'Contacts')!.display;
    for (const [i, name] of names.entries()) {
      const row = firstNew + i;
      const text = await cell(page, row, col('Name')).textContent();
      expect(text).toBe(shown[row - 1][col('Name') - 1]);
      expect(text!.replace(/^'(?==)/, '')).toBe(name);
      await expect(cell(page, row, col('Lead source')).textContent()).resolves.toBe('Event');
      await expect(cell(page, row, col('Stage')).textContent()).resolves.toBe('Lead');
    }
    await expect(cell(page, firstNew, col('Company')).textContent()).resolves.toBe('PT Maju Jaya');
    await expect(cell(page, firstNew + 3, col('Name')).textContent()).resolves.toBe('');
    // The formula-like name is text in the sheet, not a formula.
    const after = await preview.api<Workbook>('GET', '/api/workbook');
    const contacts = after.body.sheets.find((s) => s.name === 'Contacts')!;
    expect(contacts.values).toHaveLength(contactsBefore.length + 3);
    expect(Object.keys(contacts.formulas)).toEqual([]);

    // The import selected its new rows, the first one current and scrolled into view: the
    // picture in docs/user-guide.md, next to the sidebar's report.
    for (const row of [firstNew, firstNew + 1, firstNew + 2])
      await expect(
        page.locator(`#grid th.rowhead[data-row="${row}"]`).getAttribute('class'),
      ).resolves.toContain('sel');
    await expect(
      page.locator(`#grid th.rowhead[data-row="${firstNew + 3}"]`).getAttribute('class'),
    ).resolves.not.toContain('sel');
    await expect(page.locator('#namebox').textContent()).resolves.toBe(`A${firstNew}`);
    const head = (await page.locator(`#grid th.rowhead[data-row="${firstNew}"]`).boundingBox())!;
    const grid = (await page.locator('#grid-scroll').boundingBox())!;
    expect(head.y).toBeGreaterThanOrEqual(grid.y);
    expect(head.y + head.height).toBeLessThanOrEqual(grid.y + grid.height);
    await page
      .frame({ url: /\/sidebar/ })!
      .evaluate(() =>
        (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
      );
    await shot(page, 'preview-import', true);
  });
});
