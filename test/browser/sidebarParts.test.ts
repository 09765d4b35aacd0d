// The Import and Settings tabs are not in the page Apps Script sends each time the sidebar opens:
// the page fetches each from the server (loadSidebarPart) the first time it is shown, once,
// saying it is loading, and says so plainly, with a way to try again, when that fails.
import fs from 'node:fs';
import path from 'node:path';
import { openSidebar, type Sidebar } from './sidebarHarness';
import { clickMenu, prospek } from '../support/workbook';
import { importTabText } from '../../src/domain/messages/importTab';

const DIST = path.join(__dirname, '../../dist');
const BUDGET = 60 * 1024;

function partCalls(sb: Sidebar): unknown[] {
  return sb.calls.filter((c) => c.fn === 'loadSidebarPart').map((c) => c.args[0]);
}

describe('sidebar parts loaded on first use', () => {
  let sb: Sidebar | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  it('keeps each page within its budget, the Import and Settings code left out of it', () => {
    for (const lang of ['en', 'id'] as const) {
      const suffix = lang === 'id' ? 'Id' : '';
      const html = fs.readFileSync(path.join(DIST, `Sidebar${suffix}.html`), 'utf8');
      expect(Buffer.byteLength(html)).toBeLessThanOrEqual(BUDGET);
      // The Import tab's words and code are in its part, fetched when needed, not in the page.
      const part = fs.readFileSync(path.join(DIST, `SidebarImport${suffix}.html`), 'utf8');
      const heading = importTabText(lang).tab.heading;
      expect(part).toContain(heading);
      expect(part).toContain('registerPart');
      expect(html).not.toContain(heading);
    }
  });

  it('fetches the Import tab when it is first shown, says it is loading, and never again', async () => {
    const rt = prospek();
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    sb = await openSidebar({ rt });
    const { page } = sb;
    expect(partCalls(sb)).toEqual([]);
    const release = sb.hold('loadSidebarPart');
    await page.getByRole('tab', { name: 'Import' }).click();
    await page.locator('#panel-import').getByRole('status').getByText('Loading…').waitFor();
    await sb.screenshot('part-import-loading', false);
    release();
    await page.getByRole('heading', { name: 'Import leads' }).waitFor();
    await page.locator('.file-picker').getByText('No file chosen').waitFor();
    await sb.screenshot('part-import-loaded');
    expect(partCalls(sb)).toEqual([{ part: 'import', lang: 'en' }]);

    // Away and back: the tab as it was, not fetched or mounted a second time.
    await page.getByRole('tab', { name: 'Contact' }).click();
    await page.getByRole('tab', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import leads' }).waitFor();
    expect(await page.locator('#panel-import h2', { hasText: 'Import leads' }).count()).toBe(1);
    expect(partCalls(sb)).toEqual([{ part: 'import', lang: 'en' }]);
    expect(sb.calls.filter((c) => c.fn === 'getImportStatus')).toHaveLength(1);

    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.locator('#lead-form-business').waitFor();
    expect(partCalls(sb)).toEqual([
      { part: 'import', lang: 'en' },
      { part: 'settings', lang: 'en' },
    ]);
  });

  it('says why a part could not be loaded, and loads it when the user tries again', async () => {
    const rt = prospek();
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    let failures = 1;
    sb = await openSidebar({
      rt,
      tab: 'import',
      serve: (fn, args) => {
        if (fn === 'loadSidebarPart' && failures-- > 0) throw new Error('Service unavailable');
        return rt.run(fn, args, { kind: 'sidebar' });
      },
    });
    const { page } = sb;
    const alert = page.locator('#panel-import').getByRole('alert');
    await alert.getByText('This tab could not be loaded: Service unavailable').waitFor();
    await sb.screenshot('part-import-failed', false);
    await page.locator('#panel-import').getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Import leads' }).waitFor();
    expect(await alert.count()).toBe(0);
    expect(partCalls(sb)).toHaveLength(2);
  });

  it('fetches the Indonesian part for the Indonesian page, saying so in Indonesian', async () => {
    const rt = prospek();
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    sb = await openSidebar({ rt, page: 'SidebarId' });
    const { page } = sb;
    const release = sb.hold('loadSidebarPart');
    await page.getByRole('tab', { name: 'Impor' }).click();
    await page.locator('#panel-import').getByRole('status').getByText('Memuat…').waitFor();
    release();
    await page.locator('#panel-import h2').first().waitFor();
    expect(partCalls(sb)).toEqual([{ part: 'import', lang: 'id' }]);
    expect(await page.locator('#panel-import h2').first().textContent()).toBe(
      'Impor calon pelanggan',
    );
    await sb.screenshot('part-import-loaded-id');
  });
});
