// Spreadsheet: the workbook a script opens, its sheets, the user's selection and time zone.
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';
import { isValidTimeZone } from '../timeZone';
import { parseA1 } from './a1';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, type SpreadsheetModel } from './model';
import { FakeRange, FakeRangeList, rangeFake } from './range';
import { FakeSheet, sheetFake } from './sheet';
import { FakeTextFinder } from './textFinder';
import { MESSAGES } from './messages';
import { userFake } from '../services/session';

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
  | 'deleteActiveSheet'
  | 'moveActiveSheet'
  | 'getRangeByName'
  | 'setNamedRange'
  | 'removeNamedRange'
  | 'getNamedRanges'
  | 'addMenu'
  | 'getOwner'
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
    nameOrIndex?: string | number,
    indexOrOptions?: number | { template?: GoogleAppsScript.Spreadsheet.Sheet },
    options?: { template?: GoogleAppsScript.Spreadsheet.Sheet },
  ) {
    // insertSheet(), (name), (index), (name, index), (name, options), (name, index, options).
    const sheetName = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const sheetIndex =
      typeof nameOrIndex === 'number'
        ? nameOrIndex
        : typeof indexOrOptions === 'number'
          ? indexOrOptions
          : undefined;
    const opts = typeof indexOrOptions === 'object' ? indexOrOptions : options;
    const existing = new Set(this._ss.sheets.map((s) => s.name.toLowerCase()));
    let name = sheetName === undefined ? '' : String(sheetName);
    if (!name) {
      let n = this._ss.sheets.length + 1;
      while (existing.has(`sheet${n}`)) n++;
      name = `Sheet${n}`;
    } else if (existing.has(name.toLowerCase())) {
      this.rt.fail(MESSAGES.sheetExists(name));
    }
    const index =
      sheetIndex === undefined
        ? this._ss.sheets.length
        : Math.max(0, Math.min(sheetIndex, this._ss.sheets.length));
    const limit = this._ss.cellLimitError(DEFAULT_ROWS * DEFAULT_COLUMNS);
    if (limit) this.rt.fail(limit);
    let sheet = this._ss.addSheet(name, index);
    const template = (opts?.template as unknown as FakeSheet | undefined)?._sheet;
    if (template) {
      sheet = this._ss.sheets[index] = template.copy(sheet.id, name);
      this._ss.recalc();
    }
    this._ss.select(sheet, [{ row: 1, column: 1, numRows: 1, numColumns: 1 }]); // it activates
    return sheetFake(this.rt, this._ss, sheet);
  }
  deleteSheet(target: GoogleAppsScript.Spreadsheet.Sheet) {
    const sheet = target as unknown as FakeSheet;
    if (!sheet || !this._ss.sheets.includes(sheet._sheet)) this.rt.fail(MESSAGES.sheetDeleted);
    if (this._ss.sheets.length === 1) this.rt.fail(MESSAGES.lastSheet);
    this._ss.removeSheet(sheet._sheet);
  }
  deleteActiveSheet() {
    const sheet = this._ss.activeSheet();
    if (this._ss.sheets.length === 1) this.rt.fail(MESSAGES.lastSheet);
    this._ss.removeSheet(sheet);
    return sheetFake(this.rt, this._ss, this._ss.activeSheet());
  }
  /** Moves the active sheet to a 1-based position among the tabs. */
  moveActiveSheet(pos: number) {
    const sheet = this._ss.activeSheet();
    if (!(pos >= 1 && pos <= this._ss.sheets.length))
      this.rt.fail(`The position ${pos} is outside the sheets of this spreadsheet.`); // (unconfirmed)
    this._ss.sheets = this._ss.sheets.filter((s) => s !== sheet);
    this._ss.sheets.splice(pos - 1, 0, sheet);
  }
  /** A range by the name setNamedRange gave it, or null. */
  getRangeByName(name: string) {
    const n = this._ss.namedRanges.find((r) => r.name === String(name));
    const sheet = n && this._ss.sheetById(n.sheetId);
    return n && sheet ? rangeFake(this.rt, this._ss, sheet, { ...n.rect }) : null;
  }
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range) {
    const n = String(name);
    // Names start with a letter or underscore and hold letters, digits and underscores; they
    // cannot look like a cell reference (unconfirmed wording).
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n) || /^[A-Za-z]{1,3}\d+$/.test(n))
      this.rt.fail(`Named range "${n}" has an invalid name.`);
    const r = range as unknown as FakeRange;
    this._ss.namedRanges = this._ss.namedRanges.filter((x) => x.name !== n);
    this._ss.namedRanges.push({ name: n, sheetId: r._sheet.id, rect: { ...r._rect } });
  }
  removeNamedRange(name: string) {
    this._ss.namedRanges = this._ss.namedRanges.filter((x) => x.name !== String(name));
  }
  getNamedRanges() {
    return this._ss.namedRanges.map((n) =>
      this.rt.expose(new FakeNamedRange(this, n.name), 'NamedRange'),
    );
  }
  /** A menu in the spreadsheet's menu bar: entries {name, functionName}, null for a separator. */
  addMenu(name: string, subMenus: ({ name: string; functionName: string } | null)[]) {
    const items = subMenus.map((m) =>
      m
        ? { caption: String(m.name), functionName: String(m.functionName) }
        : { caption: '', functionName: null },
    );
    const menus = this.rt.ui.menus.filter((m) => m.title !== String(name) || m.addon);
    menus.push({ title: String(name), addon: false, items });
    this.rt.ui.menus = menus;
  }
  /** The file's owner, or null for a file in a shared drive (never here). */
  getOwner() {
    return userFake(this.rt, this._ss.owner);
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

export class FakeNamedRange implements Implements<
  GoogleAppsScript.Spreadsheet.NamedRange,
  'getName' | 'getRange' | 'remove'
> {
  constructor(
    private readonly ss: FakeSpreadsheet,
    private readonly name: string,
  ) {}
  getName() {
    return this.name;
  }
  getRange() {
    return this.ss.getRangeByName(this.name)!;
  }
  remove() {
    this.ss.removeNamedRange(this.name);
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
