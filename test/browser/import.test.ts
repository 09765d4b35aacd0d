// The Import tab in Chromium, with the built server on the offline runtime: choose a LinkedIn
// export, preview, import, and see the leads in the sheet.
import path from 'node:path';
import { openSidebar, settled, sheetRows } from './sidebarHarness';
import { clickMenu, prospek } from '../integration/harness';

const FIXTURE = path.join(__dirname, '../fixtures/import/linkedin-connections.csv');

describe('Import tab', () => {
  it('imports a CSV file through preview and chunks, with a progress bar', async () => {
    const rt = prospek();
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    const sb = await openSidebar({ rt, tab: 'import', height: 1400 });
    try {
      const { page } = sb;
      await page.setInputFiles('input[type="file"]', FIXTURE);
      await page.getByText('linkedin-connections.csv: 3 rows, 7 columns').waitFor();
      await page.getByRole('button', { name: 'Preview' }).click();
      await page
        .getByText('2 new leads, 0 duplicates of contacts already in the sheet, 1 duplicate')
        .waitFor();
      await page.getByText('Line 7: same name and company as line 5.').waitFor();
      await page.getByRole('button', { name: 'Import 3 rows' }).click();
      await page.getByText(/^Imported 2 leads/).waitFor();
      await settled(page);
      expect(await page.locator('progress').getAttribute('hidden')).toBeNull();
      expect(sheetRows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Rina Hartono', 'Agus Salim']);
      expect(sb.calls.map((c) => c.fn)).toEqual(
        expect.arrayContaining(['getImportStatus', 'previewImport', 'importChunk', 'finishImport']),
      );
      await sb.screenshot('import-tab');
    } finally {
      await sb.close();
    }
  });
});
