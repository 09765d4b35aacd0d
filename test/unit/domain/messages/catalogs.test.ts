// Both languages' catalogs: every key in both, and no Indonesian text left in English.
import { formText } from '../../../../src/domain/messages/form';
import { importTabText } from '../../../../src/domain/messages/importTab';
import { importText } from '../../../../src/domain/messages/imports';
import { leadFormText } from '../../../../src/domain/messages/leadForm';
import { daftar, formatCountId, jumlah, langOfLocale } from '../../../../src/domain/messages/lang';
import { serverText } from '../../../../src/domain/messages/server';
import { sidebarText } from '../../../../src/domain/messages/sidebar';

const catalogs = {
  server: serverText,
  form: formText,
  importTab: importTabText,
  imports: importText,
  sidebar: sidebarText,
  leadForm: leadFormText,
} as const;

// Leaves the same in both languages on purpose: names, symbols, and formats with no words.
const SAME = new Set(
  [
    'contactWork.sidebarTitle',
    'targets.email',
    'imports.targets.email',
    'pipeline.noRate',
    'pipeline.rate',
    'stageMove',
    'dayMonth',
    'dayMonthYear',
    'shortDay',
    'stageActions.tryAgain',
    'stageActions.moved',
    'digest.context',
    'imports.lineReason',
    'criterionAnswer',
    'keyKinds.email',
    'imports.keyKinds.email',
    'questions.email',
  ].flatMap((k) => [k]),
);

const sample = {
  createdTabs: ['Contacts', 'Activity'],
  addedColumns: { Contacts: ['Email', 'Phone'] },
  idsAssigned: 3,
  new: 3,
  existing: 3,
  inFile: 3,
  invalid: 3,
  added: 3,
  filled: 3,
  skipped: 3,
  add: 3,
  fill: 3,
  skip: 3,
};
const candidates: unknown[] = [1234, 'Ana', ['Ana', 'Budi'], sample];

/** Arguments under which the English function returns a sensible sentence. */
function argsFor(fn: (...a: unknown[]) => unknown): unknown[] | undefined {
  const n = fn.length;
  const total = candidates.length ** n;
  for (let k = 0; k < total; k++) {
    const args = Array.from({ length: n }, (_, i) => candidates[Math.floor(k / 4 ** i) % 4]);
    try {
      const out = fn(...args);
      if (typeof out === 'string' && !/undefined|NaN|\[object/.test(out)) return args;
    } catch {
      // not these argument types
    }
  }
  return undefined;
}

type Leaf = { key: string; en: unknown; id: unknown };
function leaves(en: unknown, id: unknown, prefix = ''): Leaf[] {
  if (en && typeof en === 'object' && !Array.isArray(en)) {
    const keys = new Set([...Object.keys(en), ...Object.keys((id as object) ?? {})]);
    return [...keys].flatMap((k) =>
      leaves(
        (en as Record<string, unknown>)[k],
        (id as Record<string, unknown> | undefined)?.[k],
        prefix ? `${prefix}.${k}` : k,
      ),
    );
  }
  return [{ key: prefix, en, id }];
}

describe.each(Object.entries(catalogs))('the %s catalog', (_name, text) => {
  const all = leaves(text('en'), text('id'));

  it('has every key in both languages, of the same kind', () => {
    const mismatched = all.filter((l) => typeof l.en !== typeof l.id).map((l) => l.key);
    expect(mismatched).toEqual([]);
  });

  it('has no Indonesian text equal to the English', () => {
    const same = all
      .filter((l) => !SAME.has(l.key))
      .filter((l) => {
        if (typeof l.en !== 'function') return JSON.stringify(l.en) === JSON.stringify(l.id);
        const args = argsFor(l.en as (...a: unknown[]) => unknown);
        if (!args) return false;
        return (
          (l.en as (...a: unknown[]) => unknown)(...args) ===
          (l.id as (...a: unknown[]) => unknown)(...args)
        );
      })
      .map((l) => l.key);
    expect(same).toEqual([]);
  });

  it('can call (almost) every function with sample arguments, so the check above covers it', () => {
    const untested = all
      .filter((l) => typeof l.en === 'function' && !argsFor(l.en as (...a: unknown[]) => unknown))
      .map((l) => l.key);
    expect(untested).toEqual([]);
  });
});

describe('Indonesian helpers', () => {
  it('count with a dot and no plural form', () => {
    expect(formatCountId(1234)).toBe('1.234');
    expect(jumlah(10000, 'kontak')).toBe('10.000 kontak');
  });
  it('list with "dan"', () => {
    expect(daftar(['Ani', 'Budi', 'Citra'])).toBe('Ani, Budi dan Citra');
  });
  it.each([
    ['id', 'id'],
    ['id_ID', 'id'],
    ['in_ID', 'id'],
    ['en', 'en'],
    ['en_US', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('reads locale %p as %p', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });
});
