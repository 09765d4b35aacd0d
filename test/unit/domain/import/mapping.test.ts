import fs from 'node:fs';
import path from 'node:path';
import { applyMapping, exportKind, suggestMapping } from '../../../../src/domain/import/mapping';

describe('suggestMapping', () => {
  it("maps Google's Phonetic name columns to nothing, not to Phone", () => {
    expect(
      suggestMapping(['Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name']),
    ).toEqual(['ignore', 'ignore', 'ignore']);
  });

  it('recognises Google Contacts, Outlook, LinkedIn and plain headers', () => {
    expect(
      suggestMapping([
        'First Name',
        'Last Name',
        'Organization Name',
        'E-mail 1 - Label',
        'E-mail 1 - Value',
        'Phone 1 - Value',
        'Address 1 - Formatted',
        'Address 1 - City',
        'Birthday',
        'Notes',
      ]),
    ).toEqual([
      'firstName',
      'lastName',
      'company',
      'ignore',
      'email',
      'phone',
      'address',
      'ignore',
      'birthday',
      'notes',
    ]);
    expect(
      suggestMapping([
        'E-mail Address',
        'E-mail Type',
        'Mobile Phone',
        'Business Fax',
        'Business City',
      ]),
    ).toEqual(['email', 'ignore', 'phone', 'ignore', 'address']);
    expect(suggestMapping(['URL', 'Email Address', 'Company', 'Position', 'Connected On'])).toEqual(
      ['extra', 'email', 'company', 'extra', 'notes'],
    );
    expect(suggestMapping(['Nama', 'No HP', 'Perusahaan', 'Alamat', 'Catatan', ''])).toEqual([
      'name',
      'phone',
      'company',
      'address',
      'notes',
      'ignore',
    ]);
  });
});

describe('city-like columns', () => {
  it('go into the postal address, after the street, never "not imported"', () => {
    const header = ['Nama', 'Alamat', 'Kota', 'No HP'];
    const mapping = suggestMapping(header);
    expect(mapping).toEqual(['name', 'address', 'address', 'phone']);
    expect(suggestMapping(['Name', 'City', 'Province', 'Zip'])).toEqual([
      'name',
      'address',
      'address',
      'address',
    ]);
    const r = applyMapping(header, mapping, ['Ani', 'Jl. Merdeka 5', 'Bandung', '0812 3456 789']);
    expect(r.fields.address).toBe('Jl. Merdeka 5, Bandung');
  });
});

describe('exportKind', () => {
  // The first line of each fixture export (LinkedIn's after its notes), split at commas.
  const headerOf = (file: string): string[] => {
    const lines = fs
      .readFileSync(path.join(__dirname, '../../../fixtures/import', file), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const line = lines.find((l) => /First Name|^Name/.test(l))!;
    return line.split(line.includes(';') ? ';' : ',');
  };

  it('knows LinkedIn, Google Contacts and Outlook exports by their headers', () => {
    expect(exportKind(headerOf('linkedin-connections.csv'))).toBe('linkedin');
    expect(exportKind(headerOf('google-contacts.csv'))).toBe('google');
    expect(exportKind(headerOf('outlook.csv'))).toBe('outlook');
    expect(exportKind(headerOf('outlook-semicolon.csv'))).toBe('outlook');
    // Google's older format.
    expect(exportKind(['Name', 'Given Name', 'Group Membership', 'E-mail 1 - Value'])).toBe(
      'google',
    );
  });

  it('guesses nothing for a plain list', () => {
    expect(exportKind(headerOf('plain-list.csv'))).toBeNull();
    expect(exportKind(['Nama', 'Kota', 'Email'])).toBeNull();
  });
});

describe('applyMapping', () => {
  const header = ['Given', 'Family', 'Email 1', 'Email 2', 'Phone', 'Street', 'City', 'Title'];
  const mapping = [
    'firstName',
    'lastName',
    'email',
    'email',
    'phone',
    'address',
    'address',
    'extra',
  ] as const;

  it('joins names, uses the first non-empty email and keeps the rest, joins address parts', () => {
    const r = applyMapping(
      header,
      [...mapping],
      [
        ' Ani ',
        'Wijaya',
        '',
        'a@x.id ::: b@x.id',
        '0812 ::: 0813',
        'Jl. Mawar 1',
        'Bandung',
        'CEO',
      ],
    );
    expect(r.fields).toEqual({
      name: 'Ani Wijaya',
      company: '',
      email: 'a@x.id',
      phone: '0812',
      address: 'Jl. Mawar 1, Bandung',
      birthday: '',
      notes: 'Email 2: b@x.id\nPhone: 0813',
    });
    expect(r.extras).toEqual({ Title: 'CEO' });
  });

  it('prefers a full-name column and numbers extra columns that share a header', () => {
    const r = applyMapping(
      ['Name', 'First', 'Tag', 'Tag'],
      ['name', 'firstName', 'extra', 'extra'],
      ['Budi S.', 'Budi', 'a', 'b'],
    );
    expect(r.fields.name).toBe('Budi S.');
    expect(r.extras).toEqual({ Tag: 'a', 'Tag (2)': 'b' });
  });
});
