// The preview at real size, timed in Chromium: a workbook of 10,000 contacts (the bench's own
// generator, bench/workbook.ts) is written to a temporary folder, `npm start`'s server
// (local/preview/start.mjs) is started on it as its own process, and Debian's Chromium (driven by
// playwright-core, never a downloaded browser) opens the page and does what a person does.
// Every figure is wall time from the user's action until the page has its answer on screen and
// no call is in flight. Writes bench/preview-results.md and .json (--out DIR: elsewhere).
// Started by bench/previewRun.mjs (npm run bench:preview).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { generateWorkbook } from './workbook';

const ROOT = path.join(__dirname, '../..');
const START = path.join(ROOT, 'local/preview/start.mjs');
/** What the issue asks of the preview at 10,000 contacts. */
const PAGE_READY_BUDGET_MS = 2000;
const ACTION_BUDGET_MS = 1000;

interface Step {
  name: string;
  ms: number;
  /** Page-ready and sidebar-open times have their own budget; actions answer within 1 s. */
  budgetMs: number;
  /** From the server's Server-Timing headers: API requests made, and where their time went. */
  requests?: number;
  serverMs?: number;
  scriptMs?: number;
  saveMs?: number;
}

/** The server time of the API requests answered during the current step. */
const spent = { requests: 0, total: 0, script: 0, save: 0 };

function countServerTiming(header: string | undefined): void {
  if (!header) return;
  spent.requests++;
  for (const part of header.split(',')) {
    const m = /^\s*(\w+);dur=([\d.]+)/.exec(part);
    if (m && m[1] in spent) spent[m[1] as 'total' | 'script' | 'save'] += Number(m[2]);
  }
}

function argValue(flag: string): string | null {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

interface Server {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the preview process on `file`; resolves once it listens. */
function startServer(file: string): Promise<Server> {
  const proc = spawn(process.execPath, [START, '--port', '0', '--file', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: ROOT,
  });
  let out = '';
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /Prospek preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (!m) return;
      proc.stdout!.off('data', onData);
      resolve({
        url: m[1],
        proc,
        stop: async () => {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
          await exited;
        },
      });
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    proc.once('exit', (code) => reject(new Error(`The preview exited (${code}):\n${out}`)));
  });
}

// Waits poll every 10 ms in the page (Playwright's own waits back off to 500 ms between
// polls, which would count as the page's time).
const FAST = { polling: 10, timeout: 120_000 } as const;
type Doc = {
  body: { hasAttribute(n: string): boolean };
  querySelector(s: string): { textContent: string | null } | null;
  getElementById(id: string): { contentDocument: Doc | null } | null;
};

/** No API call of the page in flight. */
const settled = (pg: Page) =>
  pg.waitForFunction(
    () => !(globalThis as unknown as { document: Doc }).document.body.hasAttribute('data-busy'),
    undefined,
    FAST,
  );

/** The sidebar drawn, no call of its own nor of the page in flight. */
const sidebarSettled = (pg: Page) =>
  pg.waitForFunction(
    () => {
      const doc = () => (globalThis as unknown as { document: Doc }).document;
      const sb = doc().getElementById('sidebar-frame')?.contentDocument;
      return (
        !!sb?.querySelector('#app[data-ready="true"]') &&
        !sb.querySelector('[aria-busy="true"]') &&
        !doc().body.hasAttribute('data-busy')
      );
    },
    undefined,
    FAST,
  );

/** Where a person clicks `target`: found before the clock starts, clicked as raw input. */
async function spot(target: Locator): Promise<{ x: number; y: number }> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${String(target)} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The page's redraw after a sidebar call: its GET /api/sheets answered, then all settled. */
async function sidebarRedrawn(pg: Page, act: () => Promise<unknown>): Promise<void> {
  const redrawn = pg.waitForResponse((r) => r.url().endsWith('/api/sheets'), { timeout: 120_000 });
  await act();
  await redrawn;
  await sidebarSettled(pg);
}

const cell = (pg: Page, row: number, column: number) =>
  pg.locator(`#grid td[data-row="${row}"][data-column="${column}"]`);

async function timed(steps: Step[], name: string, budgetMs: number, work: () => Promise<unknown>) {
  Object.assign(spent, { requests: 0, total: 0, script: 0, save: 0 });
  const t0 = performance.now();
  await work();
  const ms = Math.round(performance.now() - t0);
  steps.push({
    name,
    ms,
    budgetMs,
    requests: spent.requests,
    serverMs: Math.round(spent.total),
    scriptMs: Math.round(spent.script),
    saveMs: Math.round(spent.save),
  });
  console.log(
    `${name.padEnd(44)} ${String(ms).padStart(6)} ms  (server ${Math.round(spent.total)} ms, ` +
      `add-on ${Math.round(spent.script)} ms, saving ${Math.round(spent.save)} ms)`,
  );
}

/** Waits until `selector` shows `text` (null: any text) in the page. */
const shows = (pg: Page, selector: string, text: string | null) =>
  pg.waitForFunction(
    ([sel, want]) => {
      const el = (globalThis as unknown as { document: Doc }).document.querySelector(sel!);
      return !!el && (want === null ? !!el.textContent : el.textContent === want);
    },
    [selector, text],
    FAST,
  );

const click = (pg: Page, p: { x: number; y: number }) => pg.mouse.click(p.x, p.y);

/** Opening the page and what a person does in the grid, each step timed to its answer shown. */
async function gridSteps(pg: Page, url: string, steps: Step[]): Promise<void> {
  await pg.route(/^https:/, (route) => route.fulfill({ status: 404, body: '' }));
  pg.on('response', (r) => countServerTiming(r.headers()['server-timing']));
  await timed(
    steps,
    'page ready (grid drawn, nothing in flight)',
    PAGE_READY_BUDGET_MS,
    async () => {
      await pg.goto(url);
      await shows(pg, 'body[data-ready="true"]', null);
      await settled(pg);
    },
  );
  let at = await spot(pg.locator('#tabs [role=tab]', { hasText: 'Contacts' }));
  await timed(steps, 'switch to the Contacts tab', ACTION_BUDGET_MS, async () => {
    await click(pg, at);
    await settled(pg);
  });
  at = await spot(cell(pg, 3, 2));
  await timed(steps, 'select a cell', ACTION_BUDGET_MS, async () => {
    await click(pg, at);
    await settled(pg);
  });
  await pg.getByRole('button', { name: 'Extensions' }).click();
  at = await spot(pg.getByRole('menuitem', { name: 'Open sidebar' }));
  await timed(steps, 'open the sidebar on that row', PAGE_READY_BUDGET_MS, async () => {
    await sidebarRedrawn(pg, () => click(pg, at));
  });
  const sb = pg.frameLocator('#sidebar-frame');
  await sb.getByRole('textbox', { name: 'Notes' }).fill('Asked for a price list.');
  at = await spot(sb.getByRole('button', { name: 'Save contact' }));
  await timed(steps, 'save the contact in the sidebar', ACTION_BUDGET_MS, async () => {
    await sidebarRedrawn(pg, () => click(pg, at));
  });
}

/** Typing, sorting, scrolling and the clock at 10,000 contacts. */
async function sheetSteps(pg: Page, steps: Step[], rows: number): Promise<void> {
  await cell(pg, 4, 14).click();
  await settled(pg);
  await pg.keyboard.type('Called back');
  await timed(steps, 'type into a cell (Enter to the answer shown)', ACTION_BUDGET_MS, async () => {
    await pg.keyboard.press('Enter');
    await shows(pg, '#grid td[data-row="4"][data-column="14"]', 'Called back');
    await settled(pg);
  });
  await pg.locator('#grid th.colhead[data-column="2"]').click({ button: 'right' });
  let at = await spot(pg.locator('#context-menu button[data-action="sort-desc"]'));
  await timed(steps, 'sort the sheet Z → A by Name', ACTION_BUDGET_MS, async () => {
    await click(pg, at);
    await settled(pg);
  });
  await timed(steps, 'scroll to the last contact', ACTION_BUDGET_MS, async () => {
    await pg.locator('#grid-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await shows(pg, `#grid td[data-row="${rows + 1}"][data-column="1"]`, null);
    await settled(pg);
  });
  at = await spot(pg.getByRole('button', { name: '+1 day' }));
  const clock = 'move the clock a day (daily reminders run)';
  await timed(steps, clock, ACTION_BUDGET_MS * 5, async () => {
    await click(pg, at);
    await settled(pg);
  });
}

function report(size: number, steps: Step[], extra: Record<string, number>): string {
  const lines = [
    '# The preview at real size',
    '',
    `Written by \`npm run bench:preview\` (bench/preview.ts): the preview server on a workbook of ` +
      `${size.toLocaleString('en-US')} contacts, driven in Chromium. Wall times, from the ` +
      'action until its answer is on screen and no call is in flight.',
    '',
    'The server columns add up the Server-Timing headers of the API requests of each step: ' +
      "the server's whole time, the part spent running the add-on's own code (executions, " +
      'triggers; what the rest of issue 15 speeds up) and the part spent saving (the journal). ' +
      'The rest of the wall time is the page: fetching, drawing, waiting for the browser.',
    '',
    '| step | wall ms | budget ms | | requests | server ms | add-on code ms | saving ms |',
    '| --- | --: | --: | --- | --: | --: | --: | --: |',
    ...steps.map(
      (s) =>
        `| ${s.name} | ${s.ms} | ${s.budgetMs} | ${s.ms <= s.budgetMs ? 'ok' : 'over'} | ` +
        `${s.requests ?? ''} | ${s.serverMs ?? ''} | ${s.scriptMs ?? ''} | ${s.saveMs ?? ''} |`,
    ),
    '',
    ...Object.entries(extra).map(([k, v]) => `- ${k}: ${v.toLocaleString('en-US')}`),
    '',
    `Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}; ` +
      `load average at the end ${os.loadavg()[0].toFixed(1)}.`,
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const size = Number(argValue('--contacts') ?? 10_000);
  const outDir = argValue('--out') ?? path.join(ROOT, 'bench');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prospek-preview-bench-'));
  const file = path.join(dir, 'workbook.json');
  console.log(`Generating ${size} contacts…`);
  const fixture = generateWorkbook(size);
  fs.writeFileSync(file, JSON.stringify(fixture.state));
  const extra: Record<string, number> = {
    'workbook file at the start, bytes': fs.statSync(file).size,
  };
  const steps: Step[] = [];
  const t0 = performance.now();
  let server = await startServer(file);
  steps.push({
    name: 'server start (load, compact, onOpen)',
    ms: Math.round(performance.now() - t0),
    budgetMs: PAGE_READY_BUDGET_MS * 5,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const pg = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    try {
      await gridSteps(pg, server.url, steps);
      await sheetSteps(pg, steps, size);
    } catch (e) {
      // What the page showed when a step failed, to see why.
      await pg.screenshot({ path: path.join(os.tmpdir(), 'prospek-preview-bench-failure.png') });
      throw e;
    }
    await pg.close();
    await server.stop();
    // What the steps wrote: journal lines, not a new 7 MB file per change.
    extra['journal after the steps, bytes'] = fs.statSync(`${file}.journal`).size;
    const t1 = performance.now();
    server = await startServer(file);
    steps.push({
      name: 'restart the server after those changes',
      ms: Math.round(performance.now() - t1),
      budgetMs: PAGE_READY_BUDGET_MS * 5,
    });
  } finally {
    await browser.close();
    await server.stop();
  }
  const failed = steps.filter((s) => s.ms > s.budgetMs);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'preview-results.md'), report(size, steps, extra));
  fs.writeFileSync(
    path.join(outDir, 'preview-results.json'),
    `${JSON.stringify({ contacts: size, steps, ...extra }, null, 2)}\n`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    failed.length ? `Over budget: ${failed.map((s) => s.name).join('; ')}` : 'All within budget.',
  );
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
