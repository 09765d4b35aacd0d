// "Set up sheet": creates or repairs the Contacts and Activities tabs without losing a cell.
// It first reads both tabs and plans; if anything can't be repaired without touching the user's
// data it changes nothing and says exactly what is wrong. Running it twice changes nothing.
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
import { findTab, rememberTab } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupReport {
  createdTabs: string[];
  /** Tab name → headers added to it. */
  addedColumns: Record<string, string[]>;
  idsAssigned: number;
}

interface Plan<K extends string> {
  spec: TableSpec<K>;
  sheet: Sheet | null;
  values: unknown[][];
  /** 0-based column of each field after repair. */
  columns: Record<K, number>;
  /** Fields to add as new columns, with the 0-based column each gets. */
  added: { field: FieldSpec<K>; column: number }[];
  /** The sheet language: new headers, dropdowns and filled-in stages are written in it. */
  lang: Lang;
}

/** A tab's sheet and values as read, before any plan. */
interface Read<K extends string> {
  spec: TableSpec<K>;
  sheet: Sheet | null;
  values: unknown[][];
}

function readTab<K extends string>(ss: Spreadsheet, spec: TableSpec<K>): Read<K> {
  const sheet = findTab(ss, spec);
  return { spec, sheet, values: sheet ? (sheet.getDataRange().getValues() as unknown[][]) : [] };
}

/**
 * The sheet language: the one its headers are written in, the Contacts tab's first; a sheet
 * with no headers yet takes the spreadsheet's locale (id_ID → Indonesian).
 */
function setUpLang(ss: Spreadsheet, tabs: readonly Read<string>[]): Lang {
  for (const t of tabs) {
    const header = t.values[0] ?? [];
    if (mapHeaders(header, t.spec.fields).missing.length < t.spec.fields.length)
      return tableLang(t.spec, header);
  }
  return langOfLocale(ss.getSpreadsheetLocale());
}

function planTable<K extends string>(
  { spec, sheet, values }: Read<K>,
  lang: Lang,
  problems: FieldIssue[],
): Plan<K> {
  const m = serverText();
  const header = values[0] ?? [];
  const hasData = values.some((row) => row.some((v) => v !== ''));
  const { columns, missing } = mapHeaders(header, spec.fields);
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
  if (hasData && missing.length === spec.fields.length) {
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
  return { spec, sheet, values, columns: allColumns, added, lang };
}

function applyTable<K extends string>(ss: Spreadsheet, plan: Plan<K>, report: SetupReport): Sheet {
  let sheet = plan.sheet;
  const created = !sheet;
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
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  const dataRows = sheet.getMaxRows() - 1;
  for (const f of plan.spec.fields) {
    const col = plan.columns[f.key] + 1;
    if (dataRows < 1) break;
    const range = sheet.getRange(2, col, dataRows, 1);
    range.setNumberFormat(FORMAT_BY_KIND[f.kind]);
    if (f.options) range.setDataValidation(optionsRule(f.options, plan.lang));
  }
  return sheet;
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
  sheet: Sheet,
  clock: SheetClock,
  random: () => number,
): number {
  const cols = plan.columns as Record<string, number>;
  const rows = plan.values.slice(1);
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
      const old = plan.values[row - 1]?.[col] ?? '';
      block.push([byRow.has(row) ? value(row, old) : old]);
    }
    sheet.getRange(first, col + 1, block.length, 1).setValues(block);
  };
  write('id', (row) => byRow.get(row));
  write('stage', (_row, old) => (old === '' ? valueIn(plan.lang, 'Lead') : old));
  write('created', (_row, old) => (old === '' ? clock.now : old));
  return fixes.length;
}

export function setUpSheets(ss: Spreadsheet, clock: SheetClock, random: () => number): SetupReport {
  const problems: FieldIssue[] = [];
  const tabs = [readTab(ss, CONTACTS), readTab(ss, ACTIVITIES)] as const;
  const lang = setUpLang(ss, tabs);
  const contacts = planTable(tabs[0], lang, problems);
  const activities = planTable(tabs[1], lang, problems);
  const ids = new Map<string, number>();
  contacts.values.slice(1).forEach((r, i) => {
    const id = String(r[contacts.columns.id] ?? '');
    if (!id || contacts.added.some((a) => a.field.key === 'id')) return;
    const earlier = ids.get(id);
    if (earlier !== undefined)
      problems.push({
        field: 'Contacts',
        message: serverText().setup.duplicateId(id, earlier, i + 2),
      });
    else ids.set(id, i + 2);
  });
  if (problems.length > 0) throw new ValidationError(problems);

  const report: SetupReport = { createdTabs: [], addedColumns: {}, idsAssigned: 0 };
  const contactSheet = applyTable(ss, contacts, report);
  const activitySheet = applyTable(ss, activities, report);
  // Found again after a rename by these IDs (tabs.ts).
  rememberTab(CONTACTS, contactSheet);
  rememberTab(ACTIVITIES, activitySheet);
  report.idsAssigned = fillHandTypedRows(contacts as Plan<string>, contactSheet, clock, random);
  return report;
}
