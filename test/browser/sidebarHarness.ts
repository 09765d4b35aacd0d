// The real dist/Sidebar.html in Chromium at 300 px, offline, with google.script.run answered by
// the built server bundle on the offline runtime: every click runs the same Code.js clasp pushes.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  type Activity,
  type Contact,
} from '../../src/domain/contact/contact';
import { marshalResult } from '../../local/preview/marshal';
import type { Runtime } from '../../local/runtime/index';
import { clickMenu, prospek, tabRows, typeRecords } from '../support/workbook';
import { launch, SCREENSHOTS } from './browser';
import { SARI, SARI_TIMELINE } from './fixtures';

// Functions passed to page.evaluate run in the browser; the Node tsconfig has no DOM types.
interface PageElement {
  id: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
declare const document: {
  documentElement: { scrollHeight: number };
  activeElement: PageElement | null;
  getElementById(id: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): { length: number };
};

const DIST = path.join(__dirname, '../../dist');
const SHIM = path.join(__dirname, '../../local/preview/public/googleScriptRun.js');
export const SIDEBAR_WIDTH = 300;

/** The functions Apps Script would expose: the top-level declarations of the built Code.js. */
export function serverFunctions(): string[] {
  const code = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  return [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
}

export interface ServerCall {
  fn: string;
  args: unknown[];
}

export interface Sidebar {
  page: Page;
  rt: Runtime;
  /** Every google.script.run call the page made, in order. */
  calls: ServerCall[];
  /** Holds the next call of `fn` until the returned function is called. */
  hold(fn: string): () => void;
  screenshot(name: string, fullPage?: boolean): Promise<string>;
  close(): Promise<void>;
}

export interface OpenOptions {
  rt?: Runtime;
  /** The part to open on, as the server writes it into #app's data-tab. */
  tab?: string;
  height?: number;
  /** The browser's time zone; by default the spreadsheet's (the runtime's). */
  browserTimeZone?: string;
  /** Answers calls instead of the runtime (only to show what the server can't be made to do). */
  serve?: (fn: string, args: unknown[]) => unknown;
}

/** Opens the sidebar and waits until it is mounted and its first load has settled. */
export async function openSidebar(options: OpenOptions = {}): Promise<Sidebar> {
  const rt = options.rt ?? prospek();
  let html = fs.readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
  if (options.tab) html = html.replace('data-tab="contact"', `data-tab="${options.tab}"`);
  const browser: Browser = await launch();
  const page = await browser.newPage({
    viewport: { width: SIDEBAR_WIDTH, height: options.height ?? 700 },
    timezoneId: options.browserTimeZone ?? rt.timeZone(),
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Offline, as in a sandbox: Google's add-on stylesheet (and anything else) is unreachable.
  await page.route(/^https?:/, (route) => route.fulfill({ status: 404, body: '' }));

  const calls: ServerCall[] = [];
  const gates = new Map<string, Promise<void>[]>();
  await page.exposeFunction('__prospekRun', async (fn: string, args: unknown[]) => {
    calls.push({ fn, args });
    const gate = gates.get(fn)?.shift();
    if (gate) await gate;
    const result = options.serve ? options.serve(fn, args) : rt.run(fn, args, { kind: 'sidebar' });
    // As google.script.run hands it to the page: a Date anywhere makes the whole value null.
    return marshalResult(result);
  });
  const names = serverFunctions();
  if (options.serve) names.push('loadSidebar', 'saveContact', 'logConversation', 'getPipeline');
  await page.addInitScript({
    content:
      fs.readFileSync(SHIM, 'utf8') +
      `\ninstallGoogleScript(window, ${JSON.stringify(names)}, function (fn, args) {` +
      ` return window.__prospekRun(fn, args); });`,
  });
  // Init scripts run on navigation, and setContent writes into the current document: navigate
  // once so google.script.run is installed before the page's own script runs.
  await page.goto('about:blank');
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForSelector('#app[data-ready="true"]');
  await settled(page);
  if (errors.length) throw new Error(`Sidebar errors: ${errors.join('; ')}`);

  return {
    page,
    rt,
    calls,
    hold(fn) {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      gates.set(fn, [...(gates.get(fn) ?? []), gate]);
      return release;
    },
    async screenshot(name, fullPage = true) {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${name}.png`);
      if (!fullPage) {
        await page.screenshot({ path: file });
        return file;
      }
      // A viewport as tall as the page, so sticky bars sit where they belong in the flow
      // instead of where the small viewport's bottom was.
      const viewport = page.viewportSize()!;
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({
        width: viewport.width,
        height: Math.max(height, viewport.height),
      });
      await page.screenshot({ path: file, fullPage: true });
      await page.setViewportSize(viewport);
      return file;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Waits until no button is busy: every pending server call has answered. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
}

/** Waits until the first element matching `selector` reads exactly `expected`. */
export async function expectText(page: Page, selector: string, expected: string): Promise<void> {
  await page
    .waitForFunction(
      ([s, t]) => document.querySelector(s)?.textContent?.trim() === t,
      [selector, expected] as const,
      { timeout: 10000 },
    )
    .catch(async () => {
      const actual = await page
        .locator(selector)
        .first()
        .textContent()
        .catch(() => null);
      throw new Error(`${selector}: expected "${expected}", got "${actual}"`);
    });
}

// ---- workbook ------------------------------------------------------------------------------

/** Sets the sheet up with the real menu handler and types `contacts` and `activities` in. */
export function seed(
  rt: Runtime,
  contacts: Partial<Contact>[],
  activities: Partial<Activity>[] = [],
): void {
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  typeRecords(rt, 'Contacts', CONTACT_FIELDS, contacts);
  typeRecords(rt, 'Activities', ACTIVITY_FIELDS, activities);
}

/** Selects a row of the Contacts tab, as a user clicking it. */
export function selectRow(rt: Runtime, row: number): void {
  const ss = rt.workbook();
  const sheet = ss.sheet('Contacts')!;
  ss.select(sheet, [{ row, column: 2, numRows: 1, numColumns: 1 }]);
}

/** The Contacts row (header → value) of the contact with this name, if there is one. */
export function contactRow(rt: Runtime, name: string): Record<string, unknown> | undefined {
  return tabRows(rt, 'Contacts').find((r) => r.Name === name);
}

/** A workbook with Sari on row 2 and her first conversation, her row selected. */
export function withSari(): Runtime {
  const rt = prospek();
  seed(rt, [SARI], SARI_TIMELINE);
  selectRow(rt, 2);
  return rt;
}
