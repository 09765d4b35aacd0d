// Responses of a form linked to a spreadsheet, written as Google writes them: setDestination adds
// a tab "Form Responses N" (the first N not taken) as the spreadsheet's first tab, its header
// row "Timestamp" then one column per question title; each submission appends one row, the
// Timestamp a date-time (format M/d/yyyy H:mm:ss, as an en_US sheet shows it), a text answer as
// text (a digits-only answer as a number, as Sheets reads it: a phone's leading 0 is lost), a date
// answer a date (M/d/yyyy). A question added after linking gets a new column at the end; a
// question renamed keeps its column (matched by the header written for it). An answer is never
// read as a formula: '=IMPORTXML(...)' stays text (how Google stores it is unconfirmed; it is
// at least not a live formula). Then the spreadsheet's installable onFormSubmit triggers run.
import type { Runtime } from '../runtime';
import type { FormResponseState, FormState } from '../state';
import type { SheetModel, SpreadsheetModel, Stored } from '../spreadsheet/model';
import { SERIAL_EPOCH_UTC, serialClock } from '../spreadsheet/serial';
import { readDisplayValues } from '../spreadsheet/cells';
import { rangeFake } from '../spreadsheet/range';
import { AuthMode } from '../services/enums';

export const RESPONSES_SHEET = 'Form Responses';
export const TIMESTAMP_HEADER = 'Timestamp';
const TIMESTAMP_FORMAT = 'M/d/yyyy H:mm:ss';
const DATE_FORMAT = 'M/d/yyyy';

/** Links the form to `ss`: a new "Form Responses N" tab first in the spreadsheet. */
export function linkDestination(form: FormState, ss: SpreadsheetModel): SheetModel {
  let n = 1;
  while (ss.sheet(`${RESPONSES_SHEET} ${n}`)) n++;
  const sheet = ss.addSheet(`${RESPONSES_SHEET} ${n}`, 0);
  sheet.set(1, 1, TIMESTAMP_HEADER);
  form.items.forEach((it, i) => sheet.set(1, i + 2, it.title));
  sheet.frozenRows = 1;
  form.destinationId = ss.id;
  form.destinationSheetId = sheet.id;
  // Which column holds which item: the header written for it (a later rename keeps it).
  for (const it of form.items) columnHeaders(form)[it.id] = it.title;
  return sheet;
}

/** Item ID → the header its column was given (kept on the form's state, saved with it). */
function columnHeaders(form: FormState): Record<string, string> {
  return (form.columnHeaders ??= {});
}

export interface Submitted {
  response: FormResponseState;
  /** Where its row went (null when the form has no spreadsheet destination). */
  sheet: SheetModel | null;
  row: number;
}

/** Records a response and appends its row to the destination tab. */
export function submitResponse(
  rt: Runtime,
  form: FormState,
  answers: Record<string, string>,
): Submitted {
  // The runtime's wording: a closed form refuses a submission.
  if (!form.acceptingResponses) throw rt.fail('This form is no longer accepting responses.');
  for (const it of form.items) {
    const a = answers[String(it.id)] ?? '';
    if (it.required && a.trim() === '')
      throw rt.fail(`A required question was not answered: ${it.title}`);
  }
  rt.newId('response');
  const response: FormResponseState = {
    id: `2_ABaOnu${rt.state.counter.toString(36).padStart(10, '0')}`,
    timestamp: rt.now(),
    answers: { ...answers },
  };
  form.responses.push(response);
  const ss = form.destinationId ? rt.spreadsheets.get(form.destinationId) : undefined;
  let sheet =
    ss && form.destinationSheetId !== null ? ss.sheetById(form.destinationSheetId) : undefined;
  if (ss && !sheet) sheet = linkDestination(form, ss);
  if (!ss || !sheet) return { response, sheet: null, row: 0 };
  const row = writeRow(ss, sheet, form, response);
  return { response, sheet, row };
}

function writeRow(
  ss: SpreadsheetModel,
  sheet: SheetModel,
  form: FormState,
  response: FormResponseState,
): number {
  const serial = serialClock(ss.timeZone);
  const row = Math.max(sheet.lastRow(), 1) + 1;
  if (row > sheet.maxRows) sheet.maxRows = row;
  sheet.set(row, 1, serial.serial(response.timestamp));
  sheet.setFormat(row, 1, 1, TIMESTAMP_FORMAT);
  const headers = columnHeaders(form);
  for (const it of form.items) {
    const column = columnFor(sheet, headers[it.id] ?? it.title);
    headers[it.id] ??= it.title;
    const answer = response.answers[String(it.id)] ?? '';
    if (answer === '') continue;
    let value: Stored = answer;
    if (it.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(answer)) {
      const [y, m, d] = answer.split('-').map(Number);
      value = (Date.UTC(y, m - 1, d) - SERIAL_EPOCH_UTC) / 86400000;
      sheet.setFormat(row, column, 1, DATE_FORMAT);
    } else if (/^\d{1,15}$/.test(answer)) value = Number(answer);
    sheet.set(row, column, value);
  }
  return row;
}

/** The column headed `title`, or a new one at the end for a question added after linking. */
function columnFor(sheet: SheetModel, title: string): number {
  const last = sheet.lastColumn();
  for (let c = 2; c <= last; c++) if (sheet.get(1, c) === title) return c;
  const column = last + 1;
  if (column > sheet.maxColumns) sheet.maxColumns = column;
  sheet.set(1, column, title);
  return column;
}

/**
 * The spreadsheet onFormSubmit event (guides/triggers/events, "Form submit" in Sheets):
 * authMode, namedValues (each header → [its text]), range (the new row), triggerUid and values
 * (the row as the sheet shows it, Timestamp first).
 */
export function formSubmitEvent(
  rt: Runtime,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  row: number,
  triggerUid: string,
): Record<string, unknown> {
  const width = sheet.lastColumn();
  const rect = { row, column: 1, numRows: 1, numColumns: width };
  const values = readDisplayValues(sheet, rect)[0];
  const headers = readDisplayValues(sheet, { ...rect, row: 1 })[0];
  const namedValues: Record<string, string[]> = {};
  headers.forEach((h, i) => {
    if (h !== '') namedValues[h] = [values[i]];
  });
  return {
    authMode: AuthMode.FULL,
    namedValues,
    range: rangeFake(rt, ss, sheet, rect),
    triggerUid,
    values,
  };
}
