// The bench's output: the table on stdout, the ratio against the row-by-row reference, and the
// budgets, each either met or named with the reason it is not.
import { LIMITS } from './costModel';
import type { Measurement } from './measure';
import type { Op } from './ops';

export const REFERENCE_OP = 'reference:dailyReminders';
export const DAILY_OP = 'dailyReminders';
const SIDEBAR_CALL_BUDGET = 5;
const DAILY_BUDGET_MS = 60_000;
export const SIDEBAR_HTML_BUDGET_BYTES = 60 * 1024;

const fmt = (n: number) => n.toLocaleString('en-US');

function seconds(ms: number): string {
  return ms < 1000 ? `${(ms / 1000).toFixed(2)} s` : `${fmt(Math.round(ms / 100) / 10)} s`;
}

export function table(rows: readonly Measurement[]): string {
  const head = [
    'op',
    'contacts',
    'calls',
    'round trips',
    'cells read',
    'cells written',
    'CPU ms median (min–max)',
    'peak heap MB (+op)',
    'est. Apps Script',
    '% of 6 min',
  ];
  const body = rows.map((r) => [
    r.op + (r.extrapolated ? ' (extrapolated)' : ''),
    fmt(r.contacts),
    fmt(r.calls),
    fmt(r.roundTrips),
    fmt(r.cellsRead),
    fmt(r.cellsWritten),
    r.extrapolated
      ? `${fmt(r.cpuMsMedian)} (extrapolated)`
      : `${fmt(r.cpuMsMedian)} (${fmt(r.cpuMsMin)}–${fmt(r.cpuMsMax)})`,
    `${fmt(r.peakHeapMb)} (+${fmt(r.heapDeltaMb)})`,
    seconds(r.estimatedAppsScriptMs),
    `${(r.shareOf6Min * 100).toFixed(r.shareOf6Min < 0.01 ? 2 : 1)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Our daily run divided by the reference, per size: calls and estimated time. */
export function referenceRatios(rows: readonly Measurement[]): string[] {
  const out: string[] = [];
  for (const ref of rows.filter((r) => r.op === REFERENCE_OP)) {
    const ours = rows.find((r) => r.op === DAILY_OP && r.contacts === ref.contacts);
    const tag = ref.extrapolated ? ' (reference extrapolated)' : '';
    if (!ours) {
      out.push(
        `${fmt(ref.contacts)} contacts: reference ${fmt(ref.calls)} calls, ` +
          `${seconds(ref.estimatedAppsScriptMs)}${tag}; our daily run is not in dist/Code.js yet`,
      );
      continue;
    }
    out.push(
      `${fmt(ref.contacts)} contacts: calls ${fmt(ours.calls)} / ${fmt(ref.calls)} = ` +
        `${(ours.calls / ref.calls).toExponential(2)}; estimated time ` +
        `${seconds(ours.estimatedAppsScriptMs)} / ${seconds(ref.estimatedAppsScriptMs)} = ` +
        `${(ours.estimatedAppsScriptMs / ref.estimatedAppsScriptMs).toFixed(4)}${tag}`,
    );
  }
  return out;
}

export interface BudgetResult {
  name: string;
  ok: boolean;
  detail: string;
}

function breakdown(byMethod: Record<string, number>): string {
  return Object.entries(byMethod)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

export function budgets(
  rows: readonly Measurement[],
  ops: readonly Op[],
  sizes: readonly number[],
  missing: readonly string[],
  sidebarHtmlBytes: number,
  full: boolean,
): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const op of ops) {
    const measured = rows.filter((r) => r.op === op.name);
    if (measured.length === 0) continue;
    const counts = sizes.map((s) => measured.find((r) => r.contacts === s)?.calls);
    const same = counts.every((c) => c === counts[0]);
    out.push({
      name: `calls identical at every size: ${op.name}`,
      ok: same,
      detail: sizes.map((s, i) => `${fmt(s)}: ${counts[i] ?? '-'}`).join(', '),
    });
    if (op.sidebarAction) {
      const worst = measured.reduce((a, b) =>
        b.maxCallsPerExecution > a.maxCallsPerExecution ? b : a,
      );
      out.push({
        name: `sidebar action at most ${SIDEBAR_CALL_BUDGET} calls: ${op.name}`,
        ok: worst.maxCallsPerExecution <= SIDEBAR_CALL_BUDGET,
        detail:
          (worst.executions > 1 ? `busiest of its ${worst.executions} executions: ` : '') +
          `${worst.maxCallsPerExecution} calls: ${breakdown(worst.busiestExecution)}`,
      });
    }
  }
  const daily = rows.find((r) => r.op === DAILY_OP && r.contacts === 100_000);
  if (!full) {
    out.push({
      name: 'daily run at 100,000 contacts under 60 s',
      ok: true,
      detail: 'not checked by --quick (100,000 contacts are not generated)',
    });
  } else if (!daily) {
    out.push({
      name: 'daily run at 100,000 contacts under 60 s',
      ok: false,
      detail: missing.includes(DAILY_OP)
        ? 'cannot be checked: the daily run is not in dist/Code.js yet'
        : 'not measured',
    });
  } else {
    out.push({
      name: 'daily run at 100,000 contacts under 60 s',
      ok: daily.estimatedAppsScriptMs < DAILY_BUDGET_MS,
      detail:
        `estimated ${seconds(daily.estimatedAppsScriptMs)} (${fmt(daily.calls)} calls, ` +
        `${fmt(daily.cellsRead)} cells read); limit per execution ` +
        `${LIMITS.executionMs.value / 60_000} min`,
    });
  }
  out.push({
    name: 'dist/Sidebar.html at most 60 KB',
    ok: sidebarHtmlBytes <= SIDEBAR_HTML_BUDGET_BYTES,
    detail: `${(sidebarHtmlBytes / 1024).toFixed(1)} KB`,
  });
  return out;
}

/** How the README's Performance table names each operation. */
const README_LABELS: Record<string, (r: Measurement) => string> = {
  onOpen: () => 'onOpen',
  loadSidebar: () => 'loadSidebar (contact with 3 activities)',
  saveContact: () => 'saveContact (qualification)',
  advance50: () => 'advance50 (menu, 50 separate rows)',
  logConversation: () => 'logConversation',
  dailyReminders: () => 'dailyReminders (trigger)',
  import10k: (r) => `import10k (${r.executions} executions: keys + chunk each, finish; total)`,
  findDuplicates: () => 'findDuplicates (menu)',
  findDuplicatesSidebar: () => 'findDuplicates (Import tab)',
  getPipeline: () => 'getPipeline',
  getContact: () => 'getContact',
  [REFERENCE_OP]: (r) =>
    r.extrapolated
      ? 'reference (extrapolated from 1k and 10k)'
      : 'reference: daily run, one getValue per cell',
};

/** 3 significant figures at most, and whole numbers from 100 up: 2.4, 16.2, 505, 4,466. */
function short(n: number): string {
  return n >= 100 ? fmt(Math.round(n)) : String(Number(n.toPrecision(3)));
}

/**
 * The README's Performance table (markdown) of these measurements at these sizes: written by a
 * full run next to results.json as bench/results.md, so the README's rows are exactly the run's.
 */
export function readmeTable(rows: readonly Measurement[], sizes: readonly number[]): string {
  const head =
    '| Operation | Contacts | Calls | Round trips | Cells read | Cells written | CPU ms | Est. Apps Script | % of 6 min |';
  const body = rows
    .filter((r) => sizes.includes(r.contacts))
    .map((r) =>
      [
        '',
        (README_LABELS[r.op] ?? (() => r.op))(r),
        fmt(r.contacts),
        fmt(r.calls),
        fmt(r.roundTrips),
        fmt(r.cellsRead),
        fmt(r.cellsWritten),
        short(r.cpuMsMedian),
        `${r.estimatedAppsScriptMs < 1000 ? (r.estimatedAppsScriptMs / 1000).toFixed(2) : short(r.estimatedAppsScriptMs / 1000)} s`,
        `${(r.shareOf6Min * 100).toFixed(1)}%`,
        '',
      ]
        .join(' | ')
        .trim(),
    );
  return [head, '|---|--:|--:|--:|--:|--:|--:|--:|--:|', ...body].join('\n');
}
