// The sheet's duplicate keys kept in the document's cache between an import's chunks, so an import
// reads the Contacts key columns once (its first chunk), not once per chunk. Kept per batch and
// phone country, with the number of data rows they describe: a chunk uses them only while the tab
// still has that many rows (a contact typed or deleted since changes it), and each chunk that
// appends adds its own contacts. A cache may be emptied at any time: then the keys are read again.
// A cache that fails is treated as an empty one: the keys are read from the sheet, never trusted
// half-written, and the import goes on.
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

function pieceNames(batchId: string, head: Head): string[] {
  return head.parts.flatMap((n, part) =>
    Array.from({ length: n }, (_, k) => pieceName(batchId, head.stamp, part, k)),
  );
}

/** What the cache holds for the batch, if anything (one cache read). */
export function keptHead(cache: Cache, batchId: string): Head | null {
  try {
    const head = JSON.parse(cache.get(PREFIX + batchId) ?? 'null') as Head | null;
    return head && Array.isArray(head.parts) ? head : null;
  } catch {
    return null;
  }
}

/**
 * The cached keys of the batch (`head`: keptHead's), when they describe `rows` data rows read
 * for `country`, with what the cache holds of them (for appendKeys).
 */
export function loadKeys(
  cache: Cache,
  batchId: string,
  head: Head,
  country: string,
  rows: number,
): { contacts: KeyedContact[]; head: Head } | null {
  if (head.rows !== rows || head.country !== country) return null;
  const names = pieceNames(batchId, head);
  const out: KeyedContact[] = [];
  let at = 0;
  try {
    const found = cache.getAll(names);
    if (names.some((n) => typeof found[n] !== 'string')) return null;
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

/**
 * Keeps the keys of a sheet of `rows` data rows, read now, in place of those kept `before`
 * (keptHead's; their pieces are removed: left to expire, re-reads would fill the cache's 1,000
 * items). Null when the cache failed: the next chunk reads the sheet again.
 */
export function saveKeys(
  cache: Cache,
  batchId: string,
  country: string,
  rows: number,
  contacts: readonly KeyedContact[],
  before: Head | null,
): Head | null {
  const head: Head = { rows, country, stamp: Math.random().toString(36).slice(2, 8), parts: [] };
  try {
    if (before) cache.removeAll(pieceNames(batchId, before));
    return put(cache, batchId, head, contacts);
  } catch {
    dropKeys(cache, batchId);
    return null;
  }
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
  try {
    put(cache, batchId, { ...head, rows: rowsAfter }, contacts);
  } catch {
    // Maybe written in part: forgotten, so the next chunk reads the sheet.
    dropKeys(cache, batchId);
  }
}

/** Forgets the batch's keys (a chunk found them stale), their pieces with them. */
export function dropKeys(cache: Cache, batchId: string): void {
  try {
    const head = keptHead(cache, batchId);
    cache.removeAll([PREFIX + batchId, ...(head ? pieceNames(batchId, head) : [])]);
  } catch {
    // A cache that fails holds nothing usable: loadKeys finds no whole set in it either.
  }
}
