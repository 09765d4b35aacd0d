// What an import does with each row of a file, decided before anything is written: invalid (with
// every reason), new, a duplicate of a contact already in the sheet, or a duplicate of an earlier
// row of the same file. The server runs this for the preview and again for every chunk it writes,
// so the preview's counts are the import's counts.
//
// A file is planned in chunks (google.script.run payloads and the 6-minute limit). What a chunk
// needs to know about earlier rows — the earlier lines its rows share a duplicate key with, and
// where those went — travels as `ImportState`: the Import tab keeps every row's keys (rowKeys)
// and each chunk's targets, and sends with a chunk only the entries its rows need.

import { fieldLabel } from '../contact/sheetWords';
import { formatBirthday, validateBirthday, type CalendarDay } from '../calendarDay';
import { parseBirthday, type DateOrder } from '../dateText';
import { encodeCellText } from '../contact/cellText';
import { contactField, type Contact } from '../contact/contact';
import {
  duplicateKeys,
  emailKey,
  nameCompanyKey,
  type CountryCode,
  type DuplicateKeyKind,
} from './dedupe';
import { applyMapping, type ImportField, type ImportTarget } from './mapping';
import { serverText } from '../messages/server';
import { CELL_TEXT_LIMIT, normalizeEmail, normalizePhone } from '../contact/validation';

export const DUPLICATE_POLICIES = ['skip', 'fill', 'anyway'] as const;
/** What the user chose for a possible duplicate (same phone only): add it, or leave it out. */
export const PHONE_CHOICES = ['import', 'skip'] as const;
export type PhoneChoice = (typeof PHONE_CHOICES)[number];
/** skip: leave the duplicate out; fill: fill the existing contact's empty fields; anyway: add it. */
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** One line the preview or the import reports: an invalid row or a duplicate, said in full. */
export interface ImportNote {
  line: number;
  kind: 'invalid' | 'existing' | 'inFile' | 'phoneOnly';
  message: string;
}

/** One record of the file: `line` is where it starts in the file (1-based), as a text editor shows. */
export interface ImportRow {
  line: number;
  cells: string[];
}

/** A valid row, ready to become (or fill) a contact. */
export interface ImportCandidate {
  fields: Record<ImportField, string>;
  /** Extra column header → value. */
  extras: Record<string, string>;
}

export interface ImportState {
  /** Duplicate key → the first line of the file that had it (the keys this chunk needs). */
  seen: Record<string, number>;
  /**
   * Line → where a duplicate row's data belongs: an existing contact's ID, or 'L<line>' for
   * the earlier row of the file it duplicates. Lines not listed went to their own row.
   */
  targets: Record<string, string>;
}

export function emptyImportState(): ImportState {
  return { seen: {}, targets: {} };
}

export type RowPlan =
  | { line: number; kind: 'invalid'; reasons: string[] }
  | { line: number; kind: 'new'; candidate: ImportCandidate }
  | {
      line: number;
      kind: 'existing';
      candidate: ImportCandidate;
      matchedOn: DuplicateKeyKind;
      contactId: string;
      contactName: string;
      /**
       * Only the phone number matches; name and email differ (a shop's phone is often shared):
       * a possible duplicate the user decides on, never filled or skipped on the policy alone.
       */
      phoneOnly?: true;
    }
  | {
      line: number;
      kind: 'inFile';
      candidate: ImportCandidate;
      matchedOn: DuplicateKeyKind;
      firstLine: number;
      /** An existing contact's ID or 'L<line>' (see ImportState.targets). */
      target: string;
    };

/** Reference to the contact a row of this file became. */
export function lineTarget(line: number): string {
  return `L${line}`;
}

const LIMITED: readonly ImportField[] = ['name', 'company', 'email', 'phone', 'address'];

/**
 * Checks one mapped row the way the contact form is checked: a name, a real email address and
 * phone number when given, lengths, and the cell limit for every value (extras included). A
 * birthday Prospek can't read ('spring 1980', or Outlook's '0/0/00' for none) is not a
 * reason to lose the lead: it is kept in Notes as written.
 */
export function validateImportRow(
  mapped: { fields: Record<ImportField, string>; extras: Record<string, string> },
  today: CalendarDay,
  dateOrder?: DateOrder,
): { candidate: ImportCandidate } | { reasons: string[] } {
  const m = serverText();
  const reasons: string[] = [];
  const fields = { ...mapped.fields };
  const label = (k: ImportField) => fieldLabel(contactField(k).header);

  if (fields.birthday !== '') {
    const b = parseBirthday(fields.birthday, dateOrder);
    const problem = b ? validateBirthday(b, today, label('birthday')) : 'unreadable';
    if (b && problem === null) fields.birthday = formatBirthday(b);
    else {
      if (!/^0+\/0+\/0+$/.test(fields.birthday)) {
        fields.notes = [fields.notes, `${label('birthday')}: ${fields.birthday}`]
          .filter((v) => v !== '')
          .join('\n');
      }
      fields.birthday = '';
    }
  }
  const tooLongForCell = (v: string) => encodeCellText(v).length > CELL_TEXT_LIMIT;
  for (const k of Object.keys(fields) as ImportField[]) {
    if (tooLongForCell(fields[k])) reasons.push(m.cellTooLong(label(k), CELL_TEXT_LIMIT));
  }
  for (const [h, v] of Object.entries(mapped.extras)) {
    if (tooLongForCell(v)) reasons.push(m.cellTooLong(h, CELL_TEXT_LIMIT));
  }
  if (reasons.length > 0) return { reasons };

  if (fields.name === '') reasons.push(m.imports.nameMissing);
  for (const k of LIMITED) {
    const max = contactField(k).maxLength ?? CELL_TEXT_LIMIT;
    if (fields[k].length > max) reasons.push(m.tooLong(label(k), max));
  }
  if (fields.email !== '' && fields.email.length <= 254) {
    const email = normalizeEmail(fields.email);
    if (email === null) reasons.push(m.imports.badEmail(fields.email));
    else fields.email = email;
  }
  if (fields.phone !== '' && fields.phone.length <= 40) {
    const phone = normalizePhone(fields.phone);
    if (phone === null) reasons.push(m.imports.badPhone(fields.phone));
    else fields.phone = phone;
  }
  if (reasons.length > 0) return { reasons };
  return { candidate: { fields, extras: { ...mapped.extras } } };
}

/** What a plan needs of the existing contact a row duplicates: who it is, and what it shares. */
export type Existing = Pick<Contact, 'id' | 'name' | 'email'>;

/** Duplicate key → the first existing contact carrying it. */
export type ExistingIndex = Map<string, Existing>;

export function indexContacts(
  contacts: readonly (Existing & Pick<Contact, 'company' | 'phone'>)[],
  defaultCountry: CountryCode,
): ExistingIndex {
  return indexKeyed(
    contacts.map((c) => ({
      ...c,
      keys: c.id === '' ? [] : duplicateKeys(c, defaultCountry).map((k) => k.key),
    })),
  );
}

/**
 * The same index from each contact's keys as computed before (an import keeps them between its
 * chunks, so the phone numbers are not parsed again for every chunk), of the contacts `keep`
 * accepts, holding only the `wanted` keys when given: a chunk looks up its own rows' keys, so
 * the sheet's other keys need no entry.
 */
export function indexKeyed<C extends Existing & { keys: readonly string[] }>(
  contacts: readonly C[],
  keep: (c: C) => boolean = () => true,
  wanted?: ReadonlySet<string>,
): ExistingIndex {
  const index: ExistingIndex = new Map();
  for (const c of contacts) {
    if (c.id === '' || !keep(c)) continue;
    for (const key of c.keys)
      if ((!wanted || wanted.has(key)) && !index.has(key)) index.set(key, c);
  }
  return index;
}

/** The index, or how to build it for only the keys a chunk's rows carry (see planRows). */
export type ExistingLookup = ExistingIndex | ((wanted: ReadonlySet<string>) => ExistingIndex);

export interface PlanOptions {
  header: readonly string[];
  mapping: readonly ImportTarget[];
  defaultCountry: CountryCode;
  today: CalendarDay;
  /** How the file writes numeric birthdays (import/dateOrder.ts); default the execution's. */
  dateOrder?: DateOrder;
  /** The user's choice for each possible duplicate, by file line; without one it is skipped. */
  phoneChoices?: Readonly<Record<string, PhoneChoice>>;
}

/** True when `c` shares only the phone with the row: another name, and no email in common. */
function sharesOnlyPhone(row: Pick<Contact, 'name' | 'email'>, c: Existing): boolean {
  const email = emailKey(row.email);
  const sameEmail = email !== '' && email === emailKey(c.email);
  return !sameEmail && nameCompanyKey(row.name, '') !== nameCompanyKey(c.name, '');
}

/**
 * Plans rows in file order. A row that shares a key with an earlier row of the file is a
 * duplicate within the file (checked first: the file's own rows are fixed, while the sheet may
 * gain values as earlier rows fill contacts); otherwise one sharing a key with an existing
 * contact is a duplicate of it. Returns the plans and the state for the next chunk; `state`
 * itself is not changed.
 */
export function planRows(
  rows: readonly ImportRow[],
  lookup: ExistingLookup,
  state: ImportState,
  opts: PlanOptions,
): { plans: RowPlan[]; state: ImportState } {
  const seen = { ...state.seen };
  const targets = { ...state.targets };
  const checkedRows = rows.map((row) => {
    const checked = validateImportRow(
      applyMapping(opts.header, opts.mapping, row.cells),
      opts.today,
      opts.dateOrder,
    );
    const keys =
      'reasons' in checked ? [] : duplicateKeys(checked.candidate.fields, opts.defaultCountry);
    return { row, checked, keys };
  });
  const existing =
    typeof lookup === 'function'
      ? lookup(new Set(checkedRows.flatMap((r) => r.keys.map((k) => k.key))))
      : lookup;
  const plans: RowPlan[] = checkedRows.map(({ row, checked, keys }) => {
    if ('reasons' in checked) return { line: row.line, kind: 'invalid', reasons: checked.reasons };
    const { candidate } = checked;
    let plan: RowPlan = { line: row.line, kind: 'new', candidate };
    const inFile = keys.find((k) => seen[k.key] !== undefined);
    if (inFile) {
      const firstLine = seen[inFile.key];
      const target = targets[String(firstLine)] ?? lineTarget(firstLine);
      plan = {
        line: row.line,
        kind: 'inFile',
        candidate,
        matchedOn: inFile.kind,
        firstLine,
        target,
      };
      targets[String(row.line)] = target;
    } else {
      const hit = keys.find((k) => existing.has(k.key));
      const c = hit && (existing.get(hit.key) as Existing);
      const phoneOnly = hit?.kind === 'phone' && c && sharesOnlyPhone(candidate.fields, c);
      if (hit && c && !(phoneOnly && opts.phoneChoices?.[row.line] === 'import')) {
        plan = {
          line: row.line,
          kind: 'existing',
          candidate,
          matchedOn: hit.kind,
          contactId: c.id,
          contactName: c.name,
        };
        if (phoneOnly) plan.phoneOnly = true;
        targets[String(row.line)] = c.id;
      }
    }
    for (const k of keys) if (seen[k.key] === undefined) seen[k.key] = row.line;
    return plan;
  });
  return { plans, state: { seen, targets } };
}

/** Each row's duplicate keys ([] for an invalid row, which takes part in no duplicate). */
export function rowKeys(rows: readonly ImportRow[], opts: PlanOptions): string[][] {
  return rows.map((row) => {
    const checked = validateImportRow(
      applyMapping(opts.header, opts.mapping, row.cells),
      opts.today,
      opts.dateOrder,
    );
    if ('reasons' in checked) return [];
    return duplicateKeys(checked.candidate.fields, opts.defaultCountry).map((k) => k.key);
  });
}

export interface ImportCounts {
  rows: number;
  new: number;
  existing: number;
  inFile: number;
  invalid: number;
}

export function countPlans(plans: readonly RowPlan[]): ImportCounts {
  const counts: ImportCounts = { rows: plans.length, new: 0, existing: 0, inFile: 0, invalid: 0 };
  for (const p of plans) counts[p.kind]++;
  return counts;
}

/**
 * The empty fields of `contact` that `candidate` can fill, as a patch (only fields the import
 * knows; notes are appended rather than left out when the contact already has some).
 */
export function fillPatch(
  contact: Pick<Contact, ImportField>,
  candidate: ImportCandidate,
): Partial<Pick<Contact, ImportField>> {
  const patch: Partial<Pick<Contact, ImportField>> = {};
  for (const k of ['name', 'company', 'email', 'phone', 'address', 'birthday'] as const) {
    if (contact[k] === '' && candidate.fields[k] !== '') patch[k] = candidate.fields[k];
  }
  const extra = candidate.fields.notes;
  if (extra !== '' && !contact.notes.includes(extra)) {
    const notes = contact.notes === '' ? extra : `${contact.notes}\n${extra}`;
    if (encodeCellText(notes).length <= CELL_TEXT_LIMIT) patch.notes = notes;
  }
  return patch;
}
