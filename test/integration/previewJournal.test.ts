// The preview's workbook on disk: a snapshot plus an append-only journal (workbookStore.ts).
// A preview process killed with SIGKILL, its journal ending in a torn line, starts again on the
// same folder with every change it answered; compacting gives back the same workbook, whether
// at start or because the journal outgrew the snapshot.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreview } from '../../local/preview/server';
import {
  journalFile,
  loadWorkbook,
  readWorkbookState,
  WorkbookStore,
} from '../../local/preview/workbookStore';
import { Runtime } from '../../local/runtime/index';
import { DIST } from '../support/workbook';

jest.setTimeout(60_000);

const START = path.join(__dirname, '../../local/preview/start.mjs');
const PUBLIC = path.join(__dirname, '../../local/preview/public');

const tempFile = () =>
  path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prospek-journal-')), 'workbook.json');

/** `npm start`'s server as its own process on `file`. */
async function startProcess(file: string) {
  const proc = spawn(process.execPath, [START, '--port', '0', '--file', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Prospek preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    proc.once('exit', (code) => reject(new Error(`The preview exited (${code}):\n${out}`)));
  });
  const api = async (method: string, route: string, body?: unknown) => {
    const res = await fetch(new URL(route, url), {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const kill = async () => {
    proc.kill('SIGKILL');
    await exited;
  };
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
    await exited;
  };
  return { api, kill, stop };
}

describe('a preview killed with SIGKILL', () => {
  it('starts again on the same folder with every change it answered, ignoring a torn last line', async () => {
    const file = tempFile();
    const first = await startProcess(file);
    let before: Record<string, unknown>;
    let state: Record<string, unknown>;
    try {
      await first.api('POST', '/api/edit', { range: 'Contacts!B2', values: [['Siti (renamed)']] });
      await first.api('POST', '/api/sheet', { op: 'insertRows', sheet: 'Contacts', before: 3 });
      await first.api('POST', '/api/edit', { range: 'Contacts!C3', values: [['Toko Baru']] });
      await first.api('POST', '/api/sheet', { op: 'addSheet', name: 'Notes' });
      await first.api('POST', '/api/select', { selection: 'Contacts!A5:C6' });
      await first.api('POST', '/api/clock', { advance: '1d' });
      before = await first.api('GET', '/api/workbook');
      state = await first.api('GET', '/api/state');
      // Every answered change is in the journal; the snapshot is still the first one.
      expect(fs.statSync(journalFile(file)).size).toBeGreaterThan(0);
      expect(Runtime.load(file).workbook().sheet('Notes')).toBeFalsy();
    } finally {
      await first.kill();
    }
    // Killed while writing a line: half of one is left at the end.
    fs.appendFileSync(journalFile(file), '{"state":{"now":17');
    const again = await startProcess(file);
    try {
      expect(await again.api('GET', '/api/workbook')).toEqual(before);
      const after = await again.api('GET', '/api/state');
      expect(after.now).toBe(state.now);
      expect(after.selection).toBe('Contacts!A5:C6');
      expect(after.outboxCount).toBe(state.outboxCount);
      // Opening compacted: the snapshot alone holds it all, the journal is empty.
      expect(fs.statSync(journalFile(file)).size).toBe(0);
      expect(Runtime.load(file).workbook().sheet('Notes')).toBeTruthy();
      // And it keeps journalling after the torn line.
      await again.api('POST', '/api/edit', { range: 'Contacts!B2', values: [['Siti again']] });
    } finally {
      await again.kill();
    }
    const rt = loadWorkbook(file);
    expect(rt.getDisplayValues('Contacts!B2')).toEqual([['Siti again']]);
  });

  it('refuses a journal damaged before its last line instead of guessing', () => {
    const file = tempFile();
    new Runtime({}).save(file);
    fs.writeFileSync(journalFile(file), 'not json\n{"bookIds":[],"addedBooks":[],"books":[]}\n');
    expect(() => readWorkbookState(file)).toThrow(/line 1 is not valid JSON/);
  });
});

describe('compaction', () => {
  const PREFS = ['Contacts!N2', 'Contacts!N3', 'Activities!E2'];

  it('gives back the same workbook, at start and when the journal outgrows the snapshot', async () => {
    const file = tempFile();
    const p = await startPreview({ file, dist: DIST, publicDir: PUBLIC, port: 0 });
    const call = async (method: string, route: string, body?: unknown) => {
      const res = await fetch(new URL(route, p.url), {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return res.json() as Promise<Record<string, unknown>>;
    };
    const journalSizes: number[] = [];
    try {
      // Long notes, so the journal passes its 1 MB floor and compacts on the way.
      for (let i = 0; i < 40; i++) {
        const range = PREFS[i % PREFS.length];
        await call('POST', '/api/edit', { range, values: [[`${i} ${'x'.repeat(40_000)}`]] });
        journalSizes.push(fs.statSync(journalFile(file)).size);
      }
      await call('POST', '/api/sheet', { op: 'sort', range: 'Contacts!A2:AA41', by: 2 });
      await call('POST', '/api/clock', { advance: '2d' });
      // The journal grew, then went back to empty at least once: it compacted while running.
      expect(journalSizes.some((s, i) => i > 0 && s < journalSizes[i - 1])).toBe(true);
      const live: unknown = JSON.parse(JSON.stringify(p.session.rt.toJSON()));
      // Snapshot plus journal read back exactly as the running workbook...
      expect(readWorkbookState(file).state).toEqual(live);
      // ...and so does a new snapshot compacted from them, with an empty journal.
      const store = new WorkbookStore(file);
      expect(JSON.parse(JSON.stringify(store.open().toJSON()))).toEqual(live);
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(live);
      expect(fs.statSync(journalFile(file)).size).toBe(0);
    } finally {
      await p.close();
    }
  });
});
