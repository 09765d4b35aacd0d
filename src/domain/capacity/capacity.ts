// How full the spreadsheet is against Google Sheets' cell limit, and whether an action that adds
// rows or columns may run. Sheets counts every cell of every tab (its rows times its columns,
// empty or not), and refuses any growth past the limit; Prospek refuses such an action up front
// instead, so a write never stops half-way.

/** Google Sheets' limit: cells in a spreadsheet, all tabs together. */
export const CELL_LIMIT = 10_000_000;

/** From this share of the limit on, the digest and the pipeline warn. */
export const WARN_SHARE = 0.8;

/** Cells the spreadsheet has now (the sum over its tabs of rows × columns) and its limit. */
export interface Fullness {
  cells: number;
  limit: number;
}

/** ok; warn: at least 80% full; refuse: the action's growth would pass the limit. */
export type CapacityVerdict = 'ok' | 'warn' | 'refuse';

/** What an action adds to one tab: rows at its end and columns at its right. */
export interface TabGrowth {
  /** The tab's size before the action. */
  maxRows: number;
  maxColumns: number;
  /** Rows and columns the action inserts (0 when it writes into free ones). */
  addRows: number;
  addColumns: number;
}

/** Cells `g` adds: new rows across the old columns, new columns down every row. */
export function growthCells(g: TabGrowth): number {
  const rows = Math.max(0, g.addRows);
  const columns = Math.max(0, g.addColumns);
  return rows * g.maxColumns + columns * (g.maxRows + rows);
}

/** Rows an append of `count` records after `lastRow` must insert into a tab of `maxRows`. */
export function rowsToInsert(lastRow: number, count: number, maxRows: number): number {
  return Math.max(0, lastRow + count - maxRows);
}

/** The verdict on an action adding `growth` cells to a spreadsheet this full. */
export function capacityVerdict(f: Fullness, growth = 0): CapacityVerdict {
  if (growth > 0 && f.cells + growth > f.limit) return 'refuse';
  return f.cells >= f.limit * WARN_SHARE ? 'warn' : 'ok';
}

/** Whole percent used, rounded down so "80%" never shows below the warning line. */
export function fullPercent(f: Fullness): number {
  return Math.floor((f.cells * 100) / f.limit);
}

/**
 * Rows a tab that must grow gets at least: Sheets adds rows one call at a time, and a tab grown
 * by just the rows an append needs is full again at the next one, so every append would pay for
 * the growth and its check. With a block, about one append in a hundred does.
 */
export const GROWTH_ROWS = 100;

/** The rows to insert when `need` are missing: a block, or more when more are needed. */
export function rowsToGrow(need: number): number {
  return need <= 0 ? 0 : Math.max(need, GROWTH_ROWS);
}

/**
 * Up to this share of the limit (the growth included), a remembered reading of how full the
 * spreadsheet is may stand in for reading it again; from there on it is read, so a refusal near
 * the limit is always made on the sheet as it is.
 */
export const TRUST_SHARE = 0.75;

/** Whether a reading of `cells` remembered from earlier may decide on `growth` more. */
export function trustedReading(cells: number, growth: number, limit = CELL_LIMIT): boolean {
  return cells + Math.max(0, growth) < limit * TRUST_SHARE;
}
