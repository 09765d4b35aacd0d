// A cost model of Apps Script time, from published measurements (each number carries its
// source). It turns what the runtime recorded (service calls, round trips, cells) into an
// estimate of real run time, to set against the 6-minute limit.
import type { CallRecord } from '../local/runtime/index';

export interface Cost {
  value: number;
  unit: string;
  source: string;
}

export const COST_MODEL = {
  msPerCall: {
    value: 1.1,
    unit: 'ms per service call',
    source:
      'bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html: 1,000 × getRange(i,1).getValue() ' +
      'with Logger.log took 3,064 ms; the same 1,000 Logger.log lines alone 780 ms → ' +
      '(3,064 − 780) / 2,000 calls ≈ 1.1 ms a call (reads served by the look-ahead cache)',
  },
  msPerRoundTrip: {
    value: 30,
    unit: 'ms more per round trip (a call the script cannot answer from its caches)',
    source:
      'Stack Overflow "What is faster: ScriptDb or SpreadsheetApp?" (Mogsdad; mirrored at ' +
      'ruby-bash.developreference.com/article/29263774): flush() after each of 400 row writes ' +
      '≈ 12 s against 164 ms without → ≈ 30 ms per forced round trip; ' +
      'ziritione.org/post/apps_script_performance: PropertiesService getProperty 30 ms mean ' +
      '(setProperty 62 ms) over 100 runs',
  },
  msPerRoundTripLow: {
    value: 0.4,
    unit: 'ms per round trip, the low end of the sensitivity line',
    source:
      'the same Stack Overflow measurement (Mogsdad): the 400 row writes without flush() took ' +
      '164 ms → ≈ 0.4 ms per un-flushed write, which Apps Script batches instead of sending',
  },
  msPerCellRead: {
    value: 0.0125,
    unit: 'ms per cell read (values, formats or rules moved into the script)',
    source:
      'no published bulk-read rate was found; taken equal to the write rate below. ' +
      "Consistent with bugbugnow.net's getValues + setValues of 1,000 cells each (≈ 125 ms " +
      'with two round trips)',
  },
  msPerCellSearched: {
    value: 0.00125,
    unit: 'ms per cell a TextFinder searches (Sheets scans them server-side, returns the matches)',
    source:
      'Kanshi Tanaike, "Benchmark: Process Costs for Searching Values in Spreadsheet using ' +
      'Google Apps Script" (gist.github.com/tanaikech/0a6f03970b471ffa286f1dac0b79359e; asked ' +
      'for in github.com/tanaikech/taking-advantage-of-google-apps-script/issues/1): on sheets ' +
      'of 10,000 to 100,000 rows × 10 columns, TextFinder.findAll giving the rows of a value ' +
      'cost less than getDataRange().getValues() and a search of the array, so a searched cell ' +
      'costs less than a read one (msPerCellRead is the upper bound, msPerCellSearchedHigh). ' +
      'The source is thin: its figures are charts whose values the stored text does not give, ' +
      'so this rate, a tenth of the read rate, is a guess inside that bound; every verdict is ' +
      'also checked with searches at the bound',
  },
  msPerCellSearchedHigh: {
    value: 0.0125,
    unit: 'ms per searched cell, the high end of the sensitivity line',
    source:
      'the bound of the same source: a search costs no more than reading the same cells (the ' +
      'read rate above)',
  },
  msPerCellWritten: {
    value: 0.0125,
    unit: 'ms per cell written',
    source:
      'same Stack Overflow measurement (Mogsdad): one setValues of a 4,000-cell block took ' +
      '< 50 ms → ≤ 0.0125 ms a cell',
  },
} satisfies Record<string, Cost>;

export const LIMITS = {
  executionMs: {
    value: 6 * 60_000,
    unit: 'ms',
    source:
      'developers.google.com/apps-script/guides/services/quotas: script runtime 6 min / execution',
  },
  cellsPerSpreadsheet: {
    value: 10_000_000,
    unit: 'cells',
    source:
      'support.google.com/docs/answer/37603: up to 10 million cells per spreadsheet (every ' +
      "tab's rows × columns, blank or not)",
  },
  triggerMsPerDay: {
    value: 90 * 60_000,
    unit: 'ms',
    source:
      'same page: triggers total runtime 90 min / day (consumer), 6 h / day (Google Workspace)',
  },
};

/**
 * Calls that reach the Sheets backend or another Google service: they move cell data, read a
 * sheet's extent, change structure or formats, flush, search, lock, touch properties, mail or
 * triggers, or show a dialog. Single-cell getValue/getDisplayValue are left out: Apps Script's
 * look-ahead cache answers most of them, which is what the 1.1 ms per call above measured.
 */
const ROUND_TRIP =
  /^(SpreadsheetApp\.flush|Range\.(get(Values|DisplayValues|Formulas|NumberFormats|DataValidations|Backgrounds)|set\w+|clear\w*|insert\w+|delete\w+|sort|copyTo|moveTo)|Sheet\.(getLastRow|getLastColumn|getMaxRows|getMaxColumns|getDataRange|insert\w+|delete\w+|set\w+|hideRows?|showRows?|sort|clear\w*|appendRow)|Spreadsheet\.(insertSheet|deleteSheet|setActive\w+|toast)|TextFinder\.(findNext|findPrevious|findAll|replace\w+)|Lock\.(tryLock|waitLock|releaseLock|hasLock)|Properties\.\w+|Cache\.\w+|MailApp\.\w+|ScriptApp\.(getProjectTriggers|getUserTriggers|deleteTrigger)|(Clock)?TriggerBuilder\.create|Ui\.(alert|prompt|showSidebar|showModalDialog|showModelessDialog))$/;
const CACHED_SINGLE_CELL = /^Range\.(getValue|getDisplayValue)$/;

export function isRoundTrip(r: CallRecord): boolean {
  if (CACHED_SINGLE_CELL.test(r.method)) return false;
  return r.cellsRead > 0 || r.cellsWritten > 0 || ROUND_TRIP.test(r.method);
}

/** The runtime records the cells a TextFinder scans as read; the bench keeps them apart. */
const SEARCH = /^TextFinder\./;

export interface Tally {
  calls: number;
  roundTrips: number;
  /** Cells whose values, formats or rules came back to the script. */
  cellsRead: number;
  /** Cells a TextFinder searched (server-side; only the matches come back). */
  cellsSearched: number;
  /** Cells whose values, formats or rules were written (see formatCells.ts). */
  cellsWritten: number;
  byMethod: Record<string, number>;
}

export function tally(records: readonly CallRecord[]): Tally {
  const t: Tally = {
    calls: 0,
    roundTrips: 0,
    cellsRead: 0,
    cellsSearched: 0,
    cellsWritten: 0,
    byMethod: {},
  };
  for (const r of records) {
    t.calls += 1;
    if (isRoundTrip(r)) t.roundTrips += 1;
    if (SEARCH.test(r.method)) t.cellsSearched += r.cellsRead;
    else t.cellsRead += r.cellsRead;
    t.cellsWritten += r.cellsWritten;
    t.byMethod[r.method] = (t.byMethod[r.method] ?? 0) + 1;
  }
  return t;
}

export type Counts = Omit<Tally, 'byMethod'>;

/**
 * Estimated Apps Script time of what the calls did, at a round-trip cost (default: the
 * model's); the script's own JavaScript time is added by the caller.
 */
export function estimateMs(t: Counts, msPerRoundTrip = COST_MODEL.msPerRoundTrip.value): number {
  const m = COST_MODEL;
  return (
    t.calls * m.msPerCall.value +
    t.roundTrips * msPerRoundTrip +
    t.cellsRead * m.msPerCellRead.value +
    t.cellsSearched * m.msPerCellSearched.value +
    t.cellsWritten * m.msPerCellWritten.value
  );
}

/**
 * What an estimate gains when searched cells cost the high end of the sensitivity line (the
 * read rate) instead of the model's rate: the estimate at the high search rate is estimate + this.
 */
export function searchSensitivityMs(t: Pick<Counts, 'cellsSearched'>): number {
  const m = COST_MODEL;
  return t.cellsSearched * (m.msPerCellSearchedHigh.value - m.msPerCellSearched.value);
}

/** The round-trip costs of the sensitivity line: every estimate is given at both. */
export const ROUND_TRIP_RANGE = {
  low: COST_MODEL.msPerRoundTripLow.value,
  high: COST_MODEL.msPerRoundTrip.value,
};

export function describeCostModel(): string[] {
  const lines = [
    'Service call: one call of a method on any object an Apps Script service hands out',
    '  (SpreadsheetApp, Spreadsheet, Sheet, Range, TextFinder, Ui, LockService and its Lock,',
    '  Session, Utilities, PropertiesService, MailApp, ScriptApp, HtmlService, ...): one record in',
    "  the runtime's call log (rt.calls). Chained getters count: ss.getSheetByName(n).getRange(..)",
    '  .getValues() is 3 calls.',
    'Round trip ("data call"): a service call that reaches the Sheets backend or another service:',
    '  it moves cell data, reads an extent (getLastRow, getDataRange), changes structure or',
    '  formats, flushes, searches, locks, touches properties, mail or triggers, or shows a dialog.',
    '  Single-cell getValue is not one (answered by the look-ahead cache).',
    'Cells: read = values, formats or rules returned to the script; searched = cells a TextFinder',
    '  scans; written = values, formulas, formats, rules and clears, each cell of the range once.',
    'Estimated Apps Script time = calls × msPerCall + round trips × msPerRoundTrip',
    '  + cells read × msPerCellRead + cells searched × msPerCellSearched',
    '  + cells written × msPerCellWritten + median CPU.',
    `Sensitivity: every estimate is also given with round trips at ${ROUND_TRIP_RANGE.low} ms, and`,
    '  checked with searched cells at msPerCellSearchedHigh; a budget is met only when met at',
    '  every end ("depends" when met at the low round-trip cost or the model\'s search rate only).',
  ];
  for (const [k, c] of Object.entries(COST_MODEL)) {
    lines.push(`  ${k} = ${c.value} ${c.unit}`, `    source: ${c.source}`);
  }
  for (const [k, l] of Object.entries(LIMITS))
    lines.push(`  ${k} = ${l.value.toLocaleString('en-US')} ${l.unit} (${l.source})`);
  return lines;
}
