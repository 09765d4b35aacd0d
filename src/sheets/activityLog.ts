// The Activities tab: an append-only log, one row per conversation or change. Appending is a
// header read and one write, whatever the length of the log.
import { newActivityId, type Activity, type ActivityKey } from '../domain/contact';
import { appendRows, layoutFromHeader, TableMissingError } from './sheetTable';
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
