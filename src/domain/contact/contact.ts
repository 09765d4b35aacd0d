// The contact and activity records and the sheet schema: the single source of truth for column
// headers, value kinds and allowed values. Adapters find columns by these headers (see
// normalizeHeader / mapHeaders), never by position.

import type { CalendarDay } from '../calendarDay';
import { isCalendarDay } from '../calendarDay';
import { decodeCellText } from './cellText';
import { headerNames, normalizeWord, valueNames } from './sheetWords';

export const LEAD_SOURCES = [
  'Bought list',
  'Phone book',
  'Internet search',
  'In person',
  'Referral',
  'Event',
  'Online form',
  'Other',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** The main path a contact moves along, in order. */
export const MAIN_STAGES = ['Lead', 'Prospect', 'In sales', 'Customer', 'Repeat buyer'] as const;
/** Where a contact can leave the main path; `reopen` brings them back. */
export const OUTCOME_STAGES = ['Not ready', 'Said no', 'Not a fit'] as const;
export const STAGES = [...MAIN_STAGES, ...OUTCOME_STAGES] as const;
export type MainStage = (typeof MAIN_STAGES)[number];
export type OutcomeStage = (typeof OUTCOME_STAGES)[number];
export type Stage = (typeof STAGES)[number];

/**
 * A criterion's answer. 'Not yet' is "not now" (the budget runs out until March): the contact is
 * Not ready and followed up later, never filed as Not a fit, which only a real 'No' does.
 */
export const CRITERION = ['Yes', 'Not yet', 'No', 'Unknown'] as const;
export type Criterion = (typeof CRITERION)[number];

export const READINESS = ['Ready now', 'Not yet', 'Unknown'] as const;
export type Readiness = (typeof READINESS)[number];

/** '' means nobody asked yet. */
export const KEEP_IN_TOUCH = ['Yes', 'No'] as const;
export type KeepInTouch = (typeof KEEP_IN_TOUCH)[number] | '';

/** Conversations a person logs from the sidebar. */
export const CONVERSATION_TYPES = [
  'Call',
  'Meeting',
  'Email',
  'Online form',
  'In person',
  'Message',
  'Note',
] as const;
/** Entries Prospek writes itself. */
export const SYSTEM_ACTIVITY_TYPES = [
  'Qualification',
  'Stage change',
  'Sale',
  'Import',
  'Merge',
] as const;
export const ACTIVITY_TYPES = [...CONVERSATION_TYPES, ...SYSTEM_ACTIVITY_TYPES] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];
export type SystemActivityType = (typeof SYSTEM_ACTIVITY_TYPES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/**
 * One row of the Contacts tab. Text is '' when empty; date fields are CalendarDay or ''; the
 * datetime fields are ISO instants ('2026-11-27T08:00:00.000Z') or ''.
 */
export interface Contact {
  id: string;
  name: string;
  company: string;
  email: string;
  phone: string;
  address: string;
  /** Canonical birthday text: 'YYYY-MM-DD' or '--MM-DD' (see calendarDay.formatBirthday). */
  birthday: string;
  source: LeadSource | '';
  /** Email of the person responsible; '' means everyone's. */
  owner: string;
  stage: Stage;
  fitsMarket: Criterion;
  fitsMarketNote: string;
  canAfford: Criterion;
  canAffordNote: string;
  canDecide: Criterion;
  canDecideNote: string;
  readiness: Readiness;
  nextFollowUp: CalendarDay | '';
  lastContacted: CalendarDay | '';
  keepInTouch: KeepInTouch;
  recontactOn: CalendarDay | '';
  purchases: number;
  lastPurchase: CalendarDay | '';
  notes: string;
  importBatch: string;
  created: string;
  updated: string;
  /**
   * The Stage cell's text when it names no stage Prospek knows ('Custumer', 'Hot lead'). The
   * stage is then unknown: `stage` holds 'Lead' only to keep its type, and no action, count or
   * qualification may read it as Lead (see stageUnknown). Absent when the stage was read.
   */
  unreadStage?: string;
}
export type ContactKey = Exclude<keyof Contact, 'unreadStage'>;

/** One row of the Activities tab (append-only log). */
export interface Activity {
  activityId: string;
  when: string;
  contactId: string;
  contactName: string;
  type: ActivityType;
  summary: string;
  questions: string;
  concerns: string;
  nextStep: string;
  followUpOn: CalendarDay | '';
  fromStage: Stage | '';
  toStage: Stage | '';
  by: string;
}
export type ActivityKey = keyof Activity;

export type FieldKind = 'id' | 'text' | 'enum' | 'date' | 'datetime' | 'number';

export interface FieldSpec<K extends string = string> {
  key: K;
  /** Column header in the sheet, and the field's label in user-facing messages. */
  header: string;
  kind: FieldKind;
  /** Allowed values of an enum field. '' is allowed too unless `required`. */
  options?: readonly string[];
  /** Suggested column width in pixels. */
  width?: number;
  /** Longest text accepted from the sidebar (the cell limit applies to all text). */
  maxLength?: number;
  required?: boolean;
}

// Widths are suggestions for a fresh sheet; the user's own widths are never overwritten.
export const CONTACT_FIELDS: readonly FieldSpec<ContactKey>[] = [
  { key: 'id', header: 'ID', kind: 'id', width: 90 },
  { key: 'name', header: 'Name', kind: 'text', width: 180, maxLength: 200, required: true },
  { key: 'company', header: 'Company', kind: 'text', width: 160, maxLength: 200 },
  { key: 'email', header: 'Email', kind: 'text', width: 200, maxLength: 254 },
  { key: 'phone', header: 'Phone', kind: 'text', width: 140, maxLength: 40 },
  { key: 'address', header: 'Postal address', kind: 'text', width: 220, maxLength: 1000 },
  { key: 'birthday', header: 'Birthday', kind: 'text', width: 100, maxLength: 40 },
  { key: 'source', header: 'Lead source', kind: 'enum', options: LEAD_SOURCES, width: 120 },
  { key: 'owner', header: 'Owner', kind: 'text', width: 180, maxLength: 254 },
  { key: 'stage', header: 'Stage', kind: 'enum', options: STAGES, width: 110, required: true },
  { key: 'fitsMarket', header: 'Fits target market', kind: 'enum', options: CRITERION, width: 90 },
  {
    key: 'fitsMarketNote',
    header: 'Target market evidence',
    kind: 'text',
    width: 200,
    maxLength: 2000,
  },
  { key: 'canAfford', header: 'Can afford', kind: 'enum', options: CRITERION, width: 90 },
  {
    key: 'canAffordNote',
    header: 'Affordability evidence',
    kind: 'text',
    width: 200,
    maxLength: 2000,
  },
  { key: 'canDecide', header: 'Can decide', kind: 'enum', options: CRITERION, width: 90 },
  { key: 'canDecideNote', header: 'Decision evidence', kind: 'text', width: 200, maxLength: 2000 },
  { key: 'readiness', header: 'Readiness', kind: 'enum', options: READINESS, width: 100 },
  { key: 'nextFollowUp', header: 'Next follow-up', kind: 'date', width: 110 },
  { key: 'lastContacted', header: 'Last contacted', kind: 'date', width: 110 },
  { key: 'keepInTouch', header: 'Keep in touch', kind: 'enum', options: KEEP_IN_TOUCH, width: 90 },
  { key: 'recontactOn', header: 'Recontact on', kind: 'date', width: 110 },
  { key: 'purchases', header: 'Purchases', kind: 'number', width: 80 },
  { key: 'lastPurchase', header: 'Last purchase', kind: 'date', width: 110 },
  { key: 'notes', header: 'Notes', kind: 'text', width: 260, maxLength: 50000 },
  { key: 'importBatch', header: 'Import batch', kind: 'text', width: 120, maxLength: 200 },
  { key: 'created', header: 'Created', kind: 'datetime', width: 150 },
  { key: 'updated', header: 'Updated', kind: 'datetime', width: 150 },
];

export const ACTIVITY_FIELDS: readonly FieldSpec<ActivityKey>[] = [
  { key: 'activityId', header: 'Activity ID', kind: 'id', width: 110 },
  { key: 'when', header: 'When', kind: 'datetime', width: 150 },
  { key: 'contactId', header: 'Contact ID', kind: 'id', width: 90 },
  { key: 'contactName', header: 'Contact name', kind: 'text', width: 180 },
  { key: 'type', header: 'Type', kind: 'enum', options: ACTIVITY_TYPES, width: 110 },
  { key: 'summary', header: 'Summary', kind: 'text', width: 320, maxLength: 50000 },
  { key: 'questions', header: 'Their questions', kind: 'text', width: 220, maxLength: 10000 },
  { key: 'concerns', header: 'Their concerns', kind: 'text', width: 220, maxLength: 10000 },
  { key: 'nextStep', header: 'Next step', kind: 'text', width: 200, maxLength: 1000 },
  { key: 'followUpOn', header: 'Follow-up date', kind: 'date', width: 110 },
  { key: 'fromStage', header: 'From stage', kind: 'enum', options: STAGES, width: 110 },
  { key: 'toStage', header: 'To stage', kind: 'enum', options: STAGES, width: 110 },
  { key: 'by', header: 'By', kind: 'text', width: 180 },
];

/** Fields the sidebar's contact form may set. Stage and purchases change only via stages.ts. */
export const EDITABLE_CONTACT_KEYS = [
  'name',
  'company',
  'email',
  'phone',
  'address',
  'birthday',
  'source',
  'owner',
  'fitsMarket',
  'fitsMarketNote',
  'canAfford',
  'canAffordNote',
  'canDecide',
  'canDecideNote',
  'readiness',
  'nextFollowUp',
  'notes',
] as const satisfies readonly ContactKey[];
export type EditableContactKey = (typeof EDITABLE_CONTACT_KEYS)[number];

const CONTACT_FIELD_BY_KEY = new Map(CONTACT_FIELDS.map((f) => [f.key, f]));
const ACTIVITY_FIELD_BY_KEY = new Map(ACTIVITY_FIELDS.map((f) => [f.key, f]));

export function contactField(key: ContactKey): FieldSpec<ContactKey> {
  return CONTACT_FIELD_BY_KEY.get(key) as FieldSpec<ContactKey>;
}

export function activityField(key: ActivityKey): FieldSpec<ActivityKey> {
  return ACTIVITY_FIELD_BY_KEY.get(key) as FieldSpec<ActivityKey>;
}

/** A new lead with every field at its empty value. */
export function emptyContact(): Contact {
  return {
    id: '',
    name: '',
    company: '',
    email: '',
    phone: '',
    address: '',
    birthday: '',
    source: '',
    owner: '',
    stage: 'Lead',
    fitsMarket: 'Unknown',
    fitsMarketNote: '',
    canAfford: 'Unknown',
    canAffordNote: '',
    canDecide: 'Unknown',
    canDecideNote: '',
    readiness: 'Unknown',
    nextFollowUp: '',
    lastContacted: '',
    keepInTouch: '',
    recontactOn: '',
    purchases: 0,
    lastPurchase: '',
    notes: '',
    importBatch: '',
    created: '',
    updated: '',
  };
}

// ---------------------------------------------------------------------------------------------
// Headers

/** 1 → A, 27 → AA: column letters for messages that point at a column. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Header text reduced to letters and digits, lower case, accents removed (sheetWords). */
export const normalizeHeader = normalizeWord;

export interface HeaderMap<K extends string> {
  /** 0-based column index of each field found. */
  columns: Partial<Record<K, number>>;
  /** Fields whose header is absent, in schema order. */
  missing: K[];
}

/**
 * Finds each field's column in a header row. The first matching column wins; columns that
 * match no field (the user's own) are simply not mentioned.
 */
export function mapHeaders<K extends string>(
  headerRow: readonly unknown[],
  fields: readonly FieldSpec<K>[],
): HeaderMap<K> {
  const indexByHeader = new Map<string, number>();
  headerRow.forEach((h, i) => {
    const n = normalizeHeader(h);
    if (n !== '' && !indexByHeader.has(n)) indexByHeader.set(n, i);
  });
  const columns: Partial<Record<K, number>> = {};
  const missing: K[] = [];
  for (const f of fields) {
    // Either language's header: a sheet set up in Indonesian works for an English user.
    const found = headerNames(f.header)
      .map((h) => indexByHeader.get(normalizeHeader(h)))
      .filter((i): i is number => i !== undefined);
    const i = found.length > 0 ? Math.min(...found) : undefined;
    if (i === undefined) missing.push(f.key);
    else columns[f.key] = i;
  }
  return { columns, missing };
}

/**
 * The canonical option that `value` names in either sheet language, ignoring case and spacing
 * ('ya', 'Dalam penjualan'); null if none.
 */
export function matchOption<T extends string>(value: unknown, options: readonly T[]): T | null {
  // Most cells a scan meets are blank or not read at all.
  if (value === undefined || value === null || value === '') return null;
  let index = optionIndex.get(options) as OptionIndex<T> | undefined;
  if (!index) {
    index = { names: new Map(), seen: new Map() };
    // The first option wins a name two share, as a search in option order would.
    for (const o of options)
      for (const w of valueNames(o)) {
        const n = normalizeHeader(w);
        if (!index.names.has(n)) index.names.set(n, o);
      }
    optionIndex.set(options, index);
  }
  const raw = typeof value === 'string' ? value : null;
  const known = raw === null ? undefined : index.seen.get(raw);
  if (known !== undefined) return known;
  const n = normalizeHeader(value);
  const found = n === '' ? null : (index.names.get(n) ?? null);
  if (raw !== null && index.seen.size < MAX_SEEN_OPTION_TEXTS) index.seen.set(raw, found);
  return found;
}

/**
 * Each option list's names normalized once, and the cell texts already matched: a scan matches
 * 100,000 Stage cells holding a handful of texts, and normalizing each cell and every option's
 * names was most of its JavaScript time.
 */
interface OptionIndex<T extends string> {
  names: Map<string, T>;
  seen: Map<string, T | null>;
}
const optionIndex = new WeakMap<readonly string[], OptionIndex<string>>();
/** Enum cells hold few distinct texts; past this many, the rest are normalized each time. */
const MAX_SEEN_OPTION_TEXTS = 1_000;

// ---------------------------------------------------------------------------------------------
// Reading rows

/**
 * Cell values an adapter read for one row, keyed by field. The adapter has already turned Date
 * cells into CalendarDay (date fields) or ISO instants (datetime fields) in the spreadsheet's
 * time zone; everything else is as getValues returned it.
 */
export type ContactCells = Partial<Record<ContactKey, unknown>>;

function cellString(v: unknown): string {
  if (v === null || v === undefined) return '';
  return decodeCellText(String(v)).trim();
}

/**
 * Builds a Contact from a sheet row, tolerating what people type: enum text in any case maps
 * to its canonical value; an empty stage reads as 'Lead' (a row someone typed in by hand is a
 * lead), an unrecognised one is kept in `unreadStage` (the stage is unknown); unrecognised criteria/readiness read as 'Unknown'; a date that isn't a
 * real 'YYYY-MM-DD' day reads as ''. Text cells are decoded (see cellText.ts).
 */
export function contactFromCells(cells: ContactCells): Contact {
  const c = emptyContact();
  const text = (k: ContactKey) => cellString(cells[k]);
  const day = (k: ContactKey): CalendarDay | '' => {
    const s = text(k);
    return isCalendarDay(s) ? s : '';
  };
  c.id = text('id');
  c.name = text('name');
  c.company = text('company');
  c.email = text('email');
  c.phone = text('phone');
  c.address = text('address');
  c.birthday = text('birthday');
  c.source = matchOption(cells.source, LEAD_SOURCES) ?? '';
  c.owner = text('owner');
  const stage = matchOption(cells.stage, STAGES);
  c.stage = stage ?? 'Lead';
  // Blank is a lead (a row typed without a stage); text Prospek can't read stays unknown.
  if (stage === null && text('stage') !== '') c.unreadStage = text('stage');
  c.fitsMarket = matchOption(cells.fitsMarket, CRITERION) ?? 'Unknown';
  c.fitsMarketNote = text('fitsMarketNote');
  c.canAfford = matchOption(cells.canAfford, CRITERION) ?? 'Unknown';
  c.canAffordNote = text('canAffordNote');
  c.canDecide = matchOption(cells.canDecide, CRITERION) ?? 'Unknown';
  c.canDecideNote = text('canDecideNote');
  c.readiness = matchOption(cells.readiness, READINESS) ?? 'Unknown';
  c.nextFollowUp = day('nextFollowUp');
  c.lastContacted = day('lastContacted');
  c.keepInTouch = matchOption(cells.keepInTouch, KEEP_IN_TOUCH) ?? '';
  c.recontactOn = day('recontactOn');
  const purchases = Number(cells.purchases);
  c.purchases = Number.isFinite(purchases) && purchases > 0 ? Math.floor(purchases) : 0;
  c.lastPurchase = day('lastPurchase');
  c.notes = text('notes');
  c.importBatch = text('importBatch');
  c.created = text('created');
  c.updated = text('updated');
  return c;
}

/** What lists of contacts (reminders, pipeline) carry about each one: JSON-safe and short. */
export interface ContactRef {
  id: string;
  /** Falls back to the id when the name cell is empty, so every item has something to show. */
  name: string;
  stage: Stage;
  company: string;
  /** The Stage cell's text when it names no stage (see unreadStage): shown instead of `stage`. */
  unreadStage?: string;
  /** The sheet row it was read from, when the server lists it: opening it sends it as a hint. */
  row?: number;
}

export function contactRef(
  c: Pick<Contact, 'id' | 'name' | 'stage' | 'company' | 'unreadStage'>,
): ContactRef {
  const ref: ContactRef = { id: c.id, name: c.name || c.id, stage: c.stage, company: c.company };
  if (stageUnknown(c)) ref.unreadStage = c.unreadStage;
  return ref;
}

/** True when the contact's Stage cell holds text that names no stage (see unreadStage). */
export function stageUnknown(c: Pick<Contact, 'unreadStage'>): boolean {
  return c.unreadStage !== undefined && c.unreadStage !== '';
}

/**
 * True when any of Prospek's cells read for a row holds something (the row's ID aside): a row
 * the user typed or pasted is a contact as soon as it has content.
 */
export function rowHasContent(cells: ContactCells): boolean {
  return (Object.keys(cells) as ContactKey[]).some(
    (k) => k !== 'id' && cellString(cells[k]) !== '',
  );
}

/** True for rows with nothing in the fields that identify a contact (blank or stray rows). */
export function isBlankContact(c: Pick<Contact, 'id' | 'name' | 'email' | 'phone'>): boolean {
  return c.id === '' && c.name === '' && c.email === '' && c.phone === '';
}

// ---------------------------------------------------------------------------------------------
// IDs

/** Crockford base32 without I, L, O, U: no letters that read as digits or spell words aloud. */
export const ID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CONTACT_ID_LENGTH = 6;
const ACTIVITY_ID_LENGTH = 8;
const MAX_ID_ATTEMPTS = 1000;

const CONTACT_ID_PATTERN = new RegExp(`^C-[${ID_ALPHABET}]{${CONTACT_ID_LENGTH}}$`);
const ACTIVITY_ID_PATTERN = new RegExp(`^A-[${ID_ALPHABET}]{${ACTIVITY_ID_LENGTH}}$`);

function newId(prefix: string, length: number, random: () => number, existing: IdSet): string {
  for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
    let id = prefix;
    for (let i = 0; i < length; i++) {
      // min() guards a random() that returns exactly 1.
      id +=
        ID_ALPHABET[Math.min(ID_ALPHABET.length - 1, Math.floor(random() * ID_ALPHABET.length))];
    }
    if (!existing.has(id)) return id;
  }
  throw new Error(`Could not find a free ${prefix} id after ${MAX_ID_ATTEMPTS} attempts`);
}

/** The IDs a new one must differ from: a set, or anything that answers `has` (a map by ID). */
export interface IdSet {
  has(id: string): boolean;
}

/** 'C-7K3QX9': 32^6 ≈ 1 billion ids, short enough to read aloud on a call. */
export function newContactId(random: () => number, existing: IdSet): string {
  return newId('C-', CONTACT_ID_LENGTH, random, existing);
}

/** 'A-7K3QX9M2': activities are many more, so two more characters. */
export function newActivityId(random: () => number, existing: IdSet): string {
  return newId('A-', ACTIVITY_ID_LENGTH, random, existing);
}

export function isContactId(s: unknown): boolean {
  return typeof s === 'string' && CONTACT_ID_PATTERN.test(s);
}

export function isActivityId(s: unknown): boolean {
  return typeof s === 'string' && ACTIVITY_ID_PATTERN.test(s);
}
