// The fields each whole-tab view reads. At 100,000 contacts every Contacts column costs 100,000
// cells (and every Activities column 300,000), so these views read only what their domain
// function looks at (test/unit/app/viewFields.test.ts checks that the rest changes nothing).
import type { ContactKey } from '../domain/contact/contact';
import { LISTED_FIELDS } from '../domain/import/merge';
import {
  REMINDER_DECIDE_KEYS,
  REMINDER_QUIET_KEYS,
  REMINDER_SAID_NO_KEYS,
  REMINDER_SHOWN_KEYS,
} from '../domain/reminders/steps';
import {
  PIPELINE_DECIDE_KEYS,
  PIPELINE_SAID_NO_KEYS,
  PIPELINE_SHOWN_KEYS,
} from '../domain/pipeline/steps';

/**
 * selectReminders and composeDigest, read in steps (domain/reminders/steps.ts): every field the
 * digest uses, for the property test that they are enough.
 */
export const REMINDER_CONTACT_KEYS = [
  ...REMINDER_DECIDE_KEYS,
  ...REMINDER_SAID_NO_KEYS,
  ...REMINDER_QUIET_KEYS,
  ...REMINDER_SHOWN_KEYS,
] as const satisfies readonly ContactKey[];

/** pipelineSummary, read in steps (domain/pipeline/steps.ts): every field it uses. */
export const PIPELINE_CONTACT_KEYS = [
  ...PIPELINE_DECIDE_KEYS,
  ...PIPELINE_SAID_NO_KEYS,
  ...PIPELINE_SHOWN_KEYS,
] as const satisfies readonly ContactKey[];

/**
 * Find duplicates: merge's LISTED_FIELDS, i.e. the ID, the fields the merge form shows and
 * compares (CHOSEN_FIELDS, which hold the duplicate keys: name, company, email, phone) and
 * Updated. The merge's changed-since check compares exactly these; the merge itself re-reads
 * whole rows inside the lock.
 */
export const DUPLICATE_CONTACT_KEYS: readonly ContactKey[] = LISTED_FIELDS;
