// The preview's HTTP server: the page, the sidebar and a JSON API over one PreviewSession.
// Requests are handled one at a time (a queue), so executions never overlap, as one user's
// clicks would not in Sheets. It listens on loopback only.
import {
  FORM_PATH,
  formByPublishedId,
  formPageHtml,
  FormRequestError,
  listForms,
  submitForm,
} from './formPage';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  parseA1,
  quoteSheetName,
  toA1,
  wallTime,
  type DialogResponse,
  type MenuItem,
  type RangeRect,
  type SheetModel,
} from '../runtime/index';
import { marshalResult } from './marshal';
import { seedDemo } from './seed';
import { messageOf, PreviewSession, type Outcome } from './session';
import { OpError, sheetOp } from './sheetOps';

export interface PreviewOptions {
  file: string;
  dist: string;
  /** Folder with index.html, app.js, app.css and googleScriptRun.js. */
  publicDir: string;
  empty?: boolean;
  /** 'id': a new workbook is an Indonesian sheet for an Indonesian user (npm start -- --lang id). */
  lang?: 'en' | 'id';
  port?: number;
  /** Largest request body accepted, in bytes. */
  maxBody?: number;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_MAX_BODY = 2 * 1024 * 1024;
/** The page asks for the rows it shows, a block at a time. */
const MAX_ROWS_PER_REQUEST = 1000;
const STATIC: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/app.js': 'app.js',
  '/app.css': 'app.css',
  '/googleScriptRun.js': 'googleScriptRun.js',
  '/sidebarBridge.js': 'sidebarBridge.js',
  '/favicon.ico': 'favicon.svg',
  '/favicon.svg': 'favicon.svg',
  // A local stand-in for Google's add-on stylesheet, which the sidebar links (offline here).
  '/add-ons1.css': 'add-ons1.css',
};
/** Google's add-on stylesheet, as the sidebar links it; the preview serves its stand-in. */
const ADDON_CSS = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// ---- request helpers -------------------------------------------------------------------------

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Keep reading (and dropping) so the client gets the answer instead of a reset socket.
      if (size > limit) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () =>
      tooLarge
        ? reject(new HttpError(413, `The request body is larger than ${limit} bytes.`))
        : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

function parseJson(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text || '{}');
  } catch (e) {
    throw new HttpError(400, `The request body is not valid JSON: ${messageOf(e)}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

function str(body: Record<string, unknown>, field: string, required = true): string {
  const v = body[field];
  if (v === undefined && !required) return '';
  if (typeof v !== 'string' || (required && v === ''))
    throw new HttpError(400, `"${field}" must be a non-empty string.`);
  return v;
}

// ---- the API ---------------------------------------------------------------------------------

export class PreviewApi {
  constructor(readonly session: PreviewSession) {}

  private get rt() {
    return this.session.rt;
  }

  /** Wall time 'YYYY-MM-DDTHH:mm:ss' of an instant in the spreadsheet's time zone. */
  wall(ms: number): string {
    const w = wallTime(ms, this.rt.timeZone());
    const two = (n: number) => String(n).padStart(2, '0');
    return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}:${two(w.second)}`;
  }

  /** 'Sheet!A1:B2' (one range or several separated by commas) on one sheet. */
  ranges(text: string): { sheetName: string; rects: RangeRect[] } {
    const ss = this.rt.workbook();
    let sheetName: string | null = null;
    const rects = text.split(',').map((part) => {
      const a = parseA1(part);
      if (!a) throw new HttpError(400, `"${part.trim()}" is not a range in A1 notation.`);
      const name = a.sheetName ?? sheetName ?? ss.activeSheet().name;
      if (sheetName !== null && name !== sheetName)
        throw new HttpError(400, 'All ranges of a selection must be on one sheet.');
      sheetName = name;
      const sheet = ss.sheet(name);
      if (!sheet) throw new HttpError(404, `There is no sheet named "${name}".`);
      const lastRow = a.lastRow ?? sheet.maxRows;
      const lastColumn = a.lastColumn ?? sheet.maxColumns;
      if (lastRow > sheet.maxRows || lastColumn > sheet.maxColumns)
        throw new HttpError(400, `The range ${part.trim()} is outside the sheet ${name}.`);
      return {
        row: a.row,
        column: a.column,
        numRows: lastRow - a.row + 1,
        numColumns: lastColumn - a.column + 1,
      };
    });
    return { sheetName: sheetName ?? ss.activeSheet().name, rects };
  }

  selectionText(): string {
    const ss = this.rt.workbook();
    const sheet = quoteSheetName(ss.activeSheet().name);
    return ss.selection
      .map((r) => `${sheet}!${toA1(r.row, r.column, r.numRows, r.numColumns)}`)
      .join(',');
  }

  state() {
    const rt = this.rt;
    const ss = rt.workbook();
    return {
      spreadsheet: { name: ss.name, timeZone: ss.timeZone },
      user: rt.state.activeUser,
      now: this.wall(rt.now()),
      nowIso: new Date(rt.now()).toISOString(),
      menus: rt.ui.menus,
      activeSheet: ss.activeSheet().name,
      selection: this.selectionText(),
      sidebar: rt.ui.sidebar ? { title: rt.ui.sidebar.title, url: '/sidebar' } : null,
      triggers: rt.state.triggers.map((t) => ({
        handler: t.handler,
        schedule: t.schedule,
        timeZone: t.timeZone,
        lastFired: t.lastFired === null ? null : this.wall(t.lastFired),
      })),
      outboxCount: rt.state.outbox.length,
      functions: this.session.functions,
    };
  }

  workbook() {
    const ss = this.rt.workbook();
    return {
      name: ss.name,
      timeZone: ss.timeZone,
      activeSheet: ss.activeSheet().name,
      sheets: ss.sheets.map((sheet) => {
        const { lastRow, lastColumn, ...meta } = this.sheetMeta(sheet);
        const cells = this.cells(sheet, 1, lastRow, lastColumn);
        return { ...meta, ...cells, formulas: Object.fromEntries(sheet.formulas) };
      }),
    };
  }

  /** GET /api/sheets: every sheet's size and layout without its cells (the page asks for rows). */
  sheets() {
    const ss = this.rt.workbook();
    return {
      name: ss.name,
      timeZone: ss.timeZone,
      activeSheet: ss.activeSheet().name,
      sheets: ss.sheets.map((sheet) => this.sheetMeta(sheet)),
    };
  }

  /** GET /api/rows?sheet=Contacts&from=1&to=100: those rows (within the used range) of a sheet. */
  rows(query: Record<string, unknown>) {
    const name = str(query, 'sheet');
    const sheet = this.rt.workbook().sheet(name);
    if (!sheet) throw new HttpError(404, `There is no sheet named "${name}".`);
    const from = Number(query.from);
    const to = Number(query.to);
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from)
      throw new HttpError(400, '"from" and "to" must be row numbers, from <= to.');
    if (to - from + 1 > MAX_ROWS_PER_REQUEST)
      throw new HttpError(400, `Ask for at most ${MAX_ROWS_PER_REQUEST} rows at a time.`);
    const last = Math.min(to, sheet.lastRow());
    return { name, from, to, ...this.cells(sheet, from, last, sheet.lastColumn()) };
  }

  private sheetMeta(sheet: SheetModel) {
    return {
      name: sheet.name,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      frozenRows: sheet.frozenRows,
      columnWidths: Object.fromEntries(sheet.columnWidths),
      lastRow: sheet.lastRow(),
      lastColumn: sheet.lastColumn(),
    };
  }

  /** Rows `from`..`to` of the used columns: values (a date as its ISO instant), display, formulas. */
  private cells(sheet: SheetModel, from: number, to: number, lastColumn: number) {
    const empty = to < from || lastColumn === 0;
    const range = `${quoteSheetName(sheet.name)}!${toA1(from, 1, to - from + 1, lastColumn)}`;
    const values = empty ? [] : this.rt.getValues(range);
    const formulas = [...sheet.formulas].filter(([key]) => {
      const row = Number(key.slice(0, key.indexOf(':')));
      return row >= from && row <= to;
    });
    return {
      // getValues() as JSON: a date cell is its instant as an ISO string.
      values: values.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v))),
      display: empty ? [] : this.rt.getDisplayValues(range),
      formulas: Object.fromEntries(formulas),
    };
  }

  outbox() {
    return this.rt.state.outbox.map((m) => ({
      to: m.to,
      cc: m.cc,
      bcc: m.bcc,
      from: m.from,
      subject: m.subject,
      body: m.body,
      htmlBody: m.htmlBody ?? null,
      when: new Date(m.sentAt).toISOString(),
      whenLocal: this.wall(m.sentAt),
    }));
  }

  /**
   * Types a block as a user does: from one cell (a paste; the sheet grows when the block runs
   * past its edge) or into a range of the same size. onEdit and installable edit triggers run,
   * unless "triggers" is false (cells written by another program, or a trigger that could not run).
   */
  edit(body: Record<string, unknown>) {
    const values = body.values;
    if (
      !Array.isArray(values) ||
      values.length === 0 ||
      !values.every((r) => Array.isArray(r) && r.length === (values[0] as unknown[]).length) ||
      (values[0] as unknown[]).length === 0
    )
      throw new HttpError(400, '"values" must be a non-empty rectangular array of rows.');
    const bad = values
      .flat()
      .find((v) => v !== null && !['string', 'number', 'boolean'].includes(typeof v));
    if (bad !== undefined)
      throw new HttpError(400, '"values" may hold only strings, numbers, booleans and null.');
    const text = str(body, 'range');
    const a = parseA1(text);
    if (!a || text.includes(','))
      throw new HttpError(400, `"${text}" is not one range in A1 notation.`);
    const ss = this.rt.workbook();
    const sheetName = a.sheetName ?? ss.activeSheet().name;
    const sheet = ss.sheet(sheetName);
    if (!sheet) throw new HttpError(404, `There is no sheet named "${sheetName}".`);
    if (a.row > sheet.maxRows || a.column > sheet.maxColumns)
      throw new HttpError(400, `The range ${text} is outside the sheet ${sheetName}.`);
    const numRows = values.length;
    const numColumns = (values[0] as unknown[]).length;
    const rows = (a.lastRow ?? sheet.maxRows) - a.row + 1;
    const columns = (a.lastColumn ?? sheet.maxColumns) - a.column + 1;
    // One cell names where the block starts, as when pasting.
    const single = rows === 1 && columns === 1;
    if (!single && (rows !== numRows || columns !== numColumns))
      throw new HttpError(
        400,
        `"values" is ${numRows}x${numColumns} but the range is ${rows}x${columns}.`,
      );
    // A person types text: every value is entered as the text they would type.
    if (body.triggers !== undefined && typeof body.triggers !== 'boolean')
      throw new HttpError(400, '"triggers" must be true or false.');
    const triggers = body.triggers !== false;
    const typed = (values as unknown[][]).map((r) => r.map((v) => (v === null ? '' : String(v))));
    const start = `${quoteSheetName(sheetName)}!${toA1(a.row, a.column)}`;
    const out = this.session.change((rt) => {
      try {
        return rt.user.edit(start, typed, { grow: true, triggers });
      } catch (e) {
        throw new HttpError(422, messageOf(e));
      }
    });
    return { range: out.range, triggers: this.triggerRuns(out.triggers) };
  }

  /** POST /api/sheet: one structure change ({"op": "insertColumns", ...}). */
  sheet(body: Record<string, unknown>) {
    let work;
    try {
      work = sheetOp(body);
    } catch (e) {
      throw new HttpError(e instanceof OpError ? e.status : 400, messageOf(e));
    }
    const out = this.session.change((rt) => {
      try {
        return work(rt);
      } catch (e) {
        throw new HttpError(e instanceof OpError ? e.status : 422, messageOf(e));
      }
    });
    const ss = this.rt.workbook();
    return {
      op: body.op,
      sheets: ss.sheets.map((sh) => sh.name),
      activeSheet: ss.activeSheet().name,
      ...(typeof out === 'string' ? { name: out } : {}),
      triggers: Array.isArray(out) ? this.triggerRuns(out) : [],
    };
  }

  private triggerRuns(runs: { handler: string; error?: string }[]) {
    return runs.map((r) => ({ handler: r.handler, error: r.error ?? null }));
  }

  select(body: Record<string, unknown>) {
    const { sheetName, rects } = this.ranges(str(body, 'selection'));
    const triggers = this.session.change((rt) => {
      const ss = rt.workbook();
      ss.select(ss.sheet(sheetName)!, rects);
      // A project's onSelectionChange sees the current (last) range, as in Sheets.
      if (!rt.hasFunction('onSelectionChange')) return [];
      const last = rects[rects.length - 1];
      const runs = rt.user.select(
        `${quoteSheetName(sheetName)}!${toA1(last.row, last.column, last.numRows, last.numColumns)}`,
      );
      ss.select(ss.sheet(sheetName)!, rects);
      return runs;
    });
    return { selection: this.selectionText(), triggers: this.triggerRuns(triggers) };
  }

  run(body: Record<string, unknown>) {
    const fn = str(body, 'fn');
    const args = body.args ?? [];
    if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array.');
    this.known(fn);
    const out = this.session.execute(fn, args, { kind: 'sidebar' });
    if (out.pending)
      return { error: `The function showed a dialog that needs an answer: ${out.pending.message}` };
    return out.error !== undefined ? { error: out.error } : { result: marshalResult(out.result) };
  }

  menu(body: Record<string, unknown>) {
    const fn = str(body, 'fn');
    const responses = body.responses ?? [];
    if (!Array.isArray(responses) || !responses.every(isResponse))
      throw new HttpError(400, '"responses" must be an array of button names or {button, text}.');
    const items = this.rt.ui.menus.flatMap((m) => menuFunctions(m.items));
    if (!items.includes(fn)) throw new HttpError(404, `No menu item runs "${fn}".`);
    // The page sends its selection with every attempt; the workbook is saved for it only when
    // it differs (the execution saves anyway, and a re-run after a dialog sends it again).
    const selection = str(body, 'selection', false);
    if (selection && selection !== this.selectionText()) this.select({ selection });
    const sidebarBefore = this.rt.ui.sidebar;
    const out: Outcome = this.session.execute(fn, [], {
      kind: 'menu',
      responses: responses as DialogResponse[],
    });
    // An answer the dialog could not give (MAYBE for an OK alert) changes nothing.
    if (out.refused) throw new HttpError(400, out.refused);
    return {
      ...(out.error !== undefined ? { error: out.error } : {}),
      dialogs: out.dialogs.map((d) => ({ ...d, html: undefined })),
      pending: out.pending,
      sidebarOpened: this.rt.ui.sidebar !== null && this.rt.ui.sidebar !== sidebarBefore,
    };
  }

  clock(body: Record<string, unknown>) {
    const rt = this.rt;
    let target: number | string;
    if (body.now !== undefined) {
      const now = str(body, 'now');
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(now))
        throw new HttpError(400, '"now" must be a wall time like 2026-12-01T09:30:00.');
      target = now;
    } else if (body.advance !== undefined) {
      const m = /^(\d+)\s*(m|h|d)$/.exec(String(body.advance));
      if (!m) throw new HttpError(400, '"advance" must be like "30m", "1h" or "1d".');
      target = rt.now() + Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'm']!;
    } else throw new HttpError(400, 'Give "now" (a wall time) or "advance" ("1h", "1d").');
    const before = rt.state.outbox.length;
    let ran;
    try {
      ran = this.session.change((r) => r.advanceTo(target));
    } catch (e) {
      throw new HttpError(400, messageOf(e));
    }
    return {
      now: this.wall(rt.now()),
      ran: ran.map((r) => ({ handler: r.handler, at: this.wall(r.at), error: r.error ?? null })),
      emailsSent: rt.state.outbox.length - before,
    };
  }

  closeSidebar() {
    this.rt.ui.sidebar = null;
    return { sidebar: null };
  }

  /** The open sidebar's HTML with google.script.run wired to POST /api/run. */
  sidebarHtml(): string {
    const sb = this.rt.ui.sidebar;
    if (!sb) throw new HttpError(404, 'No sidebar is open.');
    const names = JSON.stringify(this.session.functions).replace(/</g, '\\u003c');
    const bridge =
      '<script src="/googleScriptRun.js"></script><script src="/sidebarBridge.js"></script>' +
      `<script>installPreviewBridge(${names});</script>`;
    const html = sb.html.split(ADDON_CSS).join('/add-ons1.css');
    const head = /<head[^>]*>/i.exec(html);
    return head
      ? html.slice(0, head.index + head[0].length) +
          bridge +
          html.slice(head.index + head[0].length)
      : bridge + html;
  }

  private known(fn: string): void {
    if (!this.session.functions.includes(fn))
      throw new HttpError(404, `Script function not found: ${fn}`);
  }
}

function isResponse(r: unknown): r is DialogResponse {
  if (typeof r === 'string') return true;
  if (typeof r !== 'object' || r === null) return false;
  const o = r as { button?: unknown; text?: unknown };
  return typeof o.button === 'string' && (o.text === undefined || typeof o.text === 'string');
}

function menuFunctions(items: MenuItem[]): string[] {
  return items.flatMap((i) => [
    ...(i.functionName ? [i.functionName] : []),
    ...(i.subMenu ? menuFunctions(i.subMenu.items) : []),
  ]);
}

// ---- the server ------------------------------------------------------------------------------

export interface Preview {
  server: http.Server;
  session: PreviewSession;
  url: string;
  close(): Promise<void>;
}

/** The lead forms' API: the forms made, and a respondent's answers (issue 17). */
function formRoutes(
  session: PreviewSession,
): Record<string, (body: Record<string, unknown>) => unknown> {
  return {
    'GET /api/forms': () => listForms(session),
    'POST /api/form/submit': (b) => {
      try {
        return submitForm(session, b);
      } catch (e) {
        throw e instanceof FormRequestError ? new HttpError(400, e.message) : e;
      }
    },
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function json(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

export function createPreviewServer(session: PreviewSession, options: PreviewOptions): http.Server {
  const api = new PreviewApi(session);
  const maxBody = options.maxBody ?? DEFAULT_MAX_BODY;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => T): Promise<T> => {
    const p = queue.then(work);
    queue = p.catch(() => undefined);
    return p;
  };

  const routes: Record<string, (body: Record<string, unknown>) => unknown> = {
    'GET /api/state': () => api.state(),
    'GET /api/workbook': () => api.workbook(),
    'GET /api/sheets': () => api.sheets(),
    'GET /api/rows': (q) => api.rows(q),
    'GET /api/outbox': () => api.outbox(),
    'POST /api/edit': (b) => api.edit(b),
    'POST /api/sheet': (b) => api.sheet(b),
    'POST /api/select': (b) => api.select(b),
    'POST /api/run': (b) => api.run(b),
    'POST /api/menu': (b) => api.menu(b),
    'POST /api/clock': (b) => api.clock(b),
    'POST /api/sidebar/close': () => api.closeSidebar(),
    ...formRoutes(session),
  };
  /**
   * Runs a request in the queue and says in a Server-Timing header where its time went: the
   * project's code (executions, triggers), saving (the journal), and the whole (bench/preview.ts
   * reads it to tell the add-on's own time from the preview's).
   */
  const timed = (res: http.ServerResponse, work: () => unknown) =>
    serial(() => {
      const before = { ...session.spent };
      const t0 = performance.now();
      const out = work();
      const ms = (n: number) => n.toFixed(1);
      res.setHeader(
        'server-timing',
        `script;dur=${ms(session.spent.script - before.script)}, ` +
          `save;dur=${ms(session.spent.save - before.save)}, total;dur=${ms(performance.now() - t0)}`,
      );
      return out;
    });

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = `${req.method} ${url.pathname}`;
    void (async () => {
      try {
        guardLocalRequest(req);
        const route = routes[key];
        if (route) {
          const text = req.method === 'POST' ? await readBody(req, maxBody) : '';
          // A GET's parameters are its query string.
          const body =
            req.method === 'POST' ? parseJson(text) : Object.fromEntries(url.searchParams);
          json(res, 200, await timed(res, () => route(body)));
        } else if (req.method === 'GET' && FORM_PATH.test(url.pathname)) {
          const form = formByPublishedId(session, FORM_PATH.exec(url.pathname)![1]);
          if (!form) throw new HttpError(404, 'No form at this link.');
          send(res, 200, TYPES['.html'], formPageHtml(form, url.searchParams));
        } else if (req.method === 'GET' && url.pathname === '/sidebar') {
          send(res, 200, TYPES['.html'], await serial(() => api.sidebarHtml()));
        } else if (req.method === 'GET' && STATIC[url.pathname]) {
          const file = path.join(options.publicDir, STATIC[url.pathname]);
          send(res, 200, TYPES[path.extname(file)], fs.readFileSync(file, 'utf8'));
        } else if (url.pathname.startsWith('/api/')) {
          const known = Object.keys(routes).some((k) => k.endsWith(` ${url.pathname}`));
          throw new HttpError(
            known ? 405 : 404,
            known ? `${req.method} is not allowed here.` : `No API endpoint ${url.pathname}.`,
          );
        } else throw new HttpError(404, 'Not found.');
      } catch (e) {
        const status = e instanceof HttpError ? e.status : 500;
        if (status === 500) console.error(e);
        if (!res.headersSent) json(res, status, { error: messageOf(e) });
        else res.end();
      }
    })();
  });
}

/**
 * The server listens on loopback only, but any web page open in the same browser can still
 * send it requests. Two checks keep such pages out: the Host must be this machine (a page
 * that rebinds its own domain name to 127.0.0.1 still sends its own name), and a request with
 * a body must say it is JSON, which a cross-site page cannot do without a CORS preflight that
 * this server never grants. Every POST must say so, even one whose body is empty.
 */
function guardLocalRequest(req: http.IncomingMessage): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
    throw new HttpError(403, 'The preview answers only requests addressed to this machine.');
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (req.method === 'POST' && type !== 'application/json') {
    throw new HttpError(415, 'Send the request body as JSON, with content-type: application/json.');
  }
}

/** Opens (or seeds) the workbook and listens on 127.0.0.1; resolves once it listens. */
export function startPreview(options: PreviewOptions): Promise<Preview> {
  const session = PreviewSession.open({
    file: options.file,
    dist: options.dist,
    empty: options.empty,
    seed: seedDemo,
    locale: options.lang === 'id' ? 'id_ID' : undefined,
  });
  const server = createPreviewServer(session, options);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, '127.0.0.1', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        session,
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
