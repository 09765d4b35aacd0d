// The languages Prospek speaks, and the count and list helpers every catalog shares. Each
// surface has one catalog module (server, form, importTab, imports, sidebar) with one function,
// `<surface>Text(lang)`, returning an object of strings and functions; a second language (Bahasa
// Indonesia is planned) is a second object in each, and the type checker lists what it lacks.
// Catalog objects are built with Object.assign marked pure: a bundle that imports a catalog's
// module without calling it leaves the catalog out (the sidebar's budget is 60 KB).
export type Lang = 'en';
export const DEFAULT_LANG: Lang = 'en';

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
