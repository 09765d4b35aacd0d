// Spreadsheet: the workbook a script opens, its sheets, the user's selection and time zone.
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';
import { isValidTimeZone } from '../timeZone';
import { parseA1 } from './a1';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, type SpreadsheetModel } from './model';
import { FakeRange, FakeRangeList, rangeFake } from './range';
import { FakeSheet, sheetFake } from './sheet';
import { FakeTextFinder } from './textFinder';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetMethods =
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getActiveRange'
  | 'setActiveRange'
  | 'getActiveRangeList'
  | 'getSelection'
  | 'getRange'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'toast'
  | 'createTextFinder'
  | 'getNumSheets';

export class FakeSpreadsheet implements Implements<SS, SpreadsheetMethods> {
  constructor(
    private readonly rt: Runtime,
    readonly _ss: SpreadsheetModel,
  ) {}

  getId() {
    return this._ss.id;
  }
  getName() {
    return this._ss.name;
  }
  rename(newName: string) {
    this._ss.name = String(newName);
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this._ss.id}/edit`;
  }
  getSheets() {
    return this._ss.sheets.map((s) => sheetFake(this.rt, this._ss, s));
  }
  getNumSheets() {
    return this._ss.sheets.length;
  }
  getSheetByName(name: string) {
    const s = this._ss.sheet(String(name));
    return s ? sheetFake(this.rt, this._ss, s) : null;
  }
  getSheetById(id: number) {
    const s = this._ss.sheetById(id);
    return s ? sheetFake(this.rt, this._ss, s) : null;
  }
  insertSheet(
    sheetName?: string,
    indexOrOptions?: number | { template?: GoogleAppsScript.Spreadsheet.Sheet },
  ) {
    const sheetIndex = typeof indexOrOptions === 'number' ? indexOrOptions : undefined;
    const existing = new Set(this._ss.sheets.map((s) => s.name.toLowerCase()));
    let name = sheetName === undefined ? '' : String(sheetName);
    if (!name) {
      let n = this._ss.sheets.length + 1;
      while (existing.has(`sheet${n}`)) n++;
      name = `Sheet${n}`;
    } else if (existing.has(name.toLowerCase())) {
      this.rt.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const index =
      sheetIndex === undefined
        ? this._ss.sheets.length
        : Math.max(0, Math.min(sheetIndex, this._ss.sheets.length));
    const limit = this._ss.cellLimitError(DEFAULT_ROWS * DEFAULT_COLUMNS);
    if (limit) this.rt.fail(limit);
    const sheet = this._ss.addSheet(name, index);
    this._ss.activeSheetId = sheet.id; // insertSheet activates the new sheet
    return sheetFake(this.rt, this._ss, sheet);
  }
  deleteSheet(target: GoogleAppsScript.Spreadsheet.Sheet) {
    const sheet = target as unknown as FakeSheet;
    if (this._ss.sheets.length === 1)
      this.rt.fail("You can't remove all the sheets in a document.");
    this._ss.sheets = this._ss.sheets.filter((s) => s !== sheet._sheet);
    if (this._ss.activeSheetId === sheet._sheet.id) this._ss.activeSheetId = this._ss.sheets[0].id;
  }
  getActiveSheet() {
    return sheetFake(this.rt, this._ss, this._ss.activeSheet());
  }
  setActiveSheet(target: GoogleAppsScript.Spreadsheet.Sheet) {
    const sheet = target as unknown as FakeSheet;
    this._ss.select(sheet._sheet, [{ row: 1, column: 1, numRows: 1, numColumns: 1 }]);
    return sheetFake(this.rt, this._ss, sheet._sheet);
  }
  getActiveRange() {
    const rect = this._ss.selection[this._ss.selection.length - 1];
    return rect ? rangeFake(this.rt, this._ss, this._ss.activeSheet(), rect) : null;
  }
  setActiveRange(target: GoogleAppsScript.Spreadsheet.Range) {
    const range = target as unknown as FakeRange;
    this._ss.select(range._sheet, [{ ...range._rect }]);
    return range;
  }
  getActiveRangeList() {
    if (this._ss.selection.length === 0) return null;
    const sheet = this._ss.activeSheet();
    const ranges = this._ss.selection.map((r) => new FakeRange(this.rt, this._ss, sheet, { ...r }));
    return this.rt.expose(new FakeRangeList(this.rt, ranges), 'RangeList');
  }
  getSelection() {
    return this.rt.expose(new FakeSelection(this.rt, this), 'Selection');
  }
  getRange(a1Notation: string) {
    const p = parseA1(String(a1Notation));
    if (!p) this.rt.fail('Range not found');
    const sheet = p.sheetName === null ? this._ss.activeSheet() : this._ss.sheet(p.sheetName);
    if (!sheet) this.rt.fail('Range not found');
    return rangeFake(this.rt, this._ss, sheet, {
      row: p.row,
      column: p.column,
      numRows: (p.lastRow ?? sheet.maxRows) - p.row + 1,
      numColumns: (p.lastColumn ?? sheet.maxColumns) - p.column + 1,
    });
  }
  getSpreadsheetTimeZone() {
    return this._ss.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string) {
    if (!isValidTimeZone(timezone)) this.rt.fail(`Invalid argument: timezone`);
    this._ss.timeZone = timezone;
  }
  getSpreadsheetLocale() {
    return this._ss.locale;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null) {
    this.rt.dialog(
      {
        type: 'toast',
        title: title ?? '',
        message: String(msg),
        buttons: String(timeoutSeconds ?? 5),
      },
      false,
    );
  }
  createTextFinder(findText: string) {
    const scopes = this._ss.sheets.map((sheet) => ({ sheet, rect: null }));
    return this.rt.expose(
      new FakeTextFinder(this.rt, this._ss, scopes, String(findText)),
      'TextFinder',
    );
  }
}

export class FakeSelection implements Implements<
  GoogleAppsScript.Spreadsheet.Selection,
  'getActiveRange' | 'getActiveRangeList' | 'getActiveSheet' | 'getCurrentCell'
> {
  constructor(
    private readonly rt: Runtime,
    private readonly ss: FakeSpreadsheet,
  ) {}
  getActiveRange() {
    return this.ss.getActiveRange();
  }
  getActiveRangeList() {
    return this.ss.getActiveRangeList();
  }
  getActiveSheet() {
    return this.ss.getActiveSheet();
  }
  getCurrentCell() {
    const rect = this.ss._ss.selection[this.ss._ss.selection.length - 1];
    return rect
      ? rangeFake(this.rt, this.ss._ss, this.ss._ss.activeSheet(), {
          row: rect.row,
          column: rect.column,
          numRows: 1,
          numColumns: 1,
        })
      : null;
  }
}

export function spreadsheetFake(rt: Runtime, ss: SpreadsheetModel): FakeSpreadsheet {
  return rt.expose(new FakeSpreadsheet(rt, ss), 'Spreadsheet');
}
