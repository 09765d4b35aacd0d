// What a new seller meets first (issue 18), in Chromium against the built server: "not now" is
// not "no", big moves asked first, messages in sight, the pipeline's lists opening the right
// tab, and the Import tab saying what it will really do.
import type { Locator, Page } from 'playwright-core';
import { prospek, tabRows } from '../support/workbook';
import { saveScreenshot } from './browser';
import { foreignIn } from './catalogWords';
import { PIPELINE, SARI } from './fixtures';
import {
  contactRow,
  expectText,
  openSidebar,
  seed,
  settled,
  withSari,
  type Sidebar,
} from './sidebarHarness';

// Each test starts its own Chromium; under a full parallel run that takes a few seconds.
jest.setTimeout(60_000);

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

describe('qualification: Not yet', () => {
  it('makes the lead Not ready, names the deciding answer and suggests an editable follow-up', async () => {
    sidebar = await openSidebar({ rt: withSari() });
    const { page, rt } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    await page.getByLabel('Fits the target market', { exact: true }).selectOption('Yes');
    await page.getByLabel('Can make the buying decision', { exact: true }).selectOption('Yes');
    await page.getByLabel('Can afford the offer', { exact: true }).selectOption('Not yet');
    await expectText(page, '.outcome-name', 'Not ready');
    const outcome = page.locator('.outcome');
    await expectText(page, '.decided-by', 'Decided by Can afford the offer: Not yet.');
    // The Settings default (30 days) from today, 27 November 2026, in the form's own field.
    const date = page.getByLabel('Next follow-up');
    // Shown as the user types days (month first on this en_US sheet).
    expect(await date.inputValue()).toBe('12/27/2026');
    await expectText(page, '.follow-up-on', 'Follow up on 27 December 2026.');
    expect(await outcome.textContent()).toContain('Saving moves them from Lead to Not ready.');
    // The answer and the verdict it makes, in one view.
    await page.setViewportSize({ width: 300, height: 640 });
    await page
      .getByLabel('Can afford the offer', { exact: true })
      .evaluate((el) => el.closest('.criterion')!.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'qualification-not-yet', { readme: true });

    // Editable: the seller's own date is the one saved.
    await date.fill('2027-03-02');
    await expectText(page, '.follow-up-on', 'Follow up on 2 March 2027.');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    await expectText(page, '.stage-line .stage', 'Not ready');
    expect(contactRow(rt, 'Sari Wulandari')).toMatchObject({
      Stage: 'Not ready',
      'Can afford': 'Not yet',
      // A date cell: midnight of 2 March in Jakarta.
      'Next follow-up': new Date('2027-03-01T17:00:00.000Z'),
    });

    // Only a real No makes Not a fit; taking the Not yet back takes its suggestion back.
    await page.getByLabel('Can afford the offer', { exact: true }).selectOption('No');
    await expectText(page, '.outcome-name', 'Not a fit');
    await expectText(page, '.decided-by', 'Decided by Can afford the offer: No.');
  });

  it('takes a suggested follow-up back with the Not yet', async () => {
    sidebar = await openSidebar({ rt: withSari() });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    await page.getByLabel('Can make the buying decision', { exact: true }).selectOption('Not yet');
    expect(await page.getByLabel('Next follow-up').inputValue()).toBe('12/27/2026');
    await page.getByLabel('Can make the buying decision', { exact: true }).selectOption('Unknown');
    await expectText(page, '.outcome-name', 'Lead');
    expect(await page.getByLabel('Next follow-up').inputValue()).toBe('');
  });
});

/** Fails unless `message` is wholly on screen and just above `button` (within 120 px). */
async function inSightBy(page: Page, message: Locator, button: Locator): Promise<void> {
  await message.waitFor({ state: 'visible' });
  const m = (await message.boundingBox())!;
  const b = (await button.boundingBox())!;
  const height = page.viewportSize()!.height;
  expect(m.y).toBeGreaterThanOrEqual(0);
  expect(m.y + m.height).toBeLessThanOrEqual(height);
  expect(b.y + b.height).toBeLessThanOrEqual(height);
  expect(b.y - (m.y + m.height)).toBeGreaterThanOrEqual(0);
  expect(b.y - (m.y + m.height)).toBeLessThan(120);
}

describe('messages in sight', () => {
  it("shows the contact form's saved, error and conflict messages by the pinned Save", async () => {
    sidebar = await openSidebar({ rt: withSari(), height: 480 });
    const { page, rt } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const save = page.getByRole('button', { name: 'Save contact' });
    const status = page.locator('#panel-contact [role="status"]');
    const banner = page.locator('#panel-contact .banner');

    // A detail at the top of the form: the confirmation is by Save, at the bottom of the view.
    await page.getByRole('textbox', { name: 'Company' }).fill('Warung Sari Rasa 2');
    await save.click();
    await settled(page);
    await expectText(page, '#panel-contact [role="status"]', 'Saved Sari Wulandari.');
    expect(await status.getAttribute('class')).toContain('saved');
    await inSightBy(page, status, save);
    await sidebar.screenshot('contact-saved-by-save', false);
    // Typing again takes the confirmation away: what is on screen is no longer what was saved.
    await page.getByRole('textbox', { name: 'Company' }).fill('Warung Sari Rasa');
    expect(await status.textContent()).toBe('');

    // The qualification, halfway down: its stage move is confirmed by Save too.
    for (const label of [
      'Fits the target market',
      'Can afford the offer',
      'Can make the buying decision',
    ])
      await page.getByLabel(label, { exact: true }).selectOption('Yes');
    await save.click();
    await settled(page);
    await expectText(
      page,
      '#panel-contact [role="status"]',
      'Saved Sari Wulandari. Stage changed: Lead → Prospect.',
    );
    await inSightBy(page, status, save);

    // A field the server refuses: the field is marked and focused, the form's message by Save.
    await page.getByRole('textbox', { name: 'Email' }).fill('sari@');
    await save.click();
    await settled(page);
    expect(await banner.textContent()).toBe('Nothing was saved: fix the marked fields.');
    await inSightBy(page, banner, save);
    expect(await page.getByRole('textbox', { name: 'Email' }).evaluate(isFocused)).toBe(true);
    await page.getByRole('textbox', { name: 'Email' }).fill(String(SARI.email));

    // A colleague changed her since: the conflict and its Reload are by Save as well.
    const theirs = rt.run<{ ok: true; value: { contact: { updated: string }; version: string } }>(
      'loadSidebar',
      [{ contactId: SARI.id }],
      { kind: 'sidebar' },
    );
    rt.run(
      'saveContact',
      [
        {
          contact: { id: SARI.id, name: 'Sari W.' },
          loadedUpdated: theirs.value.contact.updated,
          loadedVersion: theirs.value.version,
        },
      ],
      { kind: 'sidebar' },
    );
    await page.getByRole('textbox', { name: 'Company' }).fill('My change');
    await save.click();
    await settled(page);
    expect(await banner.textContent()).toContain('Nothing was saved');
    await inSightBy(page, banner, save);
    await inSightBy(page, banner.getByRole('button', { name: 'Reload' }), save);
  });

  it("shows the Log form's confirmation by its button", async () => {
    sidebar = await openSidebar({ rt: withSari(), tab: 'conversations', height: 480 });
    const { page } = sidebar;
    const log = page.getByRole('button', { name: 'Log conversation' });
    await page.getByRole('textbox', { name: 'Summary' }).fill('Asked about the price list.');
    await log.scrollIntoViewIfNeeded();
    await log.click();
    await settled(page);
    const status = page.locator('#panel-conversations [role="status"]');
    await expectText(page, '#panel-conversations [role="status"]', 'Conversation logged.');
    await inSightBy(page, status, log);
  });
});

function isFocused(el: unknown): boolean {
  return (
    el ===
    (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement
  );
}

describe("the pipeline's lists", () => {
  it('open a birthday at the address for the card, a follow-up ready to log the call', async () => {
    const rt = prospek();
    seed(rt, PIPELINE);
    sidebar = await openSidebar({ rt, tab: 'pipeline', height: 600 });
    const { page } = sidebar;
    const ss = rt.workbook();

    // Rina's birthday: the Contact tab, her postal address on screen and focused.
    await page
      .locator('.people.birthdays')
      .getByRole('button', { name: /Rina Kusuma/ })
      .click();
    await settled(page);
    expect(await page.getAttribute('#app', 'data-tab')).toBe('contact');
    await expectText(page, 'h2.contact-title', 'Rina Kusuma');
    const address = page.getByRole('textbox', { name: 'Postal address' });
    expect(await address.inputValue()).toBe('Jl. Malioboro 5, Yogyakarta');
    expect(await address.evaluate(isFocused)).toBe(true);
    const box = (await address.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThan(600);
    expect(ss.selection[ss.selection.length - 1].row).toBe(5);
    await sidebar.screenshot('pipeline-birthday-opened', false);

    // Budi's overdue follow-up: the Log tab, a call, the summary ready for typing.
    await page.getByRole('tab', { name: 'Pipeline' }).click();
    await page
      .locator('.people.overdue')
      .getByRole('button', { name: /Budi Santoso/ })
      .click();
    await settled(page);
    expect(await page.getAttribute('#app', 'data-tab')).toBe('conversations');
    await expectText(page, '#panel-conversations h2', 'Conversations with Budi Santoso');
    expect(await page.getByLabel('Type', { exact: true }).inputValue()).toBe('Call');
    const summary = page.getByRole('textbox', { name: 'Summary' });
    expect(await summary.evaluate(isFocused)).toBe(true);
    expect(ss.selection[ss.selection.length - 1].row).toBe(3);
    await page.keyboard.type('Called: he wants the price list again.');
    await page.getByRole('button', { name: 'Log conversation' }).click();
    await settled(page);
    await expectText(page, '#panel-conversations [role="status"]', 'Conversation logged.');
    const entries = page.locator('#panel-conversations .timeline .entry');
    expect(await entries.first().textContent()).toContain('he wants the price list again');
  });
});

// Seven rows: three new, two already in the sheet (PIPELINE's Budi and Dewi, same name and
// company), two repeating an earlier line; the city in a column of its own.
const LEADS = [
  'Nama,Perusahaan,No HP,Alamat,Kota',
  'Ani Wijaya,Toko Ani,0812 1111 2222,Jl. Merdeka 5,Bandung',
  'Budi Santoso,Toko Besi Santoso,,Jl. Besi 1,Solo',
  'Citra Dewi,Salon Citra,0813 3333 4444,,Semarang',
  'Dewi Lestari,Batik Lestari,,,Yogyakarta',
  'Eko Saputra,Bengkel Eko,0814 5555 6666,Jl. Raya 9,Malang',
  'Ani Wijaya,Toko Ani,,,Bandung',
  'Citra Dewi,Salon Citra,,,Semarang',
].join('\n');

describe('the Import tab', () => {
  it('keeps the city, asks the source, counts what it adds, then shows the new rows', async () => {
    const rt = prospek();
    seed(rt, PIPELINE);
    sidebar = await openSidebar({ rt, tab: 'import', height: 900 });
    const { page } = sidebar;
    await page.setInputFiles('input[type="file"]', {
      name: 'pameran.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(LEADS),
    });
    await page.getByText('pameran.csv: 7 rows, 5 columns.').waitFor();
    // Kota is part of the postal address, shown with the mapped columns.
    const kota = page.getByLabel('Kota', { exact: true });
    expect(await kota.isVisible()).toBe(true);
    expect(await kota.inputValue()).toBe('address');
    // A plain list says nothing of where it came from: no source until the user picks one.
    const source = page.locator('#panel-import').getByLabel('Lead source');
    expect(await source.inputValue()).toBe('');
    await page.getByText('Where did these leads come from? Choose one before importing.').waitFor();

    const bar = page.locator('#panel-import progress');
    await page.getByRole('button', { name: 'Preview' }).click();
    await settled(page);
    await page.getByText('Checked 7 of 7 rows.').waitFor();
    // The check is not the import: the bar stays empty (and out of the way) until it runs.
    expect(await bar.isVisible()).toBe(false);
    expect(await bar.evaluate((b) => (b as unknown as { value: number }).value)).toBe(0);
    const button = page.getByRole('button', { name: 'Import 3 new leads, skip 4 duplicates' });
    await button.waitFor();
    // The count follows the duplicate policy.
    await page.getByText('Import them anyway').click();
    await page.getByRole('button', { name: 'Import 7 new leads' }).waitFor();
    await page.getByText('Skip them').click();

    // Without a source, nothing is imported: the choice is asked for at the field.
    await button.click();
    await page.getByText('Choose the lead source first.').first().waitFor();
    expect(await source.getAttribute('aria-invalid')).toBe('true');
    expect(await source.evaluate(isFocused)).toBe(true);
    expect(tabRows(rt, 'Contacts')).toHaveLength(PIPELINE.length);

    await source.selectOption('Event');
    await button.click();
    await page.getByText(/^Imported 3 leads/).waitFor();
    await settled(page);
    expect(await bar.isVisible()).toBe(true);
    const added = tabRows(rt, 'Contacts').slice(PIPELINE.length);
    expect(added.map((r) => [r.Name, r['Postal address'], r['Lead source']])).toEqual([
      ['Ani Wijaya', 'Jl. Merdeka 5, Bandung', 'Event'],
      ['Citra Dewi', 'Semarang', 'Event'],
      ['Eko Saputra', 'Jl. Raya 9, Malang', 'Event'],
    ]);
    // The new rows are selected in the sheet, the first one current (Sheets scrolls to it).
    const ss = rt.workbook();
    const first = PIPELINE.length + 2;
    expect(ss.activeSheet().name).toBe('Contacts');
    expect(ss.selection).toEqual([
      { row: first, column: 1, numRows: 3, numColumns: ss.sheet('Contacts')!.rows[0].length },
    ]);
    await page.locator('.import-counts').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'import-summary', { readme: true });
  });
});

describe('the Import tab in Indonesian', () => {
  it('asks for the source and counts the import in Indonesian only', async () => {
    const rt = prospek();
    // An Indonesian user's sheet: the server speaks Indonesian too.
    rt.state.userLocale = 'id_ID';
    rt.workbook().locale = 'id_ID';
    seed(rt, PIPELINE);
    sidebar = await openSidebar({ rt, tab: 'import', height: 900, page: 'SidebarId' });
    const { page } = sidebar;
    await page.setInputFiles('input[type="file"]', {
      name: 'pameran.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(LEADS),
    });
    await page.getByText('Dari mana calon pelanggan ini? Pilih satu sebelum mengimpor.').waitFor();
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    await settled(page);
    await page
      .getByRole('button', { name: 'Impor 3 calon pelanggan baru, lewati 4 duplikat' })
      .click();
    await page.getByText('Pilih sumber calon pelanggan dulu.').first().waitFor();
    const shown = await page.locator('#panel-import').innerText();
    expect(foreignIn(shown, 'id')).toEqual([]);
  });
});
