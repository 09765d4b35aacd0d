// The sheet's duplicate keys kept in the document's cache between an import's chunks, so an import
// reads the Contacts key columns once (its first chunk), not once per chunk. Kept per batch and
// phone country, with the number of data rows they describe: a chunk uses them only while the tab
// still has that many rows (a contact typed or deleted since changes it), and each chunk that
// appends adds its own contacts. A cache may be emptied at any time: then the keys are read again.
import type { Cache } from '../gas/cache';

/** A contact as an import's duplicate check needs it, with its keys (dedupe.duplicateKeys). */
export interface KeyedContact {
  id: string;
  name: string;
  email: string;
  importBatch: string;
  /** Data-row index (sheet row - 2). */
  index: number;
  keys: string[];
}

/** What the cache holds for a batch: the rows described, and the pieces of each saved part. */
export interface Head {
  rows: number;
  country: string;
  stamp: string;
  parts: number[];
}

const PREFIX = 'prospek.importKeys.';
/** Characters a cached value holds: ASCII only (see ascii), so at most 100 KB, the limit. */
const PIECE = 100_000;
/** An import's chunks follow each other within minutes; an hour spans a pause between them. */
const TTL_S = 3600;

type Row = [string, string, string, string, number, ...string[]];

/** JSON with every non-ASCII character escaped: one byte a character, whatever the names. */
function ascii(json: string): string {
  return json.replace(
    /[\u007f-\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

function pieceName(batchId: string, stamp: string, part: number, piece: number): string {
  return `${PREFIX}${batchId}.${stamp}.${part}.${piece}`;
}

function readHead(cache: Cache, batchId: string): Head | null {
  try {
    const head = JSON.parse(cache.get(PREFIX + batchId) ?? 'null') as Head | null;
    return head && Array.isArray(head.parts) ? head : null;
  } catch {
    return null;
  }
}

/**
 * The cached keys of the batch, when they describe `rows` data rows read for `country`, with
 * what the cache holds of them (for appendKeys).
 */
export function loadKeys(
  cache: Cache,
  batchId: string,
  country: string,
  rows: number,
): { contacts: KeyedContact[]; head: Head } | null {
  const head = readHead(cache, batchId);
  if (!head || head.rows !== rows || head.country !== country) return null;
  const names = head.parts.flatMap((n, part) =>
    Array.from({ length: n }, (_, k) => pieceName(batchId, head.stamp, part, k)),
  );
  const found = cache.getAll(names);
  if (names.some((n) => typeof found[n] !== 'string')) return null;
  const out: KeyedContact[] = [];
  let at = 0;
  try {
    for (const n of head.parts) {
      const text = names.slice(at, (at += n)).map((name) => found[name]);
      for (const [id, name, email, importBatch, index, ...keys] of JSON.parse(
        text.join(''),
      ) as Row[])
        out.push({ id, name, email, importBatch, index, keys });
    }
  } catch {
    return null;
  }
  return { contacts: out, head };
}

function pieces(contacts: readonly KeyedContact[]): string[] {
  const rows: Row[] = contacts.map((c) => [
    c.id,
    c.name,
    c.email,
    c.importBatch,
    c.index,
    ...c.keys,
  ]);
  const text = ascii(JSON.stringify(rows));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += PIECE) out.push(text.slice(i, i + PIECE));
  return out.length > 0 ? out : ['[]'];
}

/** Keeps the keys of a sheet of `rows` data rows, read now, in place of any kept before. */
export function saveKeys(
  cache: Cache,
  batchId: string,
  country: string,
  rows: number,
  contacts: readonly KeyedContact[],
): Head {
  const head: Head = { rows, country, stamp: Math.random().toString(36).slice(2, 8), parts: [] };
  return put(cache, batchId, head, contacts);
}

/** Writes the contacts as the next part of `head`, and the head naming it: one call. */
function put(cache: Cache, batchId: string, head: Head, contacts: readonly KeyedContact[]): Head {
  const part = head.parts.length;
  const values: Record<string, string> = {};
  const added = pieces(contacts);
  added.forEach((p, k) => (values[pieceName(batchId, head.stamp, part, k)] = p));
  const next: Head = { ...head, parts: [...head.parts, added.length] };
  values[PREFIX + batchId] = JSON.stringify(next);
  cache.putAll(values, TTL_S);
  return next;
}

/**
 * Adds the contacts a chunk appended to the keys `head` describes (read at the chunk's start,
 * under the document lock); the sheet now has `rowsAfter` data rows.
 */
export function appendKeys(
  cache: Cache,
  batchId: string,
  head: Head,
  rowsAfter: number,
  contacts: readonly KeyedContact[],
): void {
  put(cache, batchId, { ...head, rows: rowsAfter }, contacts);
}

/** Forgets the batch's keys (a chunk found them stale). */
export function dropKeys(cache: Cache, batchId: string): void {
  cache.remove(PREFIX + batchId);
}
