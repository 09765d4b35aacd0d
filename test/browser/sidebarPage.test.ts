// The built Sidebar.html is one self-contained page that loads in a real browser without errors.
import fs from 'node:fs';
import path from 'node:path';
import { launch, SCREENSHOTS } from './browser';

const SIDEBAR = path.join(__dirname, '../../dist/Sidebar.html');

describe('dist/Sidebar.html in Chromium', () => {
  it('runs its inlined script with no errors and no script loaded from elsewhere', async () => {
    const html = fs.readFileSync(SIDEBAR, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toContain('://"'); // Apps Script mangles '://' in inlined scripts
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 300, height: 600 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Google's add-on stylesheet is unreachable offline: answer it with nothing, as the fallback must cope.
      await page.route(/^https?:/, (route) => route.fulfill({ status: 404, body: '' }));
      await page.setContent(html, { waitUntil: 'load' });
      expect(await page.getAttribute('#app', 'data-ready')).toBe('true');
      expect(errors).toEqual([]);
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'sidebar-placeholder.png') });
    } finally {
      await browser.close();
    }
  });
});
