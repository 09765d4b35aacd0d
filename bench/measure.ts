// Runs one operation several times, each on a fresh copy of the same workbook, and measures
// service calls and cells (from the runtime's call log), CPU time (process.cpuUsage around the
// executions only) and peak heap (sampled at every service call in one extra run).
import v8 from 'node:v8';
import type { CallRecord, Runtime } from '../local/runtime/index';
import { estimateMs, tally, type Tally } from './costModel';
import type { Op, Prepared } from './ops';
import type { Fixture } from './workbook';

export interface Measurement extends Omit<Tally, 'byMethod'> {
  op: string;
  contacts: number;
  activities: number;
  /** Executions the operation took (an import runs one per chunk). */
  executions: number;
  /** The most service calls any one of its executions made, and that execution's calls. */
  maxCallsPerExecution: number;
  busiestExecution: Record<string, number>;
  cpuMsMedian: number;
  cpuMsMin: number;
  cpuMsMax: number;
  runs: number;
  /** Highest heap in use during the operation, workbook included. */
  peakHeapMb: number;
  /** Peak minus the heap in use just before it (after a full GC): what the operation added. */
  heapDeltaMb: number;
  estimatedAppsScriptMs: number;
  shareOf6Min: number;
  extrapolated?: boolean;
  /** The operation threw (the figures cover its calls up to then). */
  error?: string;
  byMethod: Record<string, number>;
}

const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    throw new Error('Run with node --expose-gc (npm run bench does)');
  });

const heapUsed = () => v8.getHeapStatistics().used_heap_size;

export interface Target {
  /** A fresh runtime on a copy of the workbook, with the project loaded. */
  fresh(): Runtime;
  op: Op;
}

interface RunOutcome {
  records: CallRecord[];
  perExecution: number[];
  cpuMs: number;
  /** What the operation threw: its calls up to then are still measured, and it is reported. */
  error?: string;
}

/** One run of the operation: every execution it takes, back to back. */
function runOnce(rt: Runtime, op: Op, fixture: Fixture, onCall?: () => void): RunOutcome {
  let prepared: Prepared | null = op.setup(rt, fixture);
  const records: CallRecord[] = [];
  const perExecution: number[] = [];
  let cpuMs = 0;
  for (let i = 0; prepared; i++) {
    const from = rt.calls.records.length;
    if (onCall) {
      const start = rt.calls.start.bind(rt.calls);
      rt.calls.start = (method, execution) => (onCall(), start(method, execution));
    }
    const t0 = process.cpuUsage();
    let result: unknown;
    let error: string | undefined;
    try {
      result = rt.execute(prepared.fn ?? op.fn, prepared.args, prepared.options).result;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const dt = process.cpuUsage(t0);
    cpuMs += (dt.user + dt.system) / 1000;
    const all = rt.calls.records;
    for (let k = from; k < all.length; k++) records.push(all[k]);
    perExecution.push(all.length - from);
    if (error) return { records, perExecution, cpuMs, error };
    const problem = op.check?.(result, rt, fixture);
    if (problem) throw new Error(`${op.name}: ${problem}`);
    prepared = op.next ? op.next(result, rt, fixture, i + 1) : null;
  }
  return { records, perExecution, cpuMs };
}

export function measure(target: Target, fixture: Fixture, runs: number): Measurement {
  const { op } = target;
  const cpu: number[] = [];
  let first: RunOutcome | null = null;
  // One warm-up run (not counted), then `runs` timed runs, each from the same workbook state.
  for (let i = 0; i <= runs; i++) {
    const rt = target.fresh();
    gc();
    const outcome = runOnce(rt, op, fixture);
    if (i === 0) first = outcome;
    else cpu.push(outcome.cpuMs);
    if (outcome.records.length !== first?.records.length) {
      throw new Error(`${op.name}: service calls differ between runs of the same workbook`);
    }
  }
  // Heap: one more run, sampling the heap at every service call and at the end.
  const rt = target.fresh();
  gc();
  const base = heapUsed();
  let peak = base;
  const sample = () => {
    const h = heapUsed();
    if (h > peak) peak = h;
  };
  runOnce(rt, op, fixture, sample);
  sample();

  const t = tally(first?.records ?? []);
  cpu.sort((a, b) => a - b);
  const cpuMsMedian = cpu[Math.floor(cpu.length / 2)];
  const estimated = estimateMs(t) + cpuMsMedian;
  return {
    op: op.name,
    contacts: fixture.size,
    activities: fixture.activityCount,
    calls: t.calls,
    roundTrips: t.roundTrips,
    cellsRead: t.cellsRead,
    cellsWritten: t.cellsWritten,
    executions: first?.perExecution.length ?? 0,
    maxCallsPerExecution: Math.max(0, ...(first?.perExecution ?? [])),
    busiestExecution: busiest(first),
    cpuMsMedian: round(cpuMsMedian),
    cpuMsMin: round(cpu[0]),
    cpuMsMax: round(cpu[cpu.length - 1]),
    runs,
    peakHeapMb: round(peak / 2 ** 20),
    heapDeltaMb: round((peak - base) / 2 ** 20),
    estimatedAppsScriptMs: Math.round(estimated),
    shareOf6Min: round(estimated / 360_000, 4),
    ...(first?.error ? { error: first.error } : {}),
    byMethod: t.byMethod,
  };
}

/**
 * A measurement at `size` contacts from two measured sizes, linearly (the reference's calls and
 * cells grow with the number of rows). Marked as extrapolated.
 */
export function extrapolate(a: Measurement, b: Measurement, size: number): Measurement {
  const f = (x: number, y: number) =>
    y + ((y - x) / (b.contacts - a.contacts)) * (size - b.contacts);
  const int = (x: number, y: number) => Math.round(f(x, y));
  const estimated = f(a.estimatedAppsScriptMs, b.estimatedAppsScriptMs);
  return {
    ...b,
    contacts: size,
    activities: int(a.activities, b.activities),
    calls: int(a.calls, b.calls),
    roundTrips: int(a.roundTrips, b.roundTrips),
    cellsRead: int(a.cellsRead, b.cellsRead),
    cellsWritten: int(a.cellsWritten, b.cellsWritten),
    maxCallsPerExecution: int(a.maxCallsPerExecution, b.maxCallsPerExecution),
    cpuMsMedian: round(f(a.cpuMsMedian, b.cpuMsMedian)),
    cpuMsMin: round(f(a.cpuMsMin, b.cpuMsMin)),
    cpuMsMax: round(f(a.cpuMsMax, b.cpuMsMax)),
    runs: 0,
    peakHeapMb: round(f(a.peakHeapMb, b.peakHeapMb)),
    heapDeltaMb: round(f(a.heapDeltaMb, b.heapDeltaMb)),
    estimatedAppsScriptMs: Math.round(estimated),
    shareOf6Min: round(estimated / 360_000, 4),
    extrapolated: true,
    byMethod: Object.fromEntries(
      Object.keys(b.byMethod).map((m) => [m, int(a.byMethod[m] ?? 0, b.byMethod[m])]),
    ),
  };
}

/** Calls by method of the execution that made the most (an op may take several). */
function busiest(o: RunOutcome | null): Record<string, number> {
  if (!o) return {};
  const i = o.perExecution.indexOf(Math.max(...o.perExecution));
  const start = o.perExecution.slice(0, i).reduce((a, b) => a + b, 0);
  return tally(o.records.slice(start, start + o.perExecution[i])).byMethod;
}

function round(x: number, digits = 1): number {
  const p = 10 ** digits;
  return Math.round(x * p) / p;
}
