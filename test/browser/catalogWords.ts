// The words only one language's catalogs say: every text leaf of the English catalogs (and the
// sheet's English headers and values) that no Indonesian leaf also says, and the other way
// round. A page or dialog rendered in one language must show none of the other's.
import { ACTIVITY_FIELDS, CONTACT_FIELDS } from '../../src/domain/contact/contact';
import { headerIn, valueIn } from '../../src/domain/contact/sheetWords';
import { formText } from '../../src/domain/messages/form';
import { importTabText } from '../../src/domain/messages/importTab';
import { importText } from '../../src/domain/messages/imports';
import type { Lang } from '../../src/domain/messages/lang';
import { serverText } from '../../src/domain/messages/server';
import { sidebarText } from '../../src/domain/messages/sidebar';

const CATALOGS = [serverText, formText, importTabText, importText, sidebarText];

function leaves(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value.trim());
  else if (Array.isArray(value)) for (const v of value) leaves(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value as Record<string, unknown>)) leaves(v, out);
  return out;
}

function sheetWords(lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const f of [...CONTACT_FIELDS, ...ACTIVITY_FIELDS]) {
    out.add(headerIn(lang, f.header));
    for (const o of f.options ?? []) out.add(valueIn(lang, o));
  }
  return out;
}

function wordsOf(lang: Lang): Set<string> {
  const out = sheetWords(lang);
  for (const catalog of CATALOGS) leaves(catalog(lang), out);
  return out;
}

/** What `lang`'s pages must not show: the other language's words that `lang` never says. */
export function foreignWords(lang: Lang): string[] {
  const own = wordsOf(lang);
  const other = wordsOf(lang === 'id' ? 'en' : 'id');
  // Three letters at least: '—', 'OK' and the like are the same everywhere.
  return [...other].filter((w) => w.length >= 3 && !own.has(w));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The foreign words `text` contains, each as a whole word (case-sensitive). */
export function foreignIn(text: string, lang: Lang): string[] {
  return foreignWords(lang).filter((w) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w)}($|[^\\p{L}\\p{N}])`, 'u').test(text),
  );
}
