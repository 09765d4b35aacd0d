// CacheService: the document's cache (shared by the document's users), where an import keeps the
// sheet's duplicate keys between its chunks, and the capacity check how full the sheet was. Only
// the calls Prospek makes. A cache may be emptied at any time, so whatever is kept there can
// always be rebuilt from the sheet.
export type Cache = Pick<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'putAll' | 'removeAll'>;

export interface CacheSeam {
  /** Null where there is no document (an add-on's trigger) or no CacheService (a unit test). */
  document(): Cache | null;
}

export const cacheService: CacheSeam = {
  document: () =>
    typeof CacheService === 'undefined' ? null : (CacheService.getDocumentCache() ?? null),
};
