// Merging duplicate contacts into one. The kept contact keeps its ID; its empty fields are filled
// from the others; where two contacts hold different values the user chooses, and every value
// that loses is copied into the kept contact's notes, so no non-empty field disappears. The
// merged-away contacts are recorded in full (as JSON) in a Merge activity on the kept contact
// before their rows go: the record stays next to the history it belongs to, needs no extra tab,
// and survives sorting and filtering of the Contacts tab.

import { compareDays, isCalendarDay } from './calendarDay';
import { encodeCellText } from './cellText';
import { contactField, type Contact, type ContactKey } from './contact';
import { emailKey, phoneKey, type CountryCode } from './dedupe';
import { ValidationError, type FieldIssue } from './errors';
import { msg } from './messages';
import { CELL_TEXT_LIMIT } from './validation';

/** Fields the user chooses between when the contacts disagree. */
export const CHOSEN_FIELDS = [
  'name',
  'company',
  'email',
  'phone',
  'address',
  'birthday',
  'source',
  'owner',
  'stage',
  'fitsMarket',
  'fitsMarketNote',
  'canAfford',
  'canAffordNote',
  'canDecide',
  'canDecideNote',
  'readiness',
  'keepInTouch',
] as const satisfies readonly ContactKey[];
export type ChosenField = (typeof CHOSEN_FIELDS)[number];

/** Field → the ID of the contact whose value to keep. */
export type MergeChoices = Partial<Record<ChosenField, string>>;

/**
 * The comparable form of a value: emails and phone numbers compare as their duplicate keys
 * ('BUDI@x.id' = 'budi@x.id', '0812…' = '+62 812…'), so writing them two ways is no conflict.
 */
function comparable(field: ContactKey, value: unknown, country?: CountryCode): string {
  const s = String(value);
  if (field === 'email') return emailKey(s);
  if (field === 'phone') return phoneKey(s, country) || s;
  return s;
}

/** 'Unknown' answers carry no information: they never conflict with a real answer. */
function isEmpty(key: ContactKey, value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  if (key === 'fitsMarket' || key === 'canAfford' || key === 'canDecide' || key === 'readiness')
    return value === 'Unknown';
  return false;
}

export interface MergeConflict {
  field: ChosenField;
  label: string;
  /** Each distinct value with the first contact holding it. */
  options: { contactId: string; value: string }[];
}

/** Fields where the contacts hold two or more different non-empty values. */
export function mergeConflicts(
  contacts: readonly Contact[],
  country?: CountryCode,
): MergeConflict[] {
  const out: MergeConflict[] = [];
  for (const field of CHOSEN_FIELDS) {
    const options: MergeConflict['options'] = [];
    const seen = new Set<string>();
    for (const c of contacts) {
      const v = c[field];
      const key = comparable(field, v, country);
      if (isEmpty(field, v) || seen.has(key)) continue;
      seen.add(key);
      options.push({ contactId: c.id, value: String(v) });
    }
    if (options.length > 1) out.push({ field, label: contactField(field).header, options });
  }
  return out;
}

export interface MergePlan {
  kept: Contact;
  /** The merged-away contacts, exactly as they were. */
  removed: Contact[];
  /** One summary per removed contact for its Merge activity: a sentence and its former values. */
  records: { contact: Contact; summary: string }[];
}

function earliest(values: string[]): string {
  const days = values.filter((v) => isCalendarDay(v));
  return days.sort(compareDays)[0] ?? '';
}

function latest(values: string[]): string {
  const days = values.filter((v) => isCalendarDay(v));
  return days.sort(compareDays).reverse()[0] ?? '';
}

/**
 * Plans the merge of `contacts` into the one with `keepId`. Throws a ValidationError naming
 * every conflicting field without a choice, a choice naming a contact outside the merge, and
 * a result that would not fit a cell.
 */
export function planMerge(
  contacts: readonly Contact[],
  keepId: string,
  choices: MergeChoices,
  nowIso: string,
  country?: CountryCode,
): MergePlan {
  const m = msg().imports;
  const keep = contacts.find((c) => c.id === keepId);
  if (contacts.length < 2) throw new ValidationError({ field: 'ids', message: m.mergeNeedsTwo });
  if (!keep) throw new ValidationError({ field: 'keepId', message: m.mergeKeepNotInGroup });
  const others = contacts.filter((c) => c.id !== keepId);
  const ordered = [keep, ...others];
  const issues: FieldIssue[] = [];
  const kept: Contact = { ...keep };
  const losers = new Map<string, string[]>(); // contact id → "Label: value" it loses

  for (const field of CHOSEN_FIELDS) {
    const label = contactField(field).header;
    const chosenId = choices[field];
    const present = ordered.map((c) => c[field]).filter((v) => !isEmpty(field, v));
    const firsts = new Map<string, unknown>();
    for (const v of present) {
      const key = comparable(field, v, country);
      if (!firsts.has(key)) firsts.set(key, v);
    }
    const distinct = [...firsts.values()];
    let value: unknown = distinct[0] ?? keep[field];
    if (chosenId !== undefined) {
      const from = contacts.find((c) => c.id === chosenId);
      if (!from) {
        issues.push({ field, message: m.mergeBadChoice(label) });
        continue;
      }
      value = isEmpty(field, from[field]) ? value : from[field];
    } else if (distinct.length > 1) {
      issues.push({ field, message: m.mergeChoose(label) });
      continue;
    }
    (kept as Record<ContactKey, unknown>)[field] = value;
    for (const c of ordered) {
      const v = c[field];
      if (!isEmpty(field, v) && v !== value) {
        const lost = losers.get(c.id) ?? [];
        lost.push(`${label}: ${String(v)}`);
        losers.set(c.id, lost);
      }
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const notes = ordered.map((c) => c.notes).filter((n) => n !== '');
  for (const c of ordered) {
    const lost = losers.get(c.id);
    if (lost) notes.push(m.mergeKeptValues(c.name || c.id, c.id, lost));
  }
  kept.notes = [...new Set(notes)].join('\n\n');
  kept.purchases = ordered.reduce((sum, c) => sum + (c.purchases || 0), 0);
  kept.lastPurchase = latest(ordered.map((c) => c.lastPurchase)) as Contact['lastPurchase'];
  kept.lastContacted = latest(ordered.map((c) => c.lastContacted)) as Contact['lastContacted'];
  // The soonest date to get back to them: a merge must not push a follow-up out of sight.
  kept.nextFollowUp = earliest(ordered.map((c) => c.nextFollowUp)) as Contact['nextFollowUp'];
  kept.recontactOn = earliest(ordered.map((c) => c.recontactOn)) as Contact['recontactOn'];
  kept.importBatch = ordered.map((c) => c.importBatch).find((b) => b !== '') ?? '';
  kept.created =
    ordered
      .map((c) => c.created)
      .filter((v) => v !== '')
      .sort()[0] ?? keep.created;
  kept.updated = nowIso;

  const tooLong: FieldIssue[] = [];
  if (encodeCellText(kept.notes).length > CELL_TEXT_LIMIT)
    tooLong.push({ field: 'notes', message: m.mergeNotesTooLong });
  const records = others.map((c) => ({
    contact: c,
    summary: `${m.mergedAway(c.name || c.id, c.id)}\n${JSON.stringify(c)}`,
  }));
  for (const r of records) {
    if (encodeCellText(r.summary).length > CELL_TEXT_LIMIT)
      tooLong.push({
        field: 'notes',
        message: m.mergeRecordTooLong(r.contact.name || r.contact.id),
      });
  }
  if (tooLong.length > 0) throw new ValidationError(tooLong);
  return { kept, removed: others, records };
}

/** Reads back the former values a Merge activity's summary recorded (null if none). */
export function mergedRecord(summary: string): Contact | null {
  const at = summary.indexOf('\n{');
  if (at < 0) return null;
  try {
    return JSON.parse(summary.slice(at + 1)) as Contact;
  } catch {
    return null;
  }
}
