// The README's pictures of the sidebar's three parts, rendered at 300 px from a realistic
// workbook. Always written to test-output/screenshots; with UPDATE_README_SCREENSHOTS=1 also to
// docs/screenshots (the files the README shows).
import fs from 'node:fs';
import path from 'node:path';
import { prospek } from '../support/workbook';
import { PIPELINE, SARI_CONVERSATIONS, SARI_QUALIFYING } from './fixtures';
import { openSidebar, seed, selectRow, settled, type Sidebar } from './sidebarHarness';

const DOCS = path.join(__dirname, '../../docs/screenshots');

// Each test starts its own Chromium; under a full parallel run that takes a few seconds.
jest.setTimeout(60_000);

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

async function shoot(s: Sidebar, name: string, fullPage = true): Promise<void> {
  const file = await s.screenshot(name, fullPage);
  if (process.env.UPDATE_README_SCREENSHOTS === '1') {
    fs.mkdirSync(DOCS, { recursive: true });
    fs.copyFileSync(file, path.join(DOCS, `${name}.png`));
  }
}

function workbook() {
  const rt = prospek();
  seed(rt, [SARI_QUALIFYING, ...PIPELINE.slice(1)], SARI_CONVERSATIONS);
  selectRow(rt, 2);
  return rt;
}

describe('README screenshots at 300 px', () => {
  it('Contact: details, qualification with its live outcome, stage history', async () => {
    sidebar = await openSidebar({ rt: workbook() });
    const { page } = sidebar;
    await page.waitForSelector('h2.contact-title:text("Sari Wulandari")');
    expect(await page.locator('.outcome-name').textContent()).toBe('Lead');
    await shoot(sidebar, 'sidebar-contact');
  });

  it('Conversations: the log form and the timeline', async () => {
    sidebar = await openSidebar({ rt: workbook(), tab: 'conversations' });
    const { page } = sidebar;
    await page.waitForSelector('.timeline .entry');
    expect(await page.locator('.timeline .entry').count()).toBe(3);
    await shoot(sidebar, 'sidebar-conversations');
  });

  it('Pipeline: funnel, conversion, follow-ups and birthdays', async () => {
    sidebar = await openSidebar({ rt: workbook(), tab: 'pipeline' });
    const { page } = sidebar;
    await page.waitForSelector('.funnel');
    await settled(page);
    expect(await page.locator('.funnel g').count()).toBe(5);
    await shoot(sidebar, 'sidebar-pipeline');
  });
});
