// Logger: keeps each execution's lines (Logger.getLog() returns them); prints them as well when
// the GAS_RUNTIME_LOG environment variable is set. logLines(rt) gives tests every line so far.
import { format } from 'node:util';
import type { Runtime } from '../runtime';
import { exposeSelf } from './exposed';
import type { Implements } from './implements';

export interface LogLine {
  execution: number;
  at: number;
  message: string;
}

const lines = new WeakMap<Runtime, LogLine[]>();

/** Every Logger.log line of this runtime, oldest first (kept for the runtime's lifetime). */
export function logLines(rt: Runtime): LogLine[] {
  let l = lines.get(rt);
  if (!l) {
    l = [];
    lines.set(rt, l);
  }
  return l;
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined || typeof v !== 'object') return String(v);
  if (Object.prototype.toString.call(v) === '[object Date]') return String(v);
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

class FakeLogger implements Implements<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  _self: unknown = null;
  constructor(readonly _rt: Runtime) {}

  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    // Logger.log(format, ...values) substitutes %s (and the other util.format directives).
    const message =
      values.length > 0 && typeof data === 'string'
        ? format(data, ...values.map(text))
        : text(data);
    const exec = this._rt.exec();
    logLines(this._rt).push({ execution: exec.id, at: this._rt.now(), message });
    if (process.env.GAS_RUNTIME_LOG) console.log(`[${exec.kind} #${exec.id}] ${message}`);
    return this._self as GoogleAppsScript.Base.Logger;
  }

  getLog(): string {
    const id = this._rt.exec().id;
    return logLines(this._rt)
      .filter((l) => l.execution === id)
      .map((l) => l.message)
      .join('\n');
  }

  clear(): void {
    const id = this._rt.exec().id;
    const all = logLines(this._rt);
    const kept = all.filter((l) => l.execution !== id);
    all.length = 0;
    all.push(...kept);
  }
}

export function createLogger(rt: Runtime): GoogleAppsScript.Base.Logger {
  return exposeSelf(rt, new FakeLogger(rt), 'Logger') as unknown as GoogleAppsScript.Base.Logger;
}
