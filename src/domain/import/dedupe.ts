// Finding contacts that are probably the same person: same email, same phone number (however
// it was written), or same name at the same company. Groups are suggestions for a person to
// review and merge; nothing here merges anything.

import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/min';
import type { Contact } from '../contact/contact';

export type { CountryCode };

/** Phone numbers written without a country code are read as Indonesian unless set otherwise. */
export const DEFAULT_COUNTRY: CountryCode = 'ID';

/** A two-letter country code libphonenumber knows ('id' → 'ID'), or null. */
export function parseCountry(value: unknown): CountryCode | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code) ? code : null;
}

/** Emails compare trimmed and case-insensitively ('' for none). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A phone number in E.164 form ('+628123456789'), reading national numbers in
 * `defaultCountry`: '0812 3456 789' (ID) and '+62 812-3456-789' give the same key. A number
 * libphonenumber can't place falls back to its bare digits (when there are at least 6), so two
 * identical oddities still match; '' when there is nothing usable.
 */
export function phoneKey(phone: string, defaultCountry?: CountryCode): string {
  const trimmed = phone.trim();
  if (trimmed === '') return '';
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry);
  if (parsed && parsed.isPossible()) return parsed.number;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length >= 6 ? `digits:${digits}` : '';
}

function simplify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Name and company ignoring case, spacing, punctuation and accents ('José  Pérez', 'jose
 * perez'). '' when there's no name: a company alone doesn't identify a person.
 */
export function nameCompanyKey(name: string, company: string): string {
  const n = simplify(name);
  return n === '' ? '' : `${n}|${simplify(company)}`;
}

export type DuplicateKeyKind = 'email' | 'phone' | 'nameCompany';

export interface DuplicateGroup {
  /** Contact ids in sheet order. */
  ids: string[];
  /** The keys shared by two or more members (why they're grouped). */
  keys: { kind: DuplicateKeyKind; value: string }[];
}

type DedupeView = Pick<Contact, 'id' | 'name' | 'company' | 'email' | 'phone'>;

/** A contact's non-empty duplicate keys, each as 'kind:value' (the same keys everywhere). */
export function duplicateKeys(
  c: Pick<Contact, 'name' | 'company' | 'email' | 'phone'>,
  defaultCountry?: CountryCode,
  phone: string = phoneKey(c.phone, defaultCountry),
): { kind: DuplicateKeyKind; value: string; key: string }[] {
  const keys: [DuplicateKeyKind, string][] = [
    ['email', emailKey(c.email)],
    ['phone', phone],
    ['nameCompany', nameCompanyKey(c.name, c.company)],
  ];
  return keys
    .filter(([, value]) => value !== '')
    .map(([kind, value]) => ({ kind, value, key: `${kind}:${value}` }));
}

/** A phone written with digits and the separators people type only: no extension, no words. */
const PLAIN_PHONE = /^[\d\s()+./-]*$/;
/** Digits at the end of a phone key that a plainly written number of 8+ digits ends with too. */
const TAIL_DIGITS = 6;
const tailOf = (digits: string) => digits.slice(-TAIL_DIGITS);

/**
 * The phone key of each contact where it can matter, '' where it cannot. Parsing is most of the
 * time of a 100,000-contact scan, and most numbers are nobody else's. A key (E.164, or the bare
 * digits) ends with the national number, which a plainly written number of 8 or more digits
 * ends with too (after any prefix or country code), so one whose last six digits no other phone
 * has can match none and is not parsed. Other phones are parsed, their key's tail counted.
 */
function phoneKeysThatCanMatch(list: readonly DedupeView[], country?: CountryCode): string[] {
  const keys = list.map(() => '');
  const tails = list.map(() => '');
  const count = new Map<string, number>();
  const bump = (t: string) => count.set(t, (count.get(t) ?? 0) + 1);
  list.forEach((c, i) => {
    const trimmed = c.phone.trim();
    if (trimmed === '') return;
    const digits = trimmed.replace(/\D/g, '');
    if (PLAIN_PHONE.test(trimmed) && digits.length >= 8) {
      tails[i] = tailOf(digits);
      bump(tails[i]);
      return;
    }
    keys[i] = phoneKey(trimmed, country);
    if (keys[i] !== '') bump(tailOf(keys[i].replace(/\D/g, '')));
  });
  list.forEach((c, i) => {
    if (tails[i] !== '' && (count.get(tails[i]) ?? 0) > 1) keys[i] = phoneKey(c.phone, country);
  });
  return keys;
}

/**
 * Groups contacts that share any key, transitively (A shares an email with B, B a phone with C:
 * one group). Contacts without an id are ignored. Groups come in order of their first member.
 */
export function findDuplicateGroups(
  contacts: readonly DedupeView[],
  defaultCountry?: CountryCode,
): DuplicateGroup[] {
  const list = contacts.filter((c) => c.id !== '');
  const parent = list.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    // The smaller index is the root, so a group's root is its first member.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Each key → the members carrying it.
  const members = new Map<string, { kind: DuplicateKeyKind; value: string; at: number[] }>();
  const phones = phoneKeysThatCanMatch(list, defaultCountry);
  list.forEach((c, i) => {
    for (const { kind, value, key } of duplicateKeys(c, defaultCountry, phones[i])) {
      const entry = members.get(key) ?? { kind, value, at: [] };
      entry.at.push(i);
      members.set(key, entry);
    }
  });
  for (const { at } of members.values()) for (const i of at.slice(1)) union(at[0], i);

  const groups = new Map<number, DuplicateGroup>();
  list.forEach((c, i) => {
    const root = find(i);
    const g = groups.get(root) ?? { ids: [], keys: [] };
    g.ids.push(c.id);
    groups.set(root, g);
  });
  for (const { kind, value, at } of members.values()) {
    if (at.length > 1) groups.get(find(at[0]))?.keys.push({ kind, value });
  }
  return [...groups.entries()]
    .filter(([, g]) => g.ids.length > 1)
    .sort(([a], [b]) => a - b)
    .map(([, g]) => g);
}
