// A request key for each save, log and merge (see src/domain/contact/requestKey.ts). The same
// request sent again after a failure (the user pressing Save once more) carries the same key, so
// the server finishes the first attempt instead of doing it twice; a changed request, or one
// after a success, gets a new key.
import { newRequestKey } from '../src/domain/contact/requestKey';

const pending = new Map<string, { body: string; key: string }>();

/** The key to send with `request` for the call `fn`. */
export function keyFor(fn: string, request: unknown): string {
  const body = JSON.stringify(request);
  const last = pending.get(fn);
  if (last && last.body === body) return last.key;
  const key = newRequestKey(Math.random);
  pending.set(fn, { body, key });
  return key;
}

/** The call succeeded: its next request is a new one. */
export function settled(fn: string): void {
  pending.delete(fn);
}
