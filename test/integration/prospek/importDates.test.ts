// Birthdays in imported files: numeric dates read day first or month first from the file's own
// evidence (a part above 12 decides for the whole column), else the export's known format
// (Outlook writes M/D/YYYY), else the spreadsheet's locale (id_ID writes D/M/YYYY).
import { setUpSheet, tabRows } from '../../support/workbook';
import { csv, importParsed } from './importHarness';

async function birthdays(text: string, locale = 'en_US'): Promise<Record<string, unknown>> {
  const rt = setUpSheet();
  rt.workbook().locale = locale;
  await importParsed(rt, csv.parseCsv(text));
  return Object.fromEntries(tabRows(rt, 'Contacts').map((r) => [r.Name, r.Birthday]));
}

describe('import: day first or month first', () => {
  it('a day above 12 in the column decides day first, even on a US sheet', async () => {
    const file = 'Name,Birthday\nAni,12/03/1990\nBudi,25/12/1980\n';
    expect(await birthdays(file, 'en_US')).toEqual({ Ani: '1990-03-12', Budi: '1980-12-25' });
  });

  it('a second part above 12 decides month first, even on an Indonesian sheet', async () => {
    const file = 'Name,Birthday\nAni,12/03/1990\nBudi,12/25/1980\n';
    expect(await birthdays(file, 'id_ID')).toEqual({ Ani: '1990-12-03', Budi: '1980-12-25' });
  });

  it('with nothing deciding, the spreadsheet locale: id_ID is D/M/YYYY, en_US M/D/YYYY', async () => {
    const file = 'Name,Birthday\nAni,12/03/1990\nCitra,5/12/1980\n';
    expect(await birthdays(file, 'id_ID')).toEqual({ Ani: '1990-03-12', Citra: '1980-12-05' });
    expect(await birthdays(file, 'en_US')).toEqual({ Ani: '1990-12-03', Citra: '1980-05-12' });
  });

  it("an Outlook export is month first whatever the sheet's locale", async () => {
    const file = 'First Name,Last Name,E-mail Address,Birthday\nAni,W,ani@x.id,12/03/1990\n';
    expect(await birthdays(file, 'id_ID')).toEqual({ 'Ani W': '1990-12-03' });
  });

  it('month names in either language go to Birthday; only an unreadable one to Notes', async () => {
    const rt = setUpSheet();
    const file =
      'Name,Birthday\nAni,30 Agustus 1975\nBudi,12 Mar\nCitra,--03-12\nDewi,sometime in May\n';
    await importParsed(rt, csv.parseCsv(file));
    const rows = Object.fromEntries(tabRows(rt, 'Contacts').map((r) => [r.Name, r]));
    expect(rows.Ani).toMatchObject({ Birthday: '1975-08-30', Notes: '' });
    expect(rows.Budi).toMatchObject({ Birthday: '--03-12', Notes: '' });
    expect(rows.Citra).toMatchObject({ Birthday: '--03-12', Notes: '' });
    expect(rows.Dewi).toMatchObject({ Birthday: '', Notes: 'Birthday: sometime in May' });
  });
});
