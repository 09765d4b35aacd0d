// The import's key cache: what it keeps comes back the same (names in any script), in pieces
// under CacheService's 100 KB a value, and only while it describes the sheet as it is.
import type { Cache } from '../../../src/gas/cache';
import {
  appendKeys,
  loadKeys,
  saveKeys,
  type KeyedContact,
} from '../../../src/sheets/importKeyCache';

function memoryCache() {
  const items = new Map<string, string>();
  const cache: Cache = {
    get: (k) => items.get(k) ?? (null as unknown as string),
    getAll: (keys) =>
      Object.fromEntries(keys.flatMap((k) => (items.has(k) ? [[k, items.get(k)]] : []))),
    putAll: (values) => {
      for (const [k, v] of Object.entries(values)) {
        expect(Buffer.byteLength(v, 'utf8')).toBeLessThanOrEqual(100 * 1024);
        items.set(k, v);
      }
    },
    remove: (k) => void items.delete(k),
  };
  return { cache, items };
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
    appendKeys(cache, 'B-AAAAAA', head, 3, [contact(2)]);
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 2)).toBeNull();
    expect(loadKeys(cache, 'B-AAAAAA', 'ID', 3)?.contacts).toEqual([0, 1, 2].map(contact));
  });
});
