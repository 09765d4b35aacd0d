// The Import tab in Chromium, with the built server on the offline runtime: choose a LinkedIn
// export, preview, import, and see the leads in the sheet.
import path from 'node:path';
import { openSidebar, settled } from './sidebarHarness';
import { clickMenu, prospek, tabRows } from '../support/workbook';
import { callOk } from '../support/sidebar';
import { fixture, runner } from '../integration/prospek/importHarness';
import { suggestMapping } from '../../src/domain/import/mapping';

const FIXTURE = path.join(__dirname, '../fixtures/import/linkedin-connections.csv');
const OUTLOOK = path.join(__dirname, '../fixtures/import/outlook.csv');

// Functions passed to page.evaluate run in the browser; the Node tsconfig has no DOM types.
declare const document: { activeElement: unknown };

describe('Import tab', () => {
  it('imports a CSV file through preview and chunks, with a progress bar', async () => {
    const rt = prospek();
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    const sb = await openSidebar({ rt, tab: 'import', height: 1400 });
    try {
      const { page } = sb;
      // The file chooser is drawn in the user's language, and names the file chosen.
      await page.locator('.file-picker').getByText('No file chosen').waitFor();
      await page.setInputFiles('input[type="file"]', FIXTURE);
      await page.getByText('linkedin-connections.csv: 3 rows, 7 columns').waitFor();
      await page.locator('.file-picker').getByText('linkedin-connections.csv').waitFor();
      // A LinkedIn export: people found on the internet, said so under the choice.
      expect(await page.locator('#panel-import').getByLabel('Lead source').inputValue()).toBe(
        'Internet search',
      );
      await page.getByText('Guessed from the file: a LinkedIn export.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Preview' }).click();
      await page
        .getByText('2 new leads, 0 duplicates of contacts already in the sheet, 1 duplicate')
        .waitFor();
      await page.getByText('Line 7: same name and company as line 5.').waitFor();
      await page.getByRole('button', { name: 'Import 2 new leads, skip 1 duplicate' }).click();
      await page.getByText(/^Imported 2 leads/).waitFor();
      await settled(page);
      expect(await page.locator('progress').getAttribute('hidden')).toBeNull();
      expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Rina Hartono', 'Agus Salim']);
      expect(sb.calls.map((c) => c.fn)).toEqual(
        expect.arrayContaining(['getImportStatus', 'previewImport', 'importChunk', 'finishImport']),
      );
      await sb.screenshot('import-tab');
    } finally {
      await sb.close();
    }
  });

  it("shows an Outlook export's mapped columns, the rest behind a toggle, and the result by the button", async () => {
    const rt = prospek();
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    const sb = await openSidebar({ rt, tab: 'import', height: 700 });
    try {
      const { page } = sb;
      await page.setInputFiles('input[type="file"]', OUTLOOK);
      // An address book holds people met every way: Other, until the user says more.
      await page.getByText('Guessed from the file: an Outlook export.', { exact: false }).waitFor();
      expect(await page.locator('#panel-import').getByLabel('Lead source').inputValue()).toBe(
        'Other',
      );
      const toggle = page.getByRole('button', { name: /more columns not imported$/ });
      await toggle.waitFor();
      // Only the mapped columns have a dropdown until the toggle opens the rest.
      const visible = () => page.locator('.import-mapping select:visible').count();
      const mapped = await visible();
      const hidden = Number((await toggle.textContent())!.match(/^(\d+)/)![1]);
      expect(hidden).toBeGreaterThan(30);
      expect(mapped + hidden).toBe(61);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await sb.screenshot('import-outlook-mapping');
      await toggle.click();
      expect(await visible()).toBe(61);
      await page.getByRole('button', { name: 'Hide the columns not imported' }).click();
      expect(await visible()).toBe(mapped);

      await page.getByRole('button', { name: 'Preview' }).click();
      const importButton = page.getByRole('button', { name: /^Import \d+ new leads?/ });
      await importButton.click();
      const result = page.locator('[role="status"]', { hasText: /^Imported / });
      await result.waitFor();
      await settled(page);
      // The result is next to the progress bar, in view, and has the focus.
      expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(
        await result.evaluate(
          (el) =>
            (
              el as unknown as {
                previousElementSibling: { previousElementSibling: { tagName: string } };
              }
            ).previousElementSibling.previousElementSibling.tagName,
        ),
      ).toBe('PROGRESS');
      const box = (await result.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(700);
      await sb.screenshot('import-outlook-result', false);
    } finally {
      await sb.close();
    }
  });

  it('resumes an unfinished import of the same file even when it is chosen before the status arrives', async () => {
    const rt = prospek();
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    // The first line of the file was imported, then the import stopped.
    const file = fixture('linkedin-connections.csv');
    const first = callOk<{ added: number }>(rt, 'importChunk', {
      header: file.header,
      mapping: suggestMapping(file.header),
      rows: file.rows.slice(0, 1),
      state: null,
      country: 'ID',
      batchId: 'B-7K3QX9',
      fileName: 'linkedin-connections.csv',
      source: 'Other',
      policy: 'skip',
      fingerprint: runner.fingerprintOf(file),
      total: file.rows.length,
      offset: 0,
    });
    expect(first.added).toBe(1);

    const sb = await openSidebar({ rt, height: 1400 });
    try {
      const { page } = sb;
      // The tab's status call is held: the file is chosen before its answer.
      const release = sb.hold('getImportStatus');
      await page.getByRole('tab', { name: 'Import' }).click();
      await page.setInputFiles('input[type="file"]', FIXTURE);
      await page.getByText('linkedin-connections.csv: 3 rows, 7 columns').waitFor();
      release();
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.getByRole('button', { name: /^Import \d+ new lead/ }).click();
      await page.getByText(/^Imported \d+ lead/).waitFor();
      await settled(page);
      // Every call continued the stopped batch: its line is not imported again.
      const sent = sb.calls.filter((c) => ['previewImport', 'importChunk'].includes(c.fn));
      expect(sent.length).toBeGreaterThan(0);
      for (const c of sent) expect(c.args[0]).toMatchObject({ batchId: 'B-7K3QX9' });
      expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Rina Hartono', 'Agus Salim']);
      // So one Undo removes the whole import, the line from before the stop too.
      await page.getByRole('button', { name: 'Undo last import' }).click();
      await page.getByRole('button', { name: 'Remove them' }).click();
      await settled(page);
      expect(tabRows(rt, 'Contacts')).toEqual([]);
    } finally {
      await sb.close();
    }
  });
});
