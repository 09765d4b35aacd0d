// Starts `local/preview/start.mjs` as its own process (as `npm start` does after the build) on a
// free port with a workbook file in a temp folder: tests never touch .prospek/.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { saveScreenshot } from './browser';

const START = path.join(__dirname, '../../local/preview/start.mjs');

export interface RunningPreview {
  url: string;
  file: string;
  proc: ChildProcess;
  output: () => string;
  /** Ends the process (SIGTERM by default) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  api<T = unknown>(
    method: string,
    route: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
}

export function tempWorkbook(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prospek-preview-')), 'workbook.json');
}

export function startPreview(file: string, extra: string[] = []): Promise<RunningPreview> {
  const proc = spawn(process.execPath, [START, '--port', '0', '--file', file, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    const onData = () => {
      const m = /Prospek preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (!m) return;
      proc.stdout!.off('data', onData);
      const url = m[1];
      resolve({
        url,
        file,
        proc,
        output: () => out,
        async stop(signal = 'SIGTERM') {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
          await exited;
        },
        async api<T>(method: string, route: string, body?: unknown) {
          const res = await fetch(new URL(route, url), {
            method,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
            body:
              body === undefined
                ? undefined
                : typeof body === 'string'
                  ? body
                  : JSON.stringify(body),
          });
          return { status: res.status, body: (await res.json()) as T };
        },
      });
    };
    proc.stdout!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`The preview exited (${code}):\n${out}`)));
  });
}

/** The preview page at 1400×800, once it has drawn the workbook and no API call is in flight. */
export async function openPage(browser: Browser, p: RunningPreview): Promise<Page> {
  const pg = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  // Google's add-on stylesheet is unreachable offline: answer at once instead of waiting.
  await pg.route(/^https:/, (route) => route.fulfill({ status: 404, body: '' }));
  await pg.goto(p.url);
  await pg.waitForSelector('body[data-ready="true"]:not([data-busy])');
  return pg;
}

/** Waits until no API call is in flight. */
export const settled = (pg: Page) => pg.waitForSelector('body:not([data-busy])');

/** A cell of the grid's current tab. */
export const cell = (pg: Page, row: number, column: number) =>
  pg.locator(`#grid td[data-row="${row}"][data-column="${column}"]`);

export async function shot(pg: Page, name: string, readme = false): Promise<void> {
  await saveScreenshot(pg, name, { readme });
}

/** Waits until the sidebar panel's page has no call pending, nor the preview; returns it. */
export async function sidebarSettled(pg: Page): Promise<Frame> {
  const frame = pg.frame({ url: /\/sidebar/ });
  if (!frame) throw new Error('No sidebar frame');
  await frame.waitForFunction(
    () =>
      (
        globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
      ).document.querySelectorAll('[aria-busy="true"]').length === 0,
  );
  await settled(pg);
  return frame;
}

/** The sidebar panel's page, once its script has drawn it and no call is pending. */
export async function openedSidebar(pg: Page): Promise<Frame> {
  await pg.locator('#sidebar-panel').waitFor({ state: 'visible' });
  await pg.frameLocator('#sidebar-frame').locator('#app[data-ready="true"]').waitFor();
  return sidebarSettled(pg);
}
