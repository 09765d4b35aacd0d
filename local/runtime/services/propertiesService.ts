// PropertiesService: script, user and document stores kept in rt.state.properties (JSON).
//
// - Values are stored as strings ("Data types that are not already strings are automatically
//   converted to strings", guides/properties). getProperty of a missing key is null;
//   getProperties returns a copy, "not a live view".
// - Limits (guides/services/quotas): 9 KB per value, 500 KB per property store. Measured in
//   UTF-8 bytes, keys included (tanaikech's 2023 report on the Properties service found that keys
//   count toward the store size). Real Apps Script has been measured to accept single values far
//   above 9 KB; this runtime enforces the documented 9 KB anyway, so code that passes here stays
//   within what Google promises.
// - Over a limit, Apps Script throws "You have exceeded the property storage quota. Please remove
//   some properties and try again." (quoted verbatim in many public projects and their logs).
//   The write is not applied.
// - getDocumentProperties() is null when there is no document (an installed add-on's time-driven
//   trigger, a standalone script).
import type { Runtime } from '../runtime';
import { exposeSelf } from './exposed';
import type { Implements } from './implements';
import { signatureError } from './values';

export const PROPERTY_QUOTA_EXCEEDED =
  'You have exceeded the property storage quota. Please remove some properties and try again.';
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

type Store = Record<string, string>;

function storeBytes(store: Store): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += Buffer.byteLength(k) + Buffer.byteLength(v);
  return n;
}

type PropertiesMethods =
  | 'getProperty'
  | 'setProperty'
  | 'setProperties'
  | 'getProperties'
  | 'getKeys'
  | 'deleteProperty'
  | 'deleteAllProperties';

class FakeProperties implements Implements<
  GoogleAppsScript.Properties.Properties,
  PropertiesMethods
> {
  _self: unknown = null;
  constructor(
    readonly _rt: Runtime,
    /** Reads the store afresh each call: the state object may be replaced (Runtime.fromJSON). */
    readonly _store: () => Store,
    readonly _replace: (next: Store) => void,
  ) {}

  private _commit(next: Store, changed: string[]): GoogleAppsScript.Properties.Properties {
    for (const k of changed) {
      if (k in next && Buffer.byteLength(next[k]) > MAX_VALUE_BYTES)
        this._rt.fail(PROPERTY_QUOTA_EXCEEDED);
    }
    if (storeBytes(next) > MAX_STORE_BYTES) this._rt.fail(PROPERTY_QUOTA_EXCEEDED);
    this._replace(next);
    return this._self as GoogleAppsScript.Properties.Properties;
  }

  getProperty(key: string): string | null {
    if (key === undefined) this._rt.fail(signatureError('Properties.getProperty', []));
    const store = this._store();
    const k = String(key);
    return Object.prototype.hasOwnProperty.call(store, k) ? store[k] : null;
  }

  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    if (key === undefined || value === undefined) {
      this._rt.fail(
        signatureError(
          'Properties.setProperty',
          [key, value].filter((v) => v !== undefined),
        ),
      );
    }
    const k = String(key);
    return this._commit({ ...this._store(), [k]: String(value) }, [k]);
  }

  setProperties(
    properties: { [key: string]: string },
    deleteAllOthers?: boolean,
  ): GoogleAppsScript.Properties.Properties {
    if (typeof properties !== 'object' || properties === null) {
      this._rt.fail(signatureError('Properties.setProperties', [properties]));
    }
    const next: Store = deleteAllOthers ? {} : { ...this._store() };
    const changed: string[] = [];
    for (const [k, v] of Object.entries(properties)) {
      next[k] = String(v);
      changed.push(k);
    }
    return this._commit(next, changed);
  }

  getProperties(): { [key: string]: string } {
    return { ...this._store() };
  }

  getKeys(): string[] {
    return Object.keys(this._store());
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    const next = { ...this._store() };
    delete next[String(key)];
    this._replace(next);
    return this._self as GoogleAppsScript.Properties.Properties;
  }

  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this._replace({});
    return this._self as GoogleAppsScript.Properties.Properties;
  }
}

type ServiceMethods = 'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties';

class FakePropertiesService implements Implements<
  GoogleAppsScript.Properties.PropertiesService,
  ServiceMethods
> {
  constructor(readonly _rt: Runtime) {}

  private _props(
    get: () => Store,
    set: (s: Store) => void,
  ): GoogleAppsScript.Properties.Properties {
    return exposeSelf(
      this._rt,
      new FakeProperties(this._rt, get, set),
      'Properties',
    ) as unknown as GoogleAppsScript.Properties.Properties;
  }

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    const rt = this._rt;
    return this._props(
      () => rt.state.properties.script,
      (s) => (rt.state.properties.script = s),
    );
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    const rt = this._rt;
    const user = rt.exec().user;
    return this._props(
      () => rt.state.properties.user[user] ?? {},
      (s) => (rt.state.properties.user[user] = s),
    );
  }

  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    const rt = this._rt;
    const doc = rt.activeDocumentId();
    if (doc === null) return null as unknown as GoogleAppsScript.Properties.Properties;
    return this._props(
      () => rt.state.properties.document[doc] ?? {},
      (s) => (rt.state.properties.document[doc] = s),
    );
  }
}

export function createPropertiesService(
  rt: Runtime,
): GoogleAppsScript.Properties.PropertiesService {
  return rt.expose(
    new FakePropertiesService(rt),
    'PropertiesService',
  ) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
