// How full the spreadsheet is (rows × columns of every tab, Prospek's or not) and the guard every
// write that adds rows or columns passes first. A write into rows and columns the tab already has
// adds no cells and costs no check; a tab that must grow gets a block of rows (rowsToGrow), so
// about one append in a hundred grows it, and every growth happens before the action's first
// value is written.
//
// Reading how full it is costs one call for the tabs and two per tab. An execution keeps its
// reading, counting its own growth; the document cache keeps the last one for a few minutes with
// how many tabs it counted. A remembered reading decides only while as many tabs are there and it
// stays under TRUST_SHARE of the limit, growth included: near the limit the sheet is read again,
// so the refusal is exact there. Below, it misses a tab the user resized by hand meanwhile; should
// Sheets then refuse a growth, the rows just added are taken out and the sheet is read again: the
// action is refused as it would have been, nothing written, or grows by what fits.
import {
  CELL_LIMIT,
  capacityVerdict,
  growthCells,
  rowsToGrow,
  rowsToInsert,
  trustedReading,
  type Fullness,
} from '../domain/capacity/capacity';
import { ValidationError } from '../domain/errors';
import { capacityText } from '../domain/messages/capacity';
import { cacheService, type Cache } from '../gas/cache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Reading {
  cells: number;
  /** How many tabs it counted: a tab added or deleted since makes it void. */
  tabs: number;
  /** Read in this execution (exact), or remembered from an earlier one. */
  read: boolean;
}

/** This execution's reading, with its own growth counted (module state lasts one execution). */
let known: Reading | null = null;

const CACHE_KEY = 'prospek.fullness';
/** How long a reading is remembered: the pipeline and a run of saves or chunks share it. */
const CACHE_SECONDS = 15 * 60;

/** The document cache, asked for once per execution (null: none here). */
let cache: Cache | null | undefined;

function documentCache(): Cache | null {
  if (cache === undefined) {
    try {
      cache = cacheService.document();
    } catch {
      cache = null;
    }
  }
  return cache;
}

function readNow(ss: Spreadsheet, sheets = ss.getSheets()): Reading {
  let cells = 0;
  for (const sheet of sheets) cells += sheet.getMaxRows() * sheet.getMaxColumns();
  return { cells, tabs: sheets.length, read: true };
}

/** The cache's reading, if it counted these tabs (a cache may be missing or emptied). */
function remembered(tabs: number): Reading | null {
  try {
    const text = documentCache()?.get(CACHE_KEY);
    const r = text ? (JSON.parse(text) as Partial<Reading>) : null;
    return r && typeof r.cells === 'number' && r.tabs === tabs
      ? { cells: r.cells, tabs, read: false }
      : null;
  } catch {
    return null;
  }
}

function remember(r: Reading): void {
  known = r;
  try {
    const value = JSON.stringify({ cells: r.cells, tabs: r.tabs });
    documentCache()?.putAll({ [CACHE_KEY]: value }, CACHE_SECONDS);
  } catch {
    // Without a cache the next execution reads the sheet.
  }
}

/**
 * A reading to decide on `growth` more cells: this execution's while exact or trusted, else the
 * cache's while trusted, else the sheet read now (the caller remembers it).
 */
function readingFor(ss: Spreadsheet, growth: number): Reading {
  if (known && (known.read || trustedReading(known.cells, growth))) return known;
  const sheets = ss.getSheets();
  const kept = known ?? remembered(sheets.length);
  if (kept && trustedReading(kept.cells, growth)) return (known = kept);
  return (known = readNow(ss, sheets));
}

const asFullness = (r: Reading): Fullness => ({ cells: r.cells, limit: CELL_LIMIT });

/** Cells of every tab, read now: one call for the tabs, two per tab. */
export function readFullness(ss: Spreadsheet): Fullness {
  known = readNow(ss);
  return asFullness(known);
}

/**
 * How full the spreadsheet is, for a report (the pipeline, the digest): a remembered reading
 * while it is under TRUST_SHARE of the limit (one cache call), else read now.
 */
export function currentFullness(ss: Spreadsheet): Fullness {
  const r = readingFor(ss, 0);
  if (r.read) remember(r);
  return asFullness(r);
}

function refusal(fullness: Fullness, cells: number): ValidationError {
  return new ValidationError({ field: '', message: capacityText().refused(fullness, cells) });
}

/**
 * Refuses, before anything is written, growth of `cells` that would pass the limit; else counts
 * them as added (the caller adds them next).
 */
export function ensureCellsFit(ss: Spreadsheet, cells: number): void {
  if (cells <= 0) return;
  const r = readingFor(ss, cells);
  if (capacityVerdict(asFullness(r), cells) === 'refuse') throw refusal(asFullness(r), cells);
  remember({ ...r, cells: r.cells + cells });
}

/** One tab an action appends to: how many records, after which row, to what width. */
export interface Append {
  sheet: Sheet;
  records: number;
  /** The tab's last row, when the caller has it already (else read). */
  lastRow?: number;
  /** The tab's rows, when the caller has them already (else read). */
  maxRows?: number;
  /** The width the action needs (new columns past the tab's last one). */
  columns?: number;
}

/** A tab's last row and its rows once it has room: what its append needs to know. */
export interface Room {
  lastRow: number;
  maxRows: number;
}

/** What one tab must add: rows needed, the rows it will get (a block), and columns. */
interface Growth {
  sheet: Sheet;
  room: Room;
  maxRows: number;
  maxColumns: number;
  need: number;
  block: number;
  addColumns: number;
}

/** 1-2 calls while the tab has the rows and columns (the caller may pass what it has read). */
function growthOf(a: Append): Growth | null {
  if (a.records <= 0 && !a.columns) return null;
  const maxRows = a.maxRows ?? a.sheet.getMaxRows();
  const lastRow = a.lastRow ?? a.sheet.getLastRow();
  const room = { lastRow, maxRows };
  const need = rowsToInsert(lastRow, a.records, maxRows);
  const maxColumns = need > 0 || a.columns ? a.sheet.getMaxColumns() : 0;
  const addColumns = Math.max(0, (a.columns ?? 0) - maxColumns);
  return { sheet: a.sheet, room, maxRows, maxColumns, need, block: rowsToGrow(need), addColumns };
}

const cellsAdded = (gs: readonly Growth[], rows: (g: Growth) => number) =>
  gs.reduce(
    (n, g) =>
      n +
      growthCells({
        maxRows: g.maxRows,
        maxColumns: g.maxColumns,
        addRows: rows(g),
        addColumns: g.addColumns,
      }),
    0,
  );

/**
 * Deletes `rows` rows inserted after `after`. Sheets keeps at least one row below the frozen
 * ones: a tab that had none keeps one of them (empty).
 */
function deleteAdded(sheet: Sheet, after: number, rows: number): void {
  try {
    sheet.deleteRows(after + 1, rows);
  } catch (e) {
    if (rows < 2) throw e;
    sheet.deleteRows(after + 2, rows - 1);
  }
}

/**
 * Inserts the rows (a block or just those needed) and columns of `growths`; if Sheets refuses
 * one, those inserted before it are deleted again, so the tabs are as they were.
 */
function insertAll(growths: readonly Growth[], block: boolean): void {
  const done: (() => void)[] = [];
  try {
    for (const g of growths) {
      const rows = block ? g.block : g.need;
      if (rows > 0) {
        g.sheet.insertRowsAfter(g.maxRows, rows);
        done.push(() => deleteAdded(g.sheet, g.maxRows, rows));
      }
      if (g.addColumns > 0) {
        g.sheet.insertColumnsAfter(g.maxColumns, g.addColumns);
        done.push(() => g.sheet.deleteColumns(g.maxColumns + 1, g.addColumns));
      }
    }
  } catch (e) {
    for (const undo of done.reverse()) undo();
    throw e;
  }
  for (const g of growths) g.room.maxRows = g.maxRows + (block ? g.block : g.need);
}

/**
 * Gives the tabs of `appends` the rows and columns they need, before the action writes anything:
 * each tab that must grow gets a block of rows, or just the rows it needs when the blocks would
 * not fit. Growth past Sheets' cell limit is refused (a ValidationError saying how full the
 * sheet is) with nothing changed. Costs 1-2 calls per tab while they have room. Returns each
 * tab's last row and rows, for its append (none for an append of nothing).
 */
export function makeRoom(
  appends: readonly Append[],
  spreadsheet?: Spreadsheet,
): (Room | undefined)[] {
  return grow(appends, spreadsheet, false);
}

/** makeRoom; `retried` once Sheets refused a growth and the sheet was read again. */
function grow(
  appends: readonly Append[],
  spreadsheet: Spreadsheet | undefined,
  retried: boolean,
): (Room | undefined)[] {
  const rooms: (Room | undefined)[] = [];
  const growths: Growth[] = [];
  for (const a of appends) {
    const g = growthOf(a);
    rooms.push(g?.room);
    if (g && (g.need > 0 || g.addColumns > 0)) growths.push(g);
  }
  if (growths.length === 0) return rooms;
  const ss = spreadsheet ?? growths[0].sheet.getParent();
  const exact = cellsAdded(growths, (g) => g.need);
  const blocks = cellsAdded(growths, (g) => g.block);
  // A block where the blocks fit, else just the rows needed (refused when even they don't).
  const r = readingFor(ss, blocks);
  const block = capacityVerdict(asFullness(r), blocks) !== 'refuse';
  ensureCellsFit(ss, block ? blocks : exact);
  try {
    insertAll(growths, block);
  } catch (e) {
    if (retried) throw e;
    // Sheets refused: the reading was stale. Decided again on the tabs as they are now.
    known = readNow(ss);
    const fresh = appends.map((a) => ({ ...a, maxRows: undefined }));
    return grow(fresh, ss, true);
  }
  return rooms;
}

/**
 * The room an action that appends to `first`, then to `last` (a new lead: its entries, then its
 * row) needs. `first`'s append makes its own room as it goes, so only when `last` must grow
 * too do both grow, together, before the first write: two calls while `last` has free rows.
 */
export function ensureRoomForLast(ss: Spreadsheet, first: Append, last: Append): void {
  const maxRows = last.maxRows ?? last.sheet.getMaxRows();
  const lastRow = last.lastRow ?? last.sheet.getLastRow();
  if (lastRow + last.records <= maxRows && !last.columns) return;
  makeRoom([first, { ...last, maxRows, lastRow }], ss);
}
