// Deterministic benchmark workbooks: N contacts with about 3 activities each (bench/people.ts),
// written straight into the runtime's SpreadsheetModel after the real "Set up sheet" has created
// the tabs (one execution, not N). Values are stored the way Sheets stores them: text as strings
// under the '@' format, days and date-times as serial numbers under their date formats.
import fs from 'node:fs';
import path from 'node:path';
import {
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  mapHeaders,
  type FieldSpec,
  type Stage,
} from '../src/domain/contact/contact';
import { GROWTH_ROWS } from '../src/domain/capacity/capacity';
import { Runtime, type RuntimeState, type SheetModel } from '../local/runtime/index';
import { countFormatCells } from './formatCells';
import { generatePeople, USER, type Layout, type Row } from './people';

export const DIST = path.join(__dirname, '../../dist');
export const TIME_ZONE = 'Asia/Jakarta';
export const NOW = '2026-11-27T09:00';

export interface Fixture {
  size: number;
  /** The whole runtime after set-up and generation: every run starts from a copy of it. */
  state: RuntimeState;
  activityCount: number;
  layout: Layout;
  /** Every tab's rows × columns: what counts against the spreadsheet's cell limit. */
  totalCells: number;
  /** 1-based sheet rows of contacts by stage, for ops that need a particular kind of contact. */
  rowsByStage: Record<Stage, number[]>;
  idByRow: Map<number, string>;
  /** Activities of the contact on each row: ops pick contacts with the same history at every size. */
  activitiesByRow: Map<number, number>;
  /** Emails of existing contacts, for an import file that repeats some of them. */
  sampleEmails: string[];
  /** Workbooks derived from this one (after the bench's import) and their total cells. */
  derived: Map<string, { state: RuntimeState; cells: number }>;
}

/** A runtime with the add-on loaded and the real "Set up sheet" run. */
function setUpRuntime(): Runtime {
  const rt = new Runtime({ now: NOW, timeZone: TIME_ZONE, user: USER }).loadProject(DIST, {
    filter: (f) => f.endsWith('Code.js'),
  });
  rt.execute('menuSetUpSheet', [], { kind: 'menu', responses: ['OK', 'OK', 'OK'] });
  return rt;
}

function sheetOf(rt: Runtime, name: string): SheetModel {
  const sheet = rt.workbook().sheet(name);
  if (!sheet) throw new Error(`Set up did not create the ${name} tab`);
  return sheet;
}

/** Runs the real set-up, then fills Contacts and Activities directly in the model. */
export function generateWorkbook(size: number): Fixture {
  const rt = setUpRuntime();
  const contactSheet = sheetOf(rt, 'Contacts');
  const activitySheet = sheetOf(rt, 'Activities');
  const layout: Layout = {
    contactColumns: columnsOf(contactSheet, CONTACT_FIELDS),
    activityColumns: columnsOf(activitySheet, ACTIVITY_FIELDS),
    contactWidth: contactSheet.rows[0].length,
    activityWidth: activitySheet.rows[0].length,
  };
  const people = generatePeople(size, layout);
  fill(contactSheet, people.contactRows);
  fill(activitySheet, people.activityRows);
  // Reminders on, as a user who wants the daily digest sets them (this installs its trigger).
  if (exportedNames().has('saveReminderSettings')) {
    rt.run('saveReminderSettings', [REMINDER_PREFS], { kind: 'sidebar' });
  }
  rt.calls.clear();
  const email = layout.contactColumns.email;
  return {
    size,
    state: rt.toJSON(),
    activityCount: people.activityRows.length,
    layout,
    totalCells: rt.workbook().totalCells(),
    rowsByStage: people.rowsByStage,
    idByRow: people.idByRow,
    activitiesByRow: people.activitiesByRow,
    sampleEmails: people.contactRows.slice(0, 500).map((r) => String(r[email])),
    derived: new Map(),
  };
}

const REMINDER_PREFS = {
  enabled: true,
  hour: 7,
  recipient: '',
  scope: 'mine',
  cardLeadDays: 7,
  staleDays: 14,
  keepInTouch: true,
};

/** The entry points the build generated (the footer of dist/Code.js). */
export function exportedNames(dir = DIST): Set<string> {
  const code = fs.readFileSync(path.join(dir, 'Code.js'), 'utf8');
  return new Set([...code.matchAll(/^function (\w+)\(\) \{ return /gm)].map((m) => m[1]));
}

function columnsOf<K extends string>(
  sheet: SheetModel,
  fields: readonly FieldSpec<K>[],
): Record<K, number> {
  const { columns, missing } = mapHeaders(sheet.rows[0] ?? [], fields);
  if (missing.length) throw new Error(`${sheet.name} lacks ${missing.join(', ')}`);
  return columns as Record<K, number>;
}

/**
 * Free rows at the end of each filled tab. A tab Prospek grows gets a block of GROWTH_ROWS rows
 * at a time, so it has 0 to 99 free rows; the fixture has the middle of that. (The one append in
 * a hundred that finds none grows the tab first: a few calls more, measured by the tests.)
 */
export const FREE_ROWS = GROWTH_ROWS / 2;

/**
 * Puts data rows under the header and sizes the tab to fit them and FREE_ROWS more, extending
 * each column's format and dropdown (as set up on row 2) over them. The tab keeps only its used
 * columns: a new tab's 26 default columns over 300,000 activity rows would alone pass 7.8 million
 * of the workbook's 10 million cells.
 */
function fill(sheet: SheetModel, rows: Row[]): void {
  const width = sheet.rows[0].length;
  sheet.rows.length = 1;
  for (const r of rows) sheet.rows.push(r);
  const dataRows = rows.length + FREE_ROWS;
  sheet.maxRows = dataRows + 1;
  sheet.maxColumns = width;
  for (let c = 1; c <= width; c++) {
    sheet.setFormat(2, c, dataRows, sheet.format(2, c));
    const rule = sheet.validation(2, c);
    if (rule) sheet.setValidation(2, c, dataRows, rule);
  }
}

/** A copy of a fixture's state for one run: cell rows are copied, not shared. */
export function cloneState(state: RuntimeState): RuntimeState {
  const { spreadsheets, ...rest } = state;
  return {
    ...structuredClone(rest),
    spreadsheets: spreadsheets.map((ss) => {
      const { sheets, ...meta } = ss;
      return {
        ...structuredClone(meta),
        sheets: sheets.map((sh) => {
          const { rows, ...props } = sh;
          return { ...structuredClone(props), rows: rows.map((r) => r.slice()) };
        }),
      };
    }),
  };
}

/**
 * A fresh runtime on a copy of a workbook state (default: the fixture's own), with a built project
 * (default: the add-on) loaded, counting the cells of format and validation calls.
 */
export function runtimeFor(fixture: Fixture, projectDir = DIST, state = fixture.state): Runtime {
  const rt = Runtime.fromJSON(cloneState(state)).loadProject(projectDir, {
    filter: (f) => f.endsWith('Code.js'),
  });
  countFormatCells(rt);
  return rt;
}
