// Reminder settings: one record per user per spreadsheet. Pure validation of what the sidebar
// sends, tolerant reading of what was stored (an older version may have stored less), and the
// "next run" the Settings tab shows.

import { addDays, type CalendarDay } from '../calendarDay';
import { ValidationError, type FieldIssue } from '../errors';
import { serverText } from '../messages/server';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './reminders';
import { normalizeEmail, requireRecord } from '../contact/validation';

export interface ReminderPrefs {
  /** Daily digest on or off. */
  enabled: boolean;
  /** Hour of the day (0–23) in the spreadsheet's time zone; Apps Script runs it within that hour. */
  hour: number;
  /** Where the digest goes; '' means the user's own address. */
  recipient: string;
  scope: ReminderSettings['scope'];
  cardLeadDays: number;
  staleDays: number;
  keepInTouch: boolean;
  /** Days from today to a Not ready contact's default Next follow-up (a 'Not yet' answer). */
  notReadyDays: number;
}

export type ReminderPrefKey = keyof ReminderPrefs;

/** What the Settings tab shows: the settings and the trigger's real state. */
export interface ReminderSettingsView {
  prefs: ReminderPrefs;
  /** The user's own address, the default recipient ('' when Apps Script doesn't reveal it). */
  me: string;
  timeZone: string;
  /** A digest trigger is installed for this user and spreadsheet. */
  active: boolean;
  /** When the digest next goes out, in the spreadsheet's zone; null when off. */
  nextRun: { day: CalendarDay; hour: number; retry: boolean } | null;
  /** One sentence for the user: on/off and the next run. */
  status: string;
  /** What the last run did; '' before the first. */
  last: string;
}

export const DEFAULT_PREFS: ReminderPrefs = {
  enabled: false,
  hour: 8,
  recipient: '',
  ...DEFAULT_REMINDER_SETTINGS,
  notReadyDays: 30,
};

export const PREF_LIMITS = {
  cardLeadDays: { min: 0, max: 60 },
  staleDays: { min: 1, max: 365 },
  hour: { min: 0, max: 23 },
  notReadyDays: { min: 1, max: 365 },
} as const;

const KEYS = Object.keys(DEFAULT_PREFS) as ReminderPrefKey[];

/** A whole number as a number or as the digits a form field holds. */
function wholeNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v === 'string' && /^\s*\d{1,4}\s*$/.test(v)) return Number(v);
  return null;
}

/**
 * Checks a settings form. Every field is required but notReadyDays (the tab sends them all), unknown keys
 * are refused, and every problem is listed with its field; nothing is returned on error.
 */
export function validateReminderPrefs(payload: unknown): ReminderPrefs {
  const m = serverText();
  const l = m.reminderSettings.labels;
  const input = requireRecord(payload);
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(input)) {
    if (!(KEYS as string[]).includes(key))
      issues.push({ field: key, message: m.unknownField(key) });
  }
  const out = { ...DEFAULT_PREFS };

  const bool = (key: 'enabled' | 'keepInTouch') => {
    const v = input[key];
    if (typeof v === 'boolean') out[key] = v;
    else issues.push({ field: key, message: m.mustBeYesOrNo(l[key]) });
  };
  const int = (key: keyof typeof PREF_LIMITS) => {
    const n = wholeNumber(input[key]);
    const { min, max } = PREF_LIMITS[key];
    if (n === null || n < min || n > max) {
      issues.push({ field: key, message: m.reminderSettings.wholeNumberIn(l[key], min, max) });
    } else out[key] = n;
  };

  bool('enabled');
  int('hour');
  const recipient = input.recipient;
  if (typeof recipient !== 'string') {
    issues.push({ field: 'recipient', message: m.mustBeText(l.recipient) });
  } else if (recipient.trim() !== '') {
    const email = normalizeEmail(recipient);
    if (email === null) issues.push({ field: 'recipient', message: m.invalidEmail(l.recipient) });
    else out.recipient = email;
  }
  if (input.scope === 'mine' || input.scope === 'everyone') out.scope = input.scope;
  else issues.push({ field: 'scope', message: m.reminderSettings.scopeChoice(l.scope) });
  int('cardLeadDays');
  int('staleDays');
  bool('keepInTouch');
  // Added later than the rest: a form from an older sidebar leaves it out and keeps the default.
  if (input.notReadyDays !== undefined) int('notReadyDays');

  if (issues.length > 0) throw new ValidationError(issues);
  return out;
}

/**
 * Reads stored settings: anything missing or unreadable takes its default, so a record written by
 * an older version (or damaged by hand) never stops the daily run.
 */
export function parseStoredPrefs(json: string | null): ReminderPrefs {
  if (!json) return { ...DEFAULT_PREFS };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ...DEFAULT_PREFS };
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_PREFS };
  const out = { ...DEFAULT_PREFS };
  for (const key of KEYS) {
    const one = { ...DEFAULT_PREFS, [key]: (raw as Record<string, unknown>)[key] };
    try {
      // Validate field by field: a bad stored value falls back alone.
      const valid = validateReminderPrefs(one);
      (out as Record<string, unknown>)[key] = valid[key];
    } catch {
      /* keep the default */
    }
  }
  return out;
}

/** What selectReminders needs, for a recipient whose own address is `me`. */
export function selectionSettings(prefs: ReminderPrefs, me: string): ReminderSettings {
  return {
    cardLeadDays: prefs.cardLeadDays,
    staleDays: prefs.staleDays,
    keepInTouch: prefs.keepInTouch,
    scope: prefs.scope,
    me,
  };
}

/**
 * The day the daily trigger next sends, for a trigger at `hour` (it fires some time in that hour):
 * today if its hour hasn't passed and it hasn't run today yet, else tomorrow.
 */
export function nextDailyRun(
  today: CalendarDay,
  hourNow: number,
  hour: number,
  ranToday: boolean,
): CalendarDay {
  return hourNow <= hour && !ranToday ? today : addDays(today, 1);
}
