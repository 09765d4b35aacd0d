// Debian's chromium driven by playwright-core (never a downloaded browser), launched with flags
// that keep it off the network this machine doesn't have. Playwright gives every launch a fresh,
// empty profile directory of its own.
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

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
