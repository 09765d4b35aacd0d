// What the sidebar shows, checked where a user would notice it, in Chromium at 300 px: times on
// the spreadsheet's clock, the funnel's bars and labels, the stage history's lines, inline
// checkboxes and radios, and the Import tab's busy and success states.
import { MAIN_STAGES, OUTCOME_STAGES } from '../../src/domain/contact/contact';
import type { PipelineView } from '../../src/domain/pipeline/steps';
import { clickMenu, prospek, tabRows } from '../support/workbook';
import { SARI, SARI_CONVERSATIONS } from './fixtures';
import { expectText, openSidebar, seed, selectRow, settled, type Sidebar } from './sidebarHarness';

// Functions passed to page.evaluate run in the browser; the Node tsconfig has no DOM types.
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
declare const Intl: { DateTimeFormat(): { resolvedOptions(): { timeZone: string } } };
declare function getComputedStyle(e: unknown): { backgroundColor: string };

jest.setTimeout(60_000);

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

describe('times', () => {
  it("are the spreadsheet's (New York), not the browser's (Tokyo)", async () => {
    const rt = prospek({ timeZone: 'America/New_York' });
    seed(rt, [SARI], SARI_CONVERSATIONS);
    selectRow(rt, 2);
    sidebar = await openSidebar({ rt, browserTimeZone: 'Asia/Tokyo' });
    const { page } = sidebar;
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'Asia/Tokyo',
    );
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    // Added at 2026-11-20T02:05Z: 21:05 the evening before in New York (11:05 in Tokyo).
    expect(await page.locator('.history .history-when').textContent()).toBe('19 Nov 2026, 21:05');
    expect(await page.locator('#panel-contact .zone-note').textContent()).toContain(
      'America/New_York',
    );

    await page.getByRole('tab', { name: 'Conversation log' }).click();
    const heads = await page.locator('.timeline .entry-head').allTextContents();
    // 2026-11-25T07:30Z and 2026-11-20T02:00Z.
    expect(heads).toEqual([
      'Call25 Nov 2026, 02:30',
      'Stage change19 Nov 2026, 21:05',
      'In person19 Nov 2026, 21:00',
    ]);
    expect(await page.locator('#panel-conversations .zone-note').textContent()).toBe(
      "Times are America/New_York time, the spreadsheet's time zone.",
    );
    await sidebar.screenshot('times-new-york-in-tokyo');
  });

  it('say nothing about zones when the browser is on the spreadsheet’s', async () => {
    const rt = prospek();
    seed(rt, [SARI], SARI_CONVERSATIONS);
    selectRow(rt, 2);
    sidebar = await openSidebar({ rt });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    // Jakarta is UTC+7.
    expect(await page.locator('.history .history-when').textContent()).toBe('20 Nov 2026, 09:05');
    expect(await page.locator('#panel-contact .zone-note').isVisible()).toBe(false);
  });
});

describe('stage history', () => {
  it('keeps the change and its time on one line and who made it on the next, whole', async () => {
    const rt = prospek();
    seed(rt, [SARI], SARI_CONVERSATIONS);
    selectRow(rt, 2);
    sidebar = await openSidebar({ rt });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const line = page.locator('.history li').first();
    const change = await line.locator('.history-change').boundingBox();
    const when = await line.locator('.history-when').boundingBox();
    const by = line.locator('.history-by');
    const byBox = await by.boundingBox();
    expect(await line.locator('.history-change').textContent()).toBe('— → Lead');
    expect(await by.textContent()).toBe('by rep@example.com');
    // Side by side on the first line, the time flush right in the 300 px column.
    expect(Math.abs(change!.y - when!.y)).toBeLessThan(3);
    expect(when!.x).toBeGreaterThan(change!.x + change!.width);
    expect(when!.x + when!.width).toBeLessThanOrEqual(288 + 1);
    // Who, below them, on a single line of its own.
    expect(byBox!.y).toBeGreaterThanOrEqual(change!.y + change!.height - 1);
    expect(byBox!.height).toBeLessThan(change!.height * 1.5);
    await sidebar.screenshot('stage-history');
  });
});

function summary(counts: number[]): PipelineView {
  const none = { from: 0, to: 0, rate: null };
  return {
    today: '2026-11-27',
    total: counts.reduce((a, b) => a + b, 0),
    unknownStage: 0,
    stages: [...MAIN_STAGES, ...OUTCOME_STAGES].map((stage, i) => ({
      stage,
      count: counts[i] ?? 0,
    })),
    reached: { lead: 0, prospect: 0, customer: 0, repeatBuyer: 0 },
    conversion: { leadToProspect: none, prospectToCustomer: none, customerToRepeatBuyer: none },
    followUpsDueToday: [],
    overdueFollowUps: [],
    birthdays: [],
    sources: [],
    more: { followUpsDueToday: 0, overdueFollowUps: 0, birthdays: 0 },
    fullness: { cells: 120_000, limit: 10_000_000 },
  };
}

/** Each stage's label, bar and count as drawn, in page pixels. */
async function funnelRows(page: Sidebar['page']) {
  const rows = [];
  for (const g of await page.locator('.funnel g').all()) {
    rows.push({
      stage: await g.getAttribute('data-stage'),
      count: await g.locator('.funnel-count').textContent(),
      label: (await g.locator('.funnel-stage').boundingBox()) as Box,
      bar: await g.locator('.funnel-bar').evaluate((r) => {
        const b = r.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }),
      number: (await g.locator('.funnel-count').boundingBox()) as Box,
    });
  }
  return rows;
}

describe('funnel', () => {
  it('draws bars from one edge, as long as their counts, with every label and count readable', async () => {
    // A later stage holding more than an earlier one, a huge count, an empty stage, a tiny one.
    const counts = [10_000, 3, 0, 12, 1, 4, 5, 6];
    sidebar = await openSidebar({
      tab: 'pipeline',
      serve: (fn) => {
        if (fn === 'getPipeline') return { ok: true, value: summary(counts) };
        if (fn === 'loadSidebar') {
          return {
            ok: true,
            value: {
              contact: null,
              timeline: [],
              notice: '',
              version: '',
              today: '2026-11-27',
              timeZone: 'Asia/Jakarta',
              me: '',
            },
          };
        }
        return { ok: false, message: `unexpected ${fn}`, issues: [] };
      },
    });
    const { page } = sidebar;
    await page.waitForSelector('.funnel');
    await settled(page);
    expect(await page.locator('.total').textContent()).toBe('10,031 contacts in all.');
    const rows = await funnelRows(page);
    expect(rows.map((r) => [r.stage, r.count])).toEqual([
      ['Lead', '10,000'],
      ['Prospect', '3'],
      ['In sales', '0'],
      ['Customer', '12'],
      ['Repeat buyer', '1'],
    ]);
    const svgBox = (await page.locator('.funnel').boundingBox())!;
    const edge = rows[0].bar.x;
    for (const r of rows) {
      expect(r.bar.x).toBeCloseTo(edge, 1); // left-aligned: one common edge
      expect(r.label.x + r.label.width).toBeLessThan(edge); // the name never under a bar
      expect(r.number.x).toBeGreaterThanOrEqual(r.bar.x + r.bar.width); // the count past it
      expect(r.number.x + r.number.width).toBeLessThanOrEqual(svgBox.x + svgBox.width + 0.5);
      expect(r.label.height).toBeGreaterThan(10); // 12 px text, drawn 1:1 at 300 px
    }
    // Lengths in proportion: the huge count is the longest bar; none is hidden by rounding.
    expect(rows[0].bar.width).toBeGreaterThan(140);
    expect(rows[2].bar.width).toBe(0);
    expect(rows[1].bar.width).toBeGreaterThanOrEqual(2);
    expect(rows[4].bar.width).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.funnel').getAttribute('aria-label')).toBe(
      'Contacts per stage: Lead 10,000, Prospect 3, In sales 0, Customer 12, Repeat buyer 1.',
    );
    expect(await page.locator('.outcomes').textContent()).toBe('Not ready 4Said no 5Not a fit 6');
    await sidebar.screenshot('pipeline-funnel-extremes', false);
  });

  it('shows a later stage with more contacts as a longer bar, not an hourglass', async () => {
    sidebar = await openSidebar({
      tab: 'pipeline',
      serve: (fn) =>
        fn === 'getPipeline'
          ? { ok: true, value: summary([3, 2, 1, 2, 1]) }
          : {
              ok: true,
              value: {
                contact: null,
                timeline: [],
                notice: '',
                version: '',
                today: '2026-11-27',
                timeZone: 'Asia/Jakarta',
                me: '',
              },
            },
    });
    const { page } = sidebar;
    await page.waitForSelector('.funnel');
    const rows = await funnelRows(page);
    const w = rows.map((r) => r.bar.width);
    expect(w[1] / w[0]).toBeCloseTo(2 / 3, 2);
    expect(w[2] / w[0]).toBeCloseTo(1 / 3, 2);
    expect(w[3]).toBeCloseTo(w[1], 5); // Customer 2 = Prospect 2
    expect(w[4]).toBeCloseTo(w[2], 5);
  });
});

describe('Import and Settings tabs', () => {
  it('undo says it is removing while it runs; success is green; radios sit inline', async () => {
    const rt = prospek();
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    sidebar = await openSidebar({ rt, tab: 'import', height: 1200 });
    const { page } = sidebar;
    await page
      .getByLabel('Or paste rows')
      .fill('Name,Company\nRina Hartono,Hartono Batik\nAgus Salim,Salim Jaya');
    await page.getByRole('button', { name: 'Use pasted rows' }).click();
    // Each duplicate policy: a small radio before its words, on one line.
    const radio = page.getByRole('radio', { name: 'Skip them' });
    const radioBox = (await radio.boundingBox())!;
    const labelBox = (await page.locator('label.choice', { has: radio }).boundingBox())!;
    expect(radioBox.width).toBeLessThan(20);
    expect(labelBox.height).toBeLessThan(24);
    expect(await radio.isChecked()).toBe(true);
    await page.getByText('Import them anyway').click();
    expect(await page.getByRole('radio', { name: 'Import them anyway' }).isChecked()).toBe(true);

    await page.locator('#panel-import').getByLabel('Lead source').selectOption('Referral');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('button', { name: 'Import 2 new leads' }).click();
    await page.getByText(/^Imported 2 leads/).waitFor();
    await settled(page);
    const banner = page.locator('#panel-import .banner').first();
    expect(await banner.getAttribute('class')).toBe('banner success');
    expect(await banner.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(230, 244, 234)',
    );
    expect(tabRows(rt, 'Contacts')).toHaveLength(2);

    await page.getByRole('button', { name: 'Undo last import' }).click();
    const release = sidebar.hold('undoLastImport');
    const yes = page.getByRole('button', { name: 'Remove them' });
    await yes.click();
    const busy = page.locator('#panel-import button[aria-busy="true"]');
    await busy.waitFor();
    expect(await busy.textContent()).toBe('Removing…');
    expect(await busy.isDisabled()).toBe(true);
    await sidebar.screenshot('import-undo-busy', false);
    release();
    await settled(page);
    expect(tabRows(rt, 'Contacts')).toHaveLength(0);
    expect(await page.getByText('Importing…').count()).toBe(0);

    // The Settings tab's checkboxes come from the same helper: inline, and their words toggle them.
    await page.getByRole('tab', { name: 'Settings' }).click();
    const enabled = page.getByRole('checkbox', { name: 'Daily reminder email' });
    await enabled.waitFor();
    await settled(page);
    expect((await enabled.boundingBox())!.width).toBeLessThan(20);
    const before = await enabled.isChecked();
    await page.getByText('Daily reminder email').click();
    expect(await enabled.isChecked()).toBe(!before);
    await sidebar.screenshot('settings-checkboxes', false);
  });
});
