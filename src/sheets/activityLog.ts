// The Activities tab: an append-only log, one row per conversation or change. Appending is a
// header read and one write, whatever the length of the log.
import { isCalendarDay } from '../domain/calendarDay';
import { decodeCellText } from '../domain/cellText';
import {
  ACTIVITY_TYPES,
  matchOption,
  newActivityId,
  STAGES,
  type Activity,
  type ActivityKey,
} from '../domain/contact';
import type { SheetClock } from './sheetClock';
import { appendRows, cellsOf, layoutFromHeader, TableMissingError } from './sheetTable';
import { ACTIVITIES } from './tables';

export function appendActivities(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  activities: readonly Activity[],
  random: () => number,
): Activity[] {
  if (activities.length === 0) return [];
  const sheet = ss.getSheetByName(ACTIVITIES.sheetName);
  if (!sheet) throw new TableMissingError(ACTIVITIES.sheetName);
  const width = sheet.getLastColumn();
  if (width === 0) throw new TableMissingError(ACTIVITIES.sheetName);
  const layout = layoutFromHeader(sheet, ACTIVITIES, sheet.getRange(1, 1, 1, width).getValues()[0]);
  // 40 random bits per ID: a collision is far less likely than a typo, so the log isn't read.
  const taken = new Set<string>();
  const withIds = activities.map((a) => {
    const activityId = a.activityId || newActivityId(random, taken);
    taken.add(activityId);
    return { ...a, activityId };
  });
  appendRows<ActivityKey>(ACTIVITIES, layout, withIds, sheet.getLastRow());
  return withIds;
}

// ---- one contact's timeline ------------------------------------------------------------------

type Cells = Parameters<typeof cellsOf>[2];

/** Rows between two matches read along with them rather than costing another read. */
const READ_THROUGH_GAP = 25;

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

/**
 * A contact's activities, newest first, at most `limit`. One search of the Contact ID column
 * finds them; the newest `limit` rows are read in runs (a run reads through short gaps), so the
 * cost depends on this contact's log, never on the number of contacts or of other entries.
 */
export function readTimeline(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  clock: SheetClock,
  contactId: string,
  limit = 100,
): Activity[] {
  const sheet = ss.getSheetByName(ACTIVITIES.sheetName);
  if (!sheet || !contactId) return [];
  const width = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  if (width === 0 || lastRow < 2) return [];
  let layout;
  try {
    layout = layoutFromHeader(sheet, ACTIVITIES, sheet.getRange(1, 1, 1, width).getValues()[0]);
  } catch (e) {
    // A damaged log shows no history rather than blocking the contact; set-up repairs it.
    if (e instanceof TableMissingError) return [];
    throw e;
  }
  const hits = sheet
    .getRange(2, layout.columns.contactId + 1, lastRow - 1, 1)
    .createTextFinder(contactId)
    .matchEntireCell(true)
    .matchCase(true)
    .findAll();
  // The log is appended to, so the last matches are the newest.
  const rows = hits.slice(-limit).map((r) => r.getRow());
  const runs: [number, number][] = [];
  for (const r of rows.sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && r - run[1] <= READ_THROUGH_GAP + 1) run[1] = r;
    else runs.push([r, r]);
  }
  const wanted = new Set(rows);
  const out: Activity[] = [];
  for (const [first, last] of runs) {
    const values = sheet.getRange(first, 1, last - first + 1, width).getValues() as Cells[];
    values.forEach((v, i) => {
      if (wanted.has(first + i)) {
        out.push(activityFromCells(cellsOf(ACTIVITIES, layout, v, clock)));
      }
    });
  }
  // Newest first by time; a row sorted by hand doesn't break the order. Ties keep log order.
  return out
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.when === y.a.when ? y.i - x.i : x.a.when < y.a.when ? 1 : -1))
    .map((x) => x.a);
}
