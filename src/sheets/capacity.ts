// How full the spreadsheet is (rows × columns of every tab, Prospek's or not: a few calls, no
// cell read) and the guard every write that adds rows or columns passes first. A write into
// rows and columns the tab already has adds no cells, so the guard costs nothing more then.
import {
  CELL_LIMIT,
  capacityVerdict,
  growthCells,
  type Fullness,
  type TabGrowth,
} from '../domain/capacity/capacity';
import { ValidationError } from '../domain/errors';
import { capacityText } from '../domain/messages/capacity';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Cells of every tab: one call for the tabs, two per tab. */
export function readFullness(ss: Spreadsheet): Fullness {
  let cells = 0;
  for (const sheet of ss.getSheets()) cells += sheet.getMaxRows() * sheet.getMaxColumns();
  return { cells, limit: CELL_LIMIT };
}

/** Refuses, before anything is written, growth of `cells` that would pass the limit. */
export function ensureCellsFit(ss: Spreadsheet, cells: number): void {
  if (cells <= 0) return;
  const fullness = readFullness(ss);
  if (capacityVerdict(fullness, cells) === 'refuse') {
    throw new ValidationError({ field: '', message: capacityText().refused(fullness, cells) });
  }
}

/** One tab an action appends to: how many records, after which row, to what width. */
export interface Append {
  sheet: Sheet;
  records: number;
  /** The tab's last row, when the caller has it already (else read). */
  lastRow?: number;
  /** The width the action needs (new columns past the tab's last one). */
  columns?: number;
}

/** Cells `a` adds to its tab: 1-2 calls when it fits in the rows and columns there are. */
export function appendGrowth(a: Append): number {
  if (a.records <= 0 && !a.columns) return 0;
  const maxRows = a.sheet.getMaxRows();
  const lastRow = a.lastRow ?? a.sheet.getLastRow();
  const addRows = Math.max(0, lastRow + a.records - maxRows);
  if (addRows === 0 && !a.columns) return 0;
  const maxColumns = a.sheet.getMaxColumns();
  const addColumns = Math.max(0, (a.columns ?? 0) - maxColumns);
  const growth: TabGrowth = { maxRows, maxColumns, addRows, addColumns };
  return growthCells(growth);
}

/**
 * The guard of an action that appends to several tabs: their growth together must fit, or the
 * action is refused before its first write (a ValidationError naming how full the sheet is).
 */
export function ensureRoom(ss: Spreadsheet, appends: readonly Append[]): void {
  ensureCellsFit(
    ss,
    appends.reduce((n, a) => n + appendGrowth(a), 0),
  );
}

/**
 * The guard of an action that appends to `first`, then to `last` (a new lead: its entries, then
 * its row). `first`'s append checks its own growth as it goes, so only when `last` must grow
 * too are both checked together, before the first write: two calls while `last` has free rows.
 */
export function ensureRoomForLast(ss: Spreadsheet, first: Append, last: Append): void {
  const grows = appendGrowth(last);
  if (grows > 0) ensureCellsFit(ss, grows + appendGrowth(first));
}
