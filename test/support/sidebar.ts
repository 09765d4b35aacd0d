// Sidebar calls as the page makes them: a Reply, or its value unwrapped as the page's call() does.
import type { Runtime } from '../../local/runtime/index';
import type { Reply } from '../../src/sidebarApi';

/** Calls a sidebar function; returns its Reply. */
export function call<T>(rt: Runtime, fn: string, ...args: unknown[]): Reply<T> {
  return rt.run<Reply<T>>(fn, args, { kind: 'sidebar' });
}

/**
 * Calls a sidebar function that must succeed and returns its value; a refusal throws its message
 * with its issues attached, as the page's call() does (the import runner relies on that).
 */
export function callOk<T>(rt: Runtime, fn: string, ...args: unknown[]): T {
  const r = call<T>(rt, fn, ...args);
  if (!r.ok) throw Object.assign(new Error(r.message), { issues: r.issues });
  return r.value;
}
