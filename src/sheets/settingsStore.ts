// Reminder settings, the digest's exactly-once record and the trigger registry, kept in the
// user's properties under keys scoped by spreadsheet ID.
//
// Why UserProperties, not DocumentProperties: the settings are one user's (their hour, their
// address, "my contacts"), and the trigger runs as that user; and in an installed add-on's
// time-driven trigger there is no current document, so getDocumentProperties() is null there.
// A bound script's user properties hold only this spreadsheet's keys; an add-on's are shared by
// every document the user has it in, hence the spreadsheet ID in each key.
import type { CalendarDay } from '../domain/calendarDay';
import { parseStoredPrefs, type ReminderPrefs } from '../domain/reminders/settings';
import type { Properties } from '../gas/properties';

const PREFS = 'prospek.reminders.';
const DIGEST = 'prospek.digest.';
const TRIGGER = 'prospek.trigger.';

/** What the daily run last did for this user and spreadsheet. */
export interface DigestRecord {
  /** The day a digest was sent, or checked with nothing due. */
  done?: { day: CalendarDay; to: string[]; count: number; at: string };
  /** A digest that could not go out yet, and why; a retry trigger is set for it. */
  pending?: { day: CalendarDay; reason: string; since: string };
}

/** Which spreadsheet a trigger serves, and whether it is the daily one or a one-off retry. */
export interface TriggerEntry {
  ss: string;
  kind: 'daily' | 'retry';
  /** A daily trigger's hour and the time zone it was set in. */
  hour?: number;
  timeZone?: string;
  /** When a retry is due (ISO). */
  at?: string;
}

/** A stored JSON object, or null when the property is unset or not an object. */
export function parseStored<T>(json: string | null | undefined): T | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as unknown;
    return typeof v === 'object' && v !== null ? (v as T) : null;
  } catch {
    return null;
  }
}

/** All of the user's properties (`props`), read in one call; writes go straight through. */
export class SettingsStore {
  private readonly all: Record<string, string>;

  constructor(
    private readonly props: Properties,
    readonly spreadsheetId: string,
  ) {
    this.all = this.props.getProperties();
  }

  prefs(): ReminderPrefs {
    return parseStoredPrefs(this.all[PREFS + this.spreadsheetId] ?? null);
  }

  savePrefs(prefs: ReminderPrefs): void {
    this.set(PREFS + this.spreadsheetId, JSON.stringify(prefs));
  }

  digest(): DigestRecord {
    return parseStored<DigestRecord>(this.all[DIGEST + this.spreadsheetId]) ?? {};
  }

  saveDigest(record: DigestRecord): void {
    this.set(DIGEST + this.spreadsheetId, JSON.stringify(record));
  }

  trigger(uid: string): TriggerEntry | null {
    return parseStored<TriggerEntry>(this.all[TRIGGER + uid]);
  }

  saveTrigger(uid: string, entry: TriggerEntry): void {
    this.set(TRIGGER + uid, JSON.stringify(entry));
  }

  forgetTrigger(uid: string): void {
    if (!(TRIGGER + uid in this.all)) return;
    this.props.deleteProperty(TRIGGER + uid);
    delete this.all[TRIGGER + uid];
  }

  private set(key: string, value: string): void {
    this.props.setProperty(key, value);
    this.all[key] = value;
  }
}

/**
 * The spreadsheet a trigger was set up for, found without a current document (an add-on's
 * time-driven trigger): one read of the user's properties.
 */
export function spreadsheetIdForTrigger(userProps: Properties, uid: string): string | null {
  const entry = parseStored<TriggerEntry>(userProps.getProperty(TRIGGER + uid));
  return entry && typeof entry.ss === 'string' && entry.ss !== '' ? entry.ss : null;
}
