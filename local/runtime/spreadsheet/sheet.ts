// Sheet: one tab. Structure changes (rows, columns, frozen rows, widths) and range lookups.
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';
import { DEFAULT_COLUMN_WIDTH, type SheetModel, type SpreadsheetModel } from './model';
import { parseA1 } from './a1';
import { FakeRange, FakeRangeList, rangeFake } from './range';
import { FakeTextFinder } from './textFinder';
import { spreadsheetFake } from './spreadsheet';
import { writeValues } from './cells';

type S = GoogleAppsScript.Spreadsheet.Sheet;
type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertRowAfter'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'deleteRow'
  | 'deleteRows'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'createTextFinder'
  | 'activate'
  | 'getActiveRange'
  | 'setActiveRange'
  | 'isRowHiddenByFilter'
  | 'clear'
  | 'clearContents'
  | 'getRangeList'
  | 'autoResizeColumns'
  | 'setTabColor'
  | 'getType';

export class FakeSheet implements Implements<S, SheetMethods> {
  constructor(
    private readonly rt: Runtime,
    readonly _ss: SpreadsheetModel,
    readonly _sheet: SheetModel,
  ) {}

  private self() {
    return this.rt.expose(this, 'Sheet');
  }

  private growCheck(extraCells: number) {
    const error = this._ss.cellLimitError(extraCells);
    if (error) this.rt.fail(error);
  }

  getName() {
    return this._sheet.name;
  }
  setName(name: string) {
    const n = String(name);
    if (
      this._ss.sheets.some((s) => s !== this._sheet && s.name.toLowerCase() === n.toLowerCase())
    ) {
      this.rt.fail(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    this._sheet.name = n;
    return this.self();
  }
  getSheetId() {
    return this._sheet.id;
  }
  getIndex() {
    return this._ss.sheets.indexOf(this._sheet) + 1;
  }
  getType() {
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  getParent() {
    return spreadsheetFake(this.rt, this._ss);
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number) {
    if (typeof a === 'string') {
      const p = parseA1(a);
      if (!p || (p.sheetName !== null && p.sheetName !== this._sheet.name))
        this.rt.fail('Range not found');
      const lastRow = p.lastRow ?? this._sheet.maxRows;
      const lastColumn = p.lastColumn ?? this._sheet.maxColumns;
      return rangeFake(this.rt, this._ss, this._sheet, {
        row: p.row,
        column: p.column,
        numRows: lastRow - p.row + 1,
        numColumns: lastColumn - p.column + 1,
      });
    }
    if (column === undefined)
      this.rt.fail(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return rangeFake(this.rt, this._ss, this._sheet, {
      row: a,
      column,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    });
  }
  getRangeList(a1Notations: string[]) {
    const ranges = a1Notations.map((a1) => this.getRange(a1) as unknown as FakeRange);
    return this.rt.expose(new FakeRangeList(this.rt, ranges), 'RangeList');
  }
  getDataRange() {
    return rangeFake(this.rt, this._ss, this._sheet, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this._sheet.lastRow()),
      numColumns: Math.max(1, this._sheet.lastColumn()),
    });
  }
  getLastRow() {
    return this._sheet.lastRow();
  }
  getLastColumn() {
    return this._sheet.lastColumn();
  }
  getMaxRows() {
    return this._sheet.maxRows;
  }
  getMaxColumns() {
    return this._sheet.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    if (afterPosition < 1 || afterPosition > this._sheet.maxRows)
      this.rt.fail('Those rows are out of bounds.');
    if (howMany < 1) this.rt.fail('The number of rows to insert must be at least 1.');
    this.growCheck(howMany * this._sheet.maxColumns);
    this._sheet.insertRows(afterPosition + 1, howMany);
    return this.self();
  }
  insertRowAfter(afterPosition: number) {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    if (beforePosition < 1 || beforePosition > this._sheet.maxRows)
      this.rt.fail('Those rows are out of bounds.');
    this.growCheck(howMany * this._sheet.maxColumns);
    this._sheet.insertRows(beforePosition, howMany);
    return this.self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    if (afterPosition < 1 || afterPosition > this._sheet.maxColumns)
      this.rt.fail('Those columns are out of bounds.');
    this.growCheck(howMany * this._sheet.maxRows);
    this._sheet.insertColumns(afterPosition + 1, howMany);
    return this.self();
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    if (beforePosition < 1 || beforePosition > this._sheet.maxColumns)
      this.rt.fail('Those columns are out of bounds.');
    this.growCheck(howMany * this._sheet.maxRows);
    this._sheet.insertColumns(beforePosition, howMany);
    return this.self();
  }
  deleteRow(rowPosition: number) {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number) {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this._sheet.maxRows)
      this.rt.fail('Those rows are out of bounds.');
    if (howMany >= this._sheet.maxRows - this._sheet.frozenRows)
      this.rt.fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._sheet.deleteRows(rowPosition, howMany);
    this.rt.calls.written(howMany * this._sheet.maxColumns);
    this._ss.recalc();
    return this.self();
  }
  deleteColumn(columnPosition: number) {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number) {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this._sheet.maxColumns)
      this.rt.fail('Those columns are out of bounds.');
    this._sheet.deleteColumns(columnPosition, howMany);
    this._ss.recalc();
    return this.self();
  }
  appendRow(rowContents: unknown[]) {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      this.rt.fail(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = this._sheet.lastRow() + 1;
    // appendRow adds rows and columns as needed.
    if (row > this._sheet.maxRows) {
      this.growCheck(this._sheet.maxColumns);
      this._sheet.maxRows = row;
    }
    if (rowContents.length > this._sheet.maxColumns) this._sheet.maxColumns = rowContents.length;
    writeValues(
      this._ss,
      this._sheet,
      { row, column: 1, numRows: 1, numColumns: rowContents.length },
      [rowContents],
      this.rt.now(),
      (m) => this.rt.fail(m),
    );
    this.rt.calls.written(rowContents.length);
    return this.self();
  }
  setFrozenRows(rows: number) {
    if (rows < 0 || rows >= this._sheet.maxRows) this.rt.fail('Those rows are out of bounds.');
    this._sheet.frozenRows = rows;
  }
  getFrozenRows() {
    return this._sheet.frozenRows;
  }
  setFrozenColumns(columns: number) {
    if (columns < 0 || columns >= this._sheet.maxColumns)
      this.rt.fail('Those columns are out of bounds.');
    this._sheet.frozenColumns = columns;
  }
  getFrozenColumns() {
    return this._sheet.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number) {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    if (startColumn < 1 || startColumn + numColumns - 1 > this._sheet.maxColumns)
      this.rt.fail('Those columns are out of bounds.');
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this._sheet.columnWidths.set(c, width);
    return this.self();
  }
  getColumnWidth(columnPosition: number) {
    return this._sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number) {
    return this.self();
  }
  setTabColor(_color: string | null) {
    return this.self();
  }
  createTextFinder(findText: string) {
    return this.rt.expose(
      new FakeTextFinder(this.rt, this._ss, [{ sheet: this._sheet, rect: null }], String(findText)),
      'TextFinder',
    );
  }
  activate() {
    this._ss.select(this._sheet, [{ row: 1, column: 1, numRows: 1, numColumns: 1 }]);
    return this.self();
  }
  getActiveRange() {
    if (this._ss.activeSheetId !== this._sheet.id) return null;
    const rect = this._ss.selection[this._ss.selection.length - 1];
    return rect ? rangeFake(this.rt, this._ss, this._sheet, rect) : null;
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range) {
    this._ss.select(this._sheet, [{ ...(range as unknown as FakeRange)._rect }]);
    return range;
  }
  isRowHiddenByFilter(rowPosition: number) {
    return this._sheet.hiddenByFilter.has(rowPosition);
  }
  clear() {
    this._sheet.rows = [];
    this._sheet.formulas.clear();
    return this.self();
  }
  clearContents() {
    this._sheet.rows = [];
    this._sheet.formulas.clear();
    this._ss.recalc();
    return this.self();
  }
}

export function sheetFake(rt: Runtime, ss: SpreadsheetModel, sheet: SheetModel): FakeSheet {
  return rt.expose(new FakeSheet(rt, ss, sheet), 'Sheet');
}
