// A form response turned into a contact: what the answers say (read in either language), which
// contact it is (matched by email or phone as the import matches), and what to write. The
// qualification rules are the sidebar's (stages.applyQualification): all three Yes → Prospect,
// a 'Not yet' → Not ready with the follow-up from settings, a No → Not a fit. No consent keeps
// the lead but marks Keep in touch No. Every entry's ID is made from the response's key, so a
// response processed again (a retry, a catch-up run) finds its entries and writes nothing twice.
import {
  activityForTransition,
  conversationActivity,
  qualificationActivity,
} from '../contact/activities';
import {
  contactField,
  CRITERION,
  emptyContact,
  KEEP_IN_TOUCH,
  matchOption,
  type Activity,
  type Contact,
  type Criterion,
  type KeepInTouch,
} from '../contact/contact';
import { hashText } from '../contact/contactHash';
import { normalizeEmail } from '../contact/validation';
import { describeDay, formatBirthday, isCalendarDay, type CalendarDay } from '../calendarDay';
import { parseBirthday } from '../dateText';
import { emailKey, phoneKey, type CountryCode } from '../import/dedupe';
import { leadFormText } from '../messages/leadForm';
import { CRITERIA_KEYS, hasNotYet, type CriterionKey } from '../qualification/qualification';
import { applyQualification } from '../qualification/stages';
import type { QuestionKey } from './questions';

/** One response as read from the responses tab: its cells by question, as text. */
export interface FormResponseRow {
  /** The Timestamp cell as an ISO instant ('' when the cell held none). */
  when: string;
  /** Each question's answer as text; a date answer as 'YYYY-MM-DD'; a number as its digits. */
  cells: Partial<Record<QuestionKey, string>>;
  /** Each answered question's title and answer, in the tab's order (for the log). */
  shown: [title: string, answer: string][];
}

export interface FormAnswers {
  name: string;
  company: string;
  email: string;
  phone: string;
  birthday: string;
  criteria: Partial<Record<CriterionKey, Criterion>>;
  consent: KeepInTouch;
}

/** 'F-' and two hashes of the response's timestamp and answers: the same row, the same key. */
export function responseKey(row: FormResponseRow): string {
  const s = JSON.stringify([row.when, row.shown]);
  return `F-${hashText(s)}${hashText(`${s}#`)}`.toUpperCase();
}

/** The Activity ID of a response's nth entry: 'F-1X2Y3Z4W-1'. */
export function responseEntryId(key: string, n: number): string {
  return `${key}-${n}`;
}

function cut(key: 'name' | 'company' | 'email' | 'phone', s: string): string {
  return s.trim().slice(0, contactField(key).maxLength ?? 200);
}

/**
 * A phone answer: Sheets reads a number typed without a '+' as a number, losing its leading 0
 * (0812… arrives as 812…), so digits alone are read as a national number of `country` and
 * written back in international form; anything else stays as typed.
 */
export function phoneAnswer(text: string, country: CountryCode): string {
  const t = text.trim();
  if (!/^\d{6,15}$/.test(t)) return cut('phone', t);
  const key = phoneKey(t, country);
  return key.startsWith('+') ? key : t;
}

/** What a response says, in either language's words. */
export function readAnswers(row: FormResponseRow, country: CountryCode): FormAnswers {
  const c = row.cells;
  const criteria: FormAnswers['criteria'] = {};
  for (const k of CRITERIA_KEYS) {
    const v = matchOption(c[k] ?? '', CRITERION);
    if (v && v !== 'Unknown') criteria[k] = v;
  }
  const consent = matchOption(c.consent ?? '', KEEP_IN_TOUCH) ?? '';
  const b = (c.birthday ?? '').trim();
  const birthday = parseBirthday(b);
  return {
    name: cut('name', c.name ?? ''),
    company: cut('company', c.company ?? ''),
    email: normalizeEmail(c.email ?? '') ?? '',
    phone: phoneAnswer(c.phone ?? '', country),
    birthday: birthday ? formatBirthday(birthday) : '',
    criteria,
    consent,
  };
}

/** The keys a response is matched to a contact by (email, phone), as the import makes them. */
export function matchKeys(a: FormAnswers, country: CountryCode): string[] {
  const keys: string[] = [];
  if (a.email) keys.push(`email:${emailKey(a.email)}`);
  const p = phoneKey(a.phone, country);
  if (p) keys.push(`phone:${p}`);
  return keys;
}

export interface FormPlan {
  /** The contact as it will be (new: with the ID given). */
  contact: Contact;
  /** What changes on an existing contact (every field of a new one). */
  fields: Partial<Contact>;
  entries: Activity[];
}

export interface PlanOptions {
  key: string;
  today: CalendarDay;
  nowIso: string;
  /** Next follow-up for a 'Not yet' answer (today + settings' notReadyDays). */
  notReadyFollowUp: CalendarDay;
  by: string;
  /** The ID a new contact gets. */
  newId: string;
}

/** Appends the form's evidence to what a note held (never twice: a replay writes it again). */
function withEvidence(old: string, evidence: string): string {
  if (old.includes(evidence)) return old;
  return (old ? `${old}\n${evidence}` : evidence).slice(0, 2000);
}

/**
 * The contact a response makes or updates, and its entries (the Form answer first, then the
 * stage change and the qualification). An existing contact keeps what the seller wrote: the
 * form fills only blank name, company, email, phone and birthday.
 */
export function planFormContact(
  before: Contact | null,
  row: FormResponseRow,
  a: FormAnswers,
  o: PlanOptions,
): FormPlan {
  const m = leadFormText();
  const base: Contact = before ?? {
    ...emptyContact(),
    id: o.newId,
    source: 'Online form',
    created: o.nowIso,
  };
  const next: Contact = { ...base };
  for (const k of ['name', 'company', 'email', 'phone', 'birthday'] as const)
    if (next[k] === '' && a[k] !== '') next[k] = a[k];
  if (next.name === '') next.name = a.email || a.phone || m.unnamed;
  const criteria = {
    fitsMarket: a.criteria.fitsMarket ?? base.fitsMarket,
    canAfford: a.criteria.canAfford ?? base.canAfford,
    canDecide: a.criteria.canDecide ?? base.canDecide,
  };
  const day = isCalendarDay(o.today) ? describeDay(o.today) : o.today;
  for (const k of CRITERIA_KEYS) {
    const given = a.criteria[k];
    if (given) next[`${k}Note`] = withEvidence(base[`${k}Note`], m.evidence(day, given));
  }
  const q = applyQualification(
    base,
    criteria,
    hasNotYet(criteria) ? o.notReadyFollowUp : '',
    o.today,
  );
  Object.assign(next, q.patch);
  if (a.consent) next.keepInTouch = a.consent;
  next.updated = o.nowIso;

  const summary = [
    m.answerSummary(row.shown.map(([t, v]) => `${t}: ${v}`).join('; ')),
    a.consent === 'No' ? m.consentNo : '',
  ]
    .filter(Boolean)
    .join(' ');
  const none = { questions: '', concerns: '', nextStep: '', followUpOn: '' as const };
  const entries: Activity[] = [
    conversationActivity(
      { contactId: next.id, type: 'Online form', summary, ...none },
      next,
      o.by,
      o.nowIso,
    ),
  ];
  if (q.from !== q.to) entries.push(activityForTransition(next, q, o.by, o.nowIso));
  if (Object.keys(a.criteria).length > 0)
    entries.push(qualificationActivity(next, criteria, o.by, o.nowIso));
  entries.forEach((e, i) => (e.activityId = responseEntryId(o.key, i + 1)));

  const fields: Partial<Contact> = {};
  for (const k of Object.keys(next) as (keyof Contact)[])
    if (!before || next[k] !== before[k]) (fields as Record<string, unknown>)[k] = next[k];
  return { contact: next, fields, entries };
}
