// The daily reminders selected in steps, so the columns read of every contact are only those
// that decide who is reminded: a digest reads five columns of a 100,000-row tab, not twelve, and
// the rest only of the few rows it needs them for (the sheet read is the caller's `fill`).

import { isCalendarDay } from '../calendarDay';
import type { Contact, ContactKey } from '../contact/contact';
import { MAX_ITEMS_PER_SECTION } from './digest';
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
 * contacted (every logged conversation keeps it, so no scan of the Activities tab), and Created
 * of those never contacted.
 */
export const REMINDER_QUIET_KEYS = [
  'lastContacted',
  'created',
] as const satisfies readonly ContactKey[];

/**
 * Of the contacts listed: what the digest shows; the address for birthdays only, the ID only
 * for a contact without a name (it is shown instead). Links go to the row, so need no ID.
 */
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

type ListKey = Exclude<keyof Reminders, 'today'>;
const LISTS: readonly ListKey[] = [
  'followUpsDueToday',
  'overdueFollowUps',
  'birthdaysToday',
  'upcomingBirthdays',
  'recontactsDue',
  'quietProspects',
];

/**
 * selectReminders on `rows`, which hold REMINDER_DECIDE_KEYS and a unique non-empty `id` each
 * (any key, e.g. of the row: the real one is filled only for a listed contact without a name).
 * It fills the other fields only where they can matter. Each list has every item
 * selectReminders finds (the counts are the same), but only its first `shown` are whole and in
 * selectReminders' order: those the digest lists (MAX_ITEMS_PER_SECTION). They are the first by
 * date; names order only the people listed. The rest carry their row's key and dates, no name.
 */
export function selectRemindersInSteps(
  rows: Contact[],
  fill: FillRows,
  today: string,
  settings: ReminderSettings,
  shown = MAX_ITEMS_PER_SECTION,
): Reminders {
  const saidNo: number[] = [];
  const quiet: number[] = [];
  rows.forEach((c, i) => {
    if (c.stage === 'Said no') saidNo.push(i);
    else if (isOpenDeal(c) && c.nextFollowUp === '') quiet.push(i);
  });
  // Keep in touch also decides whether a Said no's follow-up counts (followUpApplies).
  fill(saidNo, REMINDER_SAID_NO_KEYS);
  fill(quiet, ['lastContacted']);
  fill(
    quiet.filter((i) => !isCalendarDay(rows[i].lastContacted)),
    ['created'],
  );
  const indexOf = new Map(rows.map((c, i) => [c.id, i]));
  const first = selectReminders(rows, new Map(), today, settings);
  const chosen = new Map(LISTS.map((l) => [l, first[l].slice(0, shown).map((r) => r.id)]));
  const at = [...new Set([...chosen.values()].flat())]
    .map((id) => indexOf.get(id) as number)
    .sort((a, b) => a - b);
  // The keys change here (a row's real ID): the items are matched by row.
  const cards = new Set(
    [...(chosen.get('birthdaysToday') ?? []), ...(chosen.get('upcomingBirthdays') ?? [])].map(
      (id) => indexOf.get(id) as number,
    ),
  );
  fill(
    at.filter((i) => cards.has(i)),
    ['address'],
  );
  fill(at, ['name', 'company']);
  // The ID only where it stands in for a missing name (contactRef); the digest links by row.
  fill(
    at.filter((i) => rows[i].name === ''),
    ['id'],
  );
  const whole = selectReminders(
    at.map((i) => rows[i]),
    new Map(),
    today,
    settings,
  );
  const rowOfKey = new Map(at.map((i) => [rows[i].id, i]));
  const out = { ...first };
  for (const l of LISTS) {
    const rowsOf = new Set((chosen.get(l) as string[]).map((id) => indexOf.get(id)));
    const listed = (whole[l] as { id: string }[]).filter((r) => rowsOf.has(rowOfKey.get(r.id)));
    (out[l] as unknown[]) = [...listed, ...first[l].slice(shown)];
  }
  return out;
}
