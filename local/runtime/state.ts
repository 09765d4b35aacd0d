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
  eventType: 'CLOCK';
  /** Schedule: one of these. */
  schedule:
    | { kind: 'everyMinutes'; minutes: number }
    | { kind: 'everyHours'; hours: number }
    | { kind: 'daily'; everyDays: number; atHour: number; nearMinute: number | null }
    | { kind: 'weekly'; everyWeeks: number; weekday: number; atHour: number }
    | { kind: 'at'; at: number };
  timeZone: string;
  createdAt: number;
  /** The last instant at which it fired, or null. */
  lastFired: number | null;
  /** Seconds past the hour at which this trigger happens to fire ("9 am" is some time from 9 to 10). */
  jitterMinute: number;
}

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
  /** Recipients sent per user per quota day ('user|yyyy-mm-dd'). */
  mailUsage: Record<string, number>;
  /** Daily recipient quota: 100 for consumer accounts, 1,500 for Workspace. */
  mailDailyQuota: number;
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
    counter: 0,
  };
}
