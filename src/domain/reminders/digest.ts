// The daily digest email, composed from selected reminders. Plain text and HTML list the same
// items; in the HTML every value that came from the sheet is escaped (html.escapeHtml) and
// every link checked (html.safeHref), because a contact's name is whatever someone typed.

import { describeDay, type CalendarDay } from '../calendarDay';
import { shortDay } from '../dateText';
import type { BirthdayItem } from '../pipeline/birthdays';
import type { ContactRef } from '../contact/contact';
import type { FollowUpItem } from '../pipeline/followUps';
import { escapeHtml, safeHref } from './html';
import { serverText } from '../messages/server';
import { capacityText } from '../messages/capacity';
import { capacityVerdict, type Fullness } from '../capacity/capacity';
import { countText } from '../messages/lang';
import { reminderCount, type QuietItem, type RecontactItem, type Reminders } from './reminders';

/**
 * Items listed per section; the rest are counted with a pointer to the sheet. MailApp refuses a
 * body over 200 KB (consumer accounts), and a digest that can never be sent would be retried
 * for ever; a few hundred lines is also more than anyone reads in one morning.
 */
export const MAX_ITEMS_PER_SECTION = 50;

export interface DigestOptions {
  today: CalendarDay;
  sheetUrl: string;
  /** A link that opens the sheet at the contact's row. */
  rowLinkFor: (contactId: string) => string;
  /** A test send: marked "[TEST]" in the subject, and sent even when nothing is due. */
  isTest: boolean;
  /** Daily reminders are on (a test digest can be sent while they are off); default true. */
  remindersOn?: boolean;
  /** The spreadsheet's time zone, e.g. 'Asia/Jakarta', mentioned so "today" is unambiguous. */
  timeZoneLabel?: string;
  /** How full the spreadsheet is: from 80% on, the digest opens with a warning. */
  fullness?: Fullness;
}

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

interface Line {
  contact: ContactRef;
  /** Text before the name ("Send a card:"), if any. */
  prefix?: string;
  /** Text after "Name (Stage)". */
  detail: string;
}

interface Section {
  title: string;
  lines: Line[];
}

function sections(r: Reminders): Section[] {
  const m = serverText().digest;
  const followUp = (i: FollowUpItem): Line => ({
    contact: i,
    detail: i.daysOverdue === 0 ? m.dueToday : m.overdue(shortDay(i.day), i.daysOverdue),
  });
  const birthday = (i: BirthdayItem): Line => ({
    contact: i,
    prefix: i.daysAway === 0 ? undefined : m.sendACard,
    detail:
      (i.daysAway === 0
        ? m.birthdayToday(i.age)
        : m.birthdayOn(shortDay(i.day), i.daysAway, i.age)) +
      (i.address ? m.postTo(i.address) : m.noAddress),
  });
  const recontact = (i: RecontactItem): Line => ({
    contact: i,
    detail: m.recontact(describeDay(i.day), i.daysOverdue),
  });
  const quiet = (i: QuietItem): Line => ({
    contact: i,
    detail: i.daysQuiet === null ? m.neverContacted : m.quietFor(i.daysQuiet),
  });
  return [
    { title: m.sections.overdue, lines: r.overdueFollowUps.map(followUp) },
    { title: m.sections.dueToday, lines: r.followUpsDueToday.map(followUp) },
    { title: m.sections.birthdaysToday, lines: r.birthdaysToday.map(birthday) },
    { title: m.sections.upcomingBirthdays, lines: r.upcomingBirthdays.map(birthday) },
    { title: m.sections.recontacts, lines: r.recontactsDue.map(recontact) },
    { title: m.sections.quiet, lines: r.quietProspects.map(quiet) },
  ].filter((s) => s.lines.length > 0);
}

/** Subjects are headers: no line breaks, whatever a value holds. */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

/**
 * The email for `reminders`, or null when nothing is due (a test send still gets an email
 * saying so, so the person testing sees mail arrive).
 */
export function composeDigest(reminders: Reminders, opts: DigestOptions): Digest | null {
  const m = serverText().digest;
  const count = reminderCount(reminders);
  if (count === 0 && !opts.isTest) return null;
  const day = describeDay(opts.today);
  const subject = oneLine((opts.isTest ? m.testPrefix : '') + m.subject(count, day));
  const list = sections(reminders);

  const text: string[] = [m.heading(day), ''];
  const html: string[] = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124">',
    `<h1 style="font-size:18px">${escapeHtml(m.heading(day))}</h1>`,
  ];
  if (opts.isTest) {
    text.push(m.testNote, '');
    html.push(`<p><em>${escapeHtml(m.testNote)}</em></p>`);
  }
  if (opts.fullness && capacityVerdict(opts.fullness) === 'warn') {
    const warning = capacityText().warning(opts.fullness);
    text.push(warning, '');
    html.push(
      `<p style="background:#fef7e0;border-left:3px solid #f4b400;padding:8px">${escapeHtml(warning)}</p>`,
    );
  }
  if (list.length === 0) {
    text.push(m.nothingDue, '');
    html.push(`<p>${escapeHtml(m.nothingDue)}</p>`);
  }
  for (const section of list) {
    const count = countText(section.lines.length);
    text.push(`${section.title} (${count})`);
    html.push(
      `<h2 style="font-size:15px;margin:16px 0 4px">${escapeHtml(section.title)} (${count})</h2>`,
      '<ul style="margin:0;padding-left:20px">',
    );
    for (const line of section.lines.slice(0, MAX_ITEMS_PER_SECTION)) {
      const c = line.contact;
      const link = opts.rowLinkFor(c.id);
      const context = m.context(c.stage, c.company, c.unreadStage);
      const prefix = line.prefix ? `${line.prefix} ` : '';
      text.push(`- ${prefix}${c.name} ${context} ${line.detail}`, `  ${link}`);
      const href = safeHref(link);
      const name = href
        ? `<a href="${href}">${escapeHtml(c.name)}</a>`
        : `<strong>${escapeHtml(c.name)}</strong>`;
      html.push(
        `<li style="margin:2px 0">${escapeHtml(prefix)}${name} ${escapeHtml(context)} ${escapeHtml(line.detail)}</li>`,
      );
    }
    const more = section.lines.length - MAX_ITEMS_PER_SECTION;
    if (more > 0) {
      text.push(`- ${m.andMore(more)}`);
      html.push(`<li style="margin:2px 0">${escapeHtml(m.andMore(more))}</li>`);
    }
    text.push('');
    html.push('</ul>');
  }
  const footer = m.footer(opts.timeZoneLabel, opts.remindersOn ?? true);
  text.push(m.openSheet(opts.sheetUrl), footer);
  const sheetHref = safeHref(opts.sheetUrl);
  html.push(
    sheetHref
      ? `<p style="margin-top:20px"><a href="${sheetHref}">${escapeHtml(m.openSheetLink)}</a></p>`
      : '',
    `<p style="color:#5f6368;font-size:12px">${escapeHtml(footer)}</p>`,
    '</div>',
  );
  return { subject, text: text.join('\n'), html: html.filter((h) => h !== '').join('\n') };
}
