// Server-side validation of everything the sidebar sends. The browser checks too, but only this
// check counts: a payload is untrusted JSON. Each validator collects every problem and throws
// one ValidationError listing them all, so the form can mark every bad field at once.

import { fieldLabel, valueLabel } from './sheetWords';
import { isRequestKey } from './requestKey';
import {
  compareDays,
  formatBirthday,
  labelText,
  validateBirthday,
  type Label,
} from '../calendarDay';
import { dayExample, parseBirthday, parseDayText } from '../dateText';
import type { CalendarDay } from '../calendarDay';
import {
  activityField,
  CONTACT_FIELDS,
  CONVERSATION_TYPES,
  contactField,
  EDITABLE_CONTACT_KEYS,
  matchOption,
  type ActivityKey,
  type Contact,
  type EditableContactKey,
  type ContactKey,
  type FieldSpec,
} from './contact';
import type { ConversationInput } from './activities';
import { encodeCellText } from './cellText';
import { ValidationError, type FieldIssue } from '../errors';
import { serverText } from '../messages/server';
import type { StageAction } from '../qualification/stages';

/** Google Sheets holds at most 50,000 characters in one cell. */
export const CELL_TEXT_LIMIT = 50000;

/**
 * Returns `value` when it fits in a cell once stored (encodeCellText may add an apostrophe),
 * otherwise throws a ValidationError for `field`.
 */
export function checkCellText(value: string, field = 'value', label = field): string {
  if (encodeCellText(value).length > CELL_TEXT_LIMIT) {
    throw new ValidationError({ field, message: serverText().cellTooLong(label, CELL_TEXT_LIMIT) });
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Formats

const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^${ATEXT}(?:\\.${ATEXT})*$`);
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * A pragmatic subset of RFC 5322 addresses: dot-atom local part (no quoted strings or
 * comments), a domain of at least two DNS labels with an alphabetic (or punycode) top level.
 * Returns the address trimmed with its domain lower-cased, or null.
 */
export function normalizeEmail(value: string): string | null {
  const s = value.trim();
  if (s.length > 254) return null;
  const at = s.lastIndexOf('@');
  if (at <= 0) return null;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1).toLowerCase();
  if (local.length > 64 || !LOCAL_PART.test(local)) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return null;
  const tld = labels[labels.length - 1];
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return null;
  return `${local}@${domain}`;
}

const PHONE_CHARS = /^\+?[0-9 ().-]+$/;

/**
 * Digits with an optional leading +, and spaces, dashes, dots or brackets between them; 6–20
 * digits. Returns the number trimmed with runs of spaces collapsed, or null.
 */
export function normalizePhone(value: string): string | null {
  const s = value.trim().replace(/\s+/g, ' ');
  if (!PHONE_CHARS.test(s)) return null;
  const digits = s.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 20 ? s : null;
}

/**
 * Contact ids come from the sheet, where people may have typed their own, so this accepts any
 * short token of letters, digits, '-', '_' and '.', not only Prospek's own 'C-XXXXXX'.
 */
const ID_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A contact ID as sent (not trimmed): see ID_TOKEN. */
export function isContactId(v: unknown): v is string {
  return typeof v === 'string' && ID_TOKEN.test(v);
}

// ---------------------------------------------------------------------------------------------
// Collecting issues

/** An object that is not null and not an array: the shape every sidebar payload must have. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The payload as a record, or a ValidationError saying it isn't one. */
export function requireRecord(payload: unknown): Record<string, unknown> {
  if (!isRecord(payload)) {
    throw new ValidationError({ field: '', message: serverText().payloadNotObject });
  }
  return payload;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

class Issues {
  readonly list: FieldIssue[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new ValidationError(this.list);
  }
}

function requireObject(payload: unknown): Record<string, unknown> {
  if (!isPlainObject(payload)) {
    throw new ValidationError({ field: '', message: serverText().payloadNotObject });
  }
  return payload;
}

/** A string field: null/undefined read as ''; anything else non-string is an issue. */
function readString(
  issues: Issues,
  field: string,
  label: Label,
  value: unknown,
  maxLength = CELL_TEXT_LIMIT,
): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') {
    issues.add(field, serverText().mustBeText(labelText(label)));
    return null;
  }
  const s = value.trim();
  if (encodeCellText(s).length > CELL_TEXT_LIMIT) {
    issues.add(field, serverText().cellTooLong(labelText(label), CELL_TEXT_LIMIT));
    return null;
  }
  if (s.length > maxLength) {
    issues.add(field, serverText().tooLong(labelText(label), maxLength));
    return null;
  }
  return s;
}

function readId(issues: Issues, field: string, label: Label, value: unknown): string | null {
  const s = readString(issues, field, label, value, 64);
  if (s === null) return null;
  if (s === '') {
    issues.add(field, serverText().required(labelText(label)));
    return null;
  }
  if (!ID_TOKEN.test(s)) {
    issues.add(field, serverText().invalidId(labelText(label)));
    return null;
  }
  return s;
}

/** A day as the sidebar sends it ('YYYY-MM-DD'), or as a person types it ('15/12/2026'). */
function readDay(
  issues: Issues,
  field: string,
  label: Label,
  value: unknown,
  today: CalendarDay,
): CalendarDay | '' | null {
  const s = readString(issues, field, label, value, 40);
  if (s === null || s === '') return s;
  const day = parseDayText(s, { today });
  if (day === null) issues.add(field, serverText().invalidDay(labelText(label), dayExample()));
  return day;
}

function readEnum<T extends string>(
  issues: Issues,
  spec: FieldSpec,
  options: readonly T[],
  value: unknown,
): T | '' | null {
  const s = readString(issues, spec.key, () => fieldLabel(spec.header), value, 200);
  if (s === null || s === '') return s;
  const match = matchOption(s, options);
  if (match === null)
    issues.add(
      spec.key,
      serverText().notInOptions(fieldLabel(spec.header), options.map(valueLabel)),
    );
  return match;
}

// ---------------------------------------------------------------------------------------------
// Contacts

/**
 * What the contact form may send. `id` identifies the contact being edited (absent when
 * creating). Fields absent from the payload are absent here too: the store leaves them
 * unchanged (or empty for a new contact). Name is always required.
 */
export type ContactInput = { id?: string; name: string } & Partial<
  Pick<Contact, Exclude<EditableContactKey, 'name'>>
>;

const EDITABLE = new Set<string>(EDITABLE_CONTACT_KEYS);
const CONTACT_KEYS = new Set<string>(CONTACT_FIELDS.map((f) => f.key));

function readContactField(
  issues: Issues,
  key: EditableContactKey,
  value: unknown,
  today: CalendarDay,
): unknown {
  const spec = contactField(key);
  const label = () => fieldLabel(spec.header);
  if (spec.kind === 'enum') {
    const v = readEnum(issues, spec, spec.options as readonly string[], value);
    // A blank answer to a yes/no/unknown question is simply Unknown.
    if (
      v === '' &&
      (key === 'fitsMarket' || key === 'canAfford' || key === 'canDecide' || key === 'readiness')
    ) {
      return 'Unknown';
    }
    return v;
  }
  if (spec.kind === 'date') return readDay(issues, key, label, value, today);
  const s = readString(issues, key, label, value, spec.maxLength);
  if (s === null || s === '') return s;
  switch (key) {
    case 'email':
    case 'owner': {
      const email = normalizeEmail(s);
      if (email === null) issues.add(key, serverText().invalidEmail(label()));
      return email;
    }
    case 'phone': {
      const phone = normalizePhone(s);
      if (phone === null) issues.add(key, serverText().invalidPhone(label()));
      return phone;
    }
    case 'birthday': {
      const b = parseBirthday(s);
      if (b === null) {
        issues.add(key, serverText().invalidBirthday(label()));
        return null;
      }
      const problem = validateBirthday(b, today, label);
      if (problem !== null) {
        issues.add(key, problem);
        return null;
      }
      return formatBirthday(b);
    }
    default:
      return s;
  }
}

/**
 * Validates the contact form's payload: a plain object of editable fields (plus `id` when
 * editing). Throws a ValidationError naming every bad field; returns trimmed, canonical values
 * (enum casing fixed, email domain lower-cased, birthday as 'YYYY-MM-DD' or '--MM-DD').
 */
export function validateContactInput(payload: unknown, opts: { today: CalendarDay }): ContactInput {
  const obj = requireObject(payload);
  const issues = new Issues();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    if (key === 'id') {
      const id = readId(issues, 'id', () => fieldLabel(contactField('id').header), obj.id);
      if (id !== null) out.id = id;
    } else if (EDITABLE.has(key)) {
      const v = readContactField(issues, key as EditableContactKey, obj[key], opts.today);
      if (v !== null) out[key] = v;
    } else if (CONTACT_KEYS.has(key)) {
      issues.add(
        key,
        serverText().fieldNotEditable(fieldLabel(contactField(key as ContactKey).header)),
      );
    } else {
      issues.add(key, serverText().unknownField(key));
    }
  }
  if (!('name' in obj) || out.name === '') {
    issues.add('name', serverText().required(fieldLabel(contactField('name').header)));
  }
  issues.throwIfAny();
  return out as ContactInput;
}

// ---------------------------------------------------------------------------------------------
// Conversations

/** The validated conversation; the same shape activities.conversationActivity takes. */
export type ActivityInput = ConversationInput;

const ACTIVITY_INPUT_KEYS: readonly (keyof ActivityInput)[] = [
  'contactId',
  'type',
  'summary',
  'questions',
  'concerns',
  'nextStep',
  'followUpOn',
];

/**
 * Validates a logged conversation: a known contact id, a conversation type (system types are
 * Prospek's own), at least one of summary / questions / concerns, and a follow-up date that
 * exists. A follow-up date in the past is allowed (logging something after the fact).
 */
export function validateActivityInput(
  payload: unknown,
  opts: { today: CalendarDay },
): ActivityInput {
  const obj = requireObject(payload);
  const issues = new Issues();
  const allowed = new Set<string>(ACTIVITY_INPUT_KEYS);
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key)) issues.add(key, serverText().unknownField(key));
  }
  const label = (k: ActivityKey) => activityField(k).header;
  const text = (k: 'summary' | 'questions' | 'concerns' | 'nextStep') =>
    readString(issues, k, label(k), obj[k], activityField(k).maxLength);

  const contactId = readId(issues, 'contactId', label('contactId'), obj.contactId);
  let type: ActivityInput['type'] | null = null;
  if (obj.type === undefined || obj.type === null || obj.type === '') {
    issues.add('type', serverText().required(label('type')));
  } else {
    const t = readEnum(issues, activityField('type'), CONVERSATION_TYPES, obj.type);
    if (t) type = t;
  }
  const summary = text('summary');
  const questions = text('questions');
  const concerns = text('concerns');
  const nextStep = text('nextStep');
  if (summary === '' && questions === '' && concerns === '') {
    issues.add('summary', serverText().conversationNeedsContent);
  }
  const followUpOn = readDay(issues, 'followUpOn', label('followUpOn'), obj.followUpOn, opts.today);
  issues.throwIfAny();
  return {
    contactId: contactId as string,
    type: type as ActivityInput['type'],
    summary: summary as string,
    questions: questions as string,
    concerns: concerns as string,
    nextStep: nextStep as string,
    followUpOn: followUpOn as CalendarDay | '',
  };
}

// ---------------------------------------------------------------------------------------------
// Stage actions

export type StageActionInput =
  | { action: 'advance' | 'moveBack' | 'reopen'; contactId: string }
  | { action: 'markNotReady'; contactId: string; followUpOn: CalendarDay }
  | { action: 'markSaidNo'; contactId: string; keepInTouch: boolean; recontactOn: CalendarDay | '' }
  | { action: 'markNotAFit'; contactId: string; reason: string }
  | { action: 'recordSale'; contactId: string; day: CalendarDay };

const ACTION_KEYS: Record<StageAction, readonly string[]> = {
  advance: [],
  moveBack: [],
  reopen: [],
  markNotReady: ['followUpOn'],
  markSaidNo: ['keepInTouch', 'recontactOn'],
  markNotAFit: ['reason'],
  recordSale: ['day'],
};

/**
 * Validates a stage button's payload: `{ action, contactId, ...fields for that action }`.
 * Dates are checked against today here so the form can mark the field; stages.ts checks the
 * transition itself (and the dates again) against the contact as stored.
 */
export function validateStageActionInput(
  payload: unknown,
  opts: { today: CalendarDay },
): StageActionInput {
  const obj = requireObject(payload);
  const issues = new Issues();
  const m = serverText();
  const action = obj.action;
  if (typeof action !== 'string' || !Object.prototype.hasOwnProperty.call(ACTION_KEYS, action)) {
    throw new ValidationError({ field: 'action', message: m.unknownAction(String(action)) });
  }
  const act = action as StageAction;
  const allowed = new Set(['action', 'contactId', ...ACTION_KEYS[act]]);
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key)) issues.add(key, m.unknownField(key));
  }
  const contactId =
    readId(issues, 'contactId', fieldLabel(contactField('id').header), obj.contactId) ?? '';

  const dayField = (
    field: string,
    label: string,
    rule: 'notPast' | 'notFuture',
    required: boolean,
  ) => {
    const day = readDay(issues, field, label, obj[field], opts.today);
    if (day === '' && required) issues.add(field, m.required(label));
    if (day) {
      if (rule === 'notPast' && compareDays(day, opts.today) < 0)
        issues.add(field, m.dayInPast(label));
      if (rule === 'notFuture' && compareDays(day, opts.today) > 0)
        issues.add(field, m.dayInFuture(label));
    }
    return day || '';
  };

  let result: StageActionInput;
  switch (act) {
    case 'markNotReady':
      result = {
        action: act,
        contactId,
        followUpOn: dayField('followUpOn', m.followUpDateLabel, 'notPast', true),
      };
      break;
    case 'markSaidNo': {
      let keepInTouch = false;
      if (typeof obj.keepInTouch === 'boolean') keepInTouch = obj.keepInTouch;
      else
        issues.add('keepInTouch', m.mustBeYesOrNo(fieldLabel(contactField('keepInTouch').header)));
      const recontactOn = dayField(
        'recontactOn',
        fieldLabel(contactField('recontactOn').header),
        'notPast',
        keepInTouch,
      );
      result = { action: act, contactId, keepInTouch, recontactOn: keepInTouch ? recontactOn : '' };
      break;
    }
    case 'markNotAFit':
      result = {
        action: act,
        contactId,
        reason: readString(issues, 'reason', m.reasonLabel, obj.reason, 2000) ?? '',
      };
      break;
    case 'recordSale':
      result = { action: act, contactId, day: dayField('day', m.saleDayLabel, 'notFuture', true) };
      break;
    default:
      result = { action: act, contactId };
  }
  issues.throwIfAny();
  return result;
}

/** A request's key (see requestKey.ts): '' when the caller sent none; refused when malformed. */
export function readRequestKey(request: Record<string, unknown>): string {
  const key = request.requestKey;
  if (key === undefined || key === null || key === '') return '';
  if (!isRequestKey(key)) {
    throw new ValidationError({
      field: 'requestKey',
      message: serverText().unknownField('requestKey'),
    });
  }
  return key;
}

/**
 * The sheet row a reply placed the contact on, sent back as a hint (contactStore.contactRowOf):
 * undefined when absent; a data row (a whole number, 2 or more) when present, else refused.
 */
export function readRowHint(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 2) {
    throw new ValidationError({ field: 'row', message: serverText().rowHintInvalid });
  }
  return value;
}
