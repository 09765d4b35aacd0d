// Utilities: formatDate (Java SimpleDateFormat, see simpleDateFormat.ts), parseCsv, formatString,
// getUuid, sleep (moves the virtual clock), base64 and digests (Java's signed bytes).
//
// Messages, word for word:
// - "The parameters (String,String,String) don't match the method signature for
//   Utilities.formatDate." — a first argument that is not a Date (quoted in many public
//   projects' error notes).
// - "Could not decode string." — base64Decode of malformed input (noted in public projects:
//   "Apps Script's decoder is strict about length").
// Utilities.sleep: "The maximum allowed value is 300000 (or 5 minutes)" (reference).
import { createHash, randomUUID } from 'node:crypto';
import type { Runtime } from '../runtime';
import { Charset, DigestAlgorithm, EnumValue } from './enums';
import type { Implements } from './implements';
import { formatJavaDate, PatternError } from './simpleDateFormat';
import { isDateValue, signatureError } from './values';

export const DECODE_FAILED = 'Could not decode string.';
export const MAX_SLEEP_MS = 300_000;

/** RFC 4180 CSV: quoted fields may hold the delimiter, newlines and doubled quotes. */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < csv.length) {
    const c = csv[i];
    if (quoted) {
      if (c === '"') {
        if (csv[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === delimiter) {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && csv[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  // A final line break ends the last record; it does not start an empty one.
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}

/** sprintf-style formatting: %s %d %i %f %e %x %X %o %c %b %%, with flags, width and precision. */
export function formatString(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(
    /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeExXocb%])/g,
    (_m, flags: string, w, p, conv) => {
      if (conv === '%') return '%';
      const arg = args[next++];
      const precision = p === undefined ? undefined : Number(p);
      let s: string;
      switch (conv) {
        case 's':
          s = String(arg);
          if (precision !== undefined) s = s.slice(0, precision);
          break;
        case 'd':
        case 'i':
          s = String(Math.trunc(Number(arg)));
          break;
        case 'f':
          s = Number(arg).toFixed(precision ?? 6);
          break;
        case 'e':
        case 'E':
          s = Number(arg).toExponential(precision ?? 6);
          if (conv === 'E') s = s.toUpperCase();
          break;
        case 'x':
        case 'X':
          s = (Math.trunc(Number(arg)) >>> 0).toString(16);
          if (conv === 'X') s = s.toUpperCase();
          break;
        case 'o':
          s = (Math.trunc(Number(arg)) >>> 0).toString(8);
          break;
        case 'c':
          s = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0);
          break;
        default:
          s = String(Boolean(arg));
      }
      if ('dfieE'.includes(conv) && Number(arg) >= 0) {
        if (flags.includes('+')) s = `+${s}`;
        else if (flags.includes(' ')) s = ` ${s}`;
      }
      const width = w === undefined ? 0 : Number(w);
      if (s.length < width) {
        if (flags.includes('-')) s = s.padEnd(width);
        else if (flags.includes('0') && 'dfieExXo'.includes(conv)) {
          const sign = /^[+\- ]/.test(s) ? s[0] : '';
          s = sign + s.slice(sign.length).padStart(width - sign.length, '0');
        } else s = s.padStart(width);
      }
      return s;
    },
  );
}

/** Java bytes are signed: -128..127. */
function toSignedBytes(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

function fromBytesOrString(rt: Runtime, method: string, data: unknown, charset: unknown): Buffer {
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  if (typeof data !== 'string') rt.fail(signatureError(method, [data]));
  const ascii = charset instanceof EnumValue && charset._name === 'US_ASCII';
  return Buffer.from(data, ascii ? 'latin1' : 'utf8');
}

function decodeBase64(rt: Runtime, encoded: unknown, webSafe: boolean): number[] {
  if (typeof encoded !== 'string') rt.fail(signatureError('Utilities.base64Decode', [encoded]));
  const alphabet = webSafe ? /^[A-Za-z0-9\-_]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  const s = encoded.replace(/\s+/g, '');
  if (!alphabet.test(s) || s.length % 4 !== 0) rt.fail(DECODE_FAILED);
  return toSignedBytes(Buffer.from(s, webSafe ? 'base64url' : 'base64'));
}

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

type UtilitiesMethods =
  | 'formatDate'
  | 'formatString'
  | 'getUuid'
  | 'parseCsv'
  | 'sleep'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'computeDigest';

class FakeUtilities implements Implements<GoogleAppsScript.Utilities.Utilities, UtilitiesMethods> {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  constructor(readonly _rt: Runtime) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    const d = date as unknown;
    if (!isDateValue(d) || typeof timeZone !== 'string' || typeof format !== 'string') {
      this._rt.fail(signatureError('Utilities.formatDate', [date, timeZone, format]));
    }
    if (Number.isNaN(d.getTime())) this._rt.fail('Invalid argument: date');
    try {
      return formatJavaDate(d.getTime(), timeZone, format);
    } catch (err) {
      if (err instanceof PatternError) this._rt.fail(err.message);
      throw err;
    }
  }

  formatString(template: string, ...args: unknown[]): string {
    if (typeof template !== 'string')
      this._rt.fail(signatureError('Utilities.formatString', [template, ...args]));
    return formatString(template, args);
  }

  getUuid(): string {
    return randomUUID();
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    if (
      typeof csv !== 'string' ||
      (delimiter !== undefined && (typeof delimiter !== 'string' || delimiter.length !== 1))
    ) {
      this._rt.fail(
        signatureError('Utilities.parseCsv', delimiter === undefined ? [csv] : [csv, delimiter]),
      );
    }
    return parseCsv(csv, delimiter ?? ',');
  }

  /** Sleeping moves the virtual clock; no real time passes. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number')
      this._rt.fail(signatureError('Utilities.sleep', [milliseconds]));
    if (milliseconds > MAX_SLEEP_MS) {
      // Local wording: the documented maximum, without a confirmed message.
      this._rt.fail(`Invalid argument: milliseconds (at most ${MAX_SLEEP_MS})`);
    }
    if (milliseconds > 0) this._rt.setNow(this._rt.now() + Math.floor(milliseconds));
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return fromBytesOrString(this._rt, 'Utilities.base64Encode', data, charset).toString('base64');
  }

  base64EncodeWebSafe(
    data: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): string {
    // Java's URL-safe encoder keeps the '=' padding.
    return fromBytesOrString(this._rt, 'Utilities.base64EncodeWebSafe', data, charset)
      .toString('base64')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return decodeBase64(this._rt, encoded, false);
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return decodeBase64(this._rt, encoded, true);
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const alg = algorithm as unknown;
    const name =
      alg instanceof EnumValue && alg._enum === 'DigestAlgorithm' ? DIGESTS[alg._name] : undefined;
    if (!name) {
      if (alg instanceof EnumValue && alg._name === 'MD2')
        this._rt.fail('MD2 is not supported by the local runtime');
      this._rt.fail(signatureError('Utilities.computeDigest', [algorithm, value]));
    }
    const bytes = fromBytesOrString(this._rt, 'Utilities.computeDigest', value, charset);
    return toSignedBytes(createHash(name).update(bytes).digest());
  }
}

export function createUtilities(rt: Runtime): GoogleAppsScript.Utilities.Utilities {
  return rt.expose(
    new FakeUtilities(rt),
    'Utilities',
  ) as unknown as GoogleAppsScript.Utilities.Utilities;
}
