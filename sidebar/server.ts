// The one way the sidebar talks to the server: a typed, promise-returning wrapper around
// google.script.run. Field problems (Reply.ok === false) and failures (exceptions, outages,
// a closed connection) both reject with a ServerProblem, so every caller handles one thing.
import type { FieldIssue } from '../src/domain/errors';
import type { Reply, ReplyValue, SidebarApi } from '../src/sidebarApi';
import { text } from './text';

export class ServerProblem extends Error {
  constructor(
    message: string,
    /** The fields at fault, empty when the failure is not about a field. */
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: unknown) => void): Runner;
  [fn: string]: unknown;
}

function runner(): Runner | null {
  const g = (window as unknown as { google?: { script?: { run?: Runner } } }).google;
  return g?.script?.run ?? null;
}

export function call<K extends keyof SidebarApi & string>(
  fn: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReplyValue<ReturnType<SidebarApi[K]>>> {
  return new Promise((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new ServerProblem(text.server.outsideSheets));
      return;
    }
    const target = run
      .withSuccessHandler((reply) => {
        const r = reply as Reply<unknown> | null;
        if (r && r.ok === true) resolve(r.value as ReplyValue<ReturnType<SidebarApi[K]>>);
        else if (r && r.ok === false) reject(new ServerProblem(r.message, r.issues));
        else reject(new ServerProblem(text.server.unreadable));
      })
      .withFailureHandler((e) => {
        reject(new ServerProblem(errorText(e) || text.server.noAnswer));
      });
    const f = target[fn];
    if (typeof f !== 'function') {
      reject(new ServerProblem(text.server.noFunction(fn)));
      return;
    }
    (f as (...a: unknown[]) => void).apply(target, args);
  });
}

/** What an error says, for the page: its message, or the value thrown as text. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
