// Sheet: one tab. Structure changes (rows, columns, frozen rows, widths) and range lookups.
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';
import { DEFAULT_COLUMN_WIDTH, type SheetModel, type SpreadsheetModel } from './model';
import { parseA1 } from './a1';
import { FakeRange, FakeRangeList, rangeFake } from './range';
import { FakeTextFinder } from './textFinder';
import { spreadsheetFake } from './spreadsheet';
import { writeValues } from './cells';
import { MESSAGES } from './messages';
import { sortedSource } from './sorting';
import { filterFake } from './filter';

type S = GoogleAppsScript.Spreadsheet.Sheet;
type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getSheetName'
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
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'moveRows'
  | 'moveColumns'
  | 'hideRows'
  | 'showRows'
  | 'hideRow'
  | 'unhideRow'
  | 'isRowHiddenByUser'
  | 'sort'
  | 'getFilter'
  | 'getActiveCell'
  | 'copyTo'
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
      this.rt.fail(MESSAGES.sheetExists(n));
    }
    if (n.trim() === '') this.rt.fail(MESSAGES.sheetNameEmpty);
    if (n.length > 100) this.rt.fail(MESSAGES.sheetNameTooLong);
    this._ss.renameSheet(this._sheet, n);
    return this.self();
  }
  getSheetName() {
    return this._sheet.name;
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
  private checkCount(howMany: number, what: 'rows' | 'columns') {
    if (!Number.isInteger(howMany) || howMany < 1)
      this.rt.fail(`The number of ${what} to insert must be at least 1.`); // (unconfirmed)
  }
  private checkRows(from: number, count = 1) {
    if (!(from >= 1 && from + count - 1 <= this._sheet.maxRows))
      this.rt.fail(MESSAGES.rowsOutOfBounds);
  }
  private checkColumns(from: number, count = 1) {
    if (!(from >= 1 && from + count - 1 <= this._sheet.maxColumns))
      this.rt.fail(MESSAGES.columnsOutOfBounds);
  }
  private insertRowsAt(before: number, howMany: number) {
    this.checkCount(howMany, 'rows');
    this.growCheck(howMany * this._sheet.maxColumns);
    // Rows inserted inside the frozen rows grow them, as in Sheets.
    if (before <= this._sheet.frozenRows) this._sheet.frozenRows += howMany;
    this._ss.insertRows(this._sheet, before, howMany);
    return this.self();
  }
  private insertColumnsAt(before: number, howMany: number) {
    this.checkCount(howMany, 'columns');
    this.growCheck(howMany * this._sheet.maxRows);
    if (before <= this._sheet.frozenColumns) this._sheet.frozenColumns += howMany;
    this._ss.insertColumns(this._sheet, before, howMany);
    return this.self();
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this.checkRows(afterPosition);
    return this.insertRowsAt(afterPosition + 1, howMany);
  }
  insertRowAfter(afterPosition: number) {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    this.checkRows(beforePosition);
    return this.insertRowsAt(beforePosition, howMany);
  }
  insertRowBefore(beforePosition: number) {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows?: number) {
    this.insertRowsBefore(rowIndex, numRows ?? 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this.checkColumns(afterPosition);
    return this.insertColumnsAt(afterPosition + 1, howMany);
  }
  insertColumnAfter(afterPosition: number) {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    this.checkColumns(beforePosition);
    return this.insertColumnsAt(beforePosition, howMany);
  }
  insertColumnBefore(beforePosition: number) {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns?: number) {
    this.insertColumnsBefore(columnIndex, numColumns ?? 1);
  }
  deleteRow(rowPosition: number) {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number) {
    this.checkRows(rowPosition, howMany);
    if (howMany >= this._sheet.maxRows - this._sheet.frozenRows)
      this.rt.fail(MESSAGES.deleteAllRows);
    const frozen = this._sheet.frozenRows;
    if (rowPosition <= frozen)
      this._sheet.frozenRows -= Math.min(frozen, rowPosition + howMany - 1) - rowPosition + 1;
    this._ss.deleteRows(this._sheet, rowPosition, howMany);
    this.rt.calls.written(howMany * this._sheet.maxColumns);
    return this.self();
  }
  deleteColumn(columnPosition: number) {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number) {
    this.checkColumns(columnPosition, howMany);
    if (howMany >= this._sheet.maxColumns - this._sheet.frozenColumns)
      this.rt.fail(MESSAGES.deleteAllColumns);
    const frozen = this._sheet.frozenColumns;
    if (columnPosition <= frozen)
      this._sheet.frozenColumns -=
        Math.min(frozen, columnPosition + howMany - 1) - columnPosition + 1;
    this._ss.deleteColumns(this._sheet, columnPosition, howMany);
    this.rt.calls.written(howMany * this._sheet.maxRows);
    return this.self();
  }
  /** Moves the rows rowSpec spans to before destinationIndex (counted before the move). */
  moveRows(rowSpec: GoogleAppsScript.Spreadsheet.Range, destinationIndex: number) {
    const { row, numRows } = this.ownRange(rowSpec)._rect;
    if (!(destinationIndex >= 1 && destinationIndex <= this._sheet.maxRows + 1))
      this.rt.fail(MESSAGES.rowsOutOfBounds);
    if (destinationIndex > row && destinationIndex < row + numRows)
      this.rt.fail(MESSAGES.moveIntoItself);
    this._ss.moveRows(this._sheet, row, numRows, destinationIndex);
  }
  moveColumns(columnSpec: GoogleAppsScript.Spreadsheet.Range, destinationIndex: number) {
    const { column, numColumns } = this.ownRange(columnSpec)._rect;
    if (!(destinationIndex >= 1 && destinationIndex <= this._sheet.maxColumns + 1))
      this.rt.fail(MESSAGES.columnsOutOfBounds);
    if (destinationIndex > column && destinationIndex < column + numColumns)
      this.rt.fail(MESSAGES.moveIntoItself);
    this._ss.moveColumns(this._sheet, column, numColumns, destinationIndex);
  }
  private ownRange(range: GoogleAppsScript.Spreadsheet.Range): FakeRange {
    const r = range as unknown as FakeRange;
    if (!r || !r._rect || r._sheet !== this._sheet)
      this.rt.fail('The range must be on the sheet being changed.'); // (unconfirmed)
    return r;
  }
  hideRows(rowIndex: number, numRows?: number) {
    const n = numRows ?? 1;
    this.checkRows(rowIndex, n);
    for (let r = rowIndex; r < rowIndex + n; r++) this._sheet.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows?: number) {
    const n = numRows ?? 1;
    this.checkRows(rowIndex, n);
    for (let r = rowIndex; r < rowIndex + n; r++) this._sheet.hiddenRows.delete(r);
  }
  hideRow(row: GoogleAppsScript.Spreadsheet.Range) {
    const { row: r, numRows } = this.ownRange(row)._rect;
    this.hideRows(r, numRows);
  }
  unhideRow(row: GoogleAppsScript.Spreadsheet.Range) {
    const { row: r, numRows } = this.ownRange(row)._rect;
    this.showRows(r, numRows);
  }
  isRowHiddenByUser(rowPosition: number) {
    this.checkRows(rowPosition);
    return this._sheet.hiddenRows.has(rowPosition);
  }
  /** Sorts the sheet's rows below the frozen ones by a column. */
  sort(columnPosition: number, ascending?: boolean) {
    this.checkColumns(columnPosition);
    const first = this._sheet.frozenRows + 1;
    const last = this._sheet.lastRow();
    if (last > first) {
      const rect = { row: first, column: 1, numRows: last - first + 1, numColumns: 1 };
      const src = sortedSource(this._sheet, rect, [
        { column: columnPosition, ascending: ascending !== false },
      ]);
      this._sheet.permuteRows(first, last, src);
      this._ss.recalc();
    }
    return this.self();
  }
  getFilter() {
    return filterFake(this.rt, this._ss, this._sheet);
  }
  /** The current cell of the selection, when this sheet is the active one. */
  getActiveCell() {
    const ss = this._ss;
    const rect = ss.selection[ss.selection.length - 1];
    if (ss.activeSheetId !== this._sheet.id || !rect)
      return rangeFake(this.rt, ss, this._sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 });
    return rangeFake(this.rt, ss, this._sheet, { ...rect, numRows: 1, numColumns: 1 });
  }
  /** Copies the sheet into a spreadsheet as "Copy of <name>" (then "Copy of <name> 2", ...). */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    const target = (spreadsheet as unknown as { _ss: SpreadsheetModel })._ss;
    const taken = new Set(target.sheets.map((s) => s.name.toLowerCase()));
    let name = `Copy of ${this._sheet.name}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `Copy of ${this._sheet.name} ${n}`;
    const limit = target.cellLimitError(this._sheet.maxRows * this._sheet.maxColumns);
    if (limit) this.rt.fail(limit);
    const sheet = target.addSheet(name);
    const copy = this._sheet.copy(sheet.id, name);
    target.sheets[target.sheets.indexOf(sheet)] = copy;
    target.recalc();
    return sheetFake(this.rt, target, copy);
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
    if (rows < 0 || rows >= this._sheet.maxRows) this.rt.fail(MESSAGES.rowsOutOfBounds);
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
