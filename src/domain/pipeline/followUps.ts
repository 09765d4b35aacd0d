// Which follow-ups are due: shared by the pipeline summary and the daily reminders so both
// answer the same question the same way.

import { daysBetween, isCalendarDay, type CalendarDay } from '../calendarDay';
import { contactRef, type Contact, type ContactRef } from '../contact/contact';

export interface FollowUpItem extends ContactRef {
  /** The Next follow-up day. */
  day: CalendarDay;
  /** 0 when due today. */
  daysOverdue: number;
}

type FollowUpView = Pick<
  Contact,
  'id' | 'name' | 'stage' | 'company' | 'nextFollowUp' | 'keepInTouch'
>;

/**
 * A Next follow-up calls for action unless the contact is Not a fit, or said no without
 * agreeing to stay in touch.
 */
export function followUpApplies(c: FollowUpView): boolean {
  if (c.nextFollowUp === '' || c.stage === 'Not a fit') return false;
  return !(c.stage === 'Said no' && c.keepInTouch !== 'Yes');
}

/** Follow-ups due today, and overdue ones (most overdue first). Contacts without an id are skipped. */
export function dueFollowUps(
  contacts: readonly FollowUpView[],
  today: CalendarDay,
): { dueToday: FollowUpItem[]; overdue: FollowUpItem[] } {
  const dueToday: FollowUpItem[] = [];
  const overdue: FollowUpItem[] = [];
  for (const c of contacts) {
    // A malformed date (a contact not built by contactFromCells) is skipped, not fatal: one
    // bad row must not stop the whole digest.
    if (c.id === '' || !followUpApplies(c) || !isCalendarDay(c.nextFollowUp)) continue;
    const day = c.nextFollowUp;
    const late = daysBetween(day, today);
    if (late < 0) continue;
    const item = { ...contactRef(c), day, daysOverdue: late };
    (late === 0 ? dueToday : overdue).push(item);
  }
  dueToday.sort(byName);
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || byName(a, b));
  return { dueToday, overdue };
}

/** Case-insensitive by name, then id: deterministic in any runtime (no locale collation). */
export function byName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
