// Simple triggers: functions with reserved names that Apps Script runs by itself when the user
// opens or edits the spreadsheet. Each runs as its own execution in AuthMode.LIMITED, with the
// event object of the Sheets guide (guides/triggers/events): authMode, source, user.
import type { Runtime } from './runtime';
import { AuthMode } from './services/enums';
import { userFake } from './services/session';
import { spreadsheetFake } from './spreadsheet/spreadsheet';

/** The onOpen(e) event: e.user's email is blank, as a simple trigger may not reveal it. */
export function openEvent(rt: Runtime): Record<string, unknown> {
  const ss = rt.container();
  return {
    authMode: AuthMode.LIMITED,
    source: ss ? spreadsheetFake(rt, ss) : null,
    user: userFake(rt, ''),
  };
}
