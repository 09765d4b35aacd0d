// The sidebar in Chromium at 300 px against the built server on the offline runtime: what a user
// sees and what lands in the sheet.
import { decodeCellText } from '../../src/domain/contact/cellText';
import { prospek, snapshot, tabRows } from '../support/workbook';
import { PIPELINE, SARI } from './fixtures';
import {
  contactRow,
  expectText,
  openSidebar,
  seed,
  selectRow,
  settled,
  withSari,
  type Sidebar,
} from './sidebarHarness';

// Functions passed to page.evaluate run in the browser; the Node tsconfig has no DOM types.
interface PageElement {
  id: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
declare const document: {
  activeElement: PageElement | null;
  getElementById(id: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): { length: number };
};

// Each test starts its own Chromium; under a full parallel run that takes a few seconds.
jest.setTimeout(60_000);

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

describe('Contact tab', () => {
  it('saves a new lead, which appears in the sheet', async () => {
    sidebar = await openSidebar();
    const { page, rt } = sidebar;
    await expectText(page, 'h2.contact-title', 'New lead');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sari Wulandari');
    await page.getByRole('textbox', { name: 'Company' }).fill('Warung Sari Rasa');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('sari@sarirasa.co.id');
    await page.getByRole('textbox', { name: 'Phone' }).fill('0812 3456 7890');
    await page.getByLabel('Birthday', { exact: true }).selectOption('12');
    await page.getByLabel('Birthday month').selectOption({ label: 'December' });
    await page.getByLabel('Lead source').selectOption('In person');
    await page.getByRole('button', { name: 'Save new lead' }).click();
    await settled(page);

    await expectText(page, '#panel-contact [role="status"]', 'Saved Sari Wulandari as a new lead.');
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const row = contactRow(rt, 'Sari Wulandari');
    expect(row).toMatchObject({
      Company: 'Warung Sari Rasa',
      Email: 'sari@sarirasa.co.id',
      Phone: '0812 3456 7890',
      'Lead source': 'In person',
      Stage: 'Lead',
    });
    // A text cell starting with '-' is stored with a protecting apostrophe (cellText.ts).
    expect(decodeCellText(String(row?.Birthday))).toBe('--12-12');
    expect(String(row?.ID)).toMatch(/^C-/);
    // Saved once: the button now saves changes to this contact.
    await page.getByRole('button', { name: 'Save contact' }).waitFor();
    await sidebar.screenshot('contact-new-lead-saved');
  });

  it('shows live what the answers mean, and the stage after saving a prospect', async () => {
    sidebar = await openSidebar({ rt: withSari() });
    const { page, rt } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const outcome = page.locator('.outcome');
    await page.getByLabel('Fits the target market', { exact: true }).selectOption('Yes');
    await expectText(page, '.outcome-name', 'Lead');
    // In the words of the form's own labels.
    expect(await outcome.textContent()).toContain(
      'Still a lead: still unknown whether they can afford the offer and can make the buying decision.',
    );
    await page.getByLabel('Can afford the offer', { exact: true }).selectOption('No');
    await expectText(page, '.outcome-name', 'Not a fit');
    expect(await outcome.textContent()).toContain("can't afford the offer");
    await page.getByLabel('Can afford the offer', { exact: true }).selectOption('Yes');
    await page.getByLabel('Can make the buying decision', { exact: true }).selectOption('Yes');
    await expectText(page, '.outcome-name', 'Prospect');
    expect(await outcome.textContent()).toContain('Saving moves them from Lead to Prospect.');
    await page
      .getByLabel('Evidence: can afford the offer')
      .fill('Pays Rp 2 juta a month for her current till');

    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    await expectText(page, '.stage-line .stage', 'Prospect');
    expect(await page.locator('#panel-contact [role="status"]').textContent()).toContain(
      'Stage changed: Lead → Prospect.',
    );
    expect(await page.locator('.history').textContent()).toContain('Lead → Prospect');
    // One move, one line: the qualification entry doesn't echo it.
    expect(await page.locator('.history-change', { hasText: 'Lead → Prospect' }).count()).toBe(1);
    expect(contactRow(rt, 'Sari Wulandari')).toMatchObject({
      Stage: 'Prospect',
      'Fits target market': 'Yes',
      'Can afford': 'Yes',
      'Can decide': 'Yes',
      'Affordability evidence': 'Pays Rp 2 juta a month for her current till',
    });
    await sidebar.screenshot('contact-qualified-prospect');
  });

  it('opens as a blank new-lead form, saying why, when the header row is selected', async () => {
    const rt = prospek();
    seed(rt, [SARI]);
    selectRow(rt, 1);
    sidebar = await openSidebar({ rt });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'New lead');
    expect(await page.locator('#panel-contact [role="status"]').textContent()).toMatch(/header/i);
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('');
    // "Use selected row" loads whatever row is selected now.
    selectRow(rt, 2);
    await page.getByRole('button', { name: 'Use selected row' }).click();
    await settled(page);
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    expect(await page.getByRole('textbox', { name: 'Phone' }).inputValue()).toBe('0812 3456 7890');
    await sidebar.screenshot('contact-use-selected-row', false);
  });

  it('marks a bad email at its field, focuses it and writes nothing', async () => {
    sidebar = await openSidebar({ rt: withSari() });
    const { page, rt } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const before = snapshot(rt);
    const email = page.getByRole('textbox', { name: 'Email', exact: true });
    await email.fill('sari@@sarirasa');
    await page.getByRole('textbox', { name: 'Company' }).fill('Changed, but not saved');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);

    expect(await email.getAttribute('aria-invalid')).toBe('true');
    // The message sits next to the field and is announced with it.
    const described = await email.evaluate((e) =>
      (e.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id: string) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toContain("doesn't look like an email address");
    expect(await email.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(
      await page.getByRole('textbox', { name: 'Name', exact: true }).getAttribute('aria-invalid'),
    ).toBeNull();
    expect(snapshot(rt)).toEqual(before);
    await sidebar.screenshot('contact-bad-email');
  });

  it('says plainly when the contact changed elsewhere, and reloads it', async () => {
    const rt = withSari();
    sidebar = await openSidebar({ rt });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    // A colleague saves Sari from their own sidebar in the meantime.
    const theirs = rt.run<{ ok: true; value: { contact: { updated: string }; version: string } }>(
      'loadSidebar',
      [{ contactId: SARI.id }],
      { kind: 'sidebar' },
    );
    const saved = rt.run<{ ok: boolean }>(
      'saveContact',
      [
        {
          contact: { id: SARI.id, name: 'Sari W. (edited)' },
          loadedUpdated: theirs.value.contact.updated,
          loadedVersion: theirs.value.version,
        },
      ],
      { kind: 'sidebar' },
    );
    expect(saved.ok).toBe(true);
    const before = snapshot(rt);

    await page.getByRole('textbox', { name: 'Company' }).fill('My change');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    const banner = page.locator('#panel-contact .banner');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain('changed');
    expect(await banner.textContent()).toContain('Nothing was saved');
    expect(snapshot(rt)).toEqual(before);
    await sidebar.screenshot('contact-conflict');

    await banner.getByRole('button', { name: 'Reload' }).click();
    await settled(page);
    await expectText(page, 'h2.contact-title', 'Sari W. (edited)');
    expect(await banner.isVisible()).toBe(false);
  });

  it('shows the busy state while a save is pending', async () => {
    sidebar = await openSidebar({ rt: withSari() });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    const release = sidebar.hold('saveContact');
    const save = page.locator('#panel-contact button[type="submit"]');
    await save.click();
    await page.waitForSelector('#panel-contact button[type="submit"][aria-busy="true"]');
    expect(await save.isDisabled()).toBe(true);
    expect(await save.textContent()).toBe('Saving…');
    await sidebar.screenshot('contact-busy', false);
    release();
    await settled(page);
    expect(await save.isDisabled()).toBe(false);
    expect(await save.textContent()).toBe('Save contact');
    expect(sidebar.calls.filter((c) => c.fn === 'saveContact')).toHaveLength(1);
  });

  it('works from the keyboard: tabs switch with arrows and Tab reaches Save', async () => {
    sidebar = await openSidebar();
    const { page, rt } = sidebar;
    await page.getByRole('tab', { name: 'Contact' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#app', 'data-tab')).toBe('conversations');
    expect(
      await page.getByRole('tab', { name: 'Conversation log' }).getAttribute('aria-selected'),
    ).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getAttribute('#app', 'data-tab')).toBe('contact');

    const visited: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const here = await page.evaluate(() => {
        const e = document.activeElement!;
        const label = e.id ? document.querySelector(`label[for="${e.id}"]`)?.textContent : null;
        return (label ?? e.textContent ?? '').trim();
      });
      visited.push(here);
      if (here === 'Save new lead') break;
      if (here === 'Name *') await page.keyboard.type('Keyboard Kurniawan');
    }
    expect(visited).toContain('Name *');
    expect(visited[visited.length - 1]).toBe('Save new lead');
    expect(visited.indexOf('Name *')).toBeLessThan(visited.indexOf('Notes'));
    await sidebar.screenshot('contact-keyboard', false);
    await page.keyboard.press('Enter');
    await settled(page);
    expect(contactRow(rt, 'Keyboard Kurniawan')).toBeDefined();
  });
});

describe('Conversations tab', () => {
  it('logs a conversation, which appears first in the timeline and in the sheet', async () => {
    sidebar = await openSidebar({ rt: withSari(), tab: 'conversations' });
    const { page, rt } = sidebar;
    await expectText(page, '#panel-conversations h2', 'Conversations with Sari Wulandari');
    await page.getByLabel('Type').selectOption('Meeting');
    await page.getByLabel('Summary').fill('Demo at her warung; she liked the stock report.');
    await page.getByLabel('Their questions').fill('Can two tills share one account?');
    await page.getByLabel('Their concerns').fill('Training her staff');
    await page.getByLabel('Next step').fill('Send a quote for two tills');
    await page.getByLabel('Follow-up date').fill('2026-12-03');
    await page.getByRole('button', { name: 'Log conversation' }).click();
    await settled(page);

    const first = page.locator('.timeline .entry').first();
    const text = await first.textContent();
    expect(text).toContain('Meeting');
    expect(text).toContain('Demo at her warung; she liked the stock report.');
    expect(text).toContain('Their questions: Can two tills share one account?');
    expect(text).toContain('Their concerns: Training her staff');
    expect(text).toContain('Next step: Send a quote for two tills');
    expect(text).toContain('Follow up: 3 Dec 2026');
    expect(text).toContain('by rep@example.com');
    // The earlier conversation is still there, after it.
    expect(await page.locator('.timeline .entry').nth(1).textContent()).toContain(
      'Pasar Beringharjo',
    );
    expect(await page.getByLabel('Summary').inputValue()).toBe('');

    const logged = tabRows(rt, 'Activities').filter((r) => r.Type === 'Meeting');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      'Contact ID': SARI.id,
      'Their concerns': 'Training her staff',
    });
    const sari = contactRow(rt, 'Sari Wulandari')!;
    expect(day(sari['Next follow-up'], rt.timeZone())).toBe('2026-12-03');
    await sidebar.screenshot('conversation-logged');
  });
  it('marks an empty conversation at its summary and logs nothing', async () => {
    const rt = withSari();
    sidebar = await openSidebar({ rt, tab: 'conversations' });
    const { page } = sidebar;
    await expectText(page, '#panel-conversations h2', 'Conversations with Sari Wulandari');
    const before = snapshot(rt);
    await page.getByRole('button', { name: 'Log conversation' }).click();
    await settled(page);
    const summary = page.getByLabel('Summary');
    expect(await summary.getAttribute('aria-invalid')).toBe('true');
    expect(await summary.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await page.locator('#panel-conversations').textContent()).toContain(
      'the conversation has nothing in it yet',
    );
    expect(snapshot(rt)).toEqual(before);
    await sidebar.screenshot('conversation-empty', false);
  });
});

describe('Pipeline tab', () => {
  it('shows the funnel, conversion, follow-ups and birthdays of a known workbook', async () => {
    const rt = prospek();
    seed(rt, PIPELINE);
    sidebar = await openSidebar({ rt, tab: 'pipeline', height: 900 });
    const { page } = sidebar;
    await page.waitForSelector('.funnel');
    const funnel = await page.$$eval('.funnel g', (gs) =>
      gs.map((g) => [g.getAttribute('data-stage'), g.querySelector('.funnel-count')?.textContent]),
    );
    expect(funnel).toEqual([
      ['Lead', '3'],
      ['Prospect', '2'],
      ['In sales', '1'],
      ['Customer', '2'],
      ['Repeat buyer', '1'],
    ]);
    const outcomes = await page.$$eval('.outcomes li', (ls) => ls.map((l) => l.textContent));
    expect(outcomes).toEqual(['Not ready 1', 'Said no 1', 'Not a fit 1']);
    const rates = await page.$$eval('.conversion tr', (rs) =>
      rs.map((r) => [...r.children].map((c) => c.textContent)),
    );
    expect(rates).toEqual([
      ['Lead → Prospect', '58%', '7 of 12'],
      ['Prospect → Customer', '43%', '3 of 7'],
      ['Customer → Repeat buyer', '33%', '1 of 3'],
    ]);
    expect(await page.locator('.people.overdue').textContent()).toContain('Budi Santoso');
    expect(await page.locator('.people.overdue').textContent()).toContain('7 days overdue');
    expect(await page.locator('.people.due-today').textContent()).toContain('Dewi Lestari');
    const birthdays = await page.locator('.people.birthdays').textContent();
    expect(birthdays).toContain('Rina Kusuma');
    expect(birthdays).toContain('in 6 days');
    expect(birthdays).not.toContain('Sari'); // 12 December is 15 days away
    await sidebar.screenshot('pipeline-known-workbook');

    // A follow-up opens the contact on the Log tab (firstUse.test.ts) and selects its row.
    await page.getByRole('button', { name: /Budi Santoso/ }).click();
    await settled(page);
    expect(await page.getAttribute('#app', 'data-tab')).toBe('conversations');
    await expectText(page, '#panel-conversations h2', 'Conversations with Budi Santoso');
    expect(sidebar.calls.map((c) => c.fn)).toContain('selectContactRow');
    const ss = rt.workbook();
    expect(ss.activeSheet().name).toBe('Contacts');
    expect(ss.selection[ss.selection.length - 1].row).toBe(3);
  });

  it('shows a dash for a rate nothing can be measured from yet', async () => {
    sidebar = await openSidebar({ tab: 'pipeline' });
    const { page } = sidebar;
    await page.waitForSelector('.conversion');
    const rates = await page.$$eval('.conversion .rate', (cs) => cs.map((c) => c.textContent));
    expect(rates).toEqual(['—', '—', '—']);
    await sidebar.screenshot('pipeline-empty');
  });

  it('says how full the spreadsheet is, and from 80% what to do', async () => {
    const rt = prospek();
    seed(rt, PIPELINE);
    // A tab of the user's own counts too: one column of millions of empty rows.
    const filler = rt.workbook().addSheet('Old list');
    filler.maxColumns = 1;
    const others = rt.workbook().sheets.reduce((n, t) => n + t.maxRows * t.maxColumns, 0) - 1000;
    filler.maxRows = 8_300_000 - others;
    sidebar = await openSidebar({ rt, tab: 'pipeline', height: 900 });
    const { page } = sidebar;
    await page.waitForSelector('.fullness.warn');
    expect(await page.locator('.fullness').textContent()).toBe(
      'Spreadsheet 83% full (8.3 M of 10 M cells). What to do before it is full: see "When the spreadsheet is full" in Prospek\'s user guide.',
    );
    await sidebar.screenshot('pipeline-nearly-full');
    await sidebar.close();

    // Below 80%: the line alone, not marked.
    filler.maxRows -= 400_000;
    sidebar = await openSidebar({ rt, tab: 'pipeline', height: 900 });
    await sidebar.page.waitForSelector('.fullness');
    expect(await sidebar.page.locator('.fullness').textContent()).toBe(
      'Spreadsheet 79% full (7.9 M of 10 M cells).',
    );
    expect(await sidebar.page.locator('.fullness.warn').count()).toBe(0);
  });
});

/** A date cell as 'YYYY-MM-DD' in the sheet's time zone, whether it reads as a Date or text. */
function day(v: unknown, timeZone: string): string {
  if (Object.prototype.toString.call(v) === '[object Date]') {
    return (v as Date).toLocaleDateString('en-CA', { timeZone });
  }
  return String(v);
}

describe('when the server fails', () => {
  it('says what was not saved, keeps the form as typed and frees the button', async () => {
    const rt = withSari();
    sidebar = await openSidebar({ rt });
    const { page } = sidebar;
    await expectText(page, 'h2.contact-title', 'Sari Wulandari');
    rt.faults.failCall(
      'Range.setValues',
      'Service Spreadsheets timed out while accessing document.',
    );
    const company = page.getByRole('textbox', { name: 'Company' });
    await company.fill('Warung Sari Rasa 2');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    const banner = await page.locator('#panel-contact .banner').textContent();
    expect(banner).toContain('The save may not have finished. Press Save again');
    expect(banner).toContain('timed out');
    expect(await company.inputValue()).toBe('Warung Sari Rasa 2');
    expect(await page.getByRole('button', { name: 'Save contact' }).isEnabled()).toBe(true);
    expect(contactRow(rt, 'Sari Wulandari')?.Company).toBe('Warung Sari Rasa');
    await sidebar.screenshot('contact-server-failure', false);
    // The retry the banner asks for completes the save.
    await page.getByRole('button', { name: 'Save contact' }).click();
    await settled(page);
    expect(contactRow(rt, 'Sari Wulandari')?.Company).toBe('Warung Sari Rasa 2');
    // Sent again with the same request key, so a save that got half-way is finished, not redone.
    const keys = sidebar.calls
      .filter((c) => c.fn === 'saveContact')
      .map((c) => (c.args[0] as { requestKey?: string }).requestKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^K-/);
    expect(keys[1]).toBe(keys[0]);
  });
});
