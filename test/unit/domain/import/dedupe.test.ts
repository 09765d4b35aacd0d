import fc from 'fast-check';
import {
  duplicateKeys,
  emailKey,
  findDuplicateGroups,
  nameCompanyKey,
  phoneKey,
} from '../../../../src/domain/import/dedupe';

function c(
  id: string,
  fields: { name?: string; company?: string; email?: string; phone?: string },
) {
  return { id, name: '', company: '', email: '', phone: '', ...fields };
}

describe('keys', () => {
  it('compares emails trimmed and case-insensitively', () => {
    expect(emailKey(' Budi@Example.com ')).toBe(emailKey('budi@example.com'));
    expect(emailKey('')).toBe('');
  });

  it('reads national and international forms of a number as one', () => {
    expect(phoneKey('0812 3456 789', 'ID')).toBe('+628123456789');
    expect(phoneKey('+62 812-3456-789', 'ID')).toBe('+628123456789');
    expect(phoneKey('(0812) 3456.789', 'ID')).toBe('+628123456789');
    expect(phoneKey('+1 650 253 0000', 'ID')).toBe('+16502530000');
  });

  it('falls back to bare digits for numbers it cannot place', () => {
    expect(phoneKey('0812 3456 789')).toBe('digits:08123456789');
    expect(phoneKey('12-34')).toBe('');
    expect(phoneKey('  ')).toBe('');
  });

  it('ignores case, spacing, punctuation and accents in names', () => {
    expect(nameCompanyKey('José  Pérez', 'PT. Maju')).toBe(nameCompanyKey('jose perez', 'pt maju'));
    expect(nameCompanyKey('Jose Perez', 'PT Maju')).not.toBe(
      nameCompanyKey('Jose Perez', 'CV Maju'),
    );
    expect(nameCompanyKey('', 'PT Maju')).toBe('');
  });
});

describe('findDuplicateGroups', () => {
  it('groups contacts sharing any key, transitively, with the keys that matched', () => {
    const contacts = [
      c('C-1', { name: 'Budi Santoso', email: 'budi@example.com' }),
      c('C-2', { name: 'Siti', phone: '0812 3456 789' }),
      c('C-3', { name: 'B. Santoso', email: 'BUDI@example.com', phone: '+62 812-3456-789' }),
      c('C-4', { name: 'Ani', company: 'PT Maju' }),
      c('C-5', { name: 'ani', company: 'pt. maju', email: 'ani@maju.co.id' }),
      c('C-6', { name: 'Dewi' }),
      c('', { name: 'Dewi' }),
    ];
    expect(findDuplicateGroups(contacts, 'ID')).toEqual([
      {
        ids: ['C-1', 'C-2', 'C-3'],
        keys: [
          { kind: 'email', value: 'budi@example.com' },
          { kind: 'phone', value: '+628123456789' },
        ],
      },
      { ids: ['C-4', 'C-5'], keys: [{ kind: 'nameCompany', value: 'ani|pt maju' }] },
    ]);
  });

  it('finds nothing among distinct contacts', () => {
    expect(
      findDuplicateGroups([
        c('C-1', { name: 'A', email: 'a@x.co' }),
        c('C-2', { name: 'B', email: 'b@x.co' }),
      ]),
    ).toEqual([]);
  });

  it('puts every contact in at most one group', () => {
    const contacts = Array.from({ length: 50 }, (_, i) =>
      c(`C-${i}`, {
        name: `N${i % 7}`,
        email: `e${i % 5}@x.co`,
        phone: `0812 0000 ${1000 + (i % 11)}`,
      }),
    );
    const groups = findDuplicateGroups(contacts, 'ID');
    const seen = groups.flatMap((g) => g.ids);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('groups phones as parsing every number would, parsing only those that can match', () => {
    // National, international, punctuated, with words or an extension, short, and odd numbers.
    const number = fc.constantFrom('812345678', '8123456789', '81234567', '2150001234', '4002');
    const written = fc.tuple(number, fc.integer({ min: 0, max: 7 })).map(([n, style]) => {
      const forms = [
        `0${n}`,
        `+62 ${n}`,
        `+62-${n.slice(0, 3)}-${n.slice(3)}`,
        `(0${n.slice(0, 2)}) ${n.slice(2)}`,
        `0062 ${n}`,
        `0${n} ext. 12`,
        `mobile +62${n}`,
        n,
      ];
      return forms[style];
    });
    fc.assert(
      fc.property(fc.array(written, { maxLength: 12 }), (phones) => {
        const contacts = phones.map((phone, i) => c(`C-${i}`, { phone }));
        // The reference: every contact's keys in full, grouped by any shared key.
        const expected = new Map<string, Set<string>>();
        for (const x of contacts)
          for (const k of duplicateKeys(x, 'ID')) {
            const ids = expected.get(k.key) ?? new Set<string>();
            expected.set(k.key, ids.add(x.id));
          }
        const shared = [...expected.values()].filter((ids) => ids.size > 1);
        const groups = findDuplicateGroups(contacts, 'ID');
        for (const ids of shared) {
          const g = groups.find((x) => x.ids.includes([...ids][0]));
          expect(g && [...ids].every((id) => g.ids.includes(id))).toBe(true);
        }
        const keyCount = groups.reduce((n, g) => n + g.keys.length, 0);
        expect(keyCount).toBe(shared.length);
      }),
      { numRuns: 300 },
    );
  });
});
