// The Settings tab in Chromium at 300 px against the built server on the offline runtime: turning
// reminders on installs one trigger and shows the next run; a bad value is marked on its field
// and nothing is saved; turning them off removes the trigger.
import { clickMenu, prospek } from '../support/workbook';
import { openSidebar, settled, type Sidebar } from './sidebarHarness';

let sidebar: Sidebar | undefined;
afterEach(async () => {
  await sidebar?.close();
  sidebar = undefined;
});

function sheet() {
  const rt = prospek({ now: '2026-11-27T09:00' });
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  return rt;
}

const triggers = (s: Sidebar) => s.rt.state.triggers.filter((t) => t.owner === 'rep@example.com');

async function openSettings(): Promise<Sidebar> {
  const s = await openSidebar({ rt: sheet() });
  await s.page.getByRole('tab', { name: 'Settings' }).click();
  await s.page.waitForSelector('.reminder-status[data-active]');
  return s;
}

describe('Settings tab', () => {
  it('turns reminders on (one trigger, twice or not), shows the next run, then off', async () => {
    sidebar = await openSettings();
    const { page } = sidebar;
    await expect(page.locator('.reminder-status').textContent()).resolves.toBe(
      'Daily reminders are off.',
    );
    await page.getByLabel('Daily reminder email').check();
    await page.getByLabel('Hour of day').selectOption('7');
    const save = page.getByRole('button', { name: 'Save' });
    await save.click();
    await settled(page);
    await save.click();
    await settled(page);
    await expect(page.locator('.reminder-status').textContent()).resolves.toBe(
      'On. Next digest: 28 November 2026 between 07:00 and 08:00 (Asia/Jakarta time).',
    );
    expect(triggers(sidebar)).toHaveLength(1);
    expect(triggers(sidebar)[0].schedule).toMatchObject({ kind: 'daily', atHour: 7 });
    await expect(page.getByLabel('Send to').getAttribute('placeholder')).resolves.toBe(
      'rep@example.com',
    );
    await sidebar.screenshot('settings-on');

    await page.getByLabel('Daily reminder email').uncheck();
    await save.click();
    await settled(page);
    await expect(page.locator('.reminder-status').textContent()).resolves.toBe(
      'Daily reminders are off.',
    );
    expect(triggers(sidebar)).toEqual([]);
  });

  it('marks a bad value on its field and saves nothing', async () => {
    sidebar = await openSettings();
    const { page } = sidebar;
    await page.getByLabel('Daily reminder email').check();
    await page.getByLabel('Send to').fill('<img src=x onerror=alert(1)>');
    await page.getByLabel('Birthday card lead time (days)').fill('99');
    await page.getByRole('button', { name: 'Save' }).click();
    await settled(page);
    const to = page.getByLabel('Send to');
    await expect(to.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(
      page.getByLabel('Birthday card lead time (days)').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    const messages = await page.locator('.field-message').allTextContents();
    expect(messages.join(' ')).toContain(
      'Birthday card lead time (days) must be a whole number from 0 to 60.',
    );
    expect(triggers(sidebar)).toEqual([]);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await sidebar.screenshot('settings-error');
  });
});
