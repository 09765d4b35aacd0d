// A long history in the sidebar: the newest conversations first, and "Show earlier
// conversations (N)" bringing the older ones a page at a time from the server.
import type { Activity } from '../../src/domain/contact/contact';
import { prospek } from '../support/workbook';
import { callOk } from '../support/sidebar';
import { conversation } from '../integration/prospek/contactsHarness';
import { SARI } from './fixtures';
import { expectText, openSidebar, seed, selectRow, settled, type Sidebar } from './sidebarHarness';

jest.setTimeout(60_000);

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

/** Sari with 12 calls a day apart, another customer's entries logged between them. */
function sariWithTwelveCalls() {
  const rt = prospek();
  const other = { id: 'C-0THER1', name: 'Budi Santoso', stage: 'Lead' as const };
  const activities: Partial<Activity>[] = [];
  for (let i = 1; i <= 12; i++) {
    const when = new Date(Date.UTC(2026, 10, i, 3)).toISOString();
    activities.push({
      activityId: `A-0000S${String(i).padStart(3, '0')}`,
      when,
      contactId: SARI.id,
      contactName: SARI.name,
      type: 'Call',
      summary: `Call number ${i}`,
      by: 'rep@example.com',
    });
    if (i % 3 === 0) {
      activities.push({
        activityId: `A-0000B${String(i).padStart(3, '0')}`,
        when,
        contactId: other.id,
        contactName: other.name,
        type: 'Call',
        summary: 'Not Sari',
      });
    }
  }
  seed(rt, [SARI, other], activities);
  selectRow(rt, 2);
  return rt;
}

const pageOf = (s: Sidebar) => s.page;
const summaries = (s: Sidebar) =>
  s.page.locator('.timeline .entry p:not(.secondary)').allTextContents();

describe('a long timeline', () => {
  it('shows the newest five, then the earlier ones page by page', async () => {
    sidebar = await openSidebar({ rt: sariWithTwelveCalls(), tab: 'conversations' });
    const { page, calls } = sidebar;
    await expectText(page, '#panel-conversations h2', 'Conversations with Sari Wulandari');
    expect(await page.locator('.timeline .entry').count()).toBe(5);
    expect((await summaries(sidebar))[0]).toBe('Call number 12');
    const more = page.locator('#panel-conversations').getByRole('button', {
      name: 'Show earlier conversations (7)',
    });
    await more.scrollIntoViewIfNeeded();
    await sidebar.screenshot('timeline-show-earlier', false);

    await more.click();
    await settled(page);
    expect(await page.locator('.timeline .entry').count()).toBe(10);
    expect(calls.filter((c) => c.fn === 'loadEarlier').map((c) => c.args)).toEqual([
      [{ contactId: SARI.id, shown: 5 }],
    ]);
    await page
      .locator('#panel-conversations')
      .getByRole('button', { name: 'Show earlier conversations (2)' })
      .click();
    await settled(page);
    expect(await summaries(sidebar)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Call number ${12 - i}`),
    );
    // Nothing older: the button is gone, and no entry of the other customer came along.
    expect(await page.locator('#panel-conversations .earlier-entries').isHidden()).toBe(true);
  });

  it('shows each entry once when another user logs one before Show earlier', async () => {
    const rt = sariWithTwelveCalls();
    sidebar = await openSidebar({ rt, tab: 'conversations' });
    const { page } = sidebar;
    await expectText(page, '#panel-conversations h2', 'Conversations with Sari Wulandari');
    // Logged from another sidebar: the server's newest five now start with it.
    callOk(
      rt,
      'logConversation',
      conversation(SARI.id as string, { summary: 'Call from a colleague' }),
    );
    await page
      .locator('#panel-conversations')
      .getByRole('button', { name: 'Show earlier conversations (7)' })
      .click();
    await settled(page);
    const shown = await summaries(sidebar);
    expect(shown).toEqual(Array.from({ length: 9 }, (_, i) => `Call number ${12 - i}`));
  });

  it('says the Contact tab counts only what is loaded, in English and Indonesian', async () => {
    sidebar = await openSidebar({ rt: sariWithTwelveCalls() });
    await expectText(pageOf(sidebar), '#panel-contact .facts', 'At least 5 conversations logged.');
    await pageOf(sidebar).locator('#panel-contact .earlier-entries').scrollIntoViewIfNeeded();
    await sidebar.screenshot('contact-history-show-earlier', false);
    await pageOf(sidebar)
      .locator('#panel-contact')
      .getByRole('button', { name: 'Show earlier conversations (7)' })
      .click();
    await settled(pageOf(sidebar));
    await pageOf(sidebar)
      .locator('#panel-contact')
      .getByRole('button', { name: 'Show earlier conversations (2)' })
      .click();
    await expectText(pageOf(sidebar), '#panel-contact .facts', '12 conversations logged.');
    await sidebar.close();

    sidebar = await openSidebar({ rt: sariWithTwelveCalls(), page: 'SidebarId' });
    await expectText(pageOf(sidebar), '#panel-contact .facts', 'Sedikitnya 5 percakapan tercatat.');
    expect(
      await pageOf(sidebar)
        .locator('#panel-contact')
        .getByRole('button', { name: 'Tampilkan percakapan sebelumnya (7)' })
        .isVisible(),
    ).toBe(true);
  });
});
