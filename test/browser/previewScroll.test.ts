// The preview's grid on a long sheet, in Chromium: it draws only the rows in view (virtual
// scrolling), shows the right rows wherever it is scrolled, and clicking, typing, selecting
// whole columns and sorting work there as they do at the top.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { Runtime } from '../../local/runtime/index';
import { launch } from './browser';
import {
  cell,
  openPage,
  settled,
  startPreview,
  tempWorkbook,
  type RunningPreview,
} from './previewHarness';

jest.setTimeout(90_000);

const ROWS = 5000;

let browser: Browser;
let preview: RunningPreview;
let page: Page;

/** A workbook whose first sheet holds ROWS rows: "Row r" in A, r in B. */
function longWorkbook(): string {
  const file = tempWorkbook();
  const rt = new Runtime({ now: '2026-11-27T09:00', timeZone: 'Asia/Jakarta' });
  const sheet = rt.workbook().sheets[0];
  for (let r = 1; r <= ROWS; r++) sheet.rows[r - 1] = [`Row ${r}`, r];
  sheet.maxRows = ROWS;
  rt.save(file);
  return file;
}

/** The row numbers of the body rows in the table. */
const drawnRows = (pg: Page) =>
  pg
    .locator('#grid tbody th.rowhead')
    .evaluateAll((heads) =>
      heads.map((h) => Number((h as unknown as { dataset: { row: string } }).dataset.row)),
    );

async function scrollTo(pg: Page, fraction: number): Promise<void> {
  await pg
    .locator('#grid-scroll')
    .evaluate((el, f) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * f), fraction);
  // The scroll event comes with the next frame; the rows it asks for then keep the page busy.
  await pg.evaluate(
    () =>
      new Promise((done) => {
        const raf = (globalThis as unknown as { requestAnimationFrame(f: () => void): void })
          .requestAnimationFrame;
        raf(() => raf(() => done(null)));
      }),
  );
  await settled(pg);
}

/** The cell drawn just below the column letters at the grid's left edge. */
async function topLeftCell(pg: Page): Promise<{ row: number; text: string }> {
  const box = (await pg.locator('#grid-scroll').boundingBox())!;
  const head = (await pg.locator('#grid thead').boundingBox())!;
  return pg.evaluate(
    ([x, y]) => {
      type El = { closest(s: string): El | null; dataset: { row?: string }; textContent: string };
      const doc = (
        globalThis as unknown as { document: { elementFromPoint(x: number, y: number): El } }
      ).document;
      const td = doc.elementFromPoint(x, y).closest('td');
      return { row: Number(td?.dataset.row), text: td?.textContent ?? '' };
    },
    [box.x + 46 + 20, head.y + head.height + 5],
  );
}

beforeAll(async () => {
  browser = await launch();
  preview = await startPreview(longWorkbook());
  page = await openPage(browser, preview);
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  if (preview) fs.rmSync(preview.file, { force: true });
});

describe('a sheet of 5,000 rows in the grid', () => {
  it('draws only the rows in view, and the scroll bar spans them all', async () => {
    const rows = await drawnRows(page);
    expect(rows[0]).toBe(1);
    expect(rows.length).toBeLessThan(300);
    await expect(cell(page, ROWS, 1).count()).resolves.toBe(0);
    const heights = await page.locator('#grid-scroll').evaluate((el) => ({
      scroll: el.scrollHeight,
      row: el.querySelector('tbody tr:not(.spacer)')!.getBoundingClientRect().height,
    }));
    expect(heights.scroll).toBeGreaterThan(ROWS * heights.row);
  });

  it('shows the right rows after scrolling to the end and to the middle', async () => {
    await scrollTo(page, 1);
    await expect(cell(page, ROWS, 1).textContent()).resolves.toBe(`Row ${ROWS}`);
    const end = await drawnRows(page);
    expect(end[0]).toBeGreaterThan(ROWS - 300);
    await expect(cell(page, 2, 1).count()).resolves.toBe(0);

    await scrollTo(page, 0.5);
    const top = await topLeftCell(page);
    expect(Math.abs(top.row - ROWS / 2)).toBeLessThan(30);
    expect(top.text).toBe(`Row ${top.row}`);
  });

  it('types into a cell far down the sheet, and the edit lands in that cell', async () => {
    const top = await topLeftCell(page);
    const row = top.row + 3;
    await cell(page, row, 1).click();
    await settled(page);
    await page.keyboard.type('typed far down');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect(cell(page, row, 1).textContent()).resolves.toBe('typed far down');
    const wb = await preview.api<{ sheets: { values: unknown[][] }[] }>('GET', '/api/workbook');
    expect(wb.body.sheets[0].values[row - 1][0]).toBe('typed far down');
    // The next row was not touched, and the grid still shows it.
    await expect(cell(page, row + 1, 1).textContent()).resolves.toBe(`Row ${row + 1}`);
  });

  it('marks a whole column as selected in every row drawn', async () => {
    await page.locator('#grid th.colhead[data-column="2"]').click();
    await settled(page);
    const drawn = (await drawnRows(page)).length;
    await expect(page.locator('#grid tbody td.sel').count()).resolves.toBe(drawn);
    await expect(page.locator('#grid tbody td.sel[data-column="2"]').count()).resolves.toBe(drawn);
  });

  it('sorts the whole sheet, and the top shows the new first rows', async () => {
    await page.locator('#grid th.colhead[data-column="2"]').click({ button: 'right' });
    await page.locator('#context-menu button[data-action="sort-desc"]').click();
    await settled(page);
    await scrollTo(page, 0);
    await expect(cell(page, 1, 1).textContent()).resolves.toBe(`Row ${ROWS}`);
    await expect(cell(page, 2, 2).textContent()).resolves.toBe(String(ROWS - 1));
    await scrollTo(page, 1);
    await expect(cell(page, ROWS, 1).textContent()).resolves.toBe('Row 1');
  });
});
