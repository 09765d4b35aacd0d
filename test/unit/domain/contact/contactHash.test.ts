import { CONTACT_FIELDS } from '../../../../src/domain/contact/contact';
import {
  changedSince,
  contactVersion,
  fieldHashes,
  importCheck,
  importCheckOf,
  listedVersion,
  splitListedVersion,
  withImportCheck,
} from '../../../../src/domain/contact/contactHash';
import { makeContact } from '../fixtures';

describe('fieldHashes', () => {
  it('gives one hash per field, changing only with that field', () => {
    const c = makeContact({ name: 'Ani', phone: '0812 1111 0001' });
    const before = fieldHashes(c);
    expect(before).toHaveLength(CONTACT_FIELDS.length);
    const after = fieldHashes({ ...c, phone: '0812 1111 0009' });
    const changed = CONTACT_FIELDS.filter((_, i) => before[i] !== after[i]).map((f) => f.key);
    expect(changed).toEqual(['phone']);
  });
});

describe('importCheck', () => {
  const ani = makeContact({ name: 'Ani', email: 'ani@example.com', created: 'a', updated: 'a' });
  const cells: [string, string][] = [
    ['position', 'Owner'],
    ['member no', '007'],
  ];

  it('changes with any field but Created and Updated', () => {
    const check = importCheck(ani, cells);
    expect(importCheck({ ...ani, created: 'b', updated: 'c' }, cells)).toBe(check);
    for (const f of CONTACT_FIELDS) {
      if (f.key === 'created' || f.key === 'updated') continue;
      const edited = { ...ani, [f.key]: f.kind === 'number' ? 5 : 'typed' };
      expect([f.key, importCheck(edited, cells)]).not.toEqual([f.key, check]);
    }
  });

  it("changes with the user's own cells, whatever their order; empty cells count as none", () => {
    const check = importCheck(ani, cells);
    expect(importCheck(ani, [...cells].reverse())).toBe(check);
    expect(importCheck(ani, [...cells, ['called?', '']])).toBe(check);
    expect(importCheck(ani, [...cells, ['called?', 'yes']])).not.toBe(check);
    expect(importCheck(ani, [['position', 'Buyer'], cells[1]])).not.toBe(check);
    // A value moved to another column is a change.
    expect(
      importCheck(ani, [
        ['member no', 'Owner'],
        ['position', '007'],
      ]),
    ).not.toBe(check);
  });
});

describe('the check in an Import summary', () => {
  it('is found again at the end, whatever the file name holds', () => {
    const summary = withImportCheck('Imported from a [undo check zz].csv, line 2.', 'k2m9x1a');
    expect(summary).toBe('Imported from a [undo check zz].csv, line 2. [undo check k2m9x1a]');
    expect(importCheckOf(summary)).toBe('k2m9x1a');
  });

  it('is absent from a summary without one, or one edited by hand', () => {
    expect(importCheckOf('Imported from leads.csv, line 2.')).toBeNull();
    expect(importCheckOf('Imported from leads.csv, line 2. [undo check k2m9x1a] ok')).toBeNull();
  });
});

describe('contactVersion', () => {
  it('names exactly the fields changed since the version was taken', () => {
    const c = makeContact({ name: 'Ani', phone: '0812 1111 0001' });
    const version = contactVersion(c);
    expect(changedSince(version, c)).toEqual([]);
    expect(changedSince(version, { ...c, phone: '0812 1111 0002', company: 'Warung Ani' })).toEqual(
      ['company', 'phone'].sort(
        (a, b) =>
          CONTACT_FIELDS.findIndex((f) => f.key === a) -
          CONTACT_FIELDS.findIndex((f) => f.key === b),
      ),
    );
  });

  it('gives null for a token that is not one of ours', () => {
    const c = makeContact({ name: 'Ani' });
    expect(changedSince('2026-12-05T01:00:00Z', c)).toBeNull();
    expect(changedSince('v1:abc', c)).toBeNull();
  });
});

describe('listedVersion', () => {
  it('carries the row the contact was listed at, and its version unchanged', () => {
    const c = makeContact({ name: 'Ani', email: 'ani@example.com' });
    const listed = splitListedVersion(listedVersion(c, 4_812));
    expect(listed).toEqual({ version: contactVersion(c), row: 4_812 });
    expect(changedSince(listed.version, c)).toEqual([]);
  });

  it('has no row for a bare version, or for a row that is no data row', () => {
    const c = makeContact({ name: 'Ani' });
    expect(splitListedVersion(contactVersion(c))).toEqual({
      version: contactVersion(c),
      row: null,
    });
    expect(splitListedVersion('v1:abc@1').row).toBeNull();
    expect(splitListedVersion('v1:abc@x').row).toBeNull();
  });
});
