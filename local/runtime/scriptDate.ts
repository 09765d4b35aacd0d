// The Date a script sees. In Apps Script a Date's local-time methods, toString() and the local
// forms of `new Date(...)` and Date.parse follow the script's time zone (appsscript.json), not
// the machine's; and `new Date()` reads the runtime's virtual clock. A vm context shares the
// host's time zone, so the realm's Date is patched here: every local-time method works on the
// wall clock of the script's zone, computed by the runtime (timeZone.ts, Intl's real rules).
import vm from 'node:vm';
import { epochOf, offsetMs, utcWallTime } from './timeZone';

const HOUR = 3_600_000;

/** Offset of a zone at an instant, cached per hour when the hour holds no transition. */
function offsetCache(timeZone: string): (epochMs: number) => number {
  const byHour = new Map<number, number>();
  return (t) => {
    const key = Math.floor(t / HOUR);
    const cached = byHour.get(key);
    if (cached !== undefined) return cached;
    const start = offsetMs(key * HOUR, timeZone);
    if (start === offsetMs(key * HOUR + HOUR - 1, timeZone)) byHour.set(key, start);
    return start === offsetMs(t, timeZone) ? start : offsetMs(t, timeZone);
  };
}

/** What the realm's patch needs from the host: the zone's offsets and its wall-clock inverse. */
export interface ZoneFunctions {
  zone: string;
  /** ms east of UTC at an instant. */
  offset(epochMs: number): number;
  /** The instant at which the zone's clock shows this wall time (given as UTC ms). */
  fromWall(wallAsUtcMs: number): number;
  /** 'GMT+0700 (Western Indonesia Time)' of an instant, as V8 prints it. */
  zoneLabel(epochMs: number): string;
}

export function zoneFunctions(timeZone: string): ZoneFunctions {
  const offset = offsetCache(timeZone);
  const names = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' });
  return {
    zone: timeZone,
    offset,
    fromWall: (w) => (Number.isFinite(w) ? epochOf(utcWallTime(w), timeZone) : NaN),
    zoneLabel: (t) => {
      const o = offset(t) / 60_000;
      const abs = Math.abs(o);
      const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
      const name = names.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value;
      return `GMT${o < 0 ? '-' : '+'}${hhmm}${name ? ` (${name})` : ''}`;
    },
  };
}

/**
 * Compiled inside the realm. Patches the realm's own Date (so every Date there, however made,
 * follows the script's zone) and Intl.DateTimeFormat (its default zone is the script's), then
 * replaces the global Date by a subclass whose no-argument form reads the virtual clock.
 */
const SCRIPT_DATE_SOURCE = `(function (nowFn, z) {
  var RealDate = Date, P = RealDate.prototype, U = {};
  ['getTime', 'setTime', 'toISOString', 'getUTCFullYear', 'getUTCMonth', 'getUTCDate', 'getUTCDay',
   'getUTCHours', 'getUTCMinutes', 'getUTCSeconds', 'getUTCMilliseconds', 'setUTCFullYear',
   'setUTCMonth', 'setUTCDate', 'setUTCHours', 'setUTCMinutes', 'setUTCSeconds',
   'setUTCMilliseconds', 'getTimezoneOffset', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']
    .forEach(function (m) { U[m] = P[m]; });
  var realParse = RealDate.parse, realUTC = RealDate.UTC;
  function t(d) { return U.getTime.call(d); }
  // The wall clock of an instant, as a Date whose UTC fields are the script zone's local fields.
  function wall(d) { var ms = t(d); return new RealDate(ms + z.offset(ms)); }
  function define(name, fn) {
    Object.defineProperty(P, name, { value: fn, writable: true, configurable: true });
  }
  function getter(utc) {
    return function () { var ms = t(this); return ms !== ms ? NaN : U[utc].call(wall(this)); };
  }
  function setter(utc) {
    return function () {
      var ms = t(this);
      if (ms !== ms && utc !== 'setUTCFullYear') return NaN;
      var w = ms !== ms ? new RealDate(0) : wall(this);
      U[utc].apply(w, arguments);
      return U.setTime.call(this, z.fromWall(t(w)));
    };
  }
  [['FullYear'], ['Month'], ['Date'], ['Day'], ['Hours'], ['Minutes'], ['Seconds'],
   ['Milliseconds']].forEach(function (n) {
    define('get' + n[0], getter('getUTC' + n[0]));
    if (n[0] !== 'Day') define('set' + n[0], setter('setUTC' + n[0]));
  });
  define('getYear', function () { var y = this.getFullYear(); return y !== y ? NaN : y - 1900; });
  define('getTimezoneOffset', function () {
    var ms = t(this); return ms !== ms ? NaN : -z.offset(ms) / 60000;
  });
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function pad(n, k) { var s = String(Math.abs(n)); while (s.length < k) s = '0' + s; return s; }
  function datePart(w) {
    var y = U.getUTCFullYear.call(w);
    return DAYS[U.getUTCDay.call(w)] + ' ' + MONTHS[U.getUTCMonth.call(w)] + ' ' +
      pad(U.getUTCDate.call(w), 2) + ' ' + (y < 0 ? '-' + pad(y, 6) : pad(y, 4));
  }
  function timePart(d, w) {
    return pad(U.getUTCHours.call(w), 2) + ':' + pad(U.getUTCMinutes.call(w), 2) + ':' +
      pad(U.getUTCSeconds.call(w), 2) + ' ' + z.zoneLabel(t(d));
  }
  function invalid(d) { var ms = t(d); return ms !== ms; }
  define('toString', function () {
    return invalid(this) ? 'Invalid Date' : datePart(wall(this)) + ' ' + timePart(this, wall(this));
  });
  define('toDateString', function () {
    return invalid(this) ? 'Invalid Date' : datePart(wall(this));
  });
  define('toTimeString', function () {
    return invalid(this) ? 'Invalid Date' : timePart(this, wall(this));
  });
  function withZone(options) {
    var o = {};
    if (options) for (var k in options) o[k] = options[k];
    if (o.timeZone === undefined) o.timeZone = z.zone;
    return o;
  }
  ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].forEach(function (m) {
    define(m, function (locales, options) { return U[m].call(this, locales, withZone(options)); });
  });
  var RealDTF = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) { return new RealDTF(locales, withZone(options)); }
  DateTimeFormat.prototype = RealDTF.prototype;
  DateTimeFormat.supportedLocalesOf = RealDTF.supportedLocalesOf;
  Intl.DateTimeFormat = DateTimeFormat;

  // A date-time string without a zone is local time; a date-only ISO string is UTC (ECMA-262).
  var ZONED = /(Z|[+-]\\d\\d:?\\d\\d|\\b(GMT|UTC|UT|[ECMP][SD]T)([+-]\\d{1,4})?)\\s*(\\([^)]*\\))?\\s*$/i;
  var ISO_DATE = /^([+-]\\d{6}|\\d{4})(-\\d\\d(-\\d\\d)?)?$/;
  function parse(text) {
    var s = String(text), host = realParse(s);
    if (host !== host || ZONED.test(s) || ISO_DATE.test(s.trim())) return host;
    // The host read the wall time in its own zone: recover the wall time, then place it here.
    var hostWall = host - U.getTimezoneOffset.call(new RealDate(host)) * 60000;
    return z.fromWall(hostWall);
  }
  function fromFields(args) {
    var f = [];
    for (var i = 0; i < 7; i++) f[i] = i < args.length ? Number(args[i]) : i === 2 ? 1 : 0;
    return z.fromWall(realUTC.apply(null, f));
  }
  class ScriptDate extends RealDate {
    constructor() {
      if (arguments.length === 0) super(nowFn());
      else if (arguments.length === 1) {
        var v = arguments[0];
        super(typeof v === 'string' ? parse(v) : v);
      } else super(fromFields(arguments));
    }
    static now() { return nowFn(); }
    static parse(text) { return parse(text); }
  }
  globalThis.Date = new Proxy(ScriptDate, {
    apply: function () { return new ScriptDate().toString(); },
  });
})`;

/** Installs the script's Date in a realm: its clock and its time zone. */
export function installScriptDate(context: vm.Context, now: () => number, timeZone: string): void {
  const install = vm.runInContext(SCRIPT_DATE_SOURCE, context) as (
    nowFn: () => number,
    zone: ZoneFunctions,
  ) => void;
  install(now, zoneFunctions(timeZone));
}
