// Upcoming birthdays across contacts, for the pipeline view and the card reminders.

import { nextBirthday, describeBirthday, type CalendarDay } from '../calendarDay';
import { parseBirthday } from '../dateText';
import { contactRef, type Contact, type ContactRef } from '../contact/contact';
import { byName } from './followUps';

export interface BirthdayItem extends ContactRef {
  /** The day it's celebrated this time (Feb 29 → Feb 28 in common years). */
  day: CalendarDay;
  /** 0 = today. */
  daysAway: number;
  /** The age they turn, when the birth year is known. */
  age?: number;
  /** "12 December". */
  birthday: string;
  /** Postal address for the card; '' when unknown. */
  address: string;
}

type BirthdayView = Pick<Contact, 'id' | 'name' | 'stage' | 'company' | 'birthday' | 'address'>;

/**
 * Contacts whose next birthday is 0..maxDaysAway days from today (both ends included), soonest
 * first. Contacts without an id or with a birthday Prospek can't read are skipped.
 */
export function upcomingBirthdays(
  contacts: readonly BirthdayView[],
  today: CalendarDay,
  maxDaysAway: number,
): BirthdayItem[] {
  const items: BirthdayItem[] = [];
  // How far away each month and day is: a scan meets 366 of them in thousands of birthdays.
  const away = new Map<number, number>();
  for (const c of contacts) {
    if (c.id === '') continue;
    const b = parseBirthday(c.birthday);
    if (b === null) continue;
    const key = b.month * 32 + b.day;
    let daysAway = away.get(key);
    if (daysAway === undefined) {
      daysAway = nextBirthday({ month: b.month, day: b.day }, today).daysAway;
      away.set(key, daysAway);
    }
    if (daysAway > maxDaysAway) continue;
    // The day itself does not depend on the year of birth; only the age does.
    const next = nextBirthday(b, today);
    const item: BirthdayItem = {
      ...contactRef(c),
      day: next.day,
      daysAway: next.daysAway,
      birthday: describeBirthday(b),
      address: c.address,
    };
    if (next.age !== undefined) item.age = next.age;
    items.push(item);
  }
  return items.sort((a, b) => a.daysAway - b.daysAway || byName(a, b));
}
