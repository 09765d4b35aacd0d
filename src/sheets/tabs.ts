// Finding Prospek's tabs when the user has renamed them. By name first (no extra call on the
// common path), then by the sheet ID stored in the document's properties at set-up, then, for a
// sheet set up before IDs were stored, by a header row holding every column of the table.
// Kept apart from the header lookup (sheetTable.ts) so a tab can be found under any name.
import { mapHeaders } from '../domain/contact/contact';
import { propertiesService, type Properties } from '../gas/properties';
import type { TableSpec } from './sheetTable';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const key = (spec: TableSpec<string>) => `prospek.sheetId.${spec.sheetName}`;

/** The document's properties, or null where Apps Script has none (an add-on's trigger). */
function documentProperties(): Properties | null {
  try {
    return propertiesService.document() ?? null;
  } catch {
    return null;
  }
}

/** The document's properties as read once (set-up reads them all in one call), or null. */
export type StoredTabIds = Record<string, string> | null;

/** Every table's stored sheet ID in one read, for set-up: pass it to storedTabId and rememberTab. */
export function storedTabIds(): StoredTabIds {
  try {
    return documentProperties()?.getProperties() ?? null;
  } catch {
    return null;
  }
}

/** The sheet ID stored at set-up for this table, or null (`stored`: read with storedTabIds). */
export function storedTabId(spec: TableSpec<string>, stored?: StoredTabIds): number | null {
  const value =
    stored === undefined
      ? (documentProperties()?.getProperty(key(spec)) ?? null)
      : (stored?.[key(spec)] ?? null);
  const id = value === null ? NaN : Number(value);
  return Number.isInteger(id) ? id : null;
}

/**
 * Records the tab set-up made or found, so a rename later doesn't lose it; true when it wrote.
 * `stored`: the properties as read with storedTabIds (no second read).
 */
export function rememberTab(spec: TableSpec<string>, sheet: Sheet, stored?: StoredTabIds): boolean {
  const id = String(sheet.getSheetId());
  const props = documentProperties();
  if (!props) return false;
  const now = stored === undefined ? props.getProperty(key(spec)) : (stored?.[key(spec)] ?? null);
  if (now === id) return false;
  props.setProperty(key(spec), id);
  return true;
}

/** The first tab whose header row holds every column of `spec` (a renamed, older tab). */
function tabByHeaders(ss: Spreadsheet, spec: TableSpec<string>): Sheet | null {
  for (const sheet of ss.getSheets()) {
    if (sheet.getLastRow() < 1) continue;
    const header = sheet.getRange('1:1').getValues()[0] ?? [];
    if (mapHeaders(header, spec.fields).missing.length === 0) return sheet;
  }
  return null;
}

/**
 * The tab holding `spec`'s table: by name, else by stored sheet ID, else by its headers. Null
 * when there is none (never set up, or deleted).
 */
export function findTab(ss: Spreadsheet, spec: TableSpec<string>): Sheet | null {
  const byName = ss.getSheetByName(spec.sheetName);
  if (byName) return byName;
  const id = storedTabId(spec);
  const byId = id === null ? null : ss.getSheetById(id);
  return byId ?? tabByHeaders(ss, spec);
}

/** True when `sheet` is the tab holding `spec`'s table. */
export function isTab(ss: Spreadsheet, spec: TableSpec<string>, sheet: Sheet): boolean {
  if (sheet.getName() === spec.sheetName) return true;
  const found = findTab(ss, spec);
  return found !== null && found.getSheetId() === sheet.getSheetId();
}
