// CacheService: script, user and document caches kept in memory (not saved with the workbook, as a
// cache may be emptied at any time). Entries expire on the runtime's clock: 600 s by default, at
// most 21,600 s (reference/cache/cache). Keys are at most 250 characters and values 100 KB (of
// UTF-8). A cache holds at most 1,000 items: past that it keeps the 900 farthest from expiration.
import type { Runtime } from '../runtime';
import type { Implements } from './implements';
import { signatureError } from './values';

const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21_600;
const MAX_KEY = 250;
const MAX_VALUE = 100 * 1024;
/** The item cap, and what a cache keeps when a write passes it (reference/cache/cache). */
const MAX_ITEMS = 1000;
const KEPT_ITEMS = 900;

interface Entry {
  value: string;
  expires: number;
}

/** Every cache of a runtime, by scope ('script', 'user:<email>', 'document:<id>'). */
const stores = new WeakMap<Runtime, Map<string, Map<string, Entry>>>();

function store(rt: Runtime, scope: string): Map<string, Entry> {
  let all = stores.get(rt);
  if (!all) stores.set(rt, (all = new Map()));
  let s = all.get(scope);
  if (!s) all.set(scope, (s = new Map()));
  return s;
}

type CacheMethods = 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll';

class FakeCache implements Implements<GoogleAppsScript.Cache.Cache, CacheMethods> {
  constructor(
    private readonly rt: Runtime,
    private readonly scope: string,
  ) {}
  private get entries() {
    return store(this.rt, this.scope);
  }
  private key(method: string, key: unknown): string {
    if (typeof key !== 'string') this.rt.fail(signatureError(`Cache.${method}`, [key]));
    // (Wordings of the size refusals are unconfirmed.)
    if (key.length > MAX_KEY) this.rt.fail('Argument too large: key');
    return key;
  }
  get(key: string) {
    const k = this.key('get', key);
    const e = this.entries.get(k);
    if (!e || e.expires <= this.rt.now()) {
      this.entries.delete(k);
      return null as unknown as string;
    }
    return e.value;
  }
  getAll(keys: string[]) {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number) {
    this.set('put', key, value, expirationInSeconds);
    this.trim();
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number) {
    for (const [k, v] of Object.entries(values)) this.set('putAll', k, v, expirationInSeconds);
    this.trim();
  }
  private set(method: string, key: string, value: string, expirationInSeconds?: number) {
    const k = this.key(method, key);
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > MAX_VALUE) this.rt.fail('Argument too large: value');
    const ttl = Math.min(expirationInSeconds ?? DEFAULT_TTL_S, MAX_TTL_S);
    this.entries.set(k, { value: v, expires: this.rt.now() + ttl * 1000 });
  }
  /** Past the item cap: expired items go, then all but the 900 farthest from expiration. */
  private trim() {
    const entries = this.entries;
    if (entries.size <= MAX_ITEMS) return;
    const now = this.rt.now();
    for (const [k, e] of entries) if (e.expires <= now) entries.delete(k);
    if (entries.size <= MAX_ITEMS) return;
    const byExpiry = [...entries].sort((a, b) => b[1].expires - a[1].expires);
    for (const [k] of byExpiry.slice(KEPT_ITEMS)) entries.delete(k);
  }
  remove(key: string) {
    this.entries.delete(this.key('remove', key));
  }
  removeAll(keys: string[]) {
    for (const k of keys) this.remove(k);
  }
}

class FakeCacheService implements Implements<
  GoogleAppsScript.Cache.CacheService,
  'getScriptCache' | 'getUserCache' | 'getDocumentCache'
> {
  constructor(private readonly rt: Runtime) {}
  private cache(scope: string) {
    return this.rt.expose(new FakeCache(this.rt, scope), 'Cache');
  }
  getScriptCache() {
    return this.cache('script');
  }
  getUserCache() {
    return this.cache(`user:${this.rt.exec().user}`);
  }
  /** Null when the script runs without a document (an add-on's time-driven trigger). */
  getDocumentCache() {
    const id = this.rt.activeDocumentId();
    return id ? this.cache(`document:${id}`) : (null as unknown as GoogleAppsScript.Cache.Cache);
  }
}

export function createCacheService(rt: Runtime): object {
  return rt.expose(new FakeCacheService(rt), 'CacheService');
}
