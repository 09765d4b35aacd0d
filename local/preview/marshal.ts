// What crosses google.script.run, emulated for the preview's POST /api/run.
//
// Apps Script's documentation (guides/html/reference/run): parameters may be primitives, plain
// objects and arrays; "Requests fail if you attempt to pass a Date, Function, DOM element besides
// a form"; undefined fields within arrays become null; the server gets a copy. Return values "are
// subject to the same restrictions as parameter types". What a page sees in practice when a
// server function returns a Date anywhere in its value (commonly, a getValues() grid with a date
// cell) is that the call completes and the success handler receives null: the whole value is
// lost, not just the Date. That is what marshalResult emulates, so the preview shows the same
// surprise Google would. Everything else is a JSON copy: undefined object fields and functions
// vanish, undefined array items and non-finite numbers become null.

/** A Date of any realm (a script's vm context has its own Date). */
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function containsDate(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (isDate(value)) return true;
  if (seen.has(value)) return false;
  seen.add(value);
  return Object.values(value as Record<string, unknown>).some((v) => containsDate(v, seen));
}

/** The value a google.script.run success handler receives for a server function's result. */
export function marshalResult(value: unknown): unknown {
  if (containsDate(value)) return null;
  const json = JSON.stringify(value);
  return json === undefined ? null : (JSON.parse(json) as unknown);
}
