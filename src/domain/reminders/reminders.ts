// What the daily digest reminds someone of. Pure selection: the trigger reads contacts and the
// activity log, calls selectReminders, and hands the result to digest.composeDigest.

import { compareDays, daysBetween, isCalendarDay, type CalendarDay } from '../calendarDay';
import { upcomingBirthdays, type BirthdayItem } from '../pipeline/birthdays';
import { contactRef, type Contact, type ContactRef } from '../contact/contact';
import { byName, dueFollowUps, type FollowUpItem } from '../pipeline/followUps';

export interface ReminderSettings {
  /** Days ahead to remind about a birthday, time to send a card. */
  cardLeadDays: number;
  /** A prospect with no conversation for more than this many days has gone quiet. */
  staleDays: number;
  /** Remind about people who said no but agreed to stay in touch. */
  keepInTouch: boolean;
  /** 'mine': contacts I own plus unowned ones; 'everyone': all contacts. */
  scope: 'mine' | 'everyone';
  /** The recipient's email, matched against Owner. */
  me: string;
}

export const DEFAULT_REMINDER_SETTINGS: Omit<ReminderSettings, 'me'> = {
  cardLeadDays: 7,
  staleDays: 14,
  keepInTouch: true,
  scope: 'mine',
};

export interface RecontactItem extends ContactRef {
  /** Recontact on. */
  day: CalendarDay;
  daysOverdue: number;
}

export interface QuietItem extends ContactRef {
  /** Last conversation day, else Last contacted, else the day created; '' when none is known. */
  lastTouch: CalendarDay | '';
  /** Days since lastTouch; null when there is no lastTouch. */
  daysQuiet: number | null;
}

export interface Reminders {
  today: CalendarDay;
  followUpsDueToday: FollowUpItem[];
  overdueFollowUps: FollowUpItem[];
  birthdaysToday: BirthdayItem[];
  /** 1..cardLeadDays days away. */
  upcomingBirthdays: BirthdayItem[];
  recontactsDue: RecontactItem[];
  quietProspects: QuietItem[];
}

export function reminderCount(r: Reminders): number {
  return (
    r.followUpsDueToday.length +
    r.overdueFollowUps.length +
    r.birthdaysToday.length +
    r.upcomingBirthdays.length +
    r.recontactsDue.length +
    r.quietProspects.length
  );
}

export function isMine(owner: string, me: string): boolean {
  const o = owner.trim().toLowerCase();
  return o === '' || o === me.trim().toLowerCase();
}

/**
 * The day part of an ISO instant such as Created. It is the UTC day, which can differ from the
 * spreadsheet's day by one; good enough for "quiet for more than N days", and used only when no
 * conversation or Last contacted day is known.
 */
function dayOfIso(iso: string): CalendarDay | '' {
  const d = iso.slice(0, 10);
  return isCalendarDay(d) ? d : '';
}

/** The later of two days, ignoring anything that isn't a real day. */
function laterDay(a: string | undefined, b: string): CalendarDay | '' {
  if (!isCalendarDay(a)) return isCalendarDay(b) ? b : '';
  if (!isCalendarDay(b)) return a;
  return compareDays(a, b) >= 0 ? a : b;
}

/**
 * The day to contact someone again: Next follow-up (the one place, see stages.ts), else a
 * Recontact on left by a sheet written before that rule, so no old date is lost to the digest.
 */
export function contactAgainDay(
  c: Pick<Contact, 'nextFollowUp' | 'recontactOn'>,
): CalendarDay | '' {
  if (isCalendarDay(c.nextFollowUp)) return c.nextFollowUp;
  return isCalendarDay(c.recontactOn) ? c.recontactOn : '';
}

/**
 * Selects the reminders for one recipient on `today`.
 * - Follow-ups: see followUps.followUpApplies. Someone also listed for recontact isn't listed
 *   twice.
 * - Birthdays today, and upcoming ones within cardLeadDays (in time to post a card).
 * - Recontacts: Said no, Keep in touch Yes, the day to contact again (contactAgainDay) today
 *   or earlier (when enabled).
 * - Quiet prospects: Prospect or In sales, no conversation for more than staleDays, and no
 *   Next follow-up at all (a future one means they aren't forgotten; a due or overdue one is
 *   already listed under follow-ups, and each person appears once).
 */
export function selectReminders(
  contacts: readonly Contact[],
  lastConversationByContactId: ReadonlyMap<string, CalendarDay>,
  today: CalendarDay,
  settings: ReminderSettings,
): Reminders {
  const mine = contacts.filter(
    (c) => c.id !== '' && (settings.scope === 'everyone' || isMine(c.owner, settings.me)),
  );

  const recontactsDue: RecontactItem[] = [];
  if (settings.keepInTouch) {
    for (const c of mine) {
      const day = contactAgainDay(c);
      if (c.stage !== 'Said no' || c.keepInTouch !== 'Yes' || day === '') continue;
      const late = daysBetween(day, today);
      if (late >= 0) recontactsDue.push({ ...contactRef(c), day, daysOverdue: late });
    }
    recontactsDue.sort((a, b) => b.daysOverdue - a.daysOverdue || byName(a, b));
  }
  const recontactIds = new Set(recontactsDue.map((r) => r.id));
  const followUps = dueFollowUps(
    mine.filter((c) => !recontactIds.has(c.id)),
    today,
  );

  const birthdays = upcomingBirthdays(mine, today, Math.max(0, settings.cardLeadDays));

  const quietProspects: QuietItem[] = [];
  for (const c of mine) {
    if (c.stage !== 'Prospect' && c.stage !== 'In sales') continue;
    if (c.nextFollowUp !== '') continue;
    const lastTouch =
      laterDay(lastConversationByContactId.get(c.id), c.lastContacted) || dayOfIso(c.created);
    const daysQuiet = lastTouch === '' ? null : daysBetween(lastTouch, today);
    if (daysQuiet === null || daysQuiet > settings.staleDays) {
      quietProspects.push({ ...contactRef(c), lastTouch, daysQuiet });
    }
  }
  // Never-contacted first, then the longest quiet.
  quietProspects.sort(
    (a, b) => (b.daysQuiet ?? Infinity) - (a.daysQuiet ?? Infinity) || byName(a, b),
  );

  return {
    today,
    followUpsDueToday: followUps.dueToday,
    overdueFollowUps: followUps.overdue,
    birthdaysToday: birthdays.filter((b) => b.daysAway === 0),
    upcomingBirthdays: birthdays.filter((b) => b.daysAway > 0),
    recontactsDue,
    quietProspects,
  };
}
