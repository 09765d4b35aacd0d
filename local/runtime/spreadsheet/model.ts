// The in-memory workbook: spreadsheets, their sheets, stored cell values, formulas, number formats,
// data validation and the user's selection. This is the data; spreadsheetApp.ts is the Apps Script
// surface over it. Dates are stored as Sheets stores them: serial numbers under a date format.
import { ColumnSpans, type Span } from './spans';
import { GENERAL } from './numberFormat';
import { evaluateFormulas } from './formulas';
import { adjustFormula, offsetFormula, renameInFormula, type IndexMap } from './references';

export type Stored = string | number | boolean;

export interface ValidationRule {
  criteria:
    'VALUE_IN_LIST' | 'CHECKBOX' | 'DATE_IS_VALID_DATE' | 'NUMBER_BETWEEN' | 'CUSTOM_FORMULA';
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface RangeRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface SheetData {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  rows: Stored[][];
  formulas: Record<string, string>;
  formats: Record<string, Span<string>[]>;
  validations: Record<string, Span<ValidationRule>[]>;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<string, number>;
  hiddenByFilter: number[];
  notes?: Record<string, string>;
  backgrounds?: Record<string, string>;
  hiddenRows?: number[];
  filter?: FilterData | null;
}

/** A basic filter: its range and, per column, the values it hides. */
export interface FilterData {
  range: RangeRect;
  hidden: Record<string, string[]>;
}

export interface SpreadsheetData {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetData[];
  nextSheetId: number;
  activeSheetId: number;
  selection: RangeRect[];
  owner?: string;
  namedRanges?: NamedRange[];
}

/** A named range: a name for a rectangle on one sheet. */
export interface NamedRange {
  name: string;
  sheetId: number;
  rect: RangeRect;
}

/** Sheets' limits: 10 million cells per spreadsheet, 50,000 characters per cell. */
export const MAX_CELLS = 10_000_000;
export const MAX_CELL_CHARS = 50_000;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

const sameString = (a: string, b: string) => a === b;
const sameRule = (a: ValidationRule, b: ValidationRule) => JSON.stringify(a) === JSON.stringify(b);

/** Indices from `at` on move `count` along (count > 0 inserts before `at`). */
const shiftMap =
  (at: number, count: number): IndexMap =>
  (i) =>
    i >= at ? i + count : i;

/** Indices start..start+count-1 are deleted; later ones move up. */
const deleteMap =
  (start: number, count: number): IndexMap =>
  (i) =>
    i < start ? i : i < start + count ? null : i - count;

/** The inverse of a permutation of lo..hi given as srcOf. */
function inverse(lo: number, hi: number, srcOf: (i: number) => number): (i: number) => number {
  const dst = new Map<number, number>();
  for (let i = lo; i <= hi; i++) dst.set(srcOf(i), i);
  return (i) => dst.get(i) ?? i;
}

/**
 * Moving `count` rows or columns from `from` to before `to` (an index counted before the move,
 * as Apps Script's moveRows and moveColumns take it): for each new index, the old one it holds.
 */
export function moveSource(from: number, count: number, to: number): (i: number) => number {
  return (i) => {
    if (to < from) {
      if (i < to || i >= from + count) return i;
      return i < to + count ? from + (i - to) : i - count;
    }
    if (i < from || i >= to) return i;
    return i >= to - count ? from + (i - (to - count)) : i + count;
  };
}

export class SheetModel {
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  rows: Stored[][] = [];
  formulas = new Map<string, string>();
  formats = new ColumnSpans<string>();
  validations = new ColumnSpans<ValidationRule>();
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  hiddenByFilter = new Set<number>();
  /** Notes and backgrounds by 'row:column', as formulas are kept. */
  notes = new Map<string, string>();
  backgrounds = new Map<string, string>();
  /** Rows the user or a script hid (hideRows), apart from those a filter hides. */
  hiddenRows = new Set<number>();
  filter: FilterData | null = null;

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  get(row: number, column: number): Stored {
    const r = this.rows[row - 1];
    const v = r ? r[column - 1] : undefined;
    return v === undefined ? '' : v;
  }

  set(row: number, column: number, value: Stored): void {
    let r = this.rows[row - 1];
    if (!r) {
      if (value === '') return;
      while (this.rows.length < row) this.rows.push([]);
      r = this.rows[row - 1];
    }
    if (value === '' && column > r.length) return;
    while (r.length < column - 1) r.push('');
    r[column - 1] = value;
  }

  formula(row: number, column: number): string {
    return this.formulas.get(`${row}:${column}`) ?? '';
  }

  setFormula(row: number, column: number, formula: string | null): void {
    if (formula) this.formulas.set(`${row}:${column}`, formula);
    else this.formulas.delete(`${row}:${column}`);
  }

  format(row: number, column: number): string {
    return this.formats.get(column, row) ?? GENERAL;
  }

  setFormat(row: number, column: number, numRows: number, format: string): void {
    this.formats.set(
      column,
      row,
      row + numRows - 1,
      format === GENERAL ? undefined : format,
      sameString,
    );
  }

  validation(row: number, column: number): ValidationRule | undefined {
    return this.validations.get(column, row);
  }

  setValidation(
    row: number,
    column: number,
    numRows: number,
    rule: ValidationRule | undefined,
  ): void {
    this.validations.set(column, row, row + numRows - 1, rule, sameRule);
  }

  /** The last row with content (a value or a formula), as Sheet.getLastRow(). */
  lastRow(): number {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      if (this.rows[i].some((v) => v !== '')) return i + 1;
    }
    let last = 0;
    for (const key of this.formulas.keys()) last = Math.max(last, Number(key.split(':')[0]));
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      for (let c = r.length - 1; c >= last; c--) {
        if (r[c] !== '') {
          last = c + 1;
          break;
        }
      }
    }
    for (const key of this.formulas.keys()) last = Math.max(last, Number(key.split(':')[1]));
    return last;
  }

  /** The per-cell maps keyed 'row:column' that move with their cells. */
  private cellMaps(): Map<string, string>[] {
    return [this.formulas, this.notes, this.backgrounds];
  }

  /** Re-keys the per-cell maps and row sets along one axis; `map` gives null for deleted cells. */
  private remap(axis: 'row' | 'column', map: IndexMap, onlyColumns?: [number, number]): void {
    const [formulas, notes, backgrounds] = this.cellMaps().map(
      (m) =>
        new Map(
          [...m].flatMap(([k, v]): [string, string][] => {
            const [r, c] = k.split(':').map(Number);
            if (onlyColumns && (c < onlyColumns[0] || c > onlyColumns[1])) return [[k, v]];
            const n = map(axis === 'row' ? r : c);
            if (n === null) return [];
            return [[axis === 'row' ? `${n}:${c}` : `${r}:${n}`, v]];
          }),
        ),
    );
    // Entries that collide after a permutation are all rewritten, so the order above is safe.
    this.formulas = formulas;
    this.notes = notes;
    this.backgrounds = backgrounds;
    if (axis === 'row' && !onlyColumns) {
      const rows = (set: Set<number>) =>
        new Set([...set].map(map).filter((r): r is number => r !== null));
      this.hiddenByFilter = rows(this.hiddenByFilter);
      this.hiddenRows = rows(this.hiddenRows);
    }
    if (axis === 'column') {
      this.columnWidths = new Map(
        [...this.columnWidths].flatMap(([c, w]): [number, number][] => {
          const n = map(c);
          return n === null ? [] : [[n, w]];
        }),
      );
    }
  }

  insertRows(before: number, count: number): void {
    const at = before - 1;
    if (at < this.rows.length)
      this.rows.splice(at, 0, ...Array.from({ length: count }, () => [] as Stored[]));
    this.formats.shiftRows(before, count);
    this.validations.shiftRows(before, count);
    this.remap('row', shiftMap(before, count));
    this.maxRows += count;
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.formats.shiftRows(start, -count);
    this.validations.shiftRows(start, -count);
    this.remap('row', deleteMap(start, count));
    this.maxRows -= count;
  }

  insertColumns(before: number, count: number): void {
    for (const r of this.rows)
      if (before - 1 < r.length) r.splice(before - 1, 0, ...new Array<Stored>(count).fill(''));
    this.formats.shiftColumns(before, count);
    this.validations.shiftColumns(before, count);
    this.remap('column', shiftMap(before, count));
    this.maxColumns += count;
  }

  deleteColumns(start: number, count: number): void {
    for (const r of this.rows) r.splice(start - 1, count);
    this.formats.shiftColumns(start, -count);
    this.validations.shiftColumns(start, -count);
    this.remap('column', deleteMap(start, count));
    this.maxColumns -= count;
  }

  /**
   * Rows lo..hi take the cells of rows srcOf(row) (a permutation of lo..hi): values, formulas,
   * formats, validation, notes and backgrounds; only columns cLo..cHi when given (a sort).
   */
  permuteRows(lo: number, hi: number, srcOf: (row: number) => number, cols?: [number, number]) {
    const dstOf = inverse(lo, hi, srcOf);
    while (this.rows.length < hi) this.rows.push([]);
    const old = this.rows.slice(lo - 1, hi);
    for (let r = lo; r <= hi; r++) {
      const from = old[srcOf(r) - lo];
      if (!cols) this.rows[r - 1] = from;
      else {
        const row = [...old[r - lo]];
        for (let c = cols[0]; c <= cols[1]; c++) row[c - 1] = from[c - 1] ?? '';
        while (row.length && (row[row.length - 1] === '' || row[row.length - 1] === undefined))
          row.pop();
        for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = '';
        this.rows[r - 1] = row;
      }
    }
    const inCols = cols ? (c: number) => c >= cols[0] && c <= cols[1] : undefined;
    this.formats.permuteRows(lo, hi, srcOf, sameString, inCols);
    this.validations.permuteRows(lo, hi, srcOf, sameRule, inCols);
    this.remap('row', (r) => (r >= lo && r <= hi ? dstOf(r) : r), cols);
    if (cols) {
      // A sort moves formulas as a copy would: their relative references follow the row.
      for (const [k, f] of this.formulas) {
        const [r, c] = k.split(':').map(Number);
        if (r >= lo && r <= hi && c >= cols[0] && c <= cols[1])
          this.formulas.set(k, offsetFormula(f, r - srcOf(r), 0));
      }
    }
    return dstOf;
  }

  /** Columns lo..hi take the cells of columns srcOf(column), whole columns with their widths. */
  permuteColumns(lo: number, hi: number, srcOf: (column: number) => number) {
    const dstOf = inverse(lo, hi, srcOf);
    for (const r of this.rows) {
      if (r.length < lo) continue;
      const old = r.slice(lo - 1, hi);
      while (r.length < hi) r.push('');
      for (let c = lo; c <= hi; c++) r[c - 1] = old[srcOf(c) - lo] ?? '';
      while (r.length && r[r.length - 1] === '') r.pop();
    }
    this.formats.permuteColumns(lo, hi, srcOf);
    this.validations.permuteColumns(lo, hi, srcOf);
    this.remap('column', (c) => (c >= lo && c <= hi ? dstOf(c) : c));
    return dstOf;
  }

  /** A copy of this sheet's cells and settings under another id and name. */
  copy(id: number, name: string): SheetModel {
    const data = structuredClone(this.toData());
    return SheetModel.fromData({ ...data, id, name, filter: null, hiddenByFilter: [] });
  }

  toData(): SheetData {
    return {
      id: this.id,
      name: this.name,
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      rows: this.rows,
      formulas: Object.fromEntries(this.formulas),
      formats: this.formats.toData(),
      validations: this.validations.toData(),
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      columnWidths: Object.fromEntries([...this.columnWidths].map(([c, w]) => [String(c), w])),
      hiddenByFilter: [...this.hiddenByFilter],
      notes: Object.fromEntries(this.notes),
      backgrounds: Object.fromEntries(this.backgrounds),
      hiddenRows: [...this.hiddenRows],
      filter: this.filter,
    };
  }

  static fromData(d: SheetData): SheetModel {
    const s = new SheetModel(d.id, d.name);
    s.maxRows = d.maxRows;
    s.maxColumns = d.maxColumns;
    s.rows = d.rows;
    s.formulas = new Map(Object.entries(d.formulas ?? {}));
    s.formats = ColumnSpans.fromData(d.formats);
    s.validations = ColumnSpans.fromData(d.validations);
    s.frozenRows = d.frozenRows ?? 0;
    s.frozenColumns = d.frozenColumns ?? 0;
    s.columnWidths = new Map(Object.entries(d.columnWidths ?? {}).map(([c, w]) => [Number(c), w]));
    s.hiddenByFilter = new Set(d.hiddenByFilter ?? []);
    s.notes = new Map(Object.entries(d.notes ?? {}));
    s.backgrounds = new Map(Object.entries(d.backgrounds ?? {}));
    s.hiddenRows = new Set(d.hiddenRows ?? []);
    s.filter = d.filter ?? null;
    return s;
  }
}

/** What formulas need from the runtime: its clock (TODAY, NOW) and the project's functions. */
export interface FormulaHost {
  now(): number;
  /** The project's functions a cell may call as custom functions (=MY_FUNCTION(...)). */
  customFunctionNames?(): string[];
  /** Runs a custom function of the project; undefined when the project has none of that name. */
  customFunction?(name: string, args: unknown[]): { value: unknown } | undefined;
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  /** Set by the runtime that holds this workbook (not saved). */
  host: FormulaHost = { now: () => Date.now() };
  locale = 'en_US';
  nextSheetId = 0;
  activeSheetId = 0;
  /** The user's selection on the active sheet: one or more ranges, the last one current. */
  selection: RangeRect[] = [{ row: 1, column: 1, numRows: 1, numColumns: 1 }];
  /** Who owns the file (Spreadsheet.getOwner). */
  owner = '';
  namedRanges: NamedRange[] = [];

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
  ) {}

  addSheet(name: string, index = this.sheets.length): SheetModel {
    // The first sheet's gid is 0, as in Sheets; later ones get fresh ids (deterministic here).
    const sheet = new SheetModel(this.nextSheetId, name);
    this.nextSheetId += this.nextSheetId === 0 ? 1_000_001 : 1;
    this.sheets.splice(index, 0, sheet);
    if (this.sheets.length === 1) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  /** Sheets' refusal when growing by `extraCells` would pass the cell limit, or null. */
  // The wording, the limit written without separators: burnash/gspread#516 (the Sheets API's
  // error, from when the limit was 2000000).
  cellLimitError(extraCells: number): string | null {
    if (this.totalCells() + extraCells <= MAX_CELLS) return null;
    return `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;
  }

  /** Selects ranges on a sheet, as a user clicking would. */
  select(sheet: SheetModel, ranges: RangeRect[]): void {
    this.activeSheetId = sheet.id;
    this.selection = ranges.map((r) => ({ ...r }));
  }

  // ---- structure: every change also adjusts the formulas that refer to the cells moved ----

  /** Formulas on every sheet follow the rows or columns of `sheet` that moved or went. */
  private adjustReferences(sheet: SheetModel, axis: 'row' | 'column', map: IndexMap): void {
    // Named ranges follow their cells too; one whose cells all went is removed.
    this.namedRanges = this.namedRanges.flatMap((n) => {
      if (n.sheetId !== sheet.id) return [n];
      const key = axis === 'row' ? 'row' : 'column';
      const size = axis === 'row' ? 'numRows' : 'numColumns';
      const kept = Array.from({ length: n.rect[size] }, (_, i) => map(n.rect[key] + i)).filter(
        (i): i is number => i !== null,
      );
      if (kept.length === 0) return [];
      const from = Math.min(...kept);
      return [{ ...n, rect: { ...n.rect, [key]: from, [size]: Math.max(...kept) - from + 1 } }];
    });
    for (const s of this.sheets) {
      for (const [k, f] of s.formulas) {
        const next = adjustFormula(f, s.name, { sheet: sheet.name, axis, map });
        if (next !== f) s.formulas.set(k, next);
      }
    }
    this.recalc();
  }

  insertRows(sheet: SheetModel, before: number, count: number): void {
    sheet.insertRows(before, count);
    this.adjustReferences(sheet, 'row', shiftMap(before, count));
  }

  deleteRows(sheet: SheetModel, start: number, count: number): void {
    sheet.deleteRows(start, count);
    this.adjustReferences(sheet, 'row', deleteMap(start, count));
  }

  insertColumns(sheet: SheetModel, before: number, count: number): void {
    sheet.insertColumns(before, count);
    this.adjustReferences(sheet, 'column', shiftMap(before, count));
  }

  deleteColumns(sheet: SheetModel, start: number, count: number): void {
    sheet.deleteColumns(start, count);
    this.adjustReferences(sheet, 'column', deleteMap(start, count));
  }

  /** Moves rows from..from+count-1 to before row `to` (counted before the move). */
  moveRows(sheet: SheetModel, from: number, count: number, to: number): void {
    const lo = Math.min(from, to);
    const hi = Math.max(from + count - 1, to - 1);
    const dstOf = sheet.permuteRows(lo, hi, moveSource(from, count, to));
    this.adjustReferences(sheet, 'row', (r) => (r >= lo && r <= hi ? dstOf(r) : r));
  }

  moveColumns(sheet: SheetModel, from: number, count: number, to: number): void {
    const lo = Math.min(from, to);
    const hi = Math.max(from + count - 1, to - 1);
    const dstOf = sheet.permuteColumns(lo, hi, moveSource(from, count, to));
    this.adjustReferences(sheet, 'column', (c) => (c >= lo && c <= hi ? dstOf(c) : c));
  }

  /** Renames a sheet; formulas naming it follow. */
  renameSheet(sheet: SheetModel, name: string): void {
    const from = sheet.name;
    sheet.name = name;
    this.rewriteSheetRefs(from, name);
  }

  /** Deletes a sheet; formulas naming it show #REF!. */
  removeSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.namedRanges = this.namedRanges.filter((n) => n.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheets[0].id;
      this.selection = [{ row: 1, column: 1, numRows: 1, numColumns: 1 }];
    }
    this.rewriteSheetRefs(sheet.name, null);
  }

  private rewriteSheetRefs(from: string, to: string | null): void {
    for (const s of this.sheets) {
      for (const [k, f] of s.formulas) {
        const next = renameInFormula(f, from, to);
        if (next !== f) s.formulas.set(k, next);
      }
    }
    this.recalc();
  }

  /** Recomputes every formula's value (workbooks here hold few formulas). */
  recalc(): void {
    if (this.sheets.some((s) => s.formulas.size > 0)) evaluateFormulas(this);
  }

  toData(): SpreadsheetData {
    return {
      id: this.id,
      name: this.name,
      timeZone: this.timeZone,
      locale: this.locale,
      sheets: this.sheets.map((s) => s.toData()),
      nextSheetId: this.nextSheetId,
      activeSheetId: this.activeSheetId,
      selection: this.selection,
      owner: this.owner,
      namedRanges: this.namedRanges,
    };
  }

  static fromData(d: SpreadsheetData): SpreadsheetModel {
    const ss = new SpreadsheetModel(d.id, d.name, d.timeZone);
    ss.locale = d.locale ?? 'en_US';
    ss.sheets = d.sheets.map((s) => SheetModel.fromData(s));
    ss.nextSheetId = d.nextSheetId;
    ss.activeSheetId = d.activeSheetId;
    ss.selection = d.selection;
    ss.owner = d.owner ?? '';
    ss.namedRanges = d.namedRanges ?? [];
    return ss;
  }
}
