// CacheService: script, user and document caches kept in memory (not saved with the workbook, as a
// cache may be emptied at any time). Entries expire on the runtime's clock: 600 s by default, at
// most 21,600 s (reference/cache/cache). Keys are at most 250 characters and values 100 KB.
import type { Runtime } from '../runtime';
import type { Implements } from './implements';
import { signatureError } from './values';

const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 21_600;
const MAX_KEY = 250;
const MAX_VALUE = 100 * 1024;

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
    const k = this.key('put', key);
    const v = String(value);
    if (v.length > MAX_VALUE) this.rt.fail('Argument too large: value');
    const ttl = Math.min(expirationInSeconds ?? DEFAULT_TTL_S, MAX_TTL_S);
    this.entries.set(k, { value: v, expires: this.rt.now() + ttl * 1000 });
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number) {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
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
