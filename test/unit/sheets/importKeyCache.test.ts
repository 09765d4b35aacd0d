// The import's key cache: what it keeps comes back the same (names in any script), in pieces
// under CacheService's 100 KB a value, and only while it describes the sheet as it is.
import type { Cache } from '../../../src/gas/cache';
import {
  appendKeys,
  claimKeys,
  dropKeys,
  keptHead,
  keysChanged,
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
  const before = keptHead(cache, batchId);
  const stamp = claimKeys(cache, batchId);
  return stamp ? saveKept(cache, batchId, stamp, country, rows, contacts, before) : null;
}

function memoryCache() {
  const items = new Map<string, string>();
  const failing = new Set<keyof Cache>();
  const fails = (m: keyof Cache) => {
    if (failing.has(m)) throw new Error(`Service error: Cache.${m}`);
  };
  const calls: string[] = [];
  const cache: Cache = {
    get: (k) => (calls.push('get'), fails('get'), items.get(k) ?? (null as unknown as string)),
    getAll: (keys) => (
      calls.push('getAll'),
      fails('getAll'),
      Object.fromEntries(keys.flatMap((k) => (items.has(k) ? [[k, items.get(k)]] : [])))
    ),
    putAll: (values) => {
      calls.push('putAll');
      // Sheets may store some of the values before failing: the first one here.
      const [first] = Object.entries(values);
      if (failing.has('putAll') && first) items.set(first[0], first[1]);
      fails('putAll');
      for (const [k, v] of Object.entries(values)) {
        expect(Buffer.byteLength(v, 'utf8')).toBeLessThanOrEqual(100 * 1024);
        items.set(k, v);
      }
    },
    removeAll: (keys) => (
      calls.push('removeAll'),
      fails('removeAll'),
      keys.forEach((k) => items.delete(k))
    ),
  };
  return { cache, items, failing, calls };
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

  it('gives nothing once a key changed since they were read, until they are read again', () => {
    const { cache } = memoryCache();
    saveKeys(cache, 'B-AAAAAA', 'ID', 2, [contact(0), contact(1)]);
    keysChanged(cache);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
    saveKeys(cache, 'B-AAAAAA', 'ID', 2, [contact(0), contact(2)]);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)?.contacts).toEqual([contact(0), contact(2)]);
  });

  it('gives nothing when a key changed while they were being read', () => {
    const { cache } = memoryCache();
    const stamp = claimKeys(cache, 'B-AAAAAA')!;
    keysChanged(cache); // an edit after the read began: the read may have missed it
    saveKept(cache, 'B-AAAAAA', stamp, 'ID', 2, [contact(0), contact(1)], null);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
  });

  it('gives nothing to a batch whose keys another import read since (one live set)', () => {
    const { cache } = memoryCache();
    saveKeys(cache, 'B-AAAAAA', 'ID', 2, [contact(0), contact(1)]);
    saveKeys(cache, 'B-BBBBBB', 'ID', 2, [contact(0), contact(1)]);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
    expect(loadKeys(cache, 'B-BBBBBB', 'ID', 2)).not.toBeNull();
  });

  it('costs an edit one read when no import keeps keys, and one removal while one does', () => {
    const { cache, calls } = memoryCache();
    keysChanged(cache);
    expect(calls).toEqual(['get']);
    saveKeys(cache, 'B-AAAAAA', 'ID', 2, [contact(0), contact(1)]);
    calls.length = 0;
    keysChanged(cache);
    keysChanged(cache);
    expect(calls).toEqual(['get', 'removeAll', 'get']);
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
    // Whole keys kept, then a read that fails: none of them used, nothing thrown.
    saveKeys(cache, 'B-AAAAAA', 'ID', 2, [contact(0), contact(1)]);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).not.toBeNull();
    failing.add('getAll');
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
  });

  it('unnames the kept keys when an edit cannot read the cache, and never throws', () => {
    const { cache, failing } = memoryCache();
    saveKeys(cache, 'B-AAAAAA', 'ID', 2, [contact(0), contact(1)]);
    failing.add('get');
    expect(() => keysChanged(cache)).not.toThrow();
    failing.delete('get');
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
    failing.add('get');
    failing.add('removeAll');
    expect(() => keysChanged(cache)).not.toThrow();
  });
});
