// Dates and birthdays in the sidebar, in Chromium at 300 px against the built server: a day typed
// the Indonesian way (15/12/2026, 15 Des) is read as the server reads it, and every birthday
// form the sheet may hold is shown, kept and saved back untouched when the user changes
// something else.
import { prospek } from '../support/workbook';
import { SARI } from './fixtures';
import {
  contactRow,
  expectText,
  openSidebar,
  seed,
  selectRow,
  settled,
  type Sidebar,
} from './sidebarHarness';

jest.setTimeout(90_000);

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

function workbook(birthday: string, locale = 'en_US') {
  const rt = prospek();
  seed(rt, [{ ...SARI, birthday }]);
  // Set up in English (the helpers read English headers); the locale decides how days read.
  rt.workbook().locale = locale;
  selectRow(rt, 2);
  return rt;
}

async function birthdayShown(page: Sidebar['page']): Promise<string[]> {
  return Promise.all(
    ['#panel-contact select[name="birthday"]', '#birthday-month', '#birthday-year'].map((s) =>
      page.locator(s).inputValue(),
    ),
  );
}

describe('birthdays in the sidebar', () => {
  it.each([
    ['30 Agustus 1975', 'en_US', ['30', '8', '1975']],
    ['12/03/1990', 'id_ID', ['12', '3', '1990']],
    ['12/03/1990', 'en_US', ['3', '12', '1990']],
    ['5/12/1980', 'id_ID', ['5', '12', '1980']],
    ['--03-12', 'en_US', ['12', '3', '']],
    ['12 Mar', 'id_ID', ['12', '3', '']],
  ])(
    'shows %j (%s) and keeps it as typed when another field is saved',
    async (typed, locale, shown) => {
      sidebar = await openSidebar({ rt: workbook(typed, locale) });
      const { page, rt } = sidebar;
      await expectText(page, 'h2.contact-title', 'Sari Wulandari');
      expect(await birthdayShown(page)).toEqual(shown);
      await page.getByRole('textbox', { name: 'Company' }).fill('Warung Sari Rasa Dua');
      await page.getByRole('button', { name: 'Save contact' }).click();
      await settled(page);
      expect(contactRow(rt, 'Sari Wulandari')).toMatchObject({
        Company: 'Warung Sari Rasa Dua',
        Birthday: typed,
      });
      // Still shown the same after the save's reply.
      expect(await birthdayShown(page)).toEqual(shown);
    },
  );

  it('an unreadable birthday is kept, with a note, and replaced only when the user chooses', async () => {
    sidebar = await openSidebar({ rt: workbook('sometime in May') });
    const { page, rt } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const note = page.locator('.birthday-kept');
    expect(await note.textContent()).toContain('"sometime in May"');
    await page.getByRole('textbox', { name: 'Company' }).fill('Warung Sari Rasa Dua');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    expect(contactRow(rt, 'Sari Wulandari')!.Birthday).toBe('sometime in May');
    await page.locator('#panel-contact select[name="birthday"]').selectOption('14');
    await page.locator('#birthday-month').selectOption('5');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    // (The apostrophe keeps Sheets from reading the text as a formula or a number.)
    expect(contactRow(rt, 'Sari Wulandari')!.Birthday).toMatch(/^'?--05-14$/);
    expect(await note.textContent()).toBe('');
  });
});

describe('days typed the Indonesian way', () => {
  it('reads 15/12/2026 and 15 Des in the Indonesian sidebar, and says which day it read', async () => {
    const rt = workbook('30 Agustus 1975', 'id_ID');
    rt.state.userLocale = 'id_ID';
    sidebar = await openSidebar({ rt, page: 'SidebarId' });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const followUp = page.locator('#panel-contact input.day-input');
    const hint = page.locator('#panel-contact .form-group:has(.day-input) .hint');
    expect(await hint.textContent()).toBe('Tanggal dulu, mis. 15/12/2026 atau 15 Des');
    await followUp.fill('15 Des');
    expect(await hint.textContent()).toBe('Sel, 15 Des 2026');
    await followUp.blur();
    expect(await followUp.inputValue()).toBe('15/12/2026');
    await followUp.fill('15 Des');
    await followUp.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await sidebar.screenshot('sidebar-dates-id', false);
    await followUp.blur();
    await page
      .getByRole('button', { name: /Simpan/ })
      .first()
      .click();
    await settled(page);
    // A date cell: midnight of 15 December in the sheet's zone (Asia/Jakarta).
    expect(contactRow(rt, 'Sari Wulandari')!['Next follow-up']).toEqual(
      new Date('2026-12-14T17:00:00.000Z'),
    );
    expect(await followUp.inputValue()).toBe('15/12/2026');
    await followUp.fill('32/12/2026');
    expect(await hint.textContent()).toContain('Tulis seperti 15/12/2026 atau 15 Des');
  });
});
