// The Import tab's possible duplicates, in Chromium at 300 px against the built server: a row
// sharing only a phone number with a contact is shown with Import and Skip, the import waits
// until it is decided, and the choice is what happens.
import { openSidebar, settled, type Sidebar } from './sidebarHarness';
import { prospek, tabRows } from '../support/workbook';
import { csv, importParsed } from '../integration/prospek/importHarness';

jest.setTimeout(90_000);

const FILE =
  'Name,Email,Phone\nSiti Rahma,siti@maju.id,+62 812-1111-2222\nAndi,andi@x.id,0813 3333 4444\n';

let sb: Sidebar | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

async function previewed(): Promise<Sidebar> {
  const rt = prospek();
  await importParsed(
    rt,
    csv.parseCsv('Name,Email,Phone\nBudi Santoso,budi@maju.id,0812 1111 2222\n'),
  );
  sb = await openSidebar({ rt, tab: 'import', height: 1000 });
  const { page } = sb;
  await page.setInputFiles('input[type="file"]', {
    name: 'toko.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(FILE),
  });
  await page.getByText('toko.csv: 2 rows, 3 columns').waitFor();
  await page.locator('#panel-import').getByLabel('Lead source').selectOption('Phone book');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByText('1 possible duplicate: you decide').waitFor();
  return sb;
}

describe('Import tab: possible duplicates by phone', () => {
  it('asks Import or Skip, waits for the choice, and imports the row when told to', async () => {
    const { page, rt } = await previewed();
    const row = page.getByRole('radiogroup', {
      name: /^Line 2: same phone number as Budi Santoso/,
    });
    await row.waitFor();
    await sb!.screenshot('import-possible-duplicate');
    // Undecided, the possible duplicate counts as left out.
    await page.getByRole('button', { name: 'Import 1 new lead, skip 1 duplicate' }).click();
    await page.getByText('Choose Import or Skip for 1 possible duplicate first.').waitFor();
    expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Budi Santoso']);
    await row.getByLabel('Import').check();
    await page.getByRole('button', { name: 'Import 2 new leads' }).click();
    await page.getByText(/^Imported 2 leads/).waitFor();
    await settled(page);
    expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual([
      'Budi Santoso',
      'Siti Rahma',
      'Andi',
    ]);
  });

  it('Skip all leaves it out', async () => {
    const { page, rt } = await previewed();
    await page.getByRole('button', { name: 'Skip all' }).click();
    await page.getByRole('button', { name: 'Import 1 new lead, skip 1 duplicate' }).click();
    await page.getByText(/^Imported 1 lead/).waitFor();
    await settled(page);
    expect(tabRows(rt, 'Contacts').map((r) => r.Name)).toEqual(['Budi Santoso', 'Andi']);
  });
});
