// The budgets the bench enforces (issue 15): time at the sizes a seller reaches, round trips and
// cells of one-contact actions, the 6-minute limit at capacity, and the daily run against the
// plain bulk script. Every time is checked at both round-trip costs of the sensitivity line and
// with searched cells at the high search rate: a budget met at one end only "depends" on the
// guess, and counts as broken.
import { searchSensitivityMs } from './costModel';
import type { Measurement } from './measure';
import type { Op } from './ops/index';
import { BULK_REFERENCE } from './ops/references';

export type Verdict = 'met' | 'broken' | 'depends' | 'unchecked';

export interface BudgetResult {
  name: string;
  verdict: Verdict;
  detail: string;
}

export interface BudgetInput {
  rows: readonly Measurement[];
  ops: readonly Op[];
  sizes: readonly number[];
  /** The sheet's capacity in contacts, or null when not measured (--quick). */
  capacity: number | null;
  missing: readonly string[];
  /** The larger of the sidebar's pages (English, Indonesian). */
  sidebarHtmlBytes: number;
}

const ROUND_TRIP_BUDGET = 12;
const ONE_CONTACT_MS = 500;
const EXECUTION_LIMIT_MS = 6 * 60_000;
const SIDEBAR_HTML_BYTES = 60 * 1024;
const AT_100K = 100_000;
/** Time budgets: the operation, where, and its limit for the whole operation. */
const TIME_BUDGETS: { op: string; at: 'any' | number; ms: number; what: string }[] = [
  { op: 'dailyReminders', at: AT_100K, ms: 8_000, what: 'daily reminders' },
  { op: 'getPipeline', at: AT_100K, ms: 8_000, what: 'pipeline' },
  { op: 'findDuplicates', at: AT_100K, ms: 10_000, what: 'find duplicates (Import tab)' },
  { op: 'findDuplicatesMenu', at: AT_100K, ms: 10_000, what: 'find duplicates (menu)' },
  { op: 'setUp', at: 'any', ms: 1_000, what: 'set-up with nothing to repair' },
  { op: 'merge', at: 'any', ms: 2_000, what: 'merge two contacts' },
  { op: 'import10k', at: AT_100K, ms: 60_000, what: 'import 10k rows, preview included' },
  { op: 'undoImport', at: AT_100K, ms: 30_000, what: 'undo of that import' },
];
export const DAILY_VS_BULK = 10;

export const fmt = (n: number) => n.toLocaleString('en-US');
export const seconds = (ms: number) =>
  ms < 1000 ? `${(ms / 1000).toFixed(2)} s` : `${fmt(Math.round(ms / 100) / 10)} s`;

/** The estimate with searched cells at the high end of the sensitivity line. */
const searchHigh = (r: Measurement) => r.estimatedMs + searchSensitivityMs(r);

/**
 * Met at the model's costs and with searches at the high rate; broken even at the low
 * round-trip cost; "depends" in between.
 */
function verdictOf(r: Measurement, limit: number): Verdict {
  if (r.estimatedMs < limit && searchHigh(r) < limit) return 'met';
  return r.estimatedMsLow < limit || r.estimatedMs < limit ? 'depends' : 'broken';
}

const estimates = (r: Measurement) =>
  `${seconds(r.estimatedMs)} (${seconds(r.estimatedMsLow)} at the low round-trip cost` +
  (r.cellsSearched > 0 ? `, ${seconds(searchHigh(r))} with searches at the read rate)` : ')');

function find(rows: readonly Measurement[], op: string, size: number) {
  return rows.find((r) => r.op === op && r.contacts === size);
}

function oneContactBudgets(op: Op, input: BudgetInput): BudgetResult[] {
  const measured = input.sizes.map((s) => find(input.rows, op.name, s));
  const label = (r: Measurement | undefined, s: number, v: (r: Measurement) => number) =>
    `${fmt(s)}: ${r ? fmt(v(r)) : '-'}`;
  const cells = measured.map((r) => r?.cellsRead);
  const out: BudgetResult[] = [
    {
      name: `${op.name}: cells read independent of size`,
      verdict: cells.every((c) => c !== undefined && c === cells[0]) ? 'met' : 'broken',
      detail:
        input.sizes.map((s, i) => label(measured[i], s, (r) => r.cellsRead)).join(', ') +
        ` (searched: ${measured.map((r) => (r ? fmt(r.cellsSearched) : '-')).join(', ')})`,
    },
    {
      name: `${op.name}: at most ${ROUND_TRIP_BUDGET} round trips`,
      verdict: measured.every((r) => r && r.roundTrips <= ROUND_TRIP_BUDGET) ? 'met' : 'broken',
      detail: input.sizes.map((s, i) => label(measured[i], s, (r) => r.roundTrips)).join(', '),
    },
  ];
  const atCapacity =
    input.capacity === null ? undefined : find(input.rows, op.name, input.capacity);
  out.push({
    name: `${op.name}: under ${seconds(ONE_CONTACT_MS)} at capacity`,
    verdict: !atCapacity
      ? input.capacity === null
        ? 'unchecked'
        : 'broken'
      : atCapacity.error
        ? 'broken'
        : verdictOf(atCapacity, ONE_CONTACT_MS),
    detail: atCapacity
      ? estimates(atCapacity) + (atCapacity.error ? `; failed: ${atCapacity.error}` : '')
      : 'capacity not measured (--quick)',
  });
  return out;
}

function timeBudgets(input: BudgetInput): BudgetResult[] {
  return TIME_BUDGETS.map((b) => {
    const name = `${b.what} under ${seconds(b.ms)} ${b.at === 'any' ? 'at any size' : `at ${fmt(b.at)}`}`;
    const sizes = b.at === 'any' ? input.sizes : [b.at];
    const rows = sizes.map((s) => find(input.rows, b.op, s));
    if (!input.ops.some((o) => o.name === b.op))
      return { name, verdict: 'unchecked', detail: `${b.op} not measured (--only, or not built)` };
    if (b.at !== 'any' && !input.sizes.includes(b.at))
      return { name, verdict: 'unchecked', detail: `${fmt(b.at)} contacts not measured (--quick)` };
    if (rows.some((r) => !r))
      return { name, verdict: 'broken', detail: `${b.op} not measured at every size` };
    const worst = (rows as Measurement[]).reduce((a, r) => (r.estimatedMs > a.estimatedMs ? r : a));
    const error = rows.find((r) => r?.error)?.error;
    return {
      name,
      verdict: error ? 'broken' : verdictOf(worst, b.ms),
      detail:
        (b.at === 'any' ? `slowest at ${fmt(worst.contacts)}: ` : '') +
        estimates(worst) +
        (error ? `; failed: ${error}` : ''),
    };
  });
}

/** Every single execution of every operation inside the 6-minute limit at capacity. */
function executionLimit(input: BudgetInput): BudgetResult {
  const name = 'every single execution under 6 min at capacity';
  if (input.capacity === null)
    return { name, verdict: 'unchecked', detail: 'capacity not measured (--quick)' };
  // Prospek's own executions: the reference scripts are what a user would run instead.
  const rows = input.rows.filter(
    (r) => r.contacts === input.capacity && !r.op.startsWith('reference:'),
  );
  const slowest = [...rows].sort((a, b) => b.slowestExecutionMs - a.slowestExecutionMs);
  const over = slowest.filter((r) => r.slowestExecutionMs >= EXECUTION_LIMIT_MS);
  return {
    name,
    verdict: over.length ? 'broken' : 'met',
    detail: (over.length ? over : slowest.slice(0, 3))
      .map(
        (r) => `${r.op}${r.extrapolated ? ' (extrapolated)' : ''} ${seconds(r.slowestExecutionMs)}`,
      )
      .join(', '),
  };
}

function dailyVsBulk(input: BudgetInput): BudgetResult {
  const name = `daily run at least ${DAILY_VS_BULK}× faster than the plain bulk script at ${fmt(AT_100K)}`;
  const ours = find(input.rows, 'dailyReminders', AT_100K);
  const bulk = find(input.rows, BULK_REFERENCE, AT_100K);
  if (!input.sizes.includes(AT_100K))
    return {
      name,
      verdict: 'unchecked',
      detail: `${fmt(AT_100K)} contacts not measured (--quick)`,
    };
  if (
    !input.ops.some((o) => o.name === BULK_REFERENCE) ||
    !input.ops.some((o) => o.name === 'dailyReminders')
  )
    return { name, verdict: 'unchecked', detail: 'not measured (--only, or not built)' };
  if (!ours || !bulk) return { name, verdict: 'broken', detail: 'not measured' };
  const high = bulk.estimatedMs / ours.estimatedMs;
  const low = bulk.estimatedMsLow / ours.estimatedMsLow;
  return {
    name,
    verdict:
      high >= DAILY_VS_BULK && low >= DAILY_VS_BULK
        ? 'met'
        : high >= DAILY_VS_BULK || low >= DAILY_VS_BULK
          ? 'depends'
          : 'broken',
    detail: `${high.toFixed(2)}× (${low.toFixed(2)}× at the low round-trip cost): ${seconds(ours.estimatedMs)} against ${seconds(bulk.estimatedMs)}`,
  };
}

export function budgets(input: BudgetInput): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const op of input.ops.filter((o) => o.kind === 'oneContact'))
    out.push(...oneContactBudgets(op, input));
  out.push(...timeBudgets(input), executionLimit(input), dailyVsBulk(input));
  for (const m of input.missing)
    out.push({ name: `${m} is measured`, verdict: 'broken', detail: 'not in dist/Code.js' });
  out.push({
    name: 'the sidebar page (Sidebar.html, SidebarId.html) at most 60 KB',
    verdict: input.sidebarHtmlBytes <= SIDEBAR_HTML_BYTES ? 'met' : 'broken',
    detail: `${(input.sidebarHtmlBytes / 1024).toFixed(1)} KB`,
  });
  return out;
}
