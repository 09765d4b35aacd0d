// The import's key cache: what it keeps comes back the same (names in any script), in pieces
// under CacheService's 100 KB a value, and only while it describes the sheet as it is.
import type { Cache } from '../../../src/gas/cache';
import {
  appendKeys,
  dropKeys,
  keptHead,
  loadKeys as loadKept,
  saveKeys as saveKept,
  type KeyedContact,
} from '../../../src/sheets/importKeyCache';

/** As the import asks: what the cache holds for the batch, then its keys if they still fit. */
function loadKeys(cache: Cache, batchId: string, country: string, rows: number) {
  const head = keptHead(cache, batchId);
  return head && loadKept(cache, batchId, head, country, rows);
}

/** As the import keeps keys it read: in place of what the cache held for the batch. */
function saveKeys(
  cache: Cache,
  batchId: string,
  country: string,
  rows: number,
  contacts: readonly KeyedContact[],
) {
  return saveKept(cache, batchId, country, rows, contacts, keptHead(cache, batchId));
}

function memoryCache() {
  const items = new Map<string, string>();
  const failing = new Set<keyof Cache>();
  const fails = (m: keyof Cache) => {
    if (failing.has(m)) throw new Error(`Service error: Cache.${m}`);
  };
  const cache: Cache = {
    get: (k) => (fails('get'), items.get(k) ?? (null as unknown as string)),
    getAll: (keys) => (
      fails('getAll'),
      Object.fromEntries(keys.flatMap((k) => (items.has(k) ? [[k, items.get(k)]] : [])))
    ),
    putAll: (values) => {
      // Sheets may store some of the values before failing: the first one here.
      const [first] = Object.entries(values);
      if (failing.has('putAll') && first) items.set(first[0], first[1]);
      fails('putAll');
      for (const [k, v] of Object.entries(values)) {
        expect(Buffer.byteLength(v, 'utf8')).toBeLessThanOrEqual(100 * 1024);
        items.set(k, v);
      }
    },
    removeAll: (keys) => (fails('removeAll'), keys.forEach((k) => items.delete(k))),
  };
  return { cache, items, failing };
}

const contact = (i: number): KeyedContact => ({
  id: `C-${String(i).padStart(6, '0')}`,
  name: i % 2 === 0 ? `Siti Rahayu ${i}` : `Ñandú 李小龍 ${i} 😀`,
  email: `p${i}@example.com`,
  importBatch: '',
  index: i,
  keys: [`email:p${i}@example.com`, `nameCompany:siti rahayu ${i}|`],
});

describe('the import key cache', () => {
  it('gives back what it kept, split into pieces of at most 100 KB', () => {
    const { cache, items } = memoryCache();
    const contacts = Array.from({ length: 3000 }, (_, i) => contact(i));
    saveKeys(cache, 'B-AAAAAA', 'ID', 3000, contacts);
    expect(items.size).toBeGreaterThan(3);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 3000)?.contacts).toEqual(contacts);
  });

  it('gives nothing for another row count, country or batch, or when a piece is gone', () => {
    const { cache, items } = memoryCache();
    saveKeys(cache, 'B-AAAAAA', 'ID', 10, [contact(1)]);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 11)).toBeNull();
    expect(loadKeys(cache, 'B-AAAAAA', 'MY', 10)).toBeNull();
    expect(loadKeys(cache, 'B-BBBBBB', 'ID', 10)).toBeNull();
    for (const k of [...items.keys()]) if (k.endsWith('.0.0')) items.delete(k);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 10)).toBeNull();
  });

  it('adds a chunk’s contacts to what it kept, for the rows the sheet has after it', () => {
    const { cache } = memoryCache();
    const head = saveKeys(cache, 'B-AAAAAA', 'ID', 2, [contact(0), contact(1)]);
    appendKeys(cache, 'B-AAAAAA', head!, 3, [contact(2)]);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 3)?.contacts).toEqual([0, 1, 2].map(contact));
  });

  it('keeps one set of pieces per batch: a re-read or a drop removes the old ones', () => {
    const { cache, items } = memoryCache();
    const contacts = Array.from({ length: 3000 }, (_, i) => contact(i));
    saveKeys(cache, 'B-AAAAAA', 'ID', 3000, contacts);
    const once = items.size;
    for (let i = 0; i < 5; i++) saveKeys(cache, 'B-AAAAAA', 'ID', 3000 + i, contacts);
    expect(items.size).toBe(once);
    dropKeys(cache, 'B-AAAAAA');
    expect(items.size).toBe(0);
  });

  it('treats a failing cache as an empty one: nothing thrown, nothing half-kept used', () => {
    const { cache, failing } = memoryCache();
    failing.add('putAll');
    expect(saveKeys(cache, 'B-AAAAAA', 'ID', 2, [contact(0), contact(1)])).toBeNull();
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
    failing.delete('putAll');
    const head = saveKeys(cache, 'B-AAAAAA', 'ID', 2, [contact(0), contact(1)])!;
    failing.add('putAll');
    appendKeys(cache, 'B-AAAAAA', head, 3, [contact(2)]);
    failing.delete('putAll');
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 3)).toBeNull();
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
    failing.add('getAll');
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
  });
});
