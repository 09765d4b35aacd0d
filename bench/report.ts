// The bench's output: the table per size (text on stdout, markdown in bench/results.md), the
// daily run against the reference scripts, and the budgets with their verdicts.
import { fmt, seconds, type BudgetResult } from './budgets';
import type { Measurement } from './measure';
import type { Op } from './ops/index';
import { BULK_REFERENCE } from './ops/references';

const DAILY_OP = 'dailyReminders';

const HEAD = [
  'operation',
  'exec.',
  'calls',
  'round trips',
  'cells read',
  'cells searched',
  'cells written',
  'reply bytes',
  'CPU ms',
  'estimate',
  'at 0.4 ms/trip',
  'slowest exec. % of 6 min',
];

function cells(r: Measurement): string[] {
  const share = r.shareOf6Min * 100;
  return [
    r.op + (r.extrapolated ? ' (extrapolated)' : '') + (r.error ? ' (FAILED)' : ''),
    fmt(r.executions),
    fmt(r.calls),
    fmt(r.roundTrips),
    fmt(r.cellsRead),
    fmt(r.cellsSearched),
    fmt(r.cellsWritten),
    fmt(r.replyBytes),
    fmt(r.cpuMsMedian),
    seconds(r.estimatedMs),
    seconds(r.estimatedMsLow),
    `${share.toFixed(share < 1 ? 2 : 1)}%`,
  ];
}

/** The measurements of one size as an aligned text table. */
export function textTable(rows: readonly Measurement[]): string {
  const body = rows.map(cells);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (c: string[]) =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function markdownTable(rows: readonly Measurement[]): string {
  const line = (c: string[]) => `| ${c.join(' | ')} |`;
  return [
    line(HEAD),
    `|---|${HEAD.slice(1)
      .map(() => '--:')
      .join('|')}|`,
    ...rows.map((r) => line(cells(r))),
  ].join('\n');
}

/** The daily run against each reference script, per size: how many times faster it is. */
export function referenceRatios(rows: readonly Measurement[]): string[] {
  const out: string[] = [];
  for (const ref of rows.filter((r) => r.op.startsWith('reference:'))) {
    const ours = rows.find((r) => r.op === DAILY_OP && r.contacts === ref.contacts);
    if (!ours) continue;
    const x = (a: number, b: number) => `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`;
    out.push(
      `${fmt(ref.contacts)} contacts, ${ref.op}${ref.extrapolated ? ' (extrapolated)' : ''}: ` +
        `${seconds(ref.estimatedMs)} against ${seconds(ours.estimatedMs)}, ` +
        `${x(ref.estimatedMs, ours.estimatedMs)} ` +
        `(${x(ref.estimatedMsLow, ours.estimatedMsLow)} at the low round-trip cost)`,
    );
  }
  return out;
}

export function budgetLines(results: readonly BudgetResult[]): string[] {
  const tag = { met: 'ok     ', broken: 'BROKEN ', depends: 'DEPENDS', unchecked: 'n/a    ' };
  return results.map((b) => `${tag[b.verdict]} ${b.name}: ${b.detail}`);
}

export interface RunSummary {
  rows: readonly Measurement[];
  sizes: readonly number[];
  capacity: number | null;
  capacityNote: string;
  ops: readonly Op[];
  budgets: readonly BudgetResult[];
  failures: readonly string[];
}

/** bench/results.md: every size's table, the references and the budgets, from one run. */
export function resultsMarkdown(run: RunSummary): string {
  const out = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see [docs/performance.md](../docs/performance.md)); every',
    'figure below is from one run. Estimates use the sourced cost model with 30 ms per round',
    'trip; the next column gives the same estimate at 0.4 ms per round trip.',
    '',
    run.capacityNote,
    '',
    '## Operations',
    '',
    ...run.ops.map((o) => `- \`${o.name}\`: ${o.title}`),
  ];
  for (const size of run.sizes) {
    const label = size === run.capacity ? ' (capacity)' : '';
    out.push('', `## ${fmt(size)} contacts${label}`, '');
    out.push(markdownTable(run.rows.filter((r) => r.contacts === size)));
  }
  out.push(
    '',
    `## Daily reminders against the reference scripts (${BULK_REFERENCE} is the peer)`,
    '',
  );
  out.push(...referenceRatios(run.rows).map((l) => `- ${l}`));
  out.push('', '## Budgets', '', '```', ...budgetLines(run.budgets), '```');
  if (run.failures.length) out.push('', '## Failures', '', ...run.failures.map((f) => `- ${f}`));
  return `${out.join('\n')}\n`;
}
