// Column mapping for lead import: which contact field each column of a file fills. Suggested
// from the header names of the exports people actually have (Google Contacts CSV, Outlook CSV,
// LinkedIn Connections, plain lists, Indonesian headers), then changed by the user. Applying a
// mapping to one row gives the contact's text fields and the extra columns to keep.
//
// Pure: shared by the server (authoritative) and unit tests; the sidebar only shows the targets.

import { columnLetter, normalizeHeader, type LeadSource } from '../contact/contact';

export const IMPORT_TARGETS = [
  'name',
  'firstName',
  'middleName',
  'lastName',
  'company',
  'email',
  'phone',
  'address',
  'birthday',
  'notes',
  'extra',
  'ignore',
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** The contact fields an import fills. */
export type ImportField = 'name' | 'company' | 'email' | 'phone' | 'address' | 'birthday' | 'notes';

// Normalised header (contact.normalizeHeader: lower case, letters and digits only) → target.
const EXACT: Record<string, ImportTarget> = {};
function exact(target: ImportTarget, ...headers: string[]): void {
  for (const h of headers) EXACT[h] = target;
}
exact('name', 'name', 'fullname', 'displayname', 'contactname', 'contact', 'nama', 'namalengkap');
exact('firstName', 'firstname', 'givenname', 'first', 'namadepan');
exact('middleName', 'middlename', 'additionalname');
exact('lastName', 'lastname', 'familyname', 'surname', 'last', 'namabelakang');
exact(
  'company',
  'company',
  'companyname',
  'organization',
  'organisation',
  'organizationname',
  'organization1name',
  'business',
  'employer',
  'perusahaan',
  'instansi',
);
exact(
  'address',
  'address',
  'postaladdress',
  'alamat',
  'alamatpos',
  'address1formatted',
  'homeaddress',
);
// Outlook splits an address into parts; the business address is its first one.
exact(
  'address',
  'businessstreet',
  'businessstreet2',
  'businessstreet3',
  'businesscity',
  'businessstate',
  'businesspostalcode',
  'businesscountryregion',
);
// A city, region or postcode column of its own (a plain list's Kota, City): part of the postal
// address, joined after the street, never left out. Google's "Address 1 - City" is not here:
// its "Address 1 - Formatted" already holds it.
exact(
  'address',
  'city',
  'town',
  'kota',
  'kabupaten',
  'kotakabupaten',
  'kabupatenkota',
  'kecamatan',
  'provinsi',
  'province',
  'postcode',
  'postalcode',
  'zip',
  'zipcode',
  'kodepos',
);
exact('birthday', 'birthday', 'birthdate', 'dateofbirth', 'dob', 'tanggallahir', 'ulangtahun');
exact('notes', 'notes', 'note', 'catatan', 'keterangan', 'comments', 'remarks', 'connectedon');
// Worth a column of its own: a title says who can decide a purchase; a profile URL finds them.
exact(
  'extra',
  'position',
  'jobtitle',
  'title',
  'organizationtitle',
  'organization1title',
  'jabatan',
  'url',
  'profileurl',
);

const NOT_A_VALUE = /(label|type|displayname|kind)$/;
// Google Contacts has "Phonetic First Name" and the like: how a name sounds, not a number.
const NOT_A_PHONE = /(phonetic|fax|pager|assistant|telex|tty|radio|callback|isdn)/;

/** The suggested target for one header. */
export function suggestTarget(header: string): ImportTarget {
  const n = normalizeHeader(header);
  if (n === '') return 'ignore';
  const hit = EXACT[n];
  if (hit) return hit;
  if (NOT_A_VALUE.test(n)) return 'ignore';
  if (/^(e?mail|surel)/.test(n) || /emailaddress$/.test(n)) return 'email';
  if (
    !NOT_A_PHONE.test(n) &&
    /(phone|mobile|telephone|telepon|telp|handphone|^hp|^nohp|whatsapp|^wa$|cell)/.test(n)
  ) {
    return 'phone';
  }
  return 'ignore';
}

/** The contact exports Prospek recognises by their headers. */
export type ExportKind = 'linkedin' | 'google' | 'outlook';

// Headers only one of them has (normalised): LinkedIn's Connections.csv, Google Contacts' CSV
// (both its formats), Outlook's CSV.
const EXPORT_MARKS: Record<ExportKind, readonly string[]> = {
  linkedin: ['connectedon'],
  google: ['email1value', 'phone1value', 'groupmembership'],
  outlook: ['givenyomi', 'surnameyomi', 'email2address', 'businessstreet'],
};

/** The export a file's header comes from, when Prospek knows it; null for any other list. */
export function exportKind(header: readonly string[]): ExportKind | null {
  const names = new Set(header.map(normalizeHeader));
  const kinds = Object.keys(EXPORT_MARKS) as ExportKind[];
  return kinds.find((k) => EXPORT_MARKS[k].some((h) => names.has(h))) ?? null;
}

/**
 * The lead source a known export suggests: LinkedIn connections were found on the internet;
 * an address book holds people met every way, so Other. The user may change it.
 */
export const EXPORT_SOURCE: Record<ExportKind, LeadSource> = {
  linkedin: 'Internet search',
  google: 'Other',
  outlook: 'Other',
};

/** One suggested target per column. */
export function suggestMapping(header: readonly string[]): ImportTarget[] {
  return header.map(suggestTarget);
}

/** A recognisable name for a column: its header, or its letter when the header is blank. */
export function columnLabel(header: readonly string[], index: number): string {
  const h = (header[index] ?? '').trim();
  return h !== '' ? h : `Column ${columnLetter(index + 1)}`;
}

/**
 * The headers extra columns get in the Contacts tab, keyed by column index: the file's header,
 * numbered when two extra columns share one ("Position", "Position (2)").
 */
export function extraHeaders(
  header: readonly string[],
  mapping: readonly ImportTarget[],
): Map<number, string> {
  const out = new Map<number, string>();
  const used = new Map<string, number>();
  mapping.forEach((t, i) => {
    if (t !== 'extra') return;
    const base = columnLabel(header, i);
    const n = normalizeHeader(base);
    const count = (used.get(n) ?? 0) + 1;
    used.set(n, count);
    out.set(i, count === 1 ? base : `${base} (${count})`);
  });
  return out;
}

export interface MappedRow {
  fields: Record<ImportField, string>;
  /** Extra column header → value (only non-empty values). */
  extras: Record<string, string>;
}

// Google Contacts puts several values in one cell, separated by " ::: ".
const GOOGLE_MULTI = /\s+:::\s+/;

function values(cell: string): string[] {
  return cell
    .split(GOOGLE_MULTI)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Applies a mapping to one row of cells:
 * - name: a full-name column if non-empty, else first, middle and last name joined;
 * - email / phone: the first non-empty value; the others are kept in notes as "Header: value";
 * - address: the non-empty parts joined with ", " (Outlook splits street, city, ...);
 * - company / birthday: the first non-empty value;
 * - notes: non-empty values, each as "Header: value" unless it's the only notes column;
 * - extra: kept under its header in an extra column.
 */
export function applyMapping(
  header: readonly string[],
  mapping: readonly ImportTarget[],
  cells: readonly string[],
): MappedRow {
  const by = (t: ImportTarget) => mapping.flatMap((m, i) => (m === t ? [i] : []));
  const cell = (i: number) => String(cells[i] ?? '').trim();
  const label = (i: number) => columnLabel(header, i);
  const notes: string[] = [];
  const notesColumns = by('notes');
  for (const i of notesColumns) {
    const v = cell(i);
    if (v !== '') notes.push(notesColumns.length === 1 ? v : `${label(i)}: ${v}`);
  }

  const firstOf = (t: ImportTarget, keepRest: boolean): string => {
    let first = '';
    for (const i of by(t)) {
      for (const v of values(cell(i))) {
        if (first === '') first = v;
        else if (keepRest && v !== first) notes.push(`${label(i)}: ${v}`);
      }
    }
    return first;
  };
  const joined = (t: ImportTarget, sep: string) =>
    by(t)
      .map(cell)
      .filter((v) => v !== '')
      .join(sep);

  const fullName = joined('name', ' ');
  const name =
    fullName !== ''
      ? fullName
      : [joined('firstName', ' '), joined('middleName', ' '), joined('lastName', ' ')]
          .filter((v) => v !== '')
          .join(' ');
  const fields: Record<ImportField, string> = {
    name: name.replace(/\s+/g, ' '),
    company: firstOf('company', false),
    email: firstOf('email', true),
    phone: firstOf('phone', true),
    address: joined('address', ', '),
    birthday: firstOf('birthday', false),
    notes: '',
  };
  fields.notes = notes.join('\n');
  const extras: Record<string, string> = {};
  for (const [i, h] of extraHeaders(header, mapping)) {
    const v = cell(i);
    if (v !== '') extras[h] = v;
  }
  return { fields, extras };
}
