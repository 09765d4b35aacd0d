// The Activities tab: an append-only log, one row per conversation or change. Appending is a
// header read and one write, whatever the length of the log; a save that appends and then shows
// the timeline opens the tab once for both.
import { isCalendarDay } from '../domain/calendarDay';
import { decodeCellText } from '../domain/contact/cellText';
import {
  ACTIVITY_TYPES,
  matchOption,
  newActivityId,
  STAGES,
  type Activity,
  type ActivityKey,
} from '../domain/contact/contact';
import type { SheetClock } from './sheetClock';
import {
  adjacentRuns,
  appendRows,
  cellsOf,
  openTable,
  openTableHeader,
  readSheetRows,
  regexpText,
  rowsHolding,
  rowsMatching,
  TableMissingError,
  wholeColumn,
  type Layout,
  type TableRows,
} from './sheetTable';
import { ACTIVITIES } from './tables';

/** The Activities tab with its columns located (one header read). */
export type ActivityLog = Layout<ActivityKey>;

/**
 * The log, or null when the tab is missing or damaged, for reading: a timeline then shows no
 * history (set-up repairs the tab). Writers open it with openTable, which throws before they
 * write anything, so retryAfterSetUp sets the tab up and starts over.
 */
export function openActivityLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ActivityLog | null {
  try {
    return openTable(ss, ACTIVITIES);
  } catch (e) {
    if (e instanceof TableMissingError) return null;
    throw e;
  }
}

/**
 * Appends entries after the last row in one write. `log` is the tab already opened in this
 * execution (saves a header read); without it the tab is opened here. A missing or damaged tab
 * throws TableMissingError, so the caller's retryAfterSetUp sets it up.
 */
export function appendActivities(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  activities: readonly Activity[],
  random: () => number,
  log?: ActivityLog | null,
): Activity[] {
  if (activities.length === 0) return [];
  const layout = log ?? openTable(ss, ACTIVITIES);
  // 40 random bits per ID: a collision is far less likely than a typo, so the log isn't read.
  const taken = new Set<string>();
  const withIds = activities.map((a) => {
    const activityId = a.activityId || newActivityId(random, taken);
    taken.add(activityId);
    return { ...a, activityId };
  });
  appendRows<ActivityKey>(ACTIVITIES, layout, withIds, layout.sheet.getLastRow());
  return withIds;
}

/**
 * The entries of these contacts, as a table of their rows only (a sparse array by data index,
 * see readSheetRows): one search of the Contact ID column for all of them, then one read per
 * run of adjacent rows, so the cells read are theirs whatever the length of the log. A missing
 * or damaged tab throws TableMissingError (a writer's retryAfterSetUp sets it up).
 */
export function readEntriesOf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  contactIds: readonly string[],
): TableRows<ActivityKey> {
  const { layout, header } = openTableHeader(ss, ACTIVITIES);
  const found = rowsHolding(layout.sheet, layout.columns.contactId, contactIds);
  return { layout, header, rows: readSheetRows(layout.sheet, layout.width, found) };
}

/**
 * The entry with this Activity ID (exact), or null: one search of the Activity ID column. A
 * write-ahead entry found this way tells a replayed request what it already wrote.
 */
export function findActivity(
  log: ActivityLog,
  clock: SheetClock,
  activityId: string,
): { row: number; activity: Activity } | null {
  const hit = wholeColumn(log.sheet, log.columns.activityId)
    .createTextFinder(activityId)
    .matchEntireCell(true)
    .matchCase(true)
    .findNext();
  const row = hit?.getRow() ?? 1;
  if (row < 2) return null;
  const values = log.sheet.getRange(row, 1, 1, log.width).getValues()[0] as Cells;
  return { row, activity: activityFromCells(cellsOf(ACTIVITIES, log, values, clock)) };
}

/**
 * The entries among `activityIds` the log holds, by ID: one search of the Activity ID column for
 * all of them, then one read per run of adjacent entries found.
 */
export function findActivities(
  log: ActivityLog,
  clock: SheetClock,
  activityIds: readonly string[],
): Map<string, Activity> {
  return findActivitiesMatching(log, clock, activityIds.map(regexpText));
}

/**
 * The entries whose whole Activity ID matches one of `patterns` (regular expressions), by ID:
 * one search of the Activity ID column for all of them, then one read per run of adjacent
 * entries found (a request's entries are appended together).
 */
export function findActivitiesMatching(
  log: ActivityLog,
  clock: SheetClock,
  patterns: readonly string[],
): Map<string, Activity> {
  const found = new Map<string, Activity>();
  if (patterns.length === 0) return found;
  const hits = rowsMatching(log.sheet, log.columns.activityId, patterns);
  const rows = readSheetRows(log.sheet, log.width, hits);
  for (const row of hits) {
    const a = activityFromCells(cellsOf(ACTIVITIES, log, rows[row - 2] as Cells, clock));
    found.set(a.activityId, a);
  }
  return found;
}

// ---- one contact's timeline ------------------------------------------------------------------

type Cells = Parameters<typeof cellsOf>[2];

/** A log row back to an Activity, tolerating hand edits the way contactFromCells does. */
export function activityFromCells(cells: Partial<Record<ActivityKey, unknown>>): Activity {
  const text = (k: ActivityKey) => decodeCellText(String(cells[k] ?? '')).trim();
  const day = text('followUpOn');
  return {
    activityId: text('activityId'),
    when: text('when'),
    contactId: text('contactId'),
    contactName: text('contactName'),
    type: matchOption(cells.type, ACTIVITY_TYPES) ?? 'Note',
    summary: text('summary'),
    questions: text('questions'),
    concerns: text('concerns'),
    nextStep: text('nextStep'),
    followUpOn: isCalendarDay(day) ? day : '',
    fromStage: matchOption(cells.fromStage, STAGES) ?? '',
    toStage: matchOption(cells.toStage, STAGES) ?? '',
    by: text('by'),
  };
}

/** A page of a contact's timeline: its entries, newest first, and how many older ones remain. */
export interface TimelinePage {
  entries: Activity[];
  /** The contact's entries older than these, not read. */
  earlier: number;
}

/**
 * A contact's activities, newest first, at most `limit`, after skipping the newest `skip` (a
 * page the sidebar already shows). One search of the Contact ID column finds them all, which
 * also counts the older ones without reading them; the page's rows are read one exact run of
 * adjacent rows at a time, so the cells read are this page's, never other contacts' entries.
 * `log` is the tab as already opened in this execution (null: missing); opened here if not given.
 */
export function readTimelinePage(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  clock: SheetClock,
  contactId: string,
  limit: number,
  log: ActivityLog | null = contactId ? openActivityLog(ss) : null,
  skip = 0,
): TimelinePage {
  if (!log || !contactId) return { entries: [], earlier: 0 };
  const { sheet, columns } = log;
  const hits = wholeColumn(sheet, columns.contactId)
    .createTextFinder(contactId)
    .matchEntireCell(true)
    .matchCase(true)
    .findAll();
  // The log is appended to, so the last matches are the newest.
  const all = hits.map((r) => r.getRow()).filter((r) => r > 1); // not the header cell
  const end = Math.max(0, all.length - Math.max(0, skip));
  const start = Math.max(0, end - Math.max(0, limit));
  const out: Activity[] = [];
  for (const [first, last] of adjacentRuns(all.slice(start, end))) {
    const values = sheet.getRange(first, 1, last - first + 1, log.width).getValues() as Cells[];
    for (const v of values) out.push(activityFromCells(cellsOf(ACTIVITIES, log, v, clock)));
  }
  // Newest first by time; a row sorted by hand doesn't break the order. Ties keep log order.
  const entries = out
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.when === y.a.when ? y.i - x.i : x.a.when < y.a.when ? 1 : -1))
    .map((x) => x.a);
  return { entries, earlier: start };
}

/** A contact's newest activities, newest first, at most `limit` (see readTimelinePage). */
export function readTimeline(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  clock: SheetClock,
  contactId: string,
  limit = 100,
  log: ActivityLog | null = contactId ? openActivityLog(ss) : null,
): Activity[] {
  return readTimelinePage(ss, clock, contactId, limit, log).entries;
}
