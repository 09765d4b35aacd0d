// What a new seller meets first (issue 18), in Chromium against the built server: "not now" is
// not "no", big moves asked first, messages in sight, the pipeline's lists opening the right
// tab, and the Import tab saying what it will really do.
import { saveScreenshot } from './browser';
import {
  contactRow,
  expectText,
  openSidebar,
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
