// Range and RangeList: the cells a script reads and writes. Every read and write is counted in
// cells for the benchmark.
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';
import { GENERAL } from './numberFormat';
import type { RangeRect, SheetModel, SpreadsheetModel } from './model';
import { dimensionError, readDisplayValues, readValues, writeValues } from './cells';
import { toA1 } from './a1';
import { FakeDataValidation } from './dataValidation';
import { FakeTextFinder } from './textFinder';
import { sheetFake } from './sheet';
import { MESSAGES } from './messages';
import { sortKeys, sortedSource } from './sorting';
import { filterFake } from './filter';

type R = GoogleAppsScript.Spreadsheet.Range;
type RangeMethods =
  | 'getValues'
  | 'getValue'
  | 'setValues'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setFormulas'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getA1Notation'
  | 'getSheet'
  | 'clearContent'
  | 'clear'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'clearDataValidations'
  | 'offset'
  | 'activate'
  | 'createTextFinder'
  | 'getCell'
  | 'setFontWeight'
  | 'setBackground'
  | 'setWrap'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'getRowIndex'
  | 'getHeight'
  | 'getWidth'
  | 'isBlank'
  | 'setNote'
  | 'getNote'
  | 'setNotes'
  | 'getNotes'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setBackgrounds'
  | 'sort'
  | 'createFilter'
  | 'getFilter'
  | 'setFontColor';

export class FakeRange implements Implements<R, RangeMethods> {
  constructor(
    private readonly rt: Runtime,
    readonly _ss: SpreadsheetModel,
    readonly _sheet: SheetModel,
    readonly _rect: RangeRect,
  ) {}

  private self() {
    return this.rt.expose(this, 'Range');
  }

  private checkAlive() {
    if (!this._ss.sheets.includes(this._sheet)) this.rt.fail('The sheet has been deleted.');
  }

  private get cells() {
    return this._rect.numRows * this._rect.numColumns;
  }

  getValues() {
    this.checkAlive();
    this.rt.calls.read(this.cells);
    return readValues(this._ss, this._sheet, this._rect);
  }
  getValue() {
    this.rt.calls.read(1);
    return readValues(this._ss, this._sheet, { ...this._rect, numRows: 1, numColumns: 1 })[0][0];
  }
  getDisplayValues() {
    this.rt.calls.read(this.cells);
    return readDisplayValues(this._sheet, this._rect);
  }
  getDisplayValue() {
    this.rt.calls.read(1);
    return readDisplayValues(this._sheet, { ...this._rect, numRows: 1, numColumns: 1 })[0][0];
  }
  setValues(values: unknown[][]) {
    this.checkAlive();
    const err = dimensionError(values, this._rect.numRows, this._rect.numColumns);
    if (err) this.rt.fail(err);
    writeValues(this._ss, this._sheet, this._rect, values, this.rt.now(), (m) => this.rt.fail(m));
    this.rt.calls.written(this.cells);
    return this.self();
  }
  setValue(value: unknown) {
    const grid = Array.from({ length: this._rect.numRows }, () =>
      new Array(this._rect.numColumns).fill(value),
    );
    writeValues(this._ss, this._sheet, this._rect, grid, this.rt.now(), (m) => this.rt.fail(m));
    this.rt.calls.written(this.cells);
    return this.self();
  }
  getFormulas() {
    this.rt.calls.read(this.cells);
    return this.map((r, c) => this._sheet.formula(r, c));
  }
  getFormula() {
    this.rt.calls.read(1);
    return this._sheet.formula(this._rect.row, this._rect.column);
  }
  setFormula(formula: string) {
    return this.setFormulas(
      Array.from({ length: this._rect.numRows }, () =>
        new Array(this._rect.numColumns).fill(formula),
      ),
    );
  }
  setFormulas(formulas: string[][]) {
    const err = dimensionError(formulas, this._rect.numRows, this._rect.numColumns);
    if (err) this.rt.fail(err.replace('setValues', 'setFormulas'));
    const asInput = formulas.map((r) =>
      r.map((f) => (f === '' ? '' : String(f).startsWith('=') ? f : `=${f}`)),
    );
    // Formulas are written into non-text cells even when the format is '@'.
    writeValues(this._ss, this._sheet, this._rect, asInput, this.rt.now(), (m) => this.rt.fail(m));
    this.rt.calls.written(this.cells);
    return this.self();
  }
  getNumberFormat() {
    return this._sheet.format(this._rect.row, this._rect.column);
  }
  getNumberFormats() {
    return this.map((r, c) => this._sheet.format(r, c));
  }
  setNumberFormat(numberFormat: string) {
    for (let j = 0; j < this._rect.numColumns; j++) {
      this._sheet.setFormat(
        this._rect.row,
        this._rect.column + j,
        this._rect.numRows,
        String(numberFormat || GENERAL),
      );
    }
    return this.self();
  }
  setNumberFormats(numberFormats: string[][]) {
    const err = dimensionError(numberFormats, this._rect.numRows, this._rect.numColumns);
    if (err) this.rt.fail(err.replace('setValues', 'setNumberFormats'));
    numberFormats.forEach((row, i) =>
      row.forEach((f, j) =>
        this._sheet.setFormat(this._rect.row + i, this._rect.column + j, 1, String(f || GENERAL)),
      ),
    );
    return this.self();
  }
  getRow() {
    return this._rect.row;
  }
  getRowIndex() {
    return this._rect.row;
  }
  getColumn() {
    return this._rect.column;
  }
  getLastRow() {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn() {
    return this._rect.column + this._rect.numColumns - 1;
  }
  getNumRows() {
    return this._rect.numRows;
  }
  getHeight() {
    return this._rect.numRows;
  }
  getNumColumns() {
    return this._rect.numColumns;
  }
  getWidth() {
    return this._rect.numColumns;
  }
  getA1Notation() {
    return toA1(this._rect.row, this._rect.column, this._rect.numRows, this._rect.numColumns);
  }
  getSheet() {
    return sheetFake(this.rt, this._ss, this._sheet);
  }
  isBlank() {
    this.rt.calls.read(this.cells);
    return this.map(
      (r, c) => this._sheet.get(r, c) === '' && this._sheet.formula(r, c) === '',
    ).every((row) => row.every(Boolean));
  }
  clearContent() {
    // Clearing ignores validation: empties go straight into the model, formulas too.
    for (let i = 0; i < this._rect.numRows; i++) {
      for (let j = 0; j < this._rect.numColumns; j++) {
        this._sheet.setFormula(this._rect.row + i, this._rect.column + j, null);
        this._sheet.set(this._rect.row + i, this._rect.column + j, '');
      }
    }
    this._ss.recalc();
    this.rt.calls.written(this.cells);
    return this.self();
  }
  clear() {
    this.clearContent();
    for (let j = 0; j < this._rect.numColumns; j++)
      this._sheet.setFormat(this._rect.row, this._rect.column + j, this._rect.numRows, GENERAL);
    this.setAll(this._sheet.backgrounds, null);
    return this.self();
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null) {
    const fake = rule as unknown as FakeDataValidation | null;
    for (let j = 0; j < this._rect.numColumns; j++) {
      this._sheet.setValidation(
        this._rect.row,
        this._rect.column + j,
        this._rect.numRows,
        fake ? { ...fake._rule } : undefined,
      );
    }
    return this.self();
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]) {
    const err = dimensionError(rules, this._rect.numRows, this._rect.numColumns);
    if (err) this.rt.fail(err.replace('setValues', 'setDataValidations'));
    rules.forEach((row, i) =>
      row.forEach((rule, j) =>
        this._sheet.setValidation(
          this._rect.row + i,
          this._rect.column + j,
          1,
          rule ? { ...(rule as unknown as FakeDataValidation)._rule } : undefined,
        ),
      ),
    );
    return this.self();
  }
  getDataValidation() {
    const rule = this._sheet.validation(this._rect.row, this._rect.column);
    return rule
      ? this.rt.expose(new FakeDataValidation(this.rt, { ...rule }), 'DataValidation')
      : null;
  }
  getDataValidations() {
    return this.map((r, c) => {
      const rule = this._sheet.validation(r, c);
      return rule
        ? this.rt.expose(new FakeDataValidation(this.rt, { ...rule }), 'DataValidation')
        : null;
    });
  }
  clearDataValidations() {
    return this.setDataValidation(null);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    return rangeFake(this.rt, this._ss, this._sheet, {
      row: this._rect.row + rowOffset,
      column: this._rect.column + columnOffset,
      numRows: numRows ?? this._rect.numRows,
      numColumns: numColumns ?? this._rect.numColumns,
    });
  }
  getCell(row: number, column: number) {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numColumns) {
      this.rt.fail(MESSAGES.cellOutOfRange);
    }
    return rangeFake(this.rt, this._ss, this._sheet, {
      row: this._rect.row + row - 1,
      column: this._rect.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  activate() {
    this._ss.select(this._sheet, [{ ...this._rect }]);
    return this.self();
  }
  createTextFinder(findText: string) {
    return this.rt.expose(
      new FakeTextFinder(
        this.rt,
        this._ss,
        [{ sheet: this._sheet, rect: this._rect }],
        String(findText),
      ),
      'TextFinder',
    );
  }
  // Presentation-only setters: accepted and ignored by the runtime (the data is what matters).
  setFontWeight(_fontWeight: string | null) {
    return this.self();
  }
  setFontColor(_color: string | null) {
    return this.self();
  }
  setWrap(_isWrapEnabled: boolean) {
    return this.self();
  }
  setHorizontalAlignment(_alignment: 'left' | 'center' | 'normal' | 'right' | null) {
    return this.self();
  }
  setVerticalAlignment(_alignment: 'top' | 'middle' | 'bottom' | null) {
    return this.self();
  }
  // Notes and backgrounds are stored per cell and move with their cells.
  setNote(note: string | null) {
    return this.setAll(this._sheet.notes, note);
  }
  getNote() {
    return this._sheet.notes.get(`${this._rect.row}:${this._rect.column}`) ?? '';
  }
  setNotes(notes: (string | null)[][]) {
    return this.setEach(this._sheet.notes, notes, 'setNotes');
  }
  getNotes() {
    return this.map((r, c) => this._sheet.notes.get(`${r}:${c}`) ?? '');
  }
  setBackground(color: string | null) {
    return this.setAll(this._sheet.backgrounds, color && color !== '#ffffff' ? color : null);
  }
  getBackground() {
    return this._sheet.backgrounds.get(`${this._rect.row}:${this._rect.column}`) ?? '#ffffff';
  }
  setBackgrounds(colors: (string | null)[][]) {
    return this.setEach(this._sheet.backgrounds, colors, 'setBackgrounds', '#ffffff');
  }
  getBackgrounds() {
    return this.map((r, c) => this._sheet.backgrounds.get(`${r}:${c}`) ?? '#ffffff');
  }
  private setAll(map: Map<string, string>, value: string | null) {
    this.map((r, c) => (value ? map.set(`${r}:${c}`, String(value)) : map.delete(`${r}:${c}`)));
    return this.self();
  }
  private setEach(map: Map<string, string>, grid: (string | null)[][], method: string, blank = '') {
    const err = dimensionError(grid, this._rect.numRows, this._rect.numColumns);
    if (err) this.rt.fail(err.replace('setValues', method));
    this.map((r, c) => {
      const v = grid[r - this._rect.row][c - this._rect.column];
      if (v && v !== blank) map.set(`${r}:${c}`, String(v));
      else map.delete(`${r}:${c}`);
    });
    return this.self();
  }
  // getEndRow and getEndColumn are undocumented aliases that live scripts use.
  getEndRow() {
    return this.getLastRow();
  }
  getEndColumn() {
    return this.getLastColumn();
  }
  /** Sorts the range's rows by one or more of its columns (absolute column numbers). */
  sort(sortSpecObj: unknown) {
    this.checkAlive();
    const keys = sortKeys(sortSpecObj, this._rect);
    if (typeof keys === 'string') this.rt.fail(keys);
    const { row, column, numRows, numColumns } = this._rect;
    const src = sortedSource(this._sheet, this._rect, keys);
    this._sheet.permuteRows(row, row + numRows - 1, src, [column, column + numColumns - 1]);
    this._ss.recalc();
    this.rt.calls.written(this.cells);
    return this.self();
  }
  createFilter() {
    if (this._sheet.filter) this.rt.fail(MESSAGES.filterExists);
    this._sheet.filter = { range: { ...this._rect }, hidden: {} };
    return filterFake(this.rt, this._ss, this._sheet)!;
  }
  getFilter() {
    const f = this._sheet.filter;
    const r = this._rect;
    const overlaps =
      f &&
      f.range.row <= r.row + r.numRows - 1 &&
      r.row <= f.range.row + f.range.numRows - 1 &&
      f.range.column <= r.column + r.numColumns - 1 &&
      r.column <= f.range.column + f.range.numColumns - 1;
    return overlaps ? filterFake(this.rt, this._ss, this._sheet) : null;
  }

  private map<T>(fn: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._rect.numRows; i++) {
      const r: T[] = [];
      for (let j = 0; j < this._rect.numColumns; j++)
        r.push(fn(this._rect.row + i, this._rect.column + j));
      out.push(r);
    }
    return out;
  }
}

export class FakeRangeList implements Implements<
  GoogleAppsScript.Spreadsheet.RangeList,
  'getRanges' | 'activate'
> {
  constructor(
    private readonly rt: Runtime,
    readonly _ranges: FakeRange[],
  ) {}
  getRanges() {
    return this._ranges.map((r) => this.rt.expose(r, 'Range'));
  }
  activate() {
    const first = this._ranges[0];
    if (first)
      first._ss.select(
        first._sheet,
        this._ranges.map((r) => ({ ...r._rect })),
      );
    return this.rt.expose(this, 'RangeList');
  }
}

/** Apps Script's refusal of a rectangle on a sheet, or null when the range is allowed. */
export function rangeError(sheet: SheetModel, rect: RangeRect): string | null {
  const { row, column, numRows, numColumns } = rect;
  if (![row, column, numRows, numColumns].every(Number.isFinite))
    return MESSAGES.invalidCoordinates;
  if (row < 1) return MESSAGES.rowTooSmall;
  if (column < 1) return MESSAGES.columnTooSmall;
  if (numRows < 1) return MESSAGES.tooFewRows;
  if (numColumns < 1) return MESSAGES.tooFewColumns;
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns)
    return MESSAGES.outsideSheet;
  return null;
}

/** A Range over a rectangle, after Apps Script's bounds checks. */
export function rangeFake(
  rt: Runtime,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  rect: RangeRect,
): FakeRange {
  const error = rangeError(sheet, rect);
  if (error) rt.fail(error);
  const r = Math.floor;
  return rt.expose(
    new FakeRange(rt, ss, sheet, {
      row: r(rect.row),
      column: r(rect.column),
      numRows: r(rect.numRows),
      numColumns: r(rect.numColumns),
    }),
    'Range',
  );
}
