// The lead form end to end in the preview: made from the menu, opened at its public link as a
// page that looks like a Google Form, answered three times as prospects would (all yes, "not
// yet", an existing contact's email). Each answer lands once, as the sidebar's rules say, and the
// pipeline counts what the form brought. Also the screenshots of the form and of the rows.
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import {
  cell,
  openedSidebar,
  openPage,
  settled,
  shot,
  startPreview,
  tempWorkbook,
  type RunningPreview,
} from './previewHarness';

jest.setTimeout(90_000);

type Workbook = { sheets: { name: string; values: unknown[][] }[] };

let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  browser = await launch();
  preview = await startPreview(tempWorkbook());
});

afterAll(async () => {
  await preview?.stop();
  await browser?.close();
});

async function contactsTab(): Promise<Record<string, unknown>[]> {
  const wb = (await preview.api<Workbook>('GET', '/api/workbook')).body;
  const [header, ...rows] = wb.sheets.find((s) => s.name === 'Contacts')!.values;
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Fills the form page as a prospect: text by label, choices by their words. */
async function answer(form: Page, text: Record<string, string>, choices: Record<string, string>) {
  for (const [title, value] of Object.entries(text))
    await form.locator('.q', { hasText: title }).locator('input').fill(value);
  for (const [title, value] of Object.entries(choices))
    await form.locator('.q', { hasText: title }).getByLabel(value, { exact: true }).check();
  await form.getByRole('button', { name: 'Submit' }).click();
  await form.getByText('Your response has been recorded.').waitFor();
}

const YES = {
  'Is your business the kind we serve?': 'Yes',
  'Do you have a budget for this now?': 'Yes',
  'Do you decide on this purchase?': 'Yes',
  'May we contact you?': 'Yes',
};

it('a form made from the menu turns three prospects into contacts, each once', async () => {
  const page = await openPage(browser, preview);
  const before = await contactsTab();
  const existing = before.find((c) => String(c.Email ?? '').includes('@'))!;

  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Create lead form' }).click();
  await page.locator('#dialog').waitFor({ state: 'visible' });
  const message = (await page.locator('#dialog-message').textContent()) ?? '';
  const link = /https:\/\/docs\.google\.com(\/forms\/d\/e\/[\w-]+\/viewform)/.exec(message)![1];
  await page.locator('#dialog').getByRole('button', { name: 'OK' }).click();
  await settled(page);

  const form = await browser.newPage({ viewport: { width: 800, height: 1300 } });
  await form.goto(new URL(link, preview.url).href);
  await expect(form.locator('h1').textContent()).resolves.toBe('Tell us about you');
  await form.locator('.q', { hasText: 'Your name' }).locator('input').fill('Rina Kartika');
  await form.locator('.q', { hasText: 'Business name' }).locator('input').fill('Kedai Rina');
  await shot(form, 'lead-form-page', true);
  await form.reload();

  await answer(
    form,
    { 'Your name': 'Rina Kartika', 'Business name': 'Kedai Rina', Email: 'rina@example.com' },
    YES,
  );
  await form.goto(new URL(link, preview.url).href);
  await answer(
    form,
    { 'Your name': 'Joko Susilo', 'Phone / WhatsApp': '0857 1234 9876' },
    { ...YES, 'Do you have a budget for this now?': 'Not yet' },
  );
  await form.goto(new URL(link, preview.url).href);
  await answer(form, { 'Your name': String(existing.Name), Email: String(existing.Email) }, YES);

  const after = await contactsTab();
  expect(after).toHaveLength(before.length + 2);
  const added = after.slice(before.length);
  expect(added.map((c) => [c.Name, c.Stage, c['Lead source']])).toEqual([
    ['Rina Kartika', 'Prospect', 'Online form'],
    ['Joko Susilo', 'Not ready', 'Online form'],
  ]);
  const again = after.find((c) => c.ID === existing.ID)!;
  expect(again['Fits target market']).toBe('Yes');
  expect(String(again['Target market evidence'])).toContain('Answered the online form on');

  // Processing again adds nothing: each answer landed exactly once.
  const redo = await preview.api<{ result?: unknown; error?: string }>('POST', '/api/menu', {
    fn: 'menuProcessFormResponses',
    responses: ['OK'],
  });
  expect(redo.status).toBe(200);
  expect(await contactsTab()).toHaveLength(after.length);

  const pipeline = await preview.api<{ result: { value: { sources: { source: string }[] } } }>(
    'POST',
    '/api/run',
    { fn: 'getPipeline' },
  );
  expect(pipeline.body.result.value.sources).toContainEqual({
    source: 'Online form',
    contacts: 2,
    prospects: 2,
  });

  // The rows as the seller sees them in the grid.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]:not([data-busy])');
  await page.locator('#tabs [role=tab]', { hasText: 'Contacts' }).click();
  await cell(page, after.length + 1, 2).scrollIntoViewIfNeeded();
  await expect(cell(page, after.length + 1, 2).textContent()).resolves.toBe('Joko Susilo');
  await shot(page, 'lead-form-rows', true);
  await form.close();
  await page.close();
});

it('answers POST /api/form/submit, and refuses what is not an answer', async () => {
  const forms = (await preview.api<{ formId: string }[]>('GET', '/api/forms')).body;
  const { formId } = forms[0];
  const ok = await preview.api<{ triggers: { error?: string }[] }>('POST', '/api/form/submit', {
    formId,
    answers: { 'Your name': '<script>alert(1)</script>', Email: 'sari@example.com' },
  });
  expect(ok.status).toBe(200);
  expect(ok.body.triggers.map((t) => t.error)).toEqual([undefined]);
  const rows = await contactsTab();
  const row = rows.find((c) => c.Email === 'sari@example.com')!;
  expect(row.Name).toBe('<script>alert(1)</script>');
  // The sidebar shows the hostile name as text: no script element, the heading says it as typed.
  const rowNumber = rows.indexOf(row) + 2;
  const page = await openPage(browser, preview);
  await page.locator('#tabs [role=tab]', { hasText: 'Contacts' }).click();
  await cell(page, rowNumber, 2).scrollIntoViewIfNeeded();
  await cell(page, rowNumber, 2).click();
  await settled(page);
  await expect(page.locator('#cell-content').textContent()).resolves.toBe(
    '<script>alert(1)</script>',
  );
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Open sidebar' }).click();
  await openedSidebar(page);
  const sb = page.frameLocator('#sidebar-frame');
  await sb
    .locator('h2.contact-title', { hasText: '<script>alert(1)</script>' })
    .waitFor({ timeout: 10_000 });
  await expect(sb.locator('script', { hasText: 'alert(1)' }).count()).resolves.toBe(0);
  await expect(sb.locator('.send-lead-form').isVisible()).resolves.toBe(true);
  await page.close();
  const bad = await preview.api<{ error: string }>('POST', '/api/form/submit', {
    formId,
    answers: { Nope: 'x' },
  });
  expect(bad).toEqual({ status: 400, body: { error: 'The form has no question "Nope".' } });
});
