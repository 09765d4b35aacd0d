// The sidebar keeps the row each reply gives for the contact on screen and sends it back with
// every request about that contact (issue 15: the server reads that row instead of searching);
// after the user sorts the sheet, the reply's new row replaces the old one.
import { prospek } from '../support/workbook';
import { PIPELINE } from './fixtures';
import { expectText, openSidebar, seed, settled, withSari, type Sidebar } from './sidebarHarness';

jest.setTimeout(60_000);

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

/** The `row` sent with the last call of `fn` (its first argument's, or its second one). */
function sentRow(s: Sidebar, fn: string): unknown {
  const last = s.calls.filter((c) => c.fn === fn).pop();
  if (!last) return 'not called';
  if (fn === 'selectContactRow') return last.args[1];
  return (last.args[0] as { row?: unknown }).row;
}

describe('row hints', () => {
  it('a save and a log send the row the load gave, then the row their reply gave', async () => {
    sidebar = await openSidebar({ rt: withSari() });
    const { page, rt } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    await page.getByRole('textbox', { name: 'Company' }).fill('Toko Sari');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    expect(sentRow(sidebar, 'saveContact')).toBe(2);

    // Sari moves down a row: the next request still says 2, the reply says 3 and is kept.
    rt.user.insertRows('Contacts', 2);
    await page.getByRole('tab', { name: 'Conversation log' }).click();
    await page.getByRole('textbox', { name: 'Summary' }).fill('Asked about the price list.');
    await page.getByRole('button', { name: 'Log conversation' }).click();
    await settled(page);
    expect(sentRow(sidebar, 'logConversation')).toBe(2);
    await page.getByRole('tab', { name: 'Contact' }).click();
    await page.getByRole('textbox', { name: 'Company' }).fill('Toko Sari Jaya');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    expect(sentRow(sidebar, 'saveContact')).toBe(3);
  });

  it("a pipeline card sends its listed row, and selecting the row sends the load's", async () => {
    const rt = prospek();
    seed(rt, PIPELINE);
    sidebar = await openSidebar({ rt, tab: 'pipeline', height: 900 });
    const { page } = sidebar;
    await page.getByRole('button', { name: /Budi Santoso/ }).click();
    await settled(page);
    await expectText(page, '#panel-conversations h2', 'Conversations with Budi Santoso');
    expect(sentRow(sidebar, 'loadSidebar')).toBe(3);
    expect(sentRow(sidebar, 'selectContactRow')).toBe(3);
  });
});
