// What a person does in the spreadsheet, with the simple and installable triggers it fires: typing
// or pasting a block (onEdit), selecting cells (onSelectionChange), opening the file (onOpen) and
// changing its structure (onChange). Tests use it to act as a user does: rt.user.edit(...).
import type { Runtime, TriggerRun } from './runtime';
import type { ExecutionOptions } from './execution';
import { changeEvent, editEvent, openEvent, selectionEvent } from './events';
import { blockA1, blockOf, setValues } from './spreadsheet/outside';
import type { TriggerEventType, TriggerState } from './state';
import { AuthMode } from './services/enums';
import { FakeSheet } from './spreadsheet/sheet';
import { FakeRange, rangeError } from './spreadsheet/range';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { FakeFilter, FakeFilterCriteria } from './spreadsheet/filter';
import type { RangeRect } from './spreadsheet/model';
import { quoteSheetName } from './spreadsheet/a1';
import { findForm, formOfUrl, FORM_NOT_FOUND } from './services/formApp';
import { formSubmitEvent, submitResponse } from './forms/responses';

export interface EditResult {
  /** The block written, 'Sheet!A1:B2'. */
  range: string;
  /** Each onEdit handler run (the simple trigger, then installable ones), with its error. */
  triggers: TriggerRun[];
}

export interface FormSubmitResult {
  responseId: string;
  /** The row written in the responses tab ('Form Responses 1'!2:2), '' without a destination. */
  range: string;
  /** Each onFormSubmit handler run, with its error. */
  triggers: TriggerRun[];
}

export interface EditOptions {
  /** Add rows and columns when the block runs past the sheet's edge, as a paste does. */
  grow?: boolean;
  /**
   * false: no edit trigger runs, as when another program writes the cells (a script, the Sheets
   * API, a form) or the simple trigger could not run. Default true.
   */
  triggers?: boolean;
}

const SIMPLE: ExecutionOptions = { kind: 'simpleTrigger', authMode: 'LIMITED' };

export class UserActions {
  constructor(private readonly rt: Runtime) {}

  /**
   * Types a block as a person does (strings are typed input) starting at a cell or filling a
   * range, then fires onEdit with e.range the whole block. Throws Apps Script's message, changing
   * nothing, when a value is refused.
   */
  edit(a1: string, values: unknown[][], options: EditOptions = {}): EditResult {
    const ss = this.rt.workbook();
    const start = blockOf(ss, a1);
    if (options.grow) {
      const rows = start.rect.row + values.length - 1;
      const columns = start.rect.column + (values[0]?.length ?? 0) - 1;
      const extra =
        Math.max(0, rows - start.sheet.maxRows) * Math.max(columns, start.sheet.maxColumns) +
        Math.max(0, columns - start.sheet.maxColumns) * start.sheet.maxRows;
      const limit = ss.cellLimitError(extra);
      if (limit) throw new Error(limit);
      start.sheet.maxRows = Math.max(start.sheet.maxRows, rows);
      start.sheet.maxColumns = Math.max(start.sheet.maxColumns, columns);
    }
    const before = start.sheet.get(start.rect.row, start.rect.column);
    const block = setValues(ss, a1, values, this.rt.now());
    // A person types where they are: the edited sheet is the active one, the block selected
    // (scripts read e.source.getActiveSheet() in onEdit).
    ss.select(block.sheet, [{ ...block.rect }]);
    const triggers: TriggerRun[] = [];
    if (options.triggers === false) return { range: blockA1(block), triggers };
    const event = (t: { uid: string; user: string } | null) =>
      editEvent(this.rt, ss, block.sheet, block.rect, before, t);
    if (this.rt.hasFunction('onEdit')) this.fire(triggers, 'onEdit', event);
    for (const t of this.installed('ON_EDIT')) this.fire(triggers, t.handler, event, t);
    return { range: blockA1(block), triggers };
  }

  /** Selects a range as a click does; fires onSelectionChange when the project has one. */
  select(a1: string): TriggerRun[] {
    const ss = this.rt.workbook();
    const { sheet, rect } = blockOf(ss, a1);
    ss.select(sheet, [rect]);
    const triggers: TriggerRun[] = [];
    if (this.rt.hasFunction('onSelectionChange'))
      this.fire(triggers, 'onSelectionChange', () => selectionEvent(this.rt, ss, sheet, rect));
    return triggers;
  }

  /** Opens the spreadsheet: the simple onOpen, then installable ON_OPEN triggers. */
  open(): TriggerRun[] {
    const triggers: TriggerRun[] = [];
    if (this.rt.hasFunction('onOpen')) this.fire(triggers, 'onOpen', () => openEvent(this.rt));
    for (const t of this.installed('ON_OPEN'))
      this.fire(
        triggers,
        t.handler,
        () => ({ ...openEvent(this.rt), authMode: AuthMode.FULL, triggerUid: t.uid }),
        t,
      );
    return triggers;
  }

  /** The structure changed (INSERT_ROW, REMOVE_COLUMN, ...): installable onChange triggers run. */
  changed(changeType: string): TriggerRun[] {
    const ss = this.rt.workbook();
    const triggers: TriggerRun[] = [];
    for (const t of this.installed('ON_CHANGE'))
      this.fire(triggers, t.handler, (who) => changeEvent(this.rt, ss, changeType, who!), t);
    return triggers;
  }

  /**
   * A respondent submits a form (its ID or any of its links): answers by question title, item
   * ID or 'entry.<itemId>'. The row lands in the linked tab, then the spreadsheet's installable
   * onFormSubmit triggers run, each as its owner.
   */
  submitForm(form: string, answers: Record<string, string>): FormSubmitResult {
    const f = findForm(this.rt, form) ?? formOfUrl(this.rt, form);
    if (!f) throw new Error(FORM_NOT_FOUND);
    const byId: Record<string, string> = {};
    for (const [key, value] of Object.entries(answers)) {
      const it = f.items.find(
        (i) => i.title === key || String(i.id) === key || `entry.${i.id}` === key,
      );
      if (!it) throw new Error(`The form has no question "${key}".`);
      byId[String(it.id)] = String(value);
    }
    const done = submitResponse(this.rt, f, byId);
    const triggers: TriggerRun[] = [];
    const ss = f.destinationId ? this.rt.spreadsheets.get(f.destinationId) : undefined;
    if (ss && done.sheet) {
      const sheet = done.sheet;
      const mine = this.rt.state.triggers.filter(
        (t) => t.eventType === 'ON_FORM_SUBMIT' && t.documentId === ss.id,
      );
      for (const t of mine)
        this.fire(
          triggers,
          t.handler,
          (who) => formSubmitEvent(this.rt, ss, sheet, done.row, who!.uid),
          t,
        );
    }
    return {
      responseId: done.response.id,
      range: done.sheet ? `${quoteSheetName(done.sheet.name)}!${done.row}:${done.row}` : '',
      triggers,
    };
  }

  // ---- structure, as the grid's menus change it: Apps Script's checks and words ----------------

  /** Inserts `count` rows before row `before` (after row before-1), as "Insert 1 above" does. */
  insertRows(sheet: string, before: number, count = 1): TriggerRun[] {
    const s = this.sheet(sheet);
    if (before === s._sheet.maxRows + 1) s.insertRowsAfter(before - 1, count);
    else s.insertRowsBefore(before, count);
    return this.changed('INSERT_ROW');
  }

  insertColumns(sheet: string, before: number, count = 1): TriggerRun[] {
    const s = this.sheet(sheet);
    if (before === s._sheet.maxColumns + 1) s.insertColumnsAfter(before - 1, count);
    else s.insertColumnsBefore(before, count);
    return this.changed('INSERT_COLUMN');
  }

  deleteRows(sheet: string, start: number, count = 1): TriggerRun[] {
    this.sheet(sheet).deleteRows(start, count);
    return this.changed('REMOVE_ROW');
  }

  deleteColumns(sheet: string, start: number, count = 1): TriggerRun[] {
    this.sheet(sheet).deleteColumns(start, count);
    return this.changed('REMOVE_COLUMN');
  }

  /** Moves `count` rows from `from` to before row `to` (counted before the move), as a drag. */
  moveRows(sheet: string, from: number, count: number, to: number): TriggerRun[] {
    const s = this.sheet(sheet);
    const spec = { row: from, column: 1, numRows: count, numColumns: 1 };
    s.moveRows(this.range(s, spec) as unknown as GoogleAppsScript.Spreadsheet.Range, to);
    return this.changed('OTHER');
  }

  moveColumns(sheet: string, from: number, count: number, to: number): TriggerRun[] {
    const s = this.sheet(sheet);
    const spec = { row: 1, column: from, numRows: 1, numColumns: count };
    s.moveColumns(this.range(s, spec) as unknown as GoogleAppsScript.Spreadsheet.Range, to);
    return this.changed('OTHER');
  }

  /** Sorts a range by one of its columns (an absolute column number), as "Sort range" does. */
  sort(a1: string, column: number, ascending = true): TriggerRun[] {
    const { sheet, rect } = blockOf(this.rt.workbook(), a1);
    this.range(this.sheet(sheet.name), rect).sort({ column, ascending });
    return this.changed('OTHER');
  }

  renameSheet(sheet: string, to: string): TriggerRun[] {
    this.sheet(sheet).setName(to);
    return this.changed('OTHER');
  }

  /** Adds a sheet (named SheetN when no name is given) at a 0-based index, and shows it. */
  addSheet(name?: string, index?: number): string {
    const ss = new FakeSpreadsheet(this.rt, this.rt.workbook());
    // The exposed Sheet's underscore fields are read directly: no execution runs here.
    const added = (ss.insertSheet(name, index as number) as unknown as FakeSheet)._sheet.name;
    this.changed('INSERT_GRID');
    return added;
  }

  deleteSheet(sheet: string): TriggerRun[] {
    const ss = new FakeSpreadsheet(this.rt, this.rt.workbook());
    ss.deleteSheet(this.sheet(sheet) as unknown as GoogleAppsScript.Spreadsheet.Sheet);
    return this.changed('REMOVE_GRID');
  }

  hideRows(sheet: string, start: number, count = 1): void {
    this.sheet(sheet).hideRows(start, count);
  }

  showRows(sheet: string, start: number, count = 1): void {
    this.sheet(sheet).showRows(start, count);
  }

  /** A basic filter over a range hiding rows whose column shows one of `hidden`. */
  filter(a1: string, column: number | null = null, hidden: string[] = []): void {
    const { sheet, rect } = blockOf(this.rt.workbook(), a1);
    const range = this.range(this.sheet(sheet.name), rect);
    const existing = sheet.filter;
    if (!existing) range.createFilter();
    if (column !== null) {
      const f = new FakeFilter(this.rt, this.rt.workbook(), sheet);
      const criteria = new FakeFilterCriteria(this.rt, hidden);
      f.setColumnFilterCriteria(
        column,
        criteria as unknown as GoogleAppsScript.Spreadsheet.FilterCriteria,
      );
    }
  }

  removeFilter(sheet: string): void {
    const s = this.sheet(sheet)._sheet;
    if (!s.filter) throw new Error(`The sheet ${sheet} has no filter.`);
    new FakeFilter(this.rt, this.rt.workbook(), s).remove();
  }

  /** The raw Sheet fake (not exposed: no execution runs), for its checks and messages. */
  private sheet(name: string): FakeSheet {
    const ss = this.rt.workbook();
    const sheet = ss.sheet(name);
    if (!sheet) throw new Error(`There is no sheet named "${name}".`);
    return new FakeSheet(this.rt, ss, sheet);
  }

  private range(s: FakeSheet, rect: RangeRect): FakeRange {
    const error = rangeError(s._sheet, rect);
    if (error) throw new Error(error);
    return new FakeRange(this.rt, s._ss, s._sheet, rect);
  }

  private installed(event: TriggerEventType) {
    const id = this.rt.workbook().id;
    return this.rt.state.triggers.filter((t) => t.eventType === event && t.documentId === id);
  }

  /** Runs one handler as its own execution: a simple trigger (t null) or an installable one. */
  private fire(
    out: TriggerRun[],
    handler: string,
    make: (t: { uid: string; user: string } | null) => unknown,
    t: TriggerState | null = null,
  ): void {
    const run: TriggerRun = { uid: t?.uid ?? '', handler, at: this.rt.now() };
    try {
      if (!t) this.rt.execute(handler, [make(null)], SIMPLE);
      else
        this.rt.execute(handler, [make({ uid: t.uid, user: t.owner })], {
          kind: 'installableTrigger',
          authMode: 'FULL',
          user: t.owner,
          triggerUid: t.uid,
        });
    } catch (err) {
      run.error = err instanceof Error ? err.message : String(err);
    }
    out.push(run);
  }
}
