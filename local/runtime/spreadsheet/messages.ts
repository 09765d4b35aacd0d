// What the Spreadsheet service says when it refuses, word for word. Each wording is checked
// against a public report of a live script (an issue thread, an execution log or an error that
// real code tests for); the source is noted beside it. Wordings no public report confirmed are
// marked "unconfirmed": they follow the style of the confirmed ones.

export const MESSAGES = {
  // googleworkspace/solutions#128 (2020) quotes the column one from a live run; public scripts
  // catch the row one ("starting row of the range is too small") in their own error handling.
  // Apps Script's wording before 2019 was "The coordinates or dimensions of the range are invalid."
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  // Logged verbatim by a public sync project ("Error: Exception: The coordinates of the range are
  // outside the dimensions of the sheet.") for getRange past the last row.
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  // Elijas/auto-youtube-subscription-playlist-2#99 quotes the rows one from a live run; the
  // columns one follows it (unconfirmed).
  tooFewRows: 'The number of rows in the range must be at least 1.',
  tooFewColumns: 'The number of columns in the range must be at least 1.',
  // A non-numeric row or column: the pre-2019 wording, which Apps Script still uses for NaN.
  // (unconfirmed)
  invalidCoordinates: 'The coordinates or dimensions of the range are invalid.',
  // Sheet methods that take row or column positions (deleteRows, insertRowsAfter,
  // getColumnWidth): mogsdad/SheetConverter#20 quotes "Those columns are out of bounds." from
  // getColumnWidth; the rows form follows it (unconfirmed).
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  // Range.getCell past the range: jamietr1/google-docs-writing-tracker#17 quotes it.
  cellOutOfRange: 'Cell reference out of range',
  // theoephraim/node-google-spreadsheet#186 quotes the rows one (Sheets' own refusal); the
  // columns one follows it (unconfirmed).
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  // Quoted in code comments of public projects ("Avoid Exception: You can't remove all the
  // sheets in a document."); no live log found (unconfirmed).
  lastSheet: "You can't remove all the sheets in a document.",
  // fleapower/Google-Script-Contacts-Sync#2 quotes it from a live run, name in curly quotes.
  sheetExists: (name: string) =>
    `A sheet with the name ‘${name}’ already exists. Please enter another name.`,
  // Sheet.setName with an empty or over-long name (unconfirmed).
  sheetNameEmpty: 'Sheet names cannot be empty.',
  sheetNameTooLong: 'Sheet names cannot be longer than 100 characters.',
  rangeNotFound: 'Range not found',
  sheetDeleted: 'The sheet has been deleted.',
  // Range.sort and moveRows/moveColumns: no public log found (unconfirmed).
  sortColumnOutside: (column: number) =>
    `The sort column ${column} is outside the range being sorted.`,
  moveIntoItself: 'The destination of a move cannot be inside the rows or columns being moved.',
  filterExists: "You can't create a filter in a sheet that already has a filter.",
} as const;
