// The sheet's duplicate keys kept in the document's cache between an import's chunks, so an import
// reads the Contacts key columns once (its first chunk), not once per chunk. Kept per batch and
// phone country, with the number of data rows they describe: a chunk uses them only while the tab
// still has that many rows (a contact typed or deleted since changes it), and each chunk that
// appends adds its own contacts. A cache may be emptied at any time: then the keys are read again.
// A cache that fails is treated as an empty one: the keys are read from the sheet, never trusted
// half-written, and the import goes on.
//
// A key changed in place (an email edited, a contact cleared and another typed: the same row
// count) is caught by one more item, LIVE, naming the set of keys that is still true to the sheet.
// It is written before the sheet is read, and removed by whatever changes a key column after that
// (keysChanged: the user's edits through onEdit, Prospek's saves and merges), so a chunk trusts
// kept keys only while LIVE still names them; an edit made during the read removes it too.
import { cacheService, type Cache } from '../gas/cache';

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
  /** Read, not kept: LIVE named this set when it was read (loadKeys uses only such a set). */
  live?: boolean;
}

const PREFIX = 'prospek.importKeys.';
/** The batch and stamp of the kept keys nothing has changed since they were read. */
const LIVE = 'prospek.importKeysLive';
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

const liveName = (batchId: string, stamp: string) => `${batchId}.${stamp}`;

function pieceNames(batchId: string, head: Head): string[] {
  return head.parts.flatMap((n, part) =>
    Array.from({ length: n }, (_, k) => pieceName(batchId, head.stamp, part, k)),
  );
}

/** What the cache holds for the batch, if anything, and whether it is still live (one read). */
export function keptHead(cache: Cache, batchId: string): Head | null {
  try {
    const found = cache.getAll([PREFIX + batchId, LIVE]);
    const head = JSON.parse(found[PREFIX + batchId] ?? 'null') as Head | null;
    if (!head || !Array.isArray(head.parts)) return null;
    return { ...head, live: found[LIVE] === liveName(batchId, head.stamp) };
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
  if (!head.live || head.rows !== rows || head.country !== country) return null;
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
 * Called before the keys are read from the sheet: names the set about to be kept as the live one
 * (one cache write), so a key changed after this point, even during the read, unnames it. The
 * set's stamp, for saveKeys; null when the cache failed (then nothing is kept).
 */
export function claimKeys(cache: Cache, batchId: string): string | null {
  const stamp = Math.random().toString(36).slice(2, 8);
  try {
    cache.putAll({ [LIVE]: liveName(batchId, stamp) }, TTL_S);
    return stamp;
  } catch {
    return null;
  }
}

/**
 * Keeps the keys of a sheet of `rows` data rows, read after claimKeys gave `stamp`, in place of
 * those kept `before` (keptHead's; their pieces are removed: left to expire, re-reads would fill
 * the cache's 1,000 items). Null when the cache failed: the next chunk reads the sheet again.
 */
export function saveKeys(
  cache: Cache,
  batchId: string,
  stamp: string,
  country: string,
  rows: number,
  contacts: readonly KeyedContact[],
  before: Head | null,
): Head | null {
  const head: Head = { rows, country, stamp, parts: [] };
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
  // `live` is read each time (keptHead), never kept.
  values[PREFIX + batchId] = JSON.stringify({ ...next, live: undefined });
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
    const live = head?.live ? [LIVE] : [];
    cache.removeAll([PREFIX + batchId, ...live, ...(head ? pieceNames(batchId, head) : [])]);
  } catch {
    // A cache that fails holds nothing usable: loadKeys finds no whole set in it either.
  }
}

/**
 * A key column of Contacts changed outside the import (typed, pasted, saved, merged): the keys an
 * import keeps are no longer trusted, and its next chunk reads the sheet. One cache read, and a
 * removal only while an import's keys are live, so an edit costs one call when none is running.
 */
export function keysChanged(cache: Cache): void {
  try {
    if (!cache.get(LIVE)) return;
  } catch {
    // Unread, so maybe live: removed below all the same.
  }
  try {
    cache.removeAll([LIVE]);
  } catch {
    // A cache failing now may serve the keys to the next chunk: the one case left unseen.
  }
}

/**
 * keysChanged on the document's cache, from onEdit or a write path. Where CacheService is refused
 * or fails, nothing is told: a running import may then trust its kept keys once more (the case
 * keysChanged leaves unseen).
 */
export function tellKeysChanged(): void {
  let cache: Cache | null = null;
  try {
    cache = cacheService.document();
  } catch {
    return;
  }
  if (cache) keysChanged(cache);
}
