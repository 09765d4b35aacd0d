// A basic filter (Range.createFilter): its range, and per column the values it hides. Rows whose
// shown value is hidden are hidden by the filter (Sheet.isRowHiddenByFilter); the header row
// (the range's first row) never is.
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';
import type { SheetModel, SpreadsheetModel } from './model';
import { readDisplayValues } from './cells';
import { rangeFake } from './range';
import { sortedSource } from './sorting';

type Filter = GoogleAppsScript.Spreadsheet.Filter;
type Criteria = GoogleAppsScript.Spreadsheet.FilterCriteria;
type CriteriaBuilder = GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;

export class FakeFilterCriteria implements Implements<Criteria, 'getHiddenValues' | 'copy'> {
  constructor(
    private readonly rt: Runtime,
    readonly _hidden: string[],
  ) {}
  getHiddenValues() {
    return [...this._hidden];
  }
  copy() {
    return newFilterCriteria(this.rt, [...this._hidden]);
  }
}

export class FakeFilterCriteriaBuilder implements Implements<
  CriteriaBuilder,
  'setHiddenValues' | 'getHiddenValues' | 'build'
> {
  constructor(
    private readonly rt: Runtime,
    private hidden: string[],
  ) {}
  setHiddenValues(values: string[]) {
    this.hidden = values.map(String);
    return this.rt.expose(this, 'FilterCriteriaBuilder');
  }
  getHiddenValues() {
    return [...this.hidden];
  }
  build() {
    return this.rt.expose(new FakeFilterCriteria(this.rt, [...this.hidden]), 'FilterCriteria');
  }
}

export function newFilterCriteria(rt: Runtime, hidden: string[] = []) {
  return rt.expose(new FakeFilterCriteriaBuilder(rt, hidden), 'FilterCriteriaBuilder');
}

/** Recomputes the rows a sheet's filter hides. */
export function applyFilter(sheet: SheetModel): void {
  sheet.hiddenByFilter = new Set();
  const f = sheet.filter;
  if (!f) return;
  const { row, column, numRows, numColumns } = f.range;
  const shown = readDisplayValues(sheet, { row, column, numRows, numColumns });
  for (let i = 1; i < numRows; i++) {
    for (const [col, hidden] of Object.entries(f.hidden)) {
      if (hidden.includes(shown[i][Number(col) - column])) sheet.hiddenByFilter.add(row + i);
    }
  }
}

export class FakeFilter implements Implements<
  Filter,
  | 'getRange'
  | 'remove'
  | 'setColumnFilterCriteria'
  | 'getColumnFilterCriteria'
  | 'removeColumnFilterCriteria'
  | 'sort'
> {
  constructor(
    private readonly rt: Runtime,
    readonly _ss: SpreadsheetModel,
    readonly _sheet: SheetModel,
  ) {}
  private get data() {
    if (!this._sheet.filter) this.rt.fail('The filter has been removed.'); // (unconfirmed)
    return this._sheet.filter;
  }
  private checkColumn(column: number) {
    const r = this.data.range;
    if (column < r.column || column >= r.column + r.numColumns)
      this.rt.fail('The column is outside the filter range.'); // (unconfirmed)
  }
  getRange() {
    return rangeFake(this.rt, this._ss, this._sheet, { ...this.data.range });
  }
  remove() {
    this._sheet.filter = null;
    applyFilter(this._sheet);
  }
  setColumnFilterCriteria(columnPosition: number, filterCriteria: Criteria | null) {
    this.checkColumn(columnPosition);
    const hidden = (filterCriteria as unknown as FakeFilterCriteria | null)?._hidden;
    if (hidden && hidden.length) this.data.hidden[String(columnPosition)] = [...hidden];
    else delete this.data.hidden[String(columnPosition)];
    applyFilter(this._sheet);
    return this.rt.expose(this, 'Filter');
  }
  getColumnFilterCriteria(columnPosition: number) {
    this.checkColumn(columnPosition);
    const hidden = this.data.hidden[String(columnPosition)];
    return hidden
      ? this.rt.expose(new FakeFilterCriteria(this.rt, [...hidden]), 'FilterCriteria')
      : null;
  }
  removeColumnFilterCriteria(columnPosition: number) {
    return this.setColumnFilterCriteria(columnPosition, null);
  }
  sort(columnPosition: number, ascending: boolean) {
    this.checkColumn(columnPosition);
    const r = this.data.range;
    // The header row stays put; the rows below it are sorted.
    const body = { ...r, row: r.row + 1, numRows: r.numRows - 1 };
    if (body.numRows > 0) {
      const src = sortedSource(this._sheet, body, [{ column: columnPosition, ascending }]);
      this._sheet.permuteRows(body.row, body.row + body.numRows - 1, src, [
        r.column,
        r.column + r.numColumns - 1,
      ]);
      this._ss.recalc();
      applyFilter(this._sheet);
    }
    return this.rt.expose(this, 'Filter');
  }
}

export function filterFake(rt: Runtime, ss: SpreadsheetModel, sheet: SheetModel) {
  if (!sheet.filter) return null;
  return rt.expose(new FakeFilter(rt, ss, sheet), 'Filter');
}
