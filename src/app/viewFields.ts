// The fields each whole-tab view reads. At 100,000 contacts every Contacts column costs 100,000
// cells (and every Activities column 300,000), so these views read only what their domain
// function looks at (test/unit/app/viewFields.test.ts checks that the rest changes nothing).
import type { ActivityKey, ContactKey } from '../domain/contact/contact';
import { LISTED_FIELDS } from '../domain/import/merge';

/**
 * selectReminders and composeDigest: who (ID, name, company, stage, owner), follow-ups and
 * recontacts (Next follow-up, Keep in touch, Recontact on), birthdays (birthday, postal address)
 * and quiet prospects (Last contacted, Created).
 */
export const REMINDER_CONTACT_KEYS = [
  'id',
  'name',
  'company',
  'address',
  'birthday',
  'owner',
  'stage',
  'nextFollowUp',
  'lastContacted',
  'keepInTouch',
  'recontactOn',
  'created',
] as const satisfies readonly ContactKey[];

/** A contact's last conversation day: who, when, and whether it was a conversation. */
export const REMINDER_ACTIVITY_KEYS = [
  'when',
  'contactId',
  'type',
] as const satisfies readonly ActivityKey[];

/** pipelineSummary: stages, funnel levels (purchases, the three criteria), follow-ups, birthdays. */
export const PIPELINE_CONTACT_KEYS = [
  'id',
  'name',
  'company',
  'address',
  'birthday',
  'stage',
  'fitsMarket',
  'canAfford',
  'canDecide',
  'nextFollowUp',
  'keepInTouch',
  'purchases',
  'source',
] as const satisfies readonly ContactKey[];

/**
 * Find duplicates: merge's LISTED_FIELDS, i.e. the ID, the fields the merge form shows and
 * compares (CHOSEN_FIELDS, which hold the duplicate keys: name, company, email, phone) and
 * Updated. The merge's changed-since check compares exactly these; the merge itself re-reads
 * whole rows inside the lock.
 */
export const DUPLICATE_CONTACT_KEYS: readonly ContactKey[] = LISTED_FIELDS;
