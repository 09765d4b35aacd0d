// Debian's chromium driven by playwright-core (never a downloaded browser), launched with flags
// that keep it off the network this machine doesn't have. Playwright gives every launch a fresh,
// empty profile directory of its own.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = path.join(__dirname, '../../test-output/screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const README_SCREENSHOTS = path.join(__dirname, '../../docs/screenshots');

/**
 * Saves a screenshot under test-output/screenshots. With `readme`, and only when
 * UPDATE_README_SCREENSHOTS=1, also refreshes the copy the README shows, so an ordinary test
 * run never rewrites tracked files.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; readme?: boolean } = {},
): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  if (options.readme && process.env.UPDATE_README_SCREENSHOTS === '1') {
    fs.mkdirSync(README_SCREENSHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(README_SCREENSHOTS, `${name}.png`));
  }
  return file;
}
