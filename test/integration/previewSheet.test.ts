// The preview's API for what people do to a sheet: POST /api/sheet for each structure change,
// /api/edit pasting past the edge and firing onEdit, /api/menu refusing an impossible answer, and
// the small things a newcomer meets (the title of an empty workbook, the favicon, the add-on CSS).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreview } from '../../local/preview/server';
import { storedText } from '../../local/preview/workbookStore';
import { DIST } from '../support/workbook';
import { columnToLetters as columnLetters } from '../../local/runtime/index';

const PUBLIC = path.join(__dirname, '../../local/preview/public');
const ON_EDIT = path.join(__dirname, '../fixtures/gas/preview-onedit');

interface Sheet {
  name: string;
  maxRows: number;
  maxColumns: number;
  values: unknown[][];
  display: string[][];
  formulas: Record<string, string>;
}

async function open(options: { empty?: boolean; dist?: string } = {}) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prospek-sheet-')), 'wb.json');
  const preview = await startPreview({
    dist: DIST,
    ...options,
    file,
    publicDir: PUBLIC,
    port: 0,
  });
  const call = async <T = Record<string, unknown>>(
    method: string,
    route: string,
    body?: unknown,
  ) => {
    const res = await fetch(new URL(route, preview.url), {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const type = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      type,
      body: (type.startsWith('application/json') ? await res.json() : await res.text()) as T,
    };
  };
  const sheet = async (name: string) =>
    (await call<{ sheets: Sheet[] }>('GET', '/api/workbook')).body.sheets.find(
      (s) => s.name === name,
    )!;
  return { preview, file, call, sheet };
}

describe('POST /api/sheet on the demo workbook', () => {
  let p: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => (p = await open()));
  afterAll(() => p.preview.close());

  it('insertColumns after column 5 opens an empty column; the headers after it move right', async () => {
    const before = (await p.sheet('Contacts')).values[0];
    const r = await p.call('POST', '/api/sheet', {
      op: 'insertColumns',
      sheet: 'Contacts',
      after: 5,
      count: 1,
    });
    expect(r.status).toBe(200);
    const after = await p.sheet('Contacts');
    expect(after.values[0]).toEqual([...before.slice(0, 5), '', ...before.slice(5)]);
    expect(after.maxColumns).toBe(before.length + 1 > 26 ? before.length + 1 : 27);
  });

  it('moveColumns, then deleteColumns puts the headers back as they were', async () => {
    const start = (await p.sheet('Contacts')).values[0];
    const r = await p.call('POST', '/api/sheet', {
      op: 'moveColumns',
      sheet: 'Contacts',
      from: 6,
      to: 1,
    });
    expect(r.body).toMatchObject({ op: 'moveColumns' });
    const moved = (await p.sheet('Contacts')).values[0];
    expect(moved[0]).toBe('');
    expect(moved.slice(1, 6)).toEqual(start.slice(0, 5));
    await p.call('POST', '/api/sheet', { op: 'deleteColumns', sheet: 'Contacts', start: 1 });
    expect((await p.sheet('Contacts')).values[0]).toEqual([
      ...start.slice(0, 5),
      ...start.slice(6),
    ]);
  });

  it('sorts the contacts by name descending, the header staying on top', async () => {
    const s = await p.sheet('Contacts');
    const nameCol = s.values[0].indexOf('Name') + 1;
    const last = s.values.length;
    const r = await p.call('POST', '/api/sheet', {
      op: 'sort',
      range: `Contacts!A2:AA${last}`,
      by: nameCol,
      ascending: false,
    });
    expect(r.status).toBe(200);
    const names = (await p.sheet('Contacts')).values
      .slice(1)
      .map((row) => String(row[nameCol - 1]));
    const expected = [...names].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase()));
    expect(names).toEqual(expected);
  });

  it('renames, adds and deletes tabs', async () => {
    let r = await p.call<{ sheets: string[] }>('POST', '/api/sheet', {
      op: 'renameSheet',
      sheet: 'Contacts',
      to: 'Prospects',
    });
    expect(r.body.sheets).toContain('Prospects');
    r = await p.call('POST', '/api/sheet', { op: 'addSheet' });
    expect(r.body).toMatchObject({ name: expect.stringMatching(/^Sheet\d+$/) });
    const added = (r.body as unknown as { name: string }).name;
    r = await p.call('POST', '/api/sheet', { op: 'deleteSheet', sheet: added });
    expect(r.body.sheets).not.toContain(added);
    await p.call('POST', '/api/sheet', { op: 'renameSheet', sheet: 'Prospects', to: 'Contacts' });
  });

  it.each([
    ['an unknown op', { op: 'explode' }, 400, /"op" must be one of/],
    ['a missing sheet name', { op: 'insertRows', after: 1 }, 400, /"sheet"/],
    [
      'a count that is not a number',
      { op: 'insertRows', sheet: 'Contacts', after: 1, count: 'x' },
      400,
      /"count"/,
    ],
    [
      'an unknown sheet',
      { op: 'deleteRows', sheet: 'Nope', start: 2 },
      422,
      /no sheet named "Nope"/,
    ],
    [
      'rows out of bounds',
      { op: 'deleteRows', sheet: 'Contacts', start: 5000 },
      422,
      /^Those rows are out of bounds\.$/,
    ],
    [
      'a taken name',
      { op: 'renameSheet', sheet: 'Contacts', to: 'activities' },
      422,
      /already exists/,
    ],
    [
      'a sort column outside the range',
      { op: 'sort', range: 'Contacts!A2:B5', by: 9 },
      422,
      /outside the range/,
    ],
  ])('refuses %s with a 4xx JSON error and changes nothing', async (_n, body, status, message) => {
    const before = storedText(p.file);
    const r = await p.call<{ error: string }>('POST', '/api/sheet', body);
    expect(r.status).toBe(status);
    expect(r.body.error).toMatch(message);
    expect(storedText(p.file)).toBe(before);
  });

  it('pastes a block past the last column: the sheet grows as Sheets grows it', async () => {
    const s = await p.sheet('Activities');
    const last = s.maxColumns; // the block starts in the last column and runs two past it
    const r = await p.call('POST', '/api/edit', {
      range: `Activities!${columnLetters(last)}2`,
      values: [['a', 'b', 'c']],
    });
    expect(r.body).toMatchObject({
      range: `Activities!${columnLetters(last)}2:${columnLetters(last + 2)}2`,
    });
    const after = await p.sheet('Activities');
    expect(after.maxColumns).toBe(last + 2);
    expect(after.display[1].slice(last - 1, last + 2)).toEqual(['a', 'b', 'c']);
  });

  it('refuses an answer that is not among the dialog’s buttons, keeping nothing', async () => {
    const q = await open({ empty: true });
    try {
      const before = storedText(q.file);
      const r = await q.call<{ error: string }>('POST', '/api/menu', {
        fn: 'menuSetUpSheet',
        responses: ['MAYBE'],
      });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatch(/"MAYBE" is not an answer .* give one of OK, CLOSE/);
      expect(storedText(q.file)).toBe(before);
    } finally {
      await q.preview.close();
    }
  });
});

describe('a newcomer’s first minutes', () => {
  it('an empty workbook is an "Untitled spreadsheet"; the favicon and the add-on CSS are served', async () => {
    const p = await open({ empty: true });
    try {
      const state = await p.call<{ spreadsheet: { name: string } }>('GET', '/api/state');
      expect(state.body.spreadsheet.name).toBe('Untitled spreadsheet');
      const icon = await p.call('GET', '/favicon.ico');
      expect(icon).toMatchObject({ status: 200, type: 'image/svg+xml' });
      const css = await p.call<string>('GET', '/add-ons1.css');
      expect(css.status).toBe(200);
      expect(css.body).toContain('button.action');
    } finally {
      await p.preview.close();
    }
  });
});

describe('onEdit through the API', () => {
  it('runs the project’s onEdit after an edit, with the edited range', async () => {
    const p = await open({ dist: ON_EDIT, empty: true });
    try {
      const r = await p.call('POST', '/api/edit', { range: 'Sheet1!B2', values: [['hello']] });
      expect(r.body).toEqual({
        range: 'Sheet1!B2',
        triggers: [{ handler: 'onEdit', error: null }],
      });
      await p.call('POST', '/api/edit', {
        range: 'Sheet1!A1',
        values: [
          ['1', '2'],
          ['3', '4'],
        ],
      });
      expect((await p.sheet('Log')).display).toEqual([
        ['Sheet1!B2', 'hello'],
        ['Sheet1!A1:B2', ''],
      ]);
      // Selecting runs onSelectionChange with the current range.
      const sel = await p.call('POST', '/api/select', { selection: 'Sheet1!A1,Sheet1!C3:D4' });
      expect(sel.body).toEqual({
        selection: 'Sheet1!A1,Sheet1!C3:D4',
        triggers: [{ handler: 'onSelectionChange', error: null }],
      });
      expect((await p.call('POST', '/api/run', { fn: 'selected' })).body).toEqual({
        result: 'C3:D4',
      });
    } finally {
      await p.preview.close();
    }
  });
});
