// SpreadsheetApp: the entry to the active spreadsheet, the Ui and the builders.
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';
import { spreadsheetFake } from './spreadsheet';
import { newDataValidationBuilder } from './dataValidation';
import { FakeUi } from './ui';
import { newFilterCriteria } from './filter';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

class FakeSpreadsheetApp implements Implements<
  App,
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getActiveRangeList'
  | 'getSelection'
  | 'openById'
  | 'flush'
  | 'getUi'
  | 'newDataValidation'
  | 'newFilterCriteria'
> {
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    CHECKBOX: 'CHECKBOX',
    DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
    NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  };
  readonly Dimension = { ROWS: 'ROWS', COLUMNS: 'COLUMNS' };
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };

  constructor(private readonly rt: Runtime) {}

  getActiveSpreadsheet() {
    const id = this.rt.activeDocumentId();
    const ss = id ? this.rt.spreadsheets.get(id) : undefined;
    return ss ? spreadsheetFake(this.rt, ss) : null;
  }
  getActive() {
    return this.getActiveSpreadsheet();
  }
  private active() {
    const ss = this.getActiveSpreadsheet();
    if (!ss) this.rt.fail('Cannot call SpreadsheetApp.getActive() from this context.');
    return ss;
  }
  getActiveSheet() {
    return this.active().getActiveSheet();
  }
  getActiveRange() {
    return this.active().getActiveRange();
  }
  getActiveRangeList() {
    return this.active().getActiveRangeList();
  }
  getSelection() {
    return this.active().getSelection();
  }
  openById(id: string) {
    const ss = this.rt.spreadsheets.get(String(id));
    if (!ss)
      this.rt.fail(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return spreadsheetFake(this.rt, ss);
  }
  flush() {}
  getUi() {
    const exec = this.rt.exec();
    if (exec.kind === 'timeTrigger')
      this.rt.fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.rt.expose(new FakeUi(this.rt), 'Ui');
  }
  newDataValidation() {
    return newDataValidationBuilder(this.rt);
  }
  newFilterCriteria() {
    return newFilterCriteria(this.rt);
  }
}

export function createSpreadsheetApp(rt: Runtime): object {
  return rt.expose(new FakeSpreadsheetApp(rt), 'SpreadsheetApp');
}
