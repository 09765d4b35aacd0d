// Values handed to a loaded script must belong to the script's own realm (its vm context): a Date
// made out here is not `instanceof Date` in there, nor is an Array `instanceof Array`.
import vm from 'node:vm';
import { installScriptDate } from './scriptDate';

export interface Realm {
  context: vm.Context;
  /** Deep-copies arrays, plain objects and Dates into the script's realm; other objects pass as they are. */
  import<T>(value: T): T;
  /** An Error of the script's realm, shaped like the exceptions Apps Script services throw. */
  error(message: string): Error;
  date(epochMs: number): Date;
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null; // Object.prototype of any realm
}

/** Compiled inside the realm, so the arrays, objects and Dates it builds are the realm's own. */
const MARSHAL_SOURCE = `(function () {
  var toString = Object.prototype.toString;
  function copy(v) {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      var n = v.length, out = new Array(n);
      for (var i = 0; i < n; i++) out[i] = copy(v[i]);
      return out;
    }
    if (toString.call(v) === '[object Date]') return new Date(v.getTime());
    var proto = Object.getPrototypeOf(v);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return v;
    var o = {};
    for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k)) o[k] = copy(v[k]);
    return o;
  }
  function makeError(message) {
    var e = new Error(message);
    e.name = 'Exception';
    return e;
  }
  return { copy: copy, makeError: makeError, makeDate: function (ms) { return new Date(ms); } };
})()`;

/**
 * A script's realm: its Date reads the runtime's virtual clock (a simulated day is a real day to
 * the script) and keeps local time in the script's time zone (scriptDate.ts).
 */
export function createRealm(
  context: vm.Context,
  now: () => number = Date.now,
  timeZone = 'Etc/UTC',
): Realm {
  installScriptDate(context, now, timeZone);
  const helpers = vm.runInContext(MARSHAL_SOURCE, context) as {
    copy<T>(v: T): T;
    makeError(message: string): Error;
    makeDate(ms: number): Date;
  };
  return {
    context,
    import: (value) => helpers.copy(value),
    error: (message) => helpers.makeError(message),
    date: (ms) => helpers.makeDate(ms),
  };
}

/** Copies a value out of a script realm into plain Node values (the other direction). */
export function exportValue<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(exportValue) as T;
  if (isDate(value)) return new Date(value.getTime()) as T;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = exportValue(v);
  return out as T;
}
