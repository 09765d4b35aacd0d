// The contract between the sidebar and the server: every function the sidebar may call through
// google.script.run, with the JSON-safe shapes it sends and gets back (instants as ISO strings,
// days as 'YYYY-MM-DD'). src/main.ts is checked against it at compile time and
// sidebar/server.ts derives its typed, promise-returning wrapper from it, so the two sides
// cannot drift apart. Each feature adds its own functions here.
//
// Problems the user can fix come back as `{ ok: false, message, issues }` rather than thrown:
// google.script.run's failure handler receives only a message, and the form needs the field
// keys to mark its inputs. Anything thrown is a bug or an outage and reaches the failure
// handler as usual.
import type { CalendarDay } from './domain/calendarDay';
import type { DateOrder } from './domain/dateText';
import type {
  Activity,
  Contact,
  ConversationType,
  EditableContactKey,
} from './domain/contact/contact';
import type { FieldIssue } from './domain/errors';
import type { PipelineView } from './domain/pipeline/steps';
import type { ImportRecord } from './domain/import/batch';
import type { DuplicateKeyKind } from './domain/import/dedupe';
import type { ImportTarget } from './domain/import/mapping';
import type {
  DuplicatePolicy,
  ImportCounts,
  ImportNote,
  ImportRow,
  ImportState,
  PhoneChoice,
} from './domain/import/plan';
import type { MergeChoices, MergeConflict } from './domain/import/merge';
import type { Lang } from './domain/messages/lang';
import type { LeadFormSettings, LeadFormView } from './domain/leadForm/questions';
import type { ReminderPrefs, ReminderSettingsView } from './domain/reminders/settings';

// What the Import tab names in its requests and reads in its replies, from the domain.
export { DUPLICATE_POLICIES, type DuplicatePolicy, type ImportNote } from './domain/import/plan';
export type { ImportRecord } from './domain/import/batch';

export type Reply<T> =
  { ok: true; value: T } | { ok: false; message: string; issues: FieldIssue[] };

/** The value a Reply carries when it succeeds. */
export type ReplyValue<R> = R extends { ok: true; value: infer T } ? T : never;

/** The sidebar's parts; the server opens the sidebar on one of them (data-tab on #app). */
export const SIDEBAR_TABS = ['contact', 'conversations', 'pipeline', 'settings', 'import'] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

/**
 * The tabs whose code is not in the page: the sidebar fetches each the first time it is shown
 * (loadSidebarPart), so the page Apps Script sends on every opening stays small.
 */
export const SIDEBAR_PARTS = ['import', 'settings'] as const;
export type SidebarPart = (typeof SIDEBAR_PARTS)[number];

/** What the sidebar needs to draw itself, in one round trip. */
export interface SidebarLoad {
  /** The contact asked for, or the active row's; null means a blank form for a new lead. */
  contact: Contact | null;
  /** The contact's newest activities, newest first (conversations, stage changes, sales, ...). */
  timeline: Activity[];
  /** How many older activities were not sent: loadEarlier brings the next page of them. */
  earlier: number;
  /**
   * Said plainly when the selection gave no contact (header row, empty row, another tab) or
   * the contact asked for no longer exists; '' otherwise.
   */
  notice: string;
  /** Opaque token for the contact as loaded ('' without one): send it back as loadedVersion. */
  version: string;
  /**
   * The contact's sheet row (absent without a contact): send it back as `row` with every
   * request about this contact, so the server reads that row instead of searching for the ID.
   */
  row?: number;
  today: CalendarDay;
  /**
   * The spreadsheet's time zone (IANA, 'Asia/Jakarta'): the sidebar shows instants in it, as
   * days and "today" already are, whatever zone the browser is in.
   */
  timeZone: string;
  /** The user's email ('' when Apps Script does not reveal it). */
  me: string;
  /** How this user types numeric dates (and the sheet's birthdays are read): '15/12' or '12/15'. */
  dateOrder: DateOrder;
  /** Days to the Next follow-up the form suggests when a criterion is 'Not yet' (Settings). */
  notReadyDays: number;
}

/** The form's fields as typed; the server validates every one (validation.ts). */
export type ContactForm = { id?: string } & Partial<Record<EditableContactKey, string>>;

export interface SaveContactRequest {
  contact: ContactForm;
  /** The contact's `updated` when the form loaded it ('' for a new lead): conflict detection. */
  loadedUpdated: string;
  /**
   * The `version` the contact was loaded with. Preferred over loadedUpdated: it also catches
   * edits typed into the sheet (which leave Updated alone) and lets the server say what changed.
   */
  loadedVersion?: string;
  /** Sent again unchanged when the user retries (sidebar/requestKeys.ts): no double save. */
  requestKey?: string;
  /** The sidebar shows this contact's timeline: send only the entries this save adds. */
  timelineShown?: boolean;
  /** The page's language: the stage change's log entry and any message are written in it. */
  lang?: Lang;
  /** The contact's row as the last reply gave it (SidebarLoad.row): a hint, checked. */
  row?: number;
}

/**
 * How a reply's `timeline` reads: true when it holds only the entries the action added (newest
 * first), to put before the ones the sidebar shows (asked for with `timelineShown`); the whole
 * timeline would cost a search of the log and a read per run of the contact's entries.
 */
export type TimelineAdded = {
  timelineAdded?: boolean;
  /** With the whole (first page of the) timeline: how many older entries were not sent. */
  earlier?: number;
};

/** What "Show earlier conversations" asks for: the contact, and how many entries it shows. */
export interface EarlierRequest {
  contactId: string;
  /** The entries the sidebar already shows (the newest ones): the page starts after them. */
  shown: number;
}

/** The next page of older entries, newest first, and how many older ones remain after it. */
export interface EarlierEntries {
  entries: Activity[];
  earlier: number;
}

export interface SaveContactResult extends TimelineAdded {
  contact: Contact;
  /** The saved contact's sheet row (see SidebarLoad.row). */
  row: number;
  timeline: Activity[];
  created: boolean;
  stageChanged: boolean;
  /** The saved contact's version, for the next save. */
  version: string;
}

export interface ConversationForm {
  contactId: string;
  type: ConversationType | '';
  summary: string;
  questions: string;
  concerns: string;
  nextStep: string;
  /** 'YYYY-MM-DD' or ''. */
  followUpOn: string;
  /** Sent again unchanged when the user retries (sidebar/requestKeys.ts): no double log. */
  requestKey?: string;
}

/** A logged conversation as the sidebar sends it. */
export interface LogConversationRequest extends ConversationForm {
  /** The sidebar shows this contact's timeline: send only the entry this log adds. */
  timelineShown?: boolean;
  /** The contact's row as the last reply gave it (SidebarLoad.row): a hint, checked. */
  row?: number;
}

export interface LogConversationResult extends TimelineAdded {
  contact: Contact;
  /** The contact's sheet row (see SidebarLoad.row). */
  row: number;
  timeline: Activity[];
  /** The contact changed (Last contacted): the version for the next save. */
  version: string;
}

export interface SidebarApi {
  /** `{}` = the active row's contact; `{ contactId }` = that contact (`row`: where it was). */
  loadSidebar(request: { contactId?: string; row?: number }): Reply<SidebarLoad>;
  /** Validates and saves the form (a new lead without an id); a stale version is a conflict. */
  saveContact(request: SaveContactRequest): Reply<SaveContactResult>;
  /** The contact's next page of older activities (the sidebar shows the newest first). */
  loadEarlier(request: EarlierRequest): Reply<EarlierEntries>;
  /** Logs a conversation with the contact (Last contacted, and Next follow-up when given). */
  logConversation(request: LogConversationRequest): Reply<LogConversationResult>;
  /** The funnel, conversion rates, follow-ups due and overdue, birthdays coming up. */
  getPipeline(): Reply<PipelineView>;
  /** Selects the contact's row in the sheet (the pipeline: a follow-up or a birthday clicked). */
  selectContactRow(contactId: string, row?: number): Reply<{ row: number }>;
  /** Import tab: the default phone country and the last import (to resume or undo). */
  getImportStatus(): Reply<ImportStatus>;
  /** Each row's duplicate keys (reads nothing): the tab sends each chunk the ones it needs. */
  importKeys(request: ImportPlanRequest): Reply<ImportKeysResult>;
  /** Plans one chunk of a file against the sheet; writes nothing. */
  previewImport(request: ImportPlanRequest): Reply<ImportPreviewResult>;
  /** Writes one chunk (idempotent: a chunk sent twice is written once). */
  importChunk(request: ImportChunkRequest): Reply<ImportChunkResult>;
  /** Marks the last import finished and selects its new rows in the sheet, the first in view. */
  finishImport(batchId: string): Reply<{ finished: boolean }>;
  /** Removes the last import's rows nobody has touched since; names the ones it kept. */
  undoLastImport(): Reply<UndoResult>;
  /** Groups of contacts sharing an email, a phone number, or a name and company. */
  findDuplicates(request?: { from?: number }): Reply<DuplicatesResult>;
  /** Merges a group into the contact kept, with the values chosen; moves their activities. */
  mergeContacts(request: MergeRequestForm): Reply<MergeResult>;
  /** Reminder settings and the daily trigger's state (Settings tab). */
  getReminderSettings(): Reply<ReminderSettingsView>;
  /** Validates and saves; turning reminders on or off installs or removes the daily trigger. */
  saveReminderSettings(form: ReminderPrefs): Reply<ReminderSettingsView>;
  /** Settings: 'en', 'id', or '' for the Google account's language; reopens the sidebar in it. */
  setInterfaceLanguage(choice: '' | Lang): Reply<{ lang: Lang }>;
  /** Settings: the sheet language, which the Contacts tab's headers are written in. */
  getSheetLanguage(): Reply<{ lang: Lang }>;
  /** Rewrites headers and stage, type and answer values in `lang`: how many cells changed. */
  setSheetLanguage(lang: Lang): Reply<{ lang: Lang; cells: number }>;
  /** Settings: the lead form's questions as the seller worded them, and its links. */
  getLeadFormSettings(): Reply<LeadFormView>;
  saveLeadFormSettings(settings: LeadFormSettings): Reply<LeadFormView>;
  /** Contact: emails the lead form, pre-filled, to the contact (logged; counts against quota). */
  sendLeadForm(request: { contactId: string; requestKey?: string; row?: number }): Reply<{
    to: string;
    message: string;
  }>;
  /** A part's script (Import, Settings) in the page's language, the first time it is shown. */
  loadSidebarPart(request: { part: SidebarPart; lang: Lang }): Reply<{ script: string }>;
}

/** One chunk of a file to plan: the file's header, the mapping chosen, and rows with their lines. */
export interface ImportPlanRequest {
  header: string[];
  mapping: ImportTarget[];
  rows: ImportRow[];
  /**
   * Of earlier chunks, only what this chunk's rows need: the first line of each key they share
   * with an earlier line, and where those lines went. null for none.
   */
  state: ImportState | null;
  /** Country for phone numbers written without a country code ('ID'). */
  country: string;
  /** What the file's Birthday column says of its date order (fileDateEvidence); null: nothing. */
  dateOrder?: DateOrder | null;
  /** Import or skip, by file line, for this chunk's possible duplicates (same phone only). */
  phoneChoices?: Record<string, PhoneChoice>;
  /** The batch being resumed, if any (its own rows are not duplicates). */
  batchId?: string;
}

export interface ImportChunkRequest extends ImportPlanRequest {
  batchId: string;
  fileName: string;
  source: string;
  policy: DuplicatePolicy;
  /** contactHash.fileFingerprint of the file: a batch continues only with the same file. */
  fingerprint: string;
  total: number;
  /** Data rows of the file before this chunk. */
  offset: number;
}

export interface MergeRequestForm {
  keepId: string;
  ids: string[];
  choices: MergeChoices;
  /** DuplicateGroupView.versions, for every ID. */
  versions: Record<string, string>;
  /** Sent again unchanged when the user retries (sidebar/requestKeys.ts): no double merge. */
  requestKey?: string;
}

// ---- lead import, duplicates and merge: what the server sends back ----------------------------

export interface ImportPreviewResult {
  /** A fresh batch ID for the import this preview leads to (nothing is reserved). */
  batchId: string;
  counts: ImportCounts;
  notes: ImportNote[];
  /** Line → where the row's data belongs, for this chunk's duplicate lines (see ImportState). */
  targets: Record<string, string>;
}

/** Each row's duplicate keys, in the order sent ([] for an invalid row). */
export interface ImportKeysResult {
  keys: string[][];
}

export interface ImportChunkResult {
  counts: ImportCounts;
  /** Rows added as contacts, contacts whose empty fields were filled, duplicates left out. */
  added: number;
  filled: number;
  skipped: number;
  /** Rows found already written by an earlier send of this chunk. */
  alreadyDone: number;
  notes: ImportNote[];
  targets: Record<string, string>;
}

export interface ImportStatus {
  country: string;
  /** The last import, when there is one to resume or undo. */
  last: ImportRecord | null;
}

export interface UndoResult {
  /** '' when there was no import to undo. */
  batchId: string;
  fileName: string;
  removed: number;
  /** edited: changed since (in the sidebar or in the sheet); unchecked: no check to compare with. */
  kept: { id: string; name: string; reason: 'edited' | 'activity' | 'unchecked' }[];
  /** The whole outcome in sentences, for a dialog or the sidebar. */
  message: string;
}

export interface DuplicateGroupView {
  contacts: Contact[];
  /** Why they're grouped, said plainly ("email", "phone number"). */
  reasons: string[];
  keys: { kind: DuplicateKeyKind; value: string }[];
  conflicts: MergeConflict[];
  /** Each contact's version token as listed: send them back with the merge. */
  versions: Record<string, string>;
}

/** A group of more contacts than one merge takes: its size and keys, not its contacts. */
export interface TooBigGroup {
  size: number;
  reasons: string[];
  keys: { kind: DuplicateKeyKind; value: string }[];
  /** Said for the user: how many share what. */
  text: string;
}

/** One page of Find duplicates (at most ~200 groups and 1 MB). */
export interface DuplicatesResult {
  groups: DuplicateGroupView[];
  /** Index of this page's first group among all; `next` that of the next page, or null. */
  from: number;
  next: number | null;
  /** Groups that can be merged, on every page. */
  totalGroups: number;
  /** Groups too big to merge (the first few), reported only. */
  tooBig: TooBigGroup[];
  message: string;
}

export interface MergeResult {
  contact: Contact;
  removedIds: string[];
  movedActivities: number;
  message: string;
}
