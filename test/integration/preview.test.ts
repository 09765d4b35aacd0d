// The preview's session and JSON API without a browser: the demo seed, dialogs that discard and
// re-run, marshalling like google.script.run, and bad requests that get a 4xx and change nothing.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { STAGES } from '../../src/domain/contact/contact';
import { containsDate, marshalResult } from '../../local/preview/marshal';
import { startPreview } from '../../local/preview/server';
import { Runtime } from '../../local/runtime/index';
import { DIST } from '../support/workbook';

const PUBLIC = path.join(__dirname, '../../local/preview/public');

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prospek-api-')), 'workbook.json');
}

async function open(options: { empty?: boolean; file?: string; maxBody?: number } = {}) {
  const file = options.file ?? tempFile();
  const preview = await startPreview({ ...options, file, dist: DIST, publicDir: PUBLIC, port: 0 });
  const call = async <T = Record<string, unknown>>(
    method: string,
    route: string,
    body?: unknown,
  ) => {
    const res = await fetch(new URL(route, preview.url), {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  return { preview, file, call };
}

interface Sheet {
  name: string;
  values: unknown[][];
}
const sheetOf = (wb: { sheets: Sheet[] }, name: string) => wb.sheets.find((s) => s.name === name)!;
const column = (s: Sheet, header: string) => {
  const i = s.values[0].indexOf(header);
  return s.values.slice(1).map((r) => r[i]);
};

describe('the demo workbook', () => {
  let p: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => (p = await open()));
  afterAll(() => p.preview.close());

  it('has 40 contacts in every stage, with birthdays, follow-ups and conversations', async () => {
    const wb = (await p.call<{ sheets: Sheet[] }>('GET', '/api/workbook')).body;
    const contacts = sheetOf(wb, 'Contacts');
    expect(contacts.values).toHaveLength(41);
    expect(new Set(column(contacts, 'Stage'))).toEqual(new Set(STAGES));
    const birthdays = column(contacts, 'Birthday').map(String);
    // A birthday without a year, typed into the plain-text column, stays the text typed.
    expect(birthdays).toContain('--12-02');
    expect(birthdays).toContain('1988-11-27'); // today, in the runtime's clock
    // Follow-ups are date cells: instants of midnight in Jakarta (17:00 UTC the day before).
    const followUps = column(contacts, 'Next follow-up').filter(Boolean).map(String);
    expect(followUps).toContain('2026-11-26T17:00:00.000Z'); // due today
    expect(followUps.some((d) => d < '2026-11-26')).toBe(true); // overdue
    expect(followUps.some((d) => d > '2026-11-27')).toBe(true); // later
    const activities = sheetOf(wb, 'Activities');
    expect(activities.values.length).toBeGreaterThan(80);
    const ids = new Set(column(contacts, 'ID'));
    expect(column(activities, 'Contact ID').every((id) => ids.has(id))).toBe(true);
  });

  it('is the same on every first start (seeded deterministically)', async () => {
    const q = await open();
    try {
      const a = await p.call('GET', '/api/workbook');
      const b = await q.call('GET', '/api/workbook');
      // p's tests may have edited nothing yet; compare the contact IDs and activity rows.
      expect(sheetOf(b.body as never, 'Contacts').values).toEqual(
        sheetOf(a.body as never, 'Contacts').values,
      );
    } finally {
      await q.preview.close();
    }
  });

  it('reads contacts through the real server functions (POST /api/run)', async () => {
    const wb = (await p.call<{ sheets: Sheet[] }>('GET', '/api/workbook')).body;
    const id = column(sheetOf(wb, 'Contacts'), 'ID')[0];
    const got = await p.call<{ result: { name: string; phone: string } }>('POST', '/api/run', {
      fn: 'getContact',
      args: [id],
    });
    expect(got.status).toBe(200);
    expect(got.body.result).toMatchObject({ name: 'Siti Rahmawati', phone: '+62 811-1000-2000' });
  });
});

describe('dialogs: an execution that needs an answer is discarded and run again', () => {
  it('leaves the workbook untouched until the alert is answered', async () => {
    const p = await open({ empty: true });
    try {
      const before = fs.readFileSync(p.file, 'utf8');
      const first = await p.call<{ pending: { type: string; title: string } | null }>(
        'POST',
        '/api/menu',
        { fn: 'menuSetUpSheet' },
      );
      expect(first.body.pending).toMatchObject({ type: 'alert', title: 'Prospek set-up' });
      // Set up had created the tabs before its alert: none of that was kept.
      expect(fs.readFileSync(p.file, 'utf8')).toBe(before);
      const wb1 = await p.call<{ sheets: Sheet[] }>('GET', '/api/workbook');
      expect(wb1.body.sheets.map((s) => s.name)).toEqual(['Sheet1']);

      const second = await p.call<{ pending: unknown; dialogs: { response: string }[] }>(
        'POST',
        '/api/menu',
        { fn: 'menuSetUpSheet', responses: ['OK'] },
      );
      expect(second.body.pending).toBeNull();
      expect(second.body.dialogs).toEqual([expect.objectContaining({ response: 'OK' })]);
      const wb2 = await p.call<{ sheets: Sheet[] }>('GET', '/api/workbook');
      expect(wb2.body.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Contacts', 'Activities']);
      expect(Runtime.load(p.file).workbook().sheet('Contacts')).toBeDefined();
    } finally {
      await p.preview.close();
    }
  });
});

describe('the JSON API', () => {
  let p: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => (p = await open({ maxBody: 10_000 })));
  afterAll(() => p.preview.close());

  it('writes an edit as typed input', async () => {
    const r = await p.call('POST', '/api/edit', {
      range: 'Sheet1!A1:C1',
      values: [['0812', '2026-03-01', '=1+1']],
    });
    // Prospek's simple onEdit runs on every edit (it leaves tabs other than Contacts alone).
    expect(r).toEqual({
      status: 200,
      body: { range: 'Sheet1!A1:C1', triggers: [{ handler: 'onEdit', error: null }] },
    });
    const wb = await p.call<{ sheets: Sheet[] }>('GET', '/api/workbook');
    // Typed into General cells: a number, a date (its instant) and a formula's value.
    expect(sheetOf(wb.body, 'Sheet1').values[0]).toEqual([812, '2026-02-28T17:00:00.000Z', 2]);
  });

  it('writes an edit with no trigger when "triggers" is false, as another program would', async () => {
    const r = await p.call('POST', '/api/edit', {
      range: 'Sheet1!A3',
      values: [['Budi']],
      triggers: false,
    });
    expect(r).toEqual({ status: 200, body: { range: 'Sheet1!A3', triggers: [] } });
    const wb = await p.call<{ sheets: Sheet[] }>('GET', '/api/workbook');
    expect(sheetOf(wb.body, 'Sheet1').values[2][0]).toBe('Budi');
    const bad = await p.call('POST', '/api/edit', {
      range: 'Sheet1!A4',
      values: [['x']],
      triggers: 'no',
    });
    expect(bad).toEqual({ status: 400, body: { error: '"triggers" must be true or false.' } });
  });

  it.each([
    ['malformed JSON', 'POST', '/api/edit', '{"range":', 400, /not valid JSON/],
    ['a JSON array', 'POST', '/api/run', '[1]', 400, /JSON object/],
    ['an unknown function', 'POST', '/api/run', { fn: 'nope' }, 404, /not found: nope/],
    ['args not an array', 'POST', '/api/run', { fn: 'getContact', args: 'x' }, 400, /"args"/],
    [
      'a menu item that is not in the menu',
      'POST',
      '/api/menu',
      { fn: 'getContact' },
      404,
      /No menu item/,
    ],
    [
      'a bad range',
      'POST',
      '/api/edit',
      { range: 'Contacts!ZZZZ', values: [['x']] },
      400,
      /A1 notation/,
    ],
    [
      'an unknown sheet',
      'POST',
      '/api/edit',
      { range: 'Nope!A1', values: [['x']] },
      404,
      /no sheet named "Nope"/,
    ],
    [
      'a range outside the sheet',
      'POST',
      '/api/edit',
      { range: 'Contacts!A5000', values: [['x']] },
      400,
      /outside/,
    ],
    [
      'values of the wrong shape',
      'POST',
      '/api/edit',
      { range: 'Contacts!A2:B2', values: [['x']] },
      400,
      /1x1 but the range is 1x2/,
    ],
    [
      'values that are not rows',
      'POST',
      '/api/edit',
      { range: 'Contacts!A2', values: 'x' },
      400,
      /"values"/,
    ],
    [
      'an object as a cell value',
      'POST',
      '/api/edit',
      { range: 'Contacts!A2', values: [[{}]] },
      400,
      /strings, numbers/,
    ],
    [
      'a clock going back',
      'POST',
      '/api/clock',
      { now: '2020-01-01T00:00:00' },
      400,
      /cannot go back/,
    ],
    [
      'a clock time that is not a wall time',
      'POST',
      '/api/clock',
      { now: 'tomorrow' },
      400,
      /wall time/,
    ],
    ['a wrong method', 'GET', '/api/edit', undefined, 405, /not allowed/],
    ['an unknown endpoint', 'GET', '/api/nothing', undefined, 404, /No API endpoint/],
    ['a too-large body', 'POST', '/api/edit', 'x'.repeat(20_000), 413, /larger than 10000 bytes/],
  ])(
    'answers %s with a 4xx JSON error and changes nothing',
    async (_name, method, route, body, status, message) => {
      const before = fs.readFileSync(p.file, 'utf8');
      const r = await p.call<{ error: string }>(method, route, body);
      expect(r.status).toBe(status);
      expect(r.body.error).toMatch(message);
      expect(fs.readFileSync(p.file, 'utf8')).toBe(before);
      // ... and the server still answers.
      expect((await p.call('GET', '/api/state')).status).toBe(200);
    },
  );

  it('moves the clock and lists the triggers that ran', async () => {
    const r = await p.call<{ now: string; ran: unknown[] }>('POST', '/api/clock', {
      now: '2026-12-01T09:30:00',
    });
    expect(r.status).toBe(200);
    expect(r.body.now).toBe('2026-12-01T09:30:00');
    expect(Array.isArray(r.body.ran)).toBe(true);
  });
});

describe('marshalling results like google.script.run', () => {
  it('turns a value holding a Date anywhere into null, and JSON-copies the rest', () => {
    expect(marshalResult({ a: [1, { when: new Date(0) }] })).toBeNull();
    expect(containsDate([[1, 'x']])).toBe(false);
    expect(marshalResult({ a: undefined, b: [undefined, 1], c: () => 1 })).toEqual({
      b: [null, 1],
    });
    expect(marshalResult(undefined)).toBeNull();
  });
});

describe('requests from other web pages', () => {
  let p: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => (p = await open()));
  afterAll(() => p.preview.close());

  /** A raw request, so the test can send what a browser tab of another site would. */
  const raw = (headers: Record<string, string>, body = '') =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL('/api/edit', p.preview.url);
      const req = http.request(url, { method: 'POST', headers }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const edit = JSON.stringify({ range: 'Contacts!B2', values: [['Hacked']] });

  it('refuses a body that is not declared JSON (a cross-site form or no-cors fetch)', async () => {
    const before = await p.call('GET', '/api/workbook');
    const res = await raw({ 'content-type': 'text/plain' }, edit);
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body).error).toMatch(/application\/json/);
    expect(await p.call('GET', '/api/workbook')).toEqual(before);
  });

  it('refuses a POST that declares no JSON even without a body', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = http.request(new URL('/api/sidebar/close', p.preview.url), { method: 'POST' });
      req.on('response', (r) => resolve(r.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(res).toBe(415);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const before = await p.call('GET', '/api/workbook');
    const res = await raw({ host: 'evil.example:8080', 'content-type': 'application/json' }, edit);
    expect(res.status).toBe(403);
    expect(await p.call('GET', '/api/workbook')).toEqual(before);
  });
});
