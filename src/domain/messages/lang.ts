// The languages Prospek speaks, and the count and list helpers every catalog shares. Each
// surface has one catalog module (server, form, importTab, imports, sidebar) with one function,
// `<surface>Text(lang)`, returning an object of strings and functions: one object per language
// (English, Bahasa Indonesia), typed alike so the type checker lists what one of them lacks.
// Catalog objects are built with Object.assign marked pure: a bundle that imports a catalog's
// module without calling it leaves the catalog out (the sidebar's budget is 60 KB), and a page built
// for one language (PROSPEK_ONLY_LANG) carries that language's catalogs only.
export type Lang = 'en' | 'id';
export const LANGS: readonly Lang[] = ['en', 'id'];
/** Each language by its own name, the same in every catalog (a user looks for their own). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', id: 'Bahasa Indonesia' };
export const DEFAULT_LANG: Lang = 'en';

let active: Lang | (() => Lang) = DEFAULT_LANG;

/**
 * The language of this execution, set once where it starts (the user's, or the recipient's for a
 * digest), so code deep in the domain speaks it without threading it through every call. An Apps
 * Script execution, like the sidebar's page, runs for one user. Given as a function, it is found
 * when first needed: an action that says nothing (most saves) never looks it up.
 */
export function setActiveLang(lang: Lang | (() => Lang)): void {
  active = lang;
}

declare const PROSPEK_ONLY_LANG: Lang | undefined;

export function activeLang(): Lang {
  if (typeof PROSPEK_ONLY_LANG !== 'undefined') return PROSPEK_ONLY_LANG;
  if (typeof active === 'function') active = active();
  return active;
}

/** "1 contact", "10,000 contacts". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** 50000 → "50,000" without relying on the runtime's locale data. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Indonesian counts: "1.234 kontak" (no plural form, dot as thousands separator). */
export function jumlah(n: number, word: string): string {
  return `${formatCountId(n)} ${word}`;
}

/** 50000 → "50.000". */
export function formatCountId(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A count as the active language writes it: 1,234 in English, 1.234 in Indonesian. */
export function countText(n: number, lang: Lang = activeLang()): string {
  return lang === 'id' ? formatCountId(n) : formatCount(n);
}

/** "Ani, Budi dan Citra". */
export function daftar(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}

/** 'id', 'id_ID', 'in_ID' (older Java code) → 'id'; anything else → English. */
export function langOfLocale(locale: string | null | undefined): Lang {
  return /^(id|in)([_-]|$)/i.test(String(locale ?? '')) ? 'id' : 'en';
}
