// A field the user is editing that someone else changed meanwhile, in Chromium at 300 px against
// the built server: a reload or a logged conversation marks it under the field, and Save refuses
// until the user keeps theirs or takes the other value, so nobody's change is silently undone.
import { snapshot, tabRows } from '../support/workbook';
import { SARI } from './fixtures';
import { expectText, openSidebar, settled, withSari, type Sidebar } from './sidebarHarness';

declare const document: { activeElement: unknown };

jest.setTimeout(60_000);

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

/** A colleague saves Sari from their own sidebar. */
function colleagueSaves(rt: Sidebar['rt'], changes: Record<string, string>): void {
  const theirs = rt.run<{ ok: true; value: { contact: { updated: string }; version: string } }>(
    'loadSidebar',
    [{ contactId: SARI.id }],
    { kind: 'sidebar' },
  );
  const saved = rt.run<{ ok: boolean }>(
    'saveContact',
    [
      {
        contact: { id: SARI.id, name: SARI.name, ...changes },
        loadedUpdated: theirs.value.contact.updated,
        loadedVersion: theirs.value.version,
      },
    ],
    { kind: 'sidebar' },
  );
  expect(saved.ok).toBe(true);
}

const sari = (rt: Sidebar['rt']) => tabRows(rt, 'Contacts').find((r) => r.ID === SARI.id)!;

/** The conflict note under the field labelled `label`. */
function note(page: Sidebar['page'], label: string) {
  return page
    .locator('#panel-contact .form-group')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator('.conflict');
}

describe('a field someone else changed while it was being edited', () => {
  it('is marked after Reload, and Save refuses until each is kept or replaced', async () => {
    const rt = withSari();
    sidebar = await openSidebar({ rt, height: 900 });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const company = page.getByRole('textbox', { name: 'Company' });
    const notes = page.getByRole('textbox', { name: 'Notes' });
    const phone = page.getByRole('textbox', { name: 'Phone' });
    colleagueSaves(rt, {
      name: 'Sari W.',
      company: 'Warung Sari Rasa Cabang Dua',
      notes: 'Met at the expo.',
      birthday: '--03-03',
    });

    await company.fill('Warung Sari Rasa Baru');
    await notes.fill('Wants a quote for 40 chairs.');
    await phone.fill('0812 0000 1111');
    await page.getByLabel('Birthday month').selectOption('11');
    const save = page.getByRole('button', { name: 'Save contact' });
    await save.click();
    await settled(page);
    const banner = page.locator('#panel-contact .banner');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await settled(page);

    // What the colleague changed and the user did not type in comes in; the rest is marked.
    await expectText(page, 'h2.contact-title', 'Sari W.');
    expect(await company.inputValue()).toBe('Warung Sari Rasa Baru');
    expect(await notes.inputValue()).toBe('Wants a quote for 40 chairs.');
    expect(await note(page, 'Company').locator('p').textContent()).toBe(
      'Changed to “Warung Sari Rasa Cabang Dua” by someone else since you loaded it — keep yours or use theirs.',
    );
    expect(await note(page, 'Notes').locator('p').textContent()).toBe(
      'Changed to “Met at the expo.” by someone else since you loaded it — keep yours or use theirs.',
    );
    expect(await note(page, 'Birthday').locator('p').textContent()).toBe(
      'Changed to “3 March” by someone else since you loaded it — keep yours or use theirs.',
    );
    expect(await note(page, 'Phone').count()).toBe(0);
    // Read out with the field.
    expect(await company.getAttribute('aria-describedby')).toContain(
      await note(page, 'Company').getAttribute('id'),
    );
    expect(await banner.textContent()).toContain('Someone else changed 3 fields you are editing');
    await sidebar.screenshot('contact-field-conflicts');

    // Save refuses plainly, writing nothing, and takes the user to the first marked field.
    const before = snapshot(rt);
    await save.click();
    await settled(page);
    expect(await banner.textContent()).toBe(
      'Nothing was saved: someone else changed the marked fields. Keep yours or use theirs for each first.',
    );
    expect(await company.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(snapshot(rt)).toEqual(before);
    expect(sidebar.calls.filter((c) => c.fn === 'saveContact')).toHaveLength(1);

    await note(page, 'Company').getByRole('button', { name: 'Use theirs' }).click();
    expect(await company.inputValue()).toBe('Warung Sari Rasa Cabang Dua');
    expect(await note(page, 'Company').count()).toBe(0);
    await note(page, 'Notes').getByRole('button', { name: 'Keep mine' }).click();
    expect(await notes.inputValue()).toBe('Wants a quote for 40 chairs.');
    await note(page, 'Birthday').getByRole('button', { name: 'Use theirs' }).click();
    expect(await page.getByLabel('Birthday month').inputValue()).toBe('3');
    expect(await banner.isVisible()).toBe(false);

    await save.click();
    await settled(page);
    await expectText(page, '#panel-contact [role="status"]', 'Saved Sari W..');
    const row = sari(rt);
    expect(row.Name).toBe('Sari W.');
    expect(row.Company).toBe('Warung Sari Rasa Cabang Dua');
    expect(row.Notes).toBe('Wants a quote for 40 chairs.');
    expect(String(row.Phone)).toContain('0000');
    expect(await page.locator('#panel-contact .conflict').count()).toBe(0);
  });

  it('is marked when a logged conversation brings the newer contact back', async () => {
    const rt = withSari();
    sidebar = await openSidebar({ rt });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.fill('Wants a quote for 40 chairs.');
    colleagueSaves(rt, { notes: 'Met at the expo.' });

    await page.getByRole('tab', { name: 'Conversation log' }).click();
    await page.getByLabel('Summary').fill('Called about the quote.');
    await page.getByRole('button', { name: 'Log conversation' }).click();
    await settled(page);
    await page.getByRole('tab', { name: 'Contact' }).click();

    expect(await notes.inputValue()).toBe('Wants a quote for 40 chairs.');
    expect(await note(page, 'Notes').locator('p').textContent()).toContain('“Met at the expo.”');
    const before = snapshot(rt);
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    expect(snapshot(rt)).toEqual(before);
    expect(sari(rt).Notes).toBe('Met at the expo.');

    // Typing their value in resolves it too.
    await notes.fill('Met at the expo.');
    expect(await note(page, 'Notes').count()).toBe(0);
    await notes.fill('Met at the expo. Wants a quote for 40 chairs.');
    expect(await note(page, 'Notes').count()).toBe(0);
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    expect(sari(rt).Notes).toBe('Met at the expo. Wants a quote for 40 chairs.');
  });
});
