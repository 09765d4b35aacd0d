// The daily reminders selected in steps, so the columns read of every contact are only those
// that decide who is reminded: a digest reads five columns of a 100,000-row tab, not twelve, and
// the rest only of the few rows it needs them for (the sheet read is the caller's `fill`).

import type { Contact, ContactKey } from '../contact/contact';
import { selectReminders, type ReminderSettings, type Reminders } from './reminders';

/** Of every contact: the stage, the owner (for "mine"), the birthday and Next follow-up. */
export const REMINDER_DECIDE_KEYS = [
  'stage',
  'owner',
  'birthday',
  'nextFollowUp',
] as const satisfies readonly ContactKey[];

/** Of those who said no: whether they agreed to stay in touch, and when to recontact. */
export const REMINDER_SAID_NO_KEYS = [
  'keepInTouch',
  'recontactOn',
] as const satisfies readonly ContactKey[];

/**
 * Of open deals (Prospect, In sales) without a Next follow-up, the quiet candidates: Last
 * contacted (every logged conversation keeps it, so no scan of the Activities tab) and Created.
 */
export const REMINDER_QUIET_KEYS = [
  'lastContacted',
  'created',
] as const satisfies readonly ContactKey[];

/** Of the contacts reminded of: what the digest shows and links. */
export const REMINDER_SHOWN_KEYS = [
  'id',
  'name',
  'company',
  'address',
] as const satisfies readonly ContactKey[];

/**
 * Fills `keys` into `rows[i]` for each index given (the caller reads them from the sheet). A
 * filled `id` must stay unique and non-empty among the rows filled (a key of the row if needed).
 */
export type FillRows = (indexes: readonly number[], keys: readonly ContactKey[]) => void;

const isOpenDeal = (c: Contact) => c.stage === 'Prospect' || c.stage === 'In sales';

/**
 * selectReminders on `rows`, which hold REMINDER_DECIDE_KEYS and a unique non-empty `id` each
 * (any key: the real one comes with REMINDER_SHOWN_KEYS). It fills the other fields only where
 * they can matter, and returns exactly what selectReminders returns on whole contacts.
 */
export function selectRemindersInSteps(
  rows: Contact[],
  fill: FillRows,
  today: string,
  settings: ReminderSettings,
): Reminders {
  const saidNo: number[] = [];
  const quiet: number[] = [];
  rows.forEach((c, i) => {
    if (c.stage === 'Said no') saidNo.push(i);
    else if (isOpenDeal(c) && c.nextFollowUp === '') quiet.push(i);
  });
  // Keep in touch also decides whether a Said no's follow-up counts (followUpApplies).
  fill(saidNo, REMINDER_SAID_NO_KEYS);
  fill(quiet, REMINDER_QUIET_KEYS);
  const indexOf = new Map(rows.map((c, i) => [c.id, i]));
  const first = selectReminders(rows, new Map(), today, settings);
  const reminded = [
    ...first.followUpsDueToday,
    ...first.overdueFollowUps,
    ...first.birthdaysToday,
    ...first.upcomingBirthdays,
    ...first.recontactsDue,
    ...first.quietProspects,
  ].map((r) => indexOf.get(r.id) as number);
  const shown = [...new Set(reminded)].sort((a, b) => a - b);
  fill(shown, REMINDER_SHOWN_KEYS);
  return selectReminders(
    shown.map((i) => rows[i]),
    new Map(),
    today,
    settings,
  );
}
