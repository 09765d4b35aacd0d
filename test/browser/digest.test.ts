// A digest built by the real bundle from hostile contact data, rendered in Chromium: no script
// runs, no handler fires, and every hostile name shows as the text that was typed.
import { saveOk, sheetWith } from '../integration/prospek/remindersHarness';
import { launch, saveScreenshot } from './browser';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>window.__pwned = "script"</script>',
  '"><svg onload="window.__pwned=\'svg\'">',
  "Budi Santoso' onmouseover='window.__pwned=1",
];

function hostileDigest(): { subject: string; html: string } {
  const rt = sheetWith(
    HOSTILE.map((name, i) => ({
      ID: `C-XSS00${i}`,
      Name: name,
      Company: '<b>ACME</b> & "Sons"',
      Stage: 'Prospect',
      'Next follow-up': i % 2 === 0 ? '2026-11-27' : '2026-11-20',
      Birthday: '1986-12-01',
      'Postal address': '<iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
    })),
    { now: '2026-11-27T05:00' },
  );
  saveOk(rt, { hour: 8 });
  rt.advanceTo('2026-11-27T12:00');
  const [mail] = rt.state.outbox;
  return { subject: mail.subject, html: mail.htmlBody ?? '' };
}

describe('the HTML digest in Chromium', () => {
  it('shows hostile names as text and runs nothing', async () => {
    const { subject, html } = hostileDigest();
    expect(subject).toBe('Prospek: 8 reminders for 27 November 2026');
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      // Nothing may load from anywhere (an <img src=x> would ask for x).
      const requests: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.fulfill({ status: 404, body: '' });
      });
      await page.setContent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`, {
        waitUntil: 'load',
      });
      // Hover every item too, for the attribute-breaking name.
      for (const li of await page.locator('li').all()) await li.hover();

      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(
        await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned),
      ).toBeUndefined();
      expect(await page.locator('script, img, svg, iframe').count()).toBe(0);
      const text = await page.locator('body').innerText();
      for (const name of HOSTILE) expect(text).toContain(name);
      expect(text).toContain('(Prospect, <b>ACME</b> & "Sons")');
      // Every link is one of ours, to the contact's row.
      const hrefs = await page
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const h of hrefs)
        expect(h).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/[^/]+\/edit/);
      expect(hrefs.filter((h) => h?.includes('#gid='))).toHaveLength(8);

      await saveScreenshot(page, 'digest', { fullPage: true, readme: true });
    } finally {
      await browser.close();
    }
  });
});
