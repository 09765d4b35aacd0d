// Form responses into contacts. The trigger (prospekFormSubmit) processes its own response; the
// menu's "Process form responses" and the daily run catch up on every response not yet in the
// log (the trigger was missing, failed, or the sheet was busy). Each response is keyed by its
// timestamp and answers (answers.responseKey): its entries carry IDs made from the key and are
// written before the contact row, all under the document lock, so a response is processed once
// however many of these runs meet it, and a run that stopped half-way is finished by the next.
import type { Contact } from '../domain/contact/contact';
import { addDays } from '../domain/calendarDay';
import { DEFAULT_COUNTRY, type CountryCode } from '../domain/import/dedupe';
import {
  matchKeys,
  planFormContact,
  readAnswers,
  responseEntryId,
  responseKey,
  type FormResponseRow,
} from '../domain/leadForm/answers';
import { QUESTION_KEYS, type QuestionKey } from '../domain/leadForm/questions';
import { normalizeWord } from '../domain/contact/sheetWords';
import { activeLang, setActiveLang } from '../domain/messages/lang';
import { leadFormText } from '../domain/messages/leadForm';
import { appendActivities, findActivity, type ActivityLog } from '../sheets/activityLog';
import {
  appendContact,
  findContactRow,
  openContactTable,
  readContactKeys,
  readContactRows,
  unusedContactId,
  writeContactRows,
  type ContactTable,
} from '../sheets/contactStore';
import { readDefaultCountry } from '../sheets/importRecord';
import { readLeadForm, type LeadFormRecord } from '../sheets/leadFormStore';
import { readSheetLang } from '../sheets/sheetLanguage';
import { openTable, readFields } from '../sheets/sheetTable';
import type { SheetClock } from '../sheets/sheetClock';
import { ACTIVITIES } from '../sheets/tables';
import { clockOf, services } from './context';
import { ensureRoomForLast } from '../sheets/capacity';
import { withDocumentLock } from './locks';
import { settingsOf } from './reminderTriggers';
import { retryAfterSetUp } from './setUp';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

/** The trigger handler's name: stored in every trigger made, so it must never change. */
export const FORM_SUBMIT_HANDLER = 'prospekFormSubmit';

/** The responses tab: by the sheet ID recorded, else by its name, else by its header row. */
export function responsesTab(ss: Spreadsheet, record: LeadFormRecord): Sheet | null {
  const sheets = ss.getSheets();
  const byId = sheets.find((s) => s.getSheetId() === record.sheetId);
  if (byId) return byId;
  const byName = ss.getSheetByName(record.sheetName);
  if (byName) return byName;
  const name = record.titles.name;
  for (const s of sheets) {
    if (s.getLastColumn() < 2) continue;
    const header = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
    if (name && header.some((h) => normalizeWord(h) === normalizeWord(name))) return s;
  }
  return null;
}

/** Which question each column holds (0-based), by the titles the form was made with. */
function columnsOf(header: readonly unknown[], record: LeadFormRecord): Map<number, QuestionKey> {
  const out = new Map<number, QuestionKey>();
  header.forEach((h, i) => {
    if (i === 0) return; // Timestamp, in the form owner's language
    const key = QUESTION_KEYS.find(
      (k) => record.titles[k] !== undefined && normalizeWord(record.titles[k]) === normalizeWord(h),
    );
    if (key && ![...out.values()].includes(key)) out.set(i, key);
  });
  return out;
}

function cellText(v: Cell, clock: SheetClock): string {
  if (v instanceof Date) return clock.dayOf(v);
  return String(v ?? '').trim();
}

/** One row of the tab as the domain reads it; null for a blank row. */
function responseRow(
  values: readonly Cell[],
  header: readonly unknown[],
  columns: Map<number, QuestionKey>,
  clock: SheetClock,
): FormResponseRow | null {
  const stamp = values[0];
  const when = stamp instanceof Date ? stamp.toISOString() : String(stamp ?? '');
  const cells: FormResponseRow['cells'] = {};
  const shown: FormResponseRow['shown'] = [];
  values.forEach((v, i) => {
    if (i === 0) return;
    const text = cellText(v, clock);
    if (text === '') return;
    const key = columns.get(i);
    if (key) cells[key] = text;
    shown.push([String(header[i] ?? ''), text]);
  });
  return shown.length === 0 && when === '' ? null : { when, cells, shown };
}

interface Run {
  ss: Spreadsheet;
  clock: SheetClock;
  table: ContactTable;
  log: ActivityLog;
  country: CountryCode;
  followUp: string;
  /** Match key (email:…, phone:…) → contact ID, kept up to date as contacts are added. */
  index: Map<string, string> | null;
}

function defaultCountry(): CountryCode {
  try {
    return readDefaultCountry(services().properties.document());
  } catch {
    return DEFAULT_COUNTRY; // no document properties (an add-on's time-driven run)
  }
}

function keyIndex(run: Run): Map<string, string> {
  if (run.index) return run.index;
  const index = new Map<string, string>();
  for (const c of readContactKeys(run.ss, run.clock).contacts) {
    const keys = matchKeys({ ...c, birthday: '', criteria: {}, consent: '' }, run.country);
    for (const k of keys) if (!index.has(k)) index.set(k, c.id);
  }
  return (run.index = index);
}

function contactRow(run: Run, id: string) {
  const at = findContactRow(run.table, id);
  const row = at === null ? null : readContactRows(run.table, run.clock, at, 1)[0];
  return row?.contact?.id === id ? row : null;
}

/**
 * Turns one response into its contact, once: a response whose first entry is in the log is
 * finished if its row is not (the entry names the contact), else left alone.
 */
function processRow(run: Run, row: FormResponseRow, done: Set<string> | null): boolean {
  const key = responseKey(row);
  const first = responseEntryId(key, 1);
  if (done?.has(first)) return false;
  const ahead = done ? null : findActivity(run.log, run.clock, first);
  const answers = readAnswers(row, run.country);
  const index = keyIndex(run);
  const matchedId = ahead
    ? ahead.activity.contactId
    : matchKeys(answers, run.country)
        .map((k) => index.get(k))
        .find(Boolean);
  const existing = matchedId ? contactRow(run, matchedId) : null;
  if (ahead && existing && (existing.contact as Contact).updated === ahead.activity.when)
    return false;
  const nowIso = ahead?.activity.when ?? run.clock.nowIso;
  const plan = planFormContact((existing?.contact as Contact | undefined) ?? null, row, answers, {
    key,
    today: run.clock.today,
    nowIso,
    notReadyFollowUp: run.followUp,
    by: leadFormText().by,
    newId: ahead?.activity.contactId || unusedContactId(run.table, Math.random),
  });
  // A new contact adds to both tabs: both must fit before the first write.
  if (!ahead && !existing) {
    const entries = { sheet: run.log.sheet, records: plan.entries.length };
    ensureRoomForLast(run.ss, entries, { sheet: run.table.sheet, records: 1 });
  }
  if (!ahead) appendActivities(run.ss, plan.entries, Math.random, run.log);
  if (existing) writeContactRows(run.table, [{ row: existing, fields: plan.fields }]);
  else appendContact(run.table, plan.contact, Math.random);
  for (const k of matchKeys(answers, run.country)) if (!index.has(k)) index.set(k, plan.contact.id);
  done?.add(first);
  return true;
}

/**
 * Opens what a run needs under the lock, in the sheet language (the entries and notes are
 * written into the sheet), and runs `work`; the caller's language is restored after.
 */
function withRun<T>(ss: Spreadsheet, work: (run: Run) => T): T {
  const clock = clockOf(ss);
  const ctx = { ss, clock, me: '', random: Math.random };
  const lang = activeLang();
  return withDocumentLock(() =>
    retryAfterSetUp(ctx, () => {
      const table = openContactTable(ss);
      const log = openTable(ss, ACTIVITIES);
      setActiveLang(readSheetLang(ss));
      try {
        const days = settingsOf(ss).prefs().notReadyDays;
        return work({
          ss,
          clock,
          table,
          log,
          country: defaultCountry(),
          followUp: addDays(clock.today, days),
          index: null,
        });
      } finally {
        setActiveLang(lang);
      }
    }),
  );
}

function recordFor(ss: Spreadsheet): LeadFormRecord | null {
  return readLeadForm(services().properties.user(), ss.getId());
}

/** The trigger: the response in `rowNumber` of the tab `sheet` (e.range), processed once. */
export function processSubmittedRow(ss: Spreadsheet, sheet: Sheet, rowNumber: number): boolean {
  const record = recordFor(ss);
  if (!record || rowNumber < 2) return false;
  return withRun(ss, (run) => {
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    const values = sheet.getRange(rowNumber, 1, 1, width).getValues()[0] as Cell[];
    const row = responseRow(values, header, columnsOf(header, record), run.clock);
    return row ? processRow(run, row, null) : false;
  });
}

/**
 * Every response of the tab not processed yet (one read of the tab, one of the Activity ID
 * column); returns how many were added. Null when the sheet has no lead form.
 */
export function processAllResponses(ss: Spreadsheet): number | null {
  const record = recordFor(ss);
  if (!record) return null;
  const sheet = responsesTab(ss, record);
  if (!sheet || sheet.getLastRow() < 2) return 0;
  return withRun(ss, (run) => {
    const values = sheet
      .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
      .getValues() as Cell[][];
    const header = values[0];
    const columns = columnsOf(header, record);
    const ids = readFields(ss, ACTIVITIES, ['activityId'] as const);
    const done = new Set(
      ids.rows
        .map((r) => String(r[ids.columns.activityId as number] ?? ''))
        .filter((id) => id.startsWith('F-')),
    );
    let added = 0;
    for (const v of values.slice(1)) {
      const row = responseRow(v, header, columns, run.clock);
      if (row && processRow(run, row, done)) added++;
    }
    return added;
  });
}

/** The trigger's event: the response's row (e.range), in the spreadsheet it belongs to. */
export function processFormSubmit(e?: { range?: GoogleAppsScript.Spreadsheet.Range }): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  processSubmittedRow(sheet.getParent(), sheet, range.getRow());
}

/** The daily run's catch-up: never stops the digest (a failure is logged, retried tomorrow). */
export function catchUpFormResponses(ss: Spreadsheet): void {
  try {
    processAllResponses(ss);
  } catch (err) {
    console.error(err);
  }
}
