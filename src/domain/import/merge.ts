// Merging duplicate contacts into one. The kept contact keeps its ID; its empty fields are filled
// from the others; where two contacts hold different values the user chooses, and every value
// that loses is copied into the kept contact's notes, so no non-empty field disappears. The
// merged-away contacts are recorded in full (as JSON, with their cells in columns that aren't
// Prospek's) in a Merge activity on the kept contact before their rows go: the record stays next
// to the history it belongs to, needs no extra tab, and survives sorting and filtering.
//
// The stage is the one chosen, then moved by stages.recordSale once for every sale the other
// contacts recorded (a customer merged with another customer is a repeat buyer); a stage that
// takes no sale (a lead, an outcome) stays as chosen, and purchases stay facts, as with moveBack.
// Keep in touch and Recontact on come from the same contacts, so they can't disagree.

import { fieldLabel } from '../contact/sheetWords';
import { compareDays, isCalendarDay, type CalendarDay } from '../calendarDay';
import { encodeCellText } from '../contact/cellText';
import { contactField, type Contact, type ContactKey } from '../contact/contact';
import { emailKey, phoneKey, type CountryCode } from './dedupe';
import { ValidationError, type FieldIssue } from '../errors';
import { serverText } from '../messages/server';
import { recordSale } from '../qualification/stages';
import { CELL_TEXT_LIMIT } from '../contact/validation';

/** A contact's non-empty cells in columns that aren't Prospek's, by column label. */
export type ExtraCells = Record<string, string>;

/**
 * A Merge activity's record: the merged-away contact, and its extra cells when it had any. The
 * first entry of a merge also holds `kept`: the kept contact's former values of the fields the
 * merge changes (Notes aside), so a replay plans from them, not from a half-written row.
 */
export type MergedRecord = Contact & { columns?: ExtraCells; kept?: Partial<Contact> };

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

/**
 * The fields Find duplicates shows and the merge decides on: a merge is refused when one of
 * them changed since the groups were listed (typed edits included: the check compares values,
 * not Updated). The rest (notes, dates, purchases) are combined from the rows as they are when
 * merging, so a change there is merged, not lost.
 */
export const LISTED_FIELDS: readonly ContactKey[] = ['id', ...CHOSEN_FIELDS, 'updated'];

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
    if (options.length > 1)
      out.push({ field, label: fieldLabel(contactField(field).header), options });
  }
  return out;
}

export interface MergePlan {
  kept: Contact;
  /** The merged-away contacts, exactly as they were. */
  removed: Contact[];
  /** One summary per removed contact for its Merge activity: a sentence and its former values. */
  records: { contact: Contact; summary: string }[];
  /** Extra cells (by column label) the kept contact had empty, each filled from `from`. */
  extraFill: { label: string; value: string; from: string }[];
  /** The kept contact's stage before and after, when the merge changed it. */
  stageChange: { from: Contact['stage']; to: Contact['stage'] } | null;
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
 * The chosen stage moved by stages.recordSale once per sale recorded on the other contacts
 * (`from` is the contact the stage came from). A stage that takes no sale stays. Only the stage
 * and readiness are taken from the transitions: purchases and Last purchase are summed and the
 * latest by the caller.
 */
function stageWithSales(
  from: Contact,
  others: readonly Contact[],
  today: CalendarDay,
): Pick<Contact, 'stage' | 'readiness'> {
  let view: Contact = { ...from };
  for (const c of others) {
    const day = isCalendarDay(c.lastPurchase) ? c.lastPurchase : today;
    for (let i = 0; i < (c.purchases || 0); i++) {
      const t = recordSale(view, day);
      if (!t.ok) return { stage: view.stage, readiness: view.readiness };
      view = { ...view, ...t.patch };
    }
  }
  return { stage: view.stage, readiness: view.readiness };
}

/** "Label: value" lines each contact loses in the merge, by contact ID. */
type Losses = Map<string, string[]>;

function lose(losers: Losses, c: Contact, label: string, v: unknown): void {
  losers.set(c.id, [...(losers.get(c.id) ?? []), `${label}: ${String(v)}`]);
}

/**
 * Sets each chosen field of `kept` from the contact chosen for it (or the one value the contacts
 * agree on) and notes what the others lose; the contact each value came from, by field. Throws
 * naming every conflicting field without a choice and every choice outside the merge.
 */
function chooseFields(
  kept: Contact,
  ordered: readonly Contact[],
  choices: MergeChoices,
  country: CountryCode | undefined,
  losers: Losses,
): Map<ChosenField, Contact> {
  const m = serverText().imports;
  const issues: FieldIssue[] = [];
  const sourceOf = new Map<ChosenField, Contact>();
  for (const field of CHOSEN_FIELDS) {
    const label = fieldLabel(contactField(field).header);
    const chosenId = choices[field];
    const firsts = new Map<string, Contact>();
    for (const c of ordered.filter((c) => !isEmpty(field, c[field]))) {
      const key = comparable(field, c[field], country);
      if (!firsts.has(key)) firsts.set(key, c);
    }
    const distinct = [...firsts.values()];
    let source: Contact = distinct[0] ?? ordered[0];
    if (chosenId !== undefined) {
      const from = ordered.find((c) => c.id === chosenId);
      if (!from) {
        issues.push({ field, message: m.mergeBadChoice(label) });
        continue;
      }
      if (!isEmpty(field, from[field])) source = from;
    } else if (distinct.length > 1) {
      issues.push({ field, message: m.mergeChoose(label) });
      continue;
    }
    const value = source[field];
    sourceOf.set(field, source);
    (kept as Record<ContactKey, unknown>)[field] = value;
    for (const c of ordered) {
      const v = c[field];
      if (!isEmpty(field, v) && v !== value) lose(losers, c, label, v);
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return sourceOf;
}

/**
 * The kept contact's history from all of them: recontact date, notes (with what each lost),
 * purchases and the stage they make, last contact, next follow-up, batch, created, updated.
 */
function mergeHistory(
  kept: Contact,
  ordered: readonly Contact[],
  stageFrom: Contact,
  losers: Losses,
  nowIso: string,
  today: CalendarDay,
): void {
  const m = serverText().imports;
  // Recontact on belongs to Keep in touch: the soonest date among the contacts whose Keep in
  // touch is the one kept; the others' dates are noted.
  const recontactLabel = fieldLabel(contactField('recontactOn').header);
  const sameKeep = ordered.filter((c) => c.keepInTouch === kept.keepInTouch);
  kept.recontactOn = earliest(sameKeep.map((c) => c.recontactOn)) as Contact['recontactOn'];
  for (const c of ordered)
    if (c.recontactOn !== '' && c.recontactOn !== kept.recontactOn)
      lose(losers, c, recontactLabel, c.recontactOn);

  // A block the kept notes hold already (a merge replayed after its notes were written) once:
  // another contact's notes the kept notes hold whole are not added again either.
  const notes: string[] = [];
  const held = new Set<string>();
  for (const c of ordered) {
    if (c.notes === '') continue;
    const blocks = c.notes.split('\n\n');
    if (notes.length > 0 && blocks.every((b) => held.has(b))) continue;
    notes.push(c.notes);
    blocks.forEach((b) => held.add(b));
  }
  for (const c of ordered) {
    const lost = losers.get(c.id);
    const block = lost ? m.mergeKeptValues(c.name || c.id, c.id, lost) : '';
    if (block && !held.has(block)) notes.push(block);
  }
  kept.notes = [...new Set(notes)].join('\n\n');
  kept.purchases = ordered.reduce((sum, c) => sum + (c.purchases || 0), 0);
  kept.lastPurchase = latest(ordered.map((c) => c.lastPurchase)) as Contact['lastPurchase'];
  Object.assign(
    kept,
    stageWithSales(
      { ...kept, stage: stageFrom.stage, purchases: stageFrom.purchases },
      ordered.filter((c) => c !== stageFrom),
      today,
    ),
  );
  kept.lastContacted = latest(ordered.map((c) => c.lastContacted)) as Contact['lastContacted'];
  // The soonest date to get back to them: a merge must not push a follow-up out of sight.
  kept.nextFollowUp = earliest(ordered.map((c) => c.nextFollowUp)) as Contact['nextFollowUp'];
  kept.importBatch = ordered.map((c) => c.importBatch).find((b) => b !== '') ?? '';
  kept.created =
    ordered
      .map((c) => c.created)
      .filter((v) => v !== '')
      .sort()[0] ?? ordered[0].created;
  kept.updated = nowIso;
}

/** The kept contact's empty extra cells, each filled from the first other contact with one. */
function extraFillOf(
  keep: Contact,
  others: readonly Contact[],
  extras: Readonly<Record<string, ExtraCells>>,
): MergePlan['extraFill'] {
  const fill: MergePlan['extraFill'] = [];
  const taken = new Set(Object.keys(extras[keep.id] ?? {}).filter((l) => extras[keep.id][l]));
  for (const c of others)
    for (const [label, value] of Object.entries(extras[c.id] ?? {}))
      if (value !== '' && !taken.has(label)) {
        taken.add(label);
        fill.push({ label, value, from: c.id });
      }
  return fill;
}

/** Each merged-away contact's Merge record; throws when it or the notes would not fit a cell. */
function mergeRecords(
  kept: Contact,
  others: readonly Contact[],
  extras: Readonly<Record<string, ExtraCells>>,
): MergePlan['records'] {
  const m = serverText().imports;
  const tooLong: FieldIssue[] = [];
  if (encodeCellText(kept.notes).length > CELL_TEXT_LIMIT)
    tooLong.push({ field: 'notes', message: m.mergeNotesTooLong });
  const records = others.map((c) => {
    const columns = Object.fromEntries(
      Object.entries(extras[c.id] ?? {}).filter(([, v]) => v !== ''),
    );
    const record: MergedRecord = Object.keys(columns).length > 0 ? { ...c, columns } : c;
    return {
      contact: c,
      summary: `${m.mergedAway(c.name || c.id, c.id)}\n${JSON.stringify(record)}`,
    };
  });
  for (const r of records) {
    if (encodeCellText(r.summary).length > CELL_TEXT_LIMIT)
      tooLong.push({
        field: 'notes',
        message: m.mergeRecordTooLong(r.contact.name || r.contact.id),
      });
  }
  if (tooLong.length > 0) throw new ValidationError(tooLong);
  return records;
}

/**
 * Plans the merge of `contacts` into the one with `keepId`. Throws a ValidationError naming
 * every conflicting field without a choice, a choice naming a contact outside the merge, and
 * a result that would not fit a cell. `extras` holds each contact's cells outside Prospek's
 * columns (by contact ID): the kept contact's empty ones are filled from the others; a
 * conflicting one keeps the kept contact's value, and the other stays in the Merge record.
 */
export function planMerge(
  contacts: readonly Contact[],
  keepId: string,
  choices: MergeChoices,
  nowIso: string,
  country?: CountryCode,
  extras: Readonly<Record<string, ExtraCells>> = {},
  /** The spreadsheet's day (its time zone), for a sale recorded without a date. */
  today: CalendarDay = nowIso.slice(0, 10),
): MergePlan {
  const m = serverText().imports;
  const keep = contacts.find((c) => c.id === keepId);
  if (contacts.length < 2) throw new ValidationError({ field: 'ids', message: m.mergeNeedsTwo });
  if (!keep) throw new ValidationError({ field: 'keepId', message: m.mergeKeepNotInGroup });
  const others = contacts.filter((c) => c.id !== keepId);
  const ordered = [keep, ...others];
  const kept: Contact = { ...keep };
  const losers: Losses = new Map();
  const sourceOf = chooseFields(kept, ordered, choices, country, losers);
  mergeHistory(kept, ordered, sourceOf.get('stage') ?? keep, losers, nowIso, today);
  const extraFill = extraFillOf(keep, others, extras);
  const records = mergeRecords(kept, others, extras);
  const stageChange = kept.stage === keep.stage ? null : { from: keep.stage, to: kept.stage };
  return { kept, removed: others, records, extraFill, stageChange };
}

/** A Merge summary with the kept contact's former values added to its record (see MergedRecord). */
export function withKeptValues(summary: string, kept: Partial<Contact>): string {
  const record = mergedRecord(summary);
  if (!record || Object.keys(kept).length === 0) return summary;
  const out = `${summary.slice(0, summary.indexOf('\n{'))}\n${JSON.stringify({ ...record, kept })}`;
  // Past a cell's limit the entry goes without them (a replay then plans from the row as read).
  return encodeCellText(out).length > CELL_TEXT_LIMIT ? summary : out;
}

/** Reads back the former values a Merge activity's summary recorded (null if none). */
export function mergedRecord(summary: string): MergedRecord | null {
  const at = summary.indexOf('\n{');
  if (at < 0) return null;
  try {
    return JSON.parse(summary.slice(at + 1)) as MergedRecord;
  } catch {
    return null;
  }
}
