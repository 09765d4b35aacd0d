// The in-memory workbook: spreadsheets, their sheets, stored cell values, formulas, number formats,
// data validation and the user's selection. This is the data; spreadsheetApp.ts is the Apps Script
// surface over it. Dates are stored as Sheets stores them: serial numbers under a date format.
import { ColumnSpans, type Span } from './spans';
import { GENERAL } from './numberFormat';
import { evaluateFormulas } from './formulas';

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
}

/** Sheets' limits: 10 million cells per spreadsheet, 50,000 characters per cell. */
export const MAX_CELLS = 10_000_000;
export const MAX_CELL_CHARS = 50_000;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

const sameString = (a: string, b: string) => a === b;
const sameRule = (a: ValidationRule, b: ValidationRule) => JSON.stringify(a) === JSON.stringify(b);

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

  insertRows(before: number, count: number): void {
    const at = before - 1;
    if (at < this.rows.length)
      this.rows.splice(at, 0, ...Array.from({ length: count }, () => [] as Stored[]));
    this.formats.shiftRows(before, count);
    this.validations.shiftRows(before, count);
    this.shiftFormulaRows(before, count);
    this.hiddenByFilter = new Set(
      [...this.hiddenByFilter].map((r) => (r >= before ? r + count : r)),
    );
    this.maxRows += count;
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.formats.shiftRows(start, -count);
    this.validations.shiftRows(start, -count);
    this.shiftFormulaRows(start, -count);
    this.hiddenByFilter = new Set(
      [...this.hiddenByFilter]
        .filter((r) => r < start || r >= start + count)
        .map((r) => (r >= start + count ? r - count : r)),
    );
    this.maxRows -= count;
  }

  insertColumns(before: number, count: number): void {
    for (const r of this.rows)
      if (before - 1 < r.length) r.splice(before - 1, 0, ...new Array<Stored>(count).fill(''));
    this.formats.shiftColumns(before, count);
    this.validations.shiftColumns(before, count);
    this.shiftFormulaColumns(before, count);
    this.columnWidths = new Map(
      [...this.columnWidths].map(([c, w]) => [c >= before ? c + count : c, w]),
    );
    this.maxColumns += count;
  }

  deleteColumns(start: number, count: number): void {
    for (const r of this.rows) r.splice(start - 1, count);
    this.formats.shiftColumns(start, -count);
    this.validations.shiftColumns(start, -count);
    this.shiftFormulaColumns(start, -count);
    this.columnWidths = new Map(
      [...this.columnWidths]
        .filter(([c]) => c < start || c >= start + count)
        .map(([c, w]) => [c >= start + count ? c - count : c, w]),
    );
    this.maxColumns -= count;
  }

  private shiftFormulaRows(from: number, count: number): void {
    this.formulas = new Map(
      [...this.formulas]
        .map(([k, f]) => {
          const [r, c] = k.split(':').map(Number);
          if (r < from) return [k, f] as [string, string];
          if (count < 0 && r < from - count) return null;
          return [`${r + count}:${c}`, f] as [string, string];
        })
        .filter((e): e is [string, string] => e !== null),
    );
  }

  private shiftFormulaColumns(from: number, count: number): void {
    this.formulas = new Map(
      [...this.formulas]
        .map(([k, f]) => {
          const [r, c] = k.split(':').map(Number);
          if (c < from) return [k, f] as [string, string];
          if (count < 0 && c < from - count) return null;
          return [`${r}:${c + count}`, f] as [string, string];
        })
        .filter((e): e is [string, string] => e !== null),
    );
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
    return s;
  }
}

/** What formulas need from the runtime: its clock (TODAY, NOW) and the project's functions. */
export interface FormulaHost {
  now(): number;
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
  cellLimitError(extraCells: number): string | null {
    if (this.totalCells() + extraCells <= MAX_CELLS) return null;
    return `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS.toLocaleString('en-US')} cells.`;
  }

  /** Selects ranges on a sheet, as a user clicking would. */
  select(sheet: SheetModel, ranges: RangeRect[]): void {
    this.activeSheetId = sheet.id;
    this.selection = ranges.map((r) => ({ ...r }));
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
    };
  }

  static fromData(d: SpreadsheetData): SpreadsheetModel {
    const ss = new SpreadsheetModel(d.id, d.name, d.timeZone);
    ss.locale = d.locale ?? 'en_US';
    ss.sheets = d.sheets.map((s) => SheetModel.fromData(s));
    ss.nextSheetId = d.nextSheetId;
    ss.activeSheetId = d.activeSheetId;
    ss.selection = d.selection;
    return ss;
  }
}
