// "Set up sheet": creates or repairs the Contacts and Activities tabs without losing a cell.
// It first reads both header rows and plans; if anything can't be repaired without touching the
// user's data it changes nothing and says exactly what is wrong. Running it twice changes nothing.
// With nothing to repair it reads the same cells at any size: the header rows, the stored tab IDs
// (one read of the document's properties), the formats and dropdowns of the first and last rows;
// no search, no cell of the list; it writes nothing, so the lock has nothing to flush. The
// Contacts tab is read whole only on its first set-up (rows typed before Prospek get IDs there).
import {
  isBlankContact,
  mapHeaders,
  newContactId,
  normalizeHeader,
  type FieldSpec,
} from '../domain/contact/contact';
import { ValidationError, type FieldIssue } from '../domain/errors';
import { headerIn, headerNames, valueIn } from '../domain/contact/sheetWords';
import { langOfLocale, type Lang } from '../domain/messages/lang';
import { tableLang } from './sheetLang';
import { serverText } from '../domain/messages/server';
import { columnLetter } from '../domain/contact/contact';
import { spreadsheetService } from '../gas/spreadsheet';
import type { SheetClock } from './sheetClock';
import { FORMAT_BY_KIND, type TableSpec } from './sheetTable';
import { ACTIVITIES, CONTACTS } from './tables';
import { ensureCellsFit } from './capacity';
import { findTab, rememberTab, storedTabId, storedTabIds, type StoredTabIds } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupReport {
  createdTabs: string[];
  /** Tab name → headers added to it. */
  addedColumns: Record<string, string[]>;
  idsAssigned: number;
  /** Anything was written (a tab, a column, a format, a stored tab ID): the lock flushes it. */
  wrote: boolean;
  /** The Contacts tab as set-up left it, so what follows needs no extent call of its own. */
  contacts: ContactsTab;
}

export interface ContactsTab {
  sheet: Sheet;
  /** 0-based column of Name. */
  nameColumn: number;
  /** The last row with content, when set-up read it; null otherwise. */
  lastRow: number | null;
  maxRows: number;
  maxColumns: number;
}

interface Plan<K extends string> {
  spec: TableSpec<K>;
  sheet: Sheet | null;
  header: unknown[];
  /** 0-based column of each field after repair. */
  columns: Record<K, number>;
  /** Fields to add as new columns, with the 0-based column each gets. */
  added: { field: FieldSpec<K>; column: number }[];
  /** The sheet language: new headers, dropdowns and filled-in stages are written in it. */
  lang: Lang;
}

/** A tab's sheet and header row as read, before any plan. */
interface Read<K extends string> {
  spec: TableSpec<K>;
  sheet: Sheet | null;
  /** Row 1, the sheet's full width ('1:1'): no extent call comes first. */
  header: unknown[];
}

function readTab<K extends string>(ss: Spreadsheet, spec: TableSpec<K>): Read<K> {
  const sheet = findTab(ss, spec);
  return { spec, sheet, header: sheet ? (sheet.getRange('1:1').getValues()[0] ?? []) : [] };
}

/**
 * The sheet language: the one its headers are written in, the Contacts tab's first; a sheet
 * with no headers yet takes the spreadsheet's locale (id_ID → Indonesian).
 */
function setUpLang(ss: Spreadsheet, tabs: readonly Read<string>[]): Lang {
  for (const t of tabs) {
    const header = t.header;
    if (mapHeaders(header, t.spec.fields).missing.length < t.spec.fields.length)
      return tableLang(t.spec, header);
  }
  return langOfLocale(ss.getSpreadsheetLocale());
}

function planTable<K extends string>(
  { spec, sheet, header }: Read<K>,
  lang: Lang,
  problems: FieldIssue[],
): Plan<K> {
  const m = serverText();
  const { columns, missing } = mapHeaders(header, spec.fields);
  // Any cell with content: the last row holding one is row 1 or below.
  const hasData = () => sheet !== null && sheet.getLastRow() > 0;
  // Two columns with the same header: we could not know which one the user means.
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    const n = normalizeHeader(h);
    const field = spec.fields.find((f) =>
      headerNames(f.header).some((h) => normalizeHeader(h) === n),
    );
    if (!field) return;
    const first = seen.get(field.key);
    if (first !== undefined) {
      problems.push({
        field: spec.sheetName,
        message: m.setup.duplicateHeader(
          spec.sheetName,
          field.header,
          columnLetter(first + 1),
          columnLetter(i + 1),
        ),
      });
    } else seen.set(field.key, i);
  });
  if (missing.length === spec.fields.length && hasData()) {
    problems.push({
      field: spec.sheetName,
      message: m.setup.noHeaderRow(
        spec.sheetName,
        spec.fields.slice(0, 3).map((f) => f.header),
      ),
    });
  }
  // New columns go after the last used header cell, so nothing the user typed moves.
  let width = header.length;
  while (width > 0 && header[width - 1] === '') width--;
  const allColumns = { ...columns } as Record<K, number>;
  const added = spec.fields
    .filter((f) => missing.includes(f.key))
    .map((field, i) => ({ field, column: width + i }));
  for (const a of added) allColumns[a.field.key] = a.column;
  return { spec, sheet, header, columns: allColumns, added, lang };
}

/** A new tab's size in Sheets, before set-up trims the columns it doesn't use. */
const NEW_TAB_CELLS = 1000 * 26;

/** Cells applyTable adds: a new tab, or the columns past a tab's last one. */
function setupGrowth<K extends string>(plan: Plan<K>): number {
  if (!plan.sheet) return NEW_TAB_CELLS;
  if (plan.added.length === 0) return 0;
  const lastNeeded = Math.max(...plan.added.map((a) => a.column)) + 1;
  const maxColumns = plan.sheet.getMaxColumns();
  return lastNeeded > maxColumns ? (lastNeeded - maxColumns) * plan.sheet.getMaxRows() : 0;
}

/** The tab after repair, its row count, and whether anything was written to it. */
interface Applied {
  sheet: Sheet;
  maxRows: number;
  maxColumns: number;
  wrote: boolean;
}

function applyTable<K extends string>(
  ss: Spreadsheet,
  plan: Plan<K>,
  report: Pick<SetupReport, 'createdTabs' | 'addedColumns'>,
): Applied {
  let sheet = plan.sheet;
  const created = !sheet;
  let wrote = created || plan.added.length > 0;
  if (!sheet) {
    sheet = ss.insertSheet(plan.spec.sheetName);
    report.createdTabs.push(plan.spec.sheetName);
  }
  if (plan.added.length > 0) {
    const lastNeeded = Math.max(...plan.added.map((a) => a.column)) + 1;
    const maxColumns = sheet.getMaxColumns();
    if (lastNeeded > maxColumns) sheet.insertColumnsAfter(maxColumns, lastNeeded - maxColumns);
    // A new tab comes with Sheets' 26 columns. Every cell counts toward the 10-million-cell
    // limit of a spreadsheet, and a log of 300,000 rows would carry 13 empty columns: a tab we
    // just made loses the ones it doesn't use (a user's tab keeps all of its columns).
    else if (created && lastNeeded < maxColumns)
      sheet.deleteColumns(lastNeeded + 1, maxColumns - lastNeeded);
    // Added columns are adjacent: one write for their header cells.
    const first = plan.added[0].column;
    sheet
      .getRange(1, first + 1, 1, plan.added.length)
      .setValues([plan.added.map((a) => headerIn(plan.lang, a.field.header))]);
    for (const a of plan.added) {
      if (a.field.width) sheet.setColumnWidth(a.column + 1, a.field.width);
      if (plan.sheet)
        (report.addedColumns[plan.spec.sheetName] ??= []).push(headerIn(plan.lang, a.field.header));
    }
    sheet.getRange(1, 1, 1, lastNeeded).setFontWeight('bold');
  }
  if (sheet.getFrozenRows() === 0) {
    sheet.setFrozenRows(1);
    wrote = true;
  }
  const maxRows = sheet.getMaxRows();
  // The header row as read spans every column ('1:1'): asked again only when set-up changed them.
  const maxColumns =
    !created && plan.added.length === 0 ? plan.header.length : sheet.getMaxColumns();
  const dataRows = maxRows - 1;
  if (dataRows < 1) return { sheet, maxRows, maxColumns, wrote };
  for (const f of unformatted(sheet, plan, created, dataRows)) {
    // The whole column below the header in one call per kind of setting, never cell by cell.
    const range = sheet.getRange(2, plan.columns[f.key] + 1, dataRows, 1);
    range.setNumberFormat(FORMAT_BY_KIND[f.kind]);
    if (f.options) range.setDataValidation(optionsRule(f.options, plan.lang));
    wrote = true;
  }
  return { sheet, maxRows, maxColumns, wrote };
}

/** The fields whose column lacks its format or dropdown: all of a new tab's, and new columns'. */
function unformatted<K extends string>(
  sheet: Sheet,
  plan: Plan<K>,
  created: boolean,
  dataRows: number,
): FieldSpec<K>[] {
  const fresh = new Set<string>(plan.added.map((a) => a.field.key));
  const done = created ? null : formattedColumns(sheet, plan, dataRows);
  return plan.spec.fields.filter((f) => !(done && !fresh.has(f.key) && done(f)));
}

/**
 * Which columns already have their number format and, for a choice, its dropdown in the sheet
 * language, on the first and the last data row: set-up leaves those alone. Rows added at the end
 * take the last row's settings and a paste over the top replaces the first row's; checking
 * every row would cost as much as the list is long. Two reads of each setting, one per row.
 */
function formattedColumns<K extends string>(
  sheet: Sheet,
  plan: Plan<K>,
  dataRows: number,
): (field: FieldSpec<K>) => boolean {
  const width = Math.max(...Object.values<number>(plan.columns)) + 1;
  const rows = (dataRows > 1 ? [2, dataRows + 1] : [2]).map((r) => sheet.getRange(r, 1, 1, width));
  const formats = rows.map((r) => r.getNumberFormats()[0]);
  const rules = rows.map((r) => r.getDataValidations()[0]);
  return (field) => {
    const col = plan.columns[field.key];
    const want = field.options?.map((o) => valueIn(plan.lang, o));
    return formats.every((row, i) => {
      if (row[col] !== FORMAT_BY_KIND[field.kind]) return false;
      if (!want) return true;
      const rule = rules[i][col];
      const values = rule?.getCriteriaValues()[0] as unknown;
      return (
        rule?.getAllowInvalid() === true &&
        Array.isArray(values) &&
        values.length === want.length &&
        values.every((v, k) => v === want[k])
      );
    });
  };
}

/** A dropdown of an enum column's values in the sheet language. */
export function optionsRule(
  options: readonly string[],
  lang: Lang,
): GoogleAppsScript.Spreadsheet.DataValidation {
  // Warn, don't reject: a hand-typed value stays and is flagged, never blocked.
  return spreadsheetService
    .newDataValidation()
    .requireValueInList(
      options.map((o) => valueIn(lang, o)),
      true,
    )
    .setAllowInvalid(true)
    .build();
}

/** Rows typed by hand (content but no ID) get an ID, the stage Lead and a created time. */
function fillHandTypedRows(
  plan: Plan<string>,
  values: unknown[][],
  sheet: Sheet,
  clock: SheetClock,
  random: () => number,
): number {
  const cols = plan.columns as Record<string, number>;
  const rows = values.slice(1);
  const existing = new Set(rows.map((r) => String(r[cols.id] ?? '')).filter(Boolean));
  const fixes: { row: number; id: string }[] = [];
  rows.forEach((r, i) => {
    if (String(r[cols.id] ?? '') !== '') return;
    const probe = {
      id: '',
      name: String(r[cols.name] ?? ''),
      email: String(r[cols.email] ?? ''),
      phone: String(r[cols.phone] ?? ''),
    };
    if (isBlankContact(probe) && !r.some((v) => v !== '')) return;
    const id = newContactId(random, existing);
    existing.add(id);
    fixes.push({ row: i + 2, id });
  });
  if (fixes.length === 0) return 0;
  // One block per column, spanning the rows that need fixing; other rows keep what they had.
  const first = fixes[0].row;
  const last = fixes[fixes.length - 1].row;
  const byRow = new Map(fixes.map((f) => [f.row, f.id]));
  const write = (key: string, value: (row: number, old: unknown) => unknown) => {
    const col = cols[key];
    const block = [];
    for (let row = first; row <= last; row++) {
      const old = values[row - 1]?.[col] ?? '';
      block.push([byRow.has(row) ? value(row, old) : old]);
    }
    sheet.getRange(first, col + 1, block.length, 1).setValues(block);
  };
  write('id', (row) => byRow.get(row));
  write('stage', (_row, old) => (old === '' ? valueIn(plan.lang, 'Lead') : old));
  write('created', (_row, old) => (old === '' ? clock.now : old));
  return fixes.length;
}

export interface SetUpOptions {
  /**
   * Read the Contacts tab whole to check its IDs (copies, rows typed by hand) the first time it
   * is set up, or when it lacks some of our columns. Off in the middle of a user's action, which
   * only creates what is missing: rows without an ID are the action's own business (contactIds).
   */
  checkIds: boolean;
}

/**
 * The Contacts tab's rows, read whole when `checkIds` asks for it on the first set-up of a tab
 * holding the user's list (or one lacking some of our columns): rows typed or pasted before
 * Prospek was there get IDs, copied IDs are found. Null otherwise (nothing read): once the tab is
 * set up, a row typed without an ID or copied gets its own from onEdit or from the next action
 * that meets it (typedRows.ts), so a set-up with nothing to repair reads no row of the list.
 */
function rowsToCheck(
  plan: Plan<string>,
  checkIds: boolean,
  stored: StoredTabIds,
): { values: unknown[][] | null; lastRow: number | null } {
  const sheet = plan.sheet;
  if (!checkIds || !sheet) return { values: null, lastRow: null };
  const firstTime = plan.added.length > 0 || storedTabId(plan.spec, stored) !== sheet.getSheetId();
  if (!firstTime) return { values: null, lastRow: sheet.getLastRow() };
  return { values: sheet.getDataRange().getValues() as unknown[][], lastRow: null };
}

/** Two rows holding the same ID: each pair is a problem set-up can't repair on its own. */
function duplicateIds(plan: Plan<string>, values: unknown[][], problems: FieldIssue[]): void {
  if (plan.added.some((a) => a.field.key === 'id')) return;
  const ids = new Map<string, number>();
  values.slice(1).forEach((r, i) => {
    const id = String(r[plan.columns.id] ?? '');
    if (!id) return;
    const earlier = ids.get(id);
    if (earlier !== undefined)
      problems.push({
        field: 'Contacts',
        message: serverText().setup.duplicateId(id, earlier, i + 2),
      });
    else ids.set(id, i + 2);
  });
}

/**
 * Both tabs as they are and what set-up would do to them (problems it can't repair are
 * collected), with the tab IDs stored: the reads every set-up starts with.
 */
function planSetUp(ss: Spreadsheet) {
  const problems: FieldIssue[] = [];
  const tabs = [readTab(ss, CONTACTS), readTab(ss, ACTIVITIES)] as const;
  const lang = setUpLang(ss, tabs);
  const contacts = planTable(tabs[0], lang, problems);
  const activities = planTable(tabs[1], lang, problems);
  return { problems, contacts, activities, stored: storedTabIds() };
}

/** The tab's row count when its header row is frozen and its formats in place; else null. */
function formatsInPlace<K extends string>(plan: Plan<K>): number | null {
  const sheet = plan.sheet as Sheet;
  if (sheet.getFrozenRows() === 0) return null;
  const maxRows = sheet.getMaxRows();
  if (maxRows > 1 && unformatted(sheet, plan, false, maxRows - 1).length > 0) return null;
  return maxRows;
}

/**
 * The report of a set-up with nothing to repair, from reads alone, or null when anything would
 * be written (or refused): then setUpSheets runs under the document lock. The reads are
 * setUpSheets' own with nothing to repair, so the lock is taken only when there is work, and a
 * set-up finding everything in place needs none (nothing is written, so nothing can collide).
 */
export function nothingToRepair(ss: Spreadsheet): SetupReport | null {
  const { problems, contacts, activities, stored } = planSetUp(ss);
  if (problems.length > 0) return null;
  // A new tab or column, or a tab not yet remembered (its first set-up: its rows get checked).
  for (const { sheet, added, spec } of [contacts, activities] as Plan<string>[])
    if (!sheet || added.length > 0 || storedTabId(spec, stored) !== sheet.getSheetId()) return null;
  const maxRows = formatsInPlace(contacts);
  if (maxRows === null || formatsInPlace(activities) === null) return null;
  const sheet = contacts.sheet as Sheet;
  return {
    createdTabs: [],
    addedColumns: {},
    idsAssigned: 0,
    wrote: false,
    contacts: {
      sheet,
      nameColumn: contacts.columns.name,
      lastRow: sheet.getLastRow(),
      maxRows,
      maxColumns: contacts.header.length,
    },
  };
}

export function setUpSheets(
  ss: Spreadsheet,
  clock: SheetClock,
  random: () => number,
  { checkIds }: SetUpOptions = { checkIds: true },
): SetupReport {
  // The stored tab IDs are read once, for the check here and the remembering below.
  const { problems, contacts, activities, stored } = planSetUp(ss);
  const { values, lastRow } = rowsToCheck(contacts as Plan<string>, checkIds, stored);
  if (values) duplicateIds(contacts as Plan<string>, values, problems);
  if (problems.length > 0) throw new ValidationError(problems);

  // New tabs and columns must fit in Sheets' cell limit: checked before the first change.
  ensureCellsFit(ss, setupGrowth(contacts) + setupGrowth(activities));
  const changes = { createdTabs: [] as string[], addedColumns: {} as Record<string, string[]> };
  const contactTab = applyTable(ss, contacts, changes);
  const activityTab = applyTable(ss, activities, changes);
  // Found again after a rename by these IDs (tabs.ts).
  const remembered = [
    rememberTab(CONTACTS, contactTab.sheet, stored),
    rememberTab(ACTIVITIES, activityTab.sheet, stored),
  ];
  const idsAssigned = values
    ? fillHandTypedRows(contacts as Plan<string>, values, contactTab.sheet, clock, random)
    : 0;
  return {
    ...changes,
    idsAssigned,
    wrote: contactTab.wrote || activityTab.wrote || remembered.includes(true) || idsAssigned > 0,
    contacts: {
      sheet: contactTab.sheet,
      nameColumn: contacts.columns.name,
      lastRow,
      maxRows: contactTab.maxRows,
      maxColumns: contactTab.maxColumns,
    },
  };
}
