// SpreadsheetApp: the open spreadsheet (or one by ID), flushing writes, the Ui and validation
// rules. Sheets, ranges and the rest are reached through the Spreadsheet it returns.
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Ui = GoogleAppsScript.Base.Ui;

export interface SpreadsheetService {
  /** The spreadsheet Prospek is open in; null in an installed add-on's time-driven trigger. */
  active(): Spreadsheet | null;
  openById(id: string): Spreadsheet;
  /** Applies pending writes (before a lock is released). */
  flush(): void;
  ui(): Ui;
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
}

export const spreadsheetService: SpreadsheetService = {
  active: () => SpreadsheetApp.getActiveSpreadsheet(),
  openById: (id) => SpreadsheetApp.openById(id),
  flush: () => SpreadsheetApp.flush(),
  ui: () => SpreadsheetApp.getUi(),
  newDataValidation: () => SpreadsheetApp.newDataValidation(),
};
