// The offline Apps Script runtime's public API: the one door through which tests, the bench and
// the preview use it (ESLint refuses deep imports). A few lines run any Apps Script project:
//
//   const { Runtime } = require('./.build/runtime.cjs');
//   const rt = new Runtime({ timeZone: 'Asia/Jakarta', now: '2026-12-01T09:00' });
//   rt.loadProject('path/to/project');          // its .js/.gs files, *.html and appsscript.json
//   rt.run('myFunction', [arg1, arg2]);        // one execution; returns the result
//   rt.getValues('Sheet1!A1:C3');              // inspect cells; rt.save('wb.json') to keep them

// Running projects: executions, the clock, dialogs, simple triggers, saving and loading.
export {
  Runtime,
  toEpoch,
  type RuntimeOptions,
  type ProjectOptions,
  type RunResult,
  type TriggerRun,
} from './runtime';
export { SIMPLE_TRIGGER_LIMIT_MS, TIME_LIMIT_MESSAGE } from './runtime';
export {
  UserActions,
  type EditResult,
  type EditOptions,
  type FormSubmitResult,
} from './userActions';
export { publishedUrl } from './services/formApp';
export { escapeHtml } from './services/htmlService';
export {
  DialogNeedsResponse,
  type ExecutionKind,
  type ExecutionOptions,
  type DialogRecord,
  type DialogResponse,
} from './execution';

// The state a runtime keeps (rt.state) and what it records (rt.calls, rt.ui, log lines).
export type {
  RuntimeState,
  TriggerState,
  TriggerSchedule,
  TriggerEventType,
  SentEmail,
  FormState,
  FormItemState,
} from './state';
export type { CallRecord } from './calls';
export type { Firing } from './services/triggers';
export { dialogButtons, type UiState, type MenuRecord, type MenuItem } from './spreadsheet/ui';
export { logLines, type LogLine } from './services/logger';

// Faults a test can inject beyond rt.faults.failCall: the day's mail quota used up.
export { exhaustMailQuota } from './services/mailApp';

// The workbook model (rt.workbook()) and A1 notation, for tools that build or read big sheets.
export { SpreadsheetModel, SheetModel, type RangeRect } from './spreadsheet/model';
export { parseA1, toA1, columnToLetters, quoteSheetName } from './spreadsheet/a1';

// Wall-clock time in a named zone, as Apps Script reads dates and schedules triggers.
export { wallTime, type WallTime } from './timeZone';

// The atomic write Runtime.save uses, for a caller that already holds the saved text.
export { writeFileAtomic } from './persistence';
