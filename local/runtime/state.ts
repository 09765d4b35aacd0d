// Everything the runtime keeps between executions, as plain JSON so a workbook can be saved to a
// file and loaded again. Services read and change it through the Host.
import type { SpreadsheetData } from './spreadsheet/model';

export interface TriggerState {
  uid: string;
  handler: string;
  /** Who created it: triggers run as their creator. */
  owner: string;
  /** The document an add-on trigger belongs to (add-ons get one of each type per user per doc). */
  documentId: string | null;
  /** CLOCK, or a spreadsheet event (ScriptApp.newTrigger(...).forSpreadsheet(ss).onEdit()). */
  eventType: TriggerEventType;
  /** Schedule of a CLOCK trigger (see services/triggers.ts for how each fires). */
  schedule: TriggerSchedule;
  /** IANA zone in which atHour / onWeekDay / onMonthDay are read. */
  timeZone: string;
  createdAt: number;
  /** The last instant at which it fired, or null. */
  lastFired: number | null;
  /**
   * Minute past the hour (0-59) at which this trigger happens to fire: "9 am" is some time
   * between 9 and 10, fixed per trigger. Derived from the uid, so it is deterministic.
   */
  jitterMinute: number;
}

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export type TriggerSchedule =
  | { kind: 'everyMinutes'; minutes: number }
  | { kind: 'everyHours'; hours: number; nearMinute: number | null }
  | { kind: 'daily'; everyDays: number; atHour: number; nearMinute: number | null }
  | {
      kind: 'weekly';
      everyWeeks: number;
      weekday: number;
      atHour: number;
      nearMinute: number | null;
    }
  | { kind: 'monthly'; monthDay: number; atHour: number; nearMinute: number | null }
  | { kind: 'at'; at: number }
  /** A spreadsheet trigger: it fires on its event, never on the clock. */
  | { kind: 'event' };

export interface SentEmail {
  id: string;
  from: string;
  to: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  name?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  sentAt: number;
}

/** A question of a form (FormApp items the runtime supports). */
export interface FormItemState {
  id: number;
  type: 'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE' | 'DATE';
  title: string;
  helpText: string;
  required: boolean;
  /** A multiple-choice item's choices, in order. */
  choices: string[];
}

/** A submitted response: answers by item ID (a date item's as 'YYYY-MM-DD'). */
export interface FormResponseState {
  id: string;
  timestamp: number;
  answers: Record<string, string>;
}

/** A Google Form made with FormApp.create, and where its responses go. */
export interface FormState {
  id: string;
  /** The ID in the public link (/forms/d/e/<publishedId>/viewform). */
  publishedId: string;
  title: string;
  description: string;
  owner: string;
  items: FormItemState[];
  /** The spreadsheet responses are written to (setDestination), and the tab they go to. */
  destinationId: string | null;
  destinationSheetId: number | null;
  /** Item ID → the header of its column in the responses tab (a renamed item keeps its column). */
  columnHeaders?: Record<string, string>;
  acceptingResponses: boolean;
  responses: FormResponseState[];
}

export interface RuntimeState {
  version: 1;
  now: number;
  scriptTimeZone: string;
  /** Scopes from the manifest; null means the manifest declares none (Apps Script infers them). */
  oauthScopes: string[] | null;
  /** 'bound' scripts see their container in triggers; an installed 'addon' does not. */
  projectKind: 'bound' | 'addon';
  activeUser: string;
  userLocale: string;
  spreadsheets: SpreadsheetData[];
  /** The spreadsheet the script is bound to or the add-on is open in. */
  containerId: string | null;
  properties: {
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
    document: Record<string, Record<string, string>>;
  };
  triggers: TriggerState[];
  outbox: SentEmail[];
  /**
   * Email recipients per user in the current quota window: Apps Script quotas "reset 24 hours
   * after the first request", so a window opens at a user's first send and lasts 24 hours.
   */
  mailUsage: Record<string, { windowStart: number; recipients: number }>;
  /** Daily recipient quota: 100 for consumer accounts, 1,500 for Workspace. */
  mailDailyQuota: number;
  /** Forms made with FormApp.create (a saved workbook of an older runtime has none). */
  forms: FormState[];
  counter: number;
}

export function emptyState(): RuntimeState {
  return {
    version: 1,
    now: Date.UTC(2026, 0, 1),
    scriptTimeZone: 'Etc/UTC',
    oauthScopes: null,
    projectKind: 'bound',
    activeUser: 'owner@example.com',
    userLocale: 'en',
    spreadsheets: [],
    containerId: null,
    properties: { script: {}, user: {}, document: {} },
    triggers: [],
    outbox: [],
    mailUsage: {},
    mailDailyQuota: 100,
    forms: [],
    counter: 0,
  };
}
