// Starts `local/preview/start.mjs` as its own process (as `npm start` does after the build) on a
// free port with a workbook file in a temp folder: tests never touch .prospek/.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
