// Unsaved edits on the Contact tab, in Chromium at 300 px against the built server: news about
// the same contact keeps what was typed, another contact asks first, and Save is always in reach.
import { prospek } from '../support/workbook';
import { PIPELINE, SARI, SARI_TIMELINE } from './fixtures';
import {
  contactRow,
  expectText,
  openSidebar,
  seed,
  selectRow,
  settled,
  SIDEBAR_WIDTH,
  type Sidebar,
} from './sidebarHarness';

// Functions passed to page.evaluate run in the browser; the Node tsconfig has no DOM types.
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface PageElement {
  getBoundingClientRect(): Box;
  contains(other: PageElement | null): boolean;
}
declare const document: {
  activeElement: PageElement | null;
  elementFromPoint(x: number, y: number): PageElement | null;
};
declare const window: { innerHeight: number };

jest.setTimeout(60_000);

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

/** Sari on row 2 with her first conversation; Budi and the others below (PIPELINE). */
function workbook() {
  const rt = prospek();
  seed(rt, PIPELINE, SARI_TIMELINE);
  selectRow(rt, 2);
  return rt;
}

/** Whether the element is inside the viewport and nothing covers its middle. */
async function inReach(page: Sidebar['page'], selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) return false;
    return e.contains(document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2));
  });
}

describe('unsaved changes on the Contact tab', () => {
  it('survive a conversation logged meanwhile, which fills in only the untouched fields', async () => {
    sidebar = await openSidebar({ rt: workbook() });
    const { page, rt } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const company = page.getByRole('textbox', { name: 'Company' });
    const notes = page.getByRole('textbox', { name: 'Notes' });
    const unsaved = page.locator('#panel-contact .unsaved-note');
    expect(await unsaved.textContent()).toBe('');
    await company.fill('Warung Sari Rasa Dua');
    await notes.fill('Opening a second warung in January.');
    expect(await unsaved.textContent()).toBe('Unsaved changes');
    // Read out with the Save button when it has the focus.
    const save = page.getByRole('button', { name: 'Save contact' });
    expect(await save.getAttribute('aria-describedby')).toBe(await unsaved.getAttribute('id'));

    // "Use selected row" on the same contact refreshes it without asking and keeps the edits.
    await page.getByRole('button', { name: 'Use selected row' }).click();
    await settled(page);
    expect(await page.locator('.confirm-bar').isVisible()).toBe(false);
    expect(await company.inputValue()).toBe('Warung Sari Rasa Dua');

    await page.getByRole('tab', { name: 'Conversation log' }).click();
    await page.getByLabel('Summary').fill('Called about the second warung.');
    await page.getByLabel('Follow-up date').fill('2026-12-03');
    await page.getByRole('button', { name: 'Log conversation' }).click();
    await settled(page);
    await page.getByRole('tab', { name: 'Contact' }).click();

    expect(await company.inputValue()).toBe('Warung Sari Rasa Dua');
    expect(await notes.inputValue()).toBe('Opening a second warung in January.');
    // A field the user did not touch takes what the conversation set (a US sheet: month first).
    expect(await page.getByLabel('Next follow-up').inputValue()).toBe('12/03/2026');
    expect(await page.locator('.facts').textContent()).toContain('2 conversations logged.');
    expect(await page.locator('.facts').textContent()).toContain('Last contacted 27 Nov 2026.');
    expect(await unsaved.textContent()).toBe('Unsaved changes');
    await sidebar.screenshot('contact-edits-kept', false);

    // The refreshed version saves without a conflict, and keeps the conversation's follow-up.
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    await expectText(page, '#panel-contact [role="status"]', 'Saved Sari Wulandari.');
    expect(await page.locator('#panel-contact .banner').isVisible()).toBe(false);
    expect(await unsaved.textContent()).toBe('');
    const row = contactRow(rt, 'Sari Wulandari')!;
    expect(row.Company).toBe('Warung Sari Rasa Dua');
    expect(row.Notes).toBe('Opening a second warung in January.');
    expect(String(row['Next follow-up'])).not.toBe('');
  });

  it('asks before another contact or a blank form replaces them, in the sidebar', async () => {
    const rt = workbook();
    sidebar = await openSidebar({ rt, height: 900 });
    const { page } = sidebar;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const company = page.getByRole('textbox', { name: 'Company' });
    await company.fill('Warung Sari Rasa Dua');

    // Opening Budi from the pipeline shows the question on the Contact tab, Sari still there.
    await page.getByRole('tab', { name: 'Pipeline' }).click();
    await settled(page);
    await page.getByRole('button', { name: /Budi Santoso/ }).click();
    const ask = page.getByRole('alertdialog');
    await ask.waitFor();
    expect(await page.getAttribute('#app', 'data-tab')).toBe('contact');
    expect(await ask.textContent()).toContain('Discard your unsaved changes to Sari Wulandari?');
    const keep = ask.getByRole('button', { name: 'Keep editing' });
    expect(await keep.evaluate((e) => e === document.activeElement)).toBe(true);
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    await sidebar.screenshot('contact-discard-ask', false);
    await keep.click();
    expect(await ask.isVisible()).toBe(false);
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    expect(await company.inputValue()).toBe('Warung Sari Rasa Dua');
    // The sheet still has Sari's row selected, as the form still shows her.
    await settled(page);
    expect(rt.workbook().selection.map((r) => r.row)).toEqual([2]);

    // New lead asks too.
    await page.getByRole('button', { name: 'New lead' }).click();
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    expect(await company.inputValue()).toBe('Warung Sari Rasa Dua');

    // So does "Use selected row" on another contact's row; Discard shows that contact.
    selectRow(rt, 3);
    await page.getByRole('button', { name: 'Use selected row' }).click();
    await ask.waitFor();
    expect(await ask.textContent()).toContain('Sari Wulandari');
    await ask.getByRole('button', { name: 'Discard' }).click();
    await expectText(page, 'h2.contact-title', 'Budi Santoso');
    expect(await company.inputValue()).toBe('Toko Besi Santoso');
    expect(await page.locator('#panel-contact .unsaved-note').textContent()).toBe('');
    // Nothing of Sari's was saved, and the browser's own dialogs were never used.
    expect(contactRow(rt, 'Sari Wulandari')?.Company).toBe(SARI.company);
    expect(dialogs).toEqual([]);

    // A new lead being typed is named as such.
    await page.getByRole('button', { name: 'New lead' }).click();
    await expectText(page, 'h2.contact-title', 'New lead');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Wayan Sudarma');
    await page.getByRole('button', { name: 'Use selected row' }).click();
    await ask.waitFor();
    expect(await ask.textContent()).toContain('Discard your unsaved changes to this new lead?');
  });

  it('keeps Save in reach at the bottom of the viewport, from the keyboard too', async () => {
    sidebar = await openSidebar({ rt: workbook() });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const save = '#panel-contact button[type="submit"]';
    // The form is far taller than the viewport, yet Save is on screen without scrolling.
    expect(
      await page.locator('#panel-contact form').evaluate((f) => f.getBoundingClientRect().bottom),
    ).toBeGreaterThan(1000);
    expect(await inReach(page, save)).toBe(true);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sari Wulandari Putri');
    expect(await page.locator('#panel-contact .sticky-actions').getAttribute('class')).toContain(
      'dirty',
    );
    // Half-way down, on the qualification, and at a field just above the bar.
    await page.getByLabel('Readiness').focus();
    expect(await inReach(page, save)).toBe(true);
    await sidebar.screenshot('contact-sticky-save', false);
    await page.getByLabel('Evidence: fits the target market').focus();
    expect(await inReach(page, '#panel-contact :focus')).toBe(true);
    expect(await inReach(page, save)).toBe(true);
    // Save by keyboard from where the user is.
    await page.locator(save).focus();
    await page.keyboard.press('Enter');
    await settled(page);
    await expectText(page, 'h2.contact-title', 'Sari Wulandari Putri');
    expect(await page.viewportSize()).toEqual({ width: SIDEBAR_WIDTH, height: 700 });
  });
});
