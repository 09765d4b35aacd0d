// Runs one operation several times, each on a fresh copy of the same workbook, and measures its
// executions: service calls and cells (the runtime's call log), CPU time (process.cpuUsage around
// the executions only, less the runtime's own time inside service calls), the size of each
// reply, and peak heap (sampled at every service call of the warm-up run, which is not timed).
import v8 from 'node:v8';
import type { CallRecord, ExecutionOptions, Runtime } from '../local/runtime/index';
import { estimateMs, ROUND_TRIP_RANGE, tally, type Counts } from './costModel';
import type { Op } from './ops/op';
import type { Fixture } from './workbook';

export interface Measurement extends Counts {
  op: string;
  contacts: number;
  activities: number;
  /** Executions the operation took (an import runs one per chunk). */
  executions: number;
  /** The largest reply one execution sent back (JSON bytes), 0 for menu items and triggers. */
  replyBytes: number;
  cpuMsMedian: number;
  cpuMsMin: number;
  cpuMsMax: number;
  runs: number;
  /** Highest heap in use during the operation, workbook included. */
  peakHeapMb: number;
  /** Peak minus the heap in use just before it (after a full GC): what the operation added. */
  heapDeltaMb: number;
  /** The whole operation (every execution), round trips at the model's cost and at the low one. */
  estimatedMs: number;
  estimatedMsLow: number;
  /** Its slowest single execution, for the 6-minute limit. */
  slowestExecutionMs: number;
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

interface ExecutionFigures {
  records: CallRecord[];
  cpuMs: number;
  replyBytes: number;
}

/** What an operation runs its executions through: each is timed and its calls kept. */
export class Session {
  readonly executions: ExecutionFigures[] = [];

  constructor(readonly rt: Runtime) {}

  run<T = unknown>(fn: string, args: unknown[], options: ExecutionOptions): T {
    const from = this.rt.calls.records.length;
    const t0 = process.cpuUsage();
    let result: unknown;
    let error: unknown;
    try {
      result = this.rt.execute(fn, args, options).result;
    } catch (e) {
      error = e;
    }
    const dt = process.cpuUsage(t0);
    const json = result === undefined ? undefined : JSON.stringify(result);
    const records = this.rt.calls.records.slice(from);
    // The script's own CPU: the runtime's work inside service calls (a search, copying cells)
    // is the service's in Apps Script, which round trips and cells already cost.
    const service = records.reduce((n, r) => n + r.serviceMs, 0);
    this.executions.push({
      records,
      cpuMs: Math.max(0, (dt.user + dt.system) / 1000 - service),
      replyBytes: json === undefined ? 0 : Buffer.byteLength(json),
    });
    if (error !== undefined)
      throw new OpFailed(`${fn}: ${error instanceof Error ? error.message : String(error)}`);
    return result as T;
  }
}

/**
 * The measured script threw, or refused: reported as the operation's error with its figures up
 * to then. Any other error is a fault of the bench and stops the operation's measurement.
 */
export class OpFailed extends Error {}

interface RunOutcome {
  executions: ExecutionFigures[];
  error?: string;
}

interface HeapProbe {
  /** After the preparation and a full GC: the heap the operation starts from. */
  ready(): void;
  /** At every service call. */
  sample(): void;
}

/** One run of the operation on a fresh runtime; the runtime is returned with the outcome. */
async function runOnce(
  fresh: () => Runtime,
  op: Op,
  f: Fixture,
  heap?: HeapProbe,
): Promise<RunOutcome & { rt: Runtime }> {
  const rt = fresh();
  const prepared = op.prepare ? await op.prepare(rt, f) : undefined;
  rt.calls.clear();
  if (heap) {
    const start = rt.calls.start.bind(rt.calls);
    rt.calls.start = (method, execution) => (heap.sample(), start(method, execution));
  }
  const session = new Session(rt);
  gc();
  heap?.ready();
  try {
    await op.run(session, f, prepared as never);
  } catch (e) {
    if (!(e instanceof OpFailed)) throw new Error(`${op.name}: ${(e as Error).message}`);
    return { executions: session.executions, error: e.message, rt };
  }
  return { executions: session.executions, rt };
}

/** Peak heap of one (untimed) run: sampled at every service call and at the end. */
async function heapRun(fresh: () => Runtime, op: Op, f: Fixture) {
  let base = 0;
  let peak = 0;
  const probe: HeapProbe = {
    ready: () => (base = peak = heapUsed()),
    sample: () => (peak = Math.max(peak, heapUsed())),
  };
  const outcome = await runOnce(fresh, op, f, probe);
  probe.sample();
  return { outcome, peakMb: peak / 2 ** 20, deltaMb: (peak - base) / 2 ** 20 };
}

/**
 * Measures `op` on copies of `fixture`. A first run samples the heap and sets how many timed
 * runs follow: `maxRuns` under 1 s, 3 up to 5 s; over 5 s none, and that first run is the timed
 * one (sampling costs microseconds a call; long operations vary less, and the full run stays
 * under an hour). CPU is the median run's. An op that `leaves` a workbook for others (the
 * import, for the undo) keeps the first run's.
 */
export async function measure(
  fresh: () => Runtime,
  op: Op,
  fixture: Fixture,
  maxRuns: number,
): Promise<Measurement> {
  const t0 = Date.now();
  const heap = await heapRun(fresh, op, fixture);
  const wall = Date.now() - t0;
  if (op.leaves && !heap.outcome.error) {
    const { rt } = heap.outcome;
    fixture.derived.set(op.leaves, { state: rt.toJSON(), cells: rt.workbook().totalCells() });
  }
  const runs = wall > 5_000 ? 0 : wall > 1_000 ? Math.min(3, maxRuns) : maxRuns;
  const timed: RunOutcome[] = runs === 0 ? [heap.outcome] : [];
  for (let i = 0; i < runs; i++) {
    const outcome = await runOnce(fresh, op, fixture);
    if (calls(outcome) !== calls(heap.outcome))
      throw new Error(`${op.name}: service calls differ between runs of the same workbook`);
    timed.push(outcome);
  }
  const cpu = timed.map(cpuMs).sort((a, b) => a - b);
  const median = timed.find((o) => cpuMs(o) === cpu[Math.floor(cpu.length / 2)]) ?? timed[0];
  return {
    op: op.name,
    contacts: fixture.size,
    activities: fixture.activityCount,
    ...figures(median),
    cpuMsMin: round(cpu[0]),
    cpuMsMax: round(cpu[cpu.length - 1]),
    runs: timed.length,
    peakHeapMb: round(heap.peakMb),
    heapDeltaMb: round(heap.deltaMb),
    ...(median.error ? { error: median.error } : {}),
  };
}

const calls = (o: RunOutcome) => o.executions.reduce((n, e) => n + e.records.length, 0);
const cpuMs = (o: RunOutcome) => o.executions.reduce((n, e) => n + e.cpuMs, 0);

/** Counts, reply size and estimates of one run, per execution and in total. */
function figures(o: RunOutcome) {
  const { byMethod, ...counts } = tally(o.executions.flatMap((e) => e.records));
  const cpu = cpuMs(o);
  const estimated = estimateMs(counts) + cpu;
  const slowest = Math.max(0, ...o.executions.map((e) => estimateMs(tally(e.records)) + e.cpuMs));
  return {
    ...counts,
    executions: o.executions.length,
    replyBytes: Math.max(0, ...o.executions.map((e) => e.replyBytes)),
    cpuMsMedian: round(cpu),
    estimatedMs: Math.round(estimated),
    estimatedMsLow: Math.round(estimateMs(counts, ROUND_TRIP_RANGE.low) + cpu),
    slowestExecutionMs: Math.round(slowest),
    shareOf6Min: round(slowest / 360_000, 4),
    byMethod,
  };
}

/**
 * A measurement at `size` contacts from two measured sizes, linearly (the cell-by-cell
 * reference's calls and cells grow with the number of rows). Marked as extrapolated.
 */
export function extrapolate(a: Measurement, b: Measurement, size: number): Measurement {
  const f = (x: number, y: number) =>
    y + ((y - x) / (b.contacts - a.contacts)) * (size - b.contacts);
  const int = (k: keyof Counts | 'activities' | 'estimatedMs' | 'estimatedMsLow') =>
    Math.round(f(a[k], b[k]));
  const slowest = f(a.slowestExecutionMs, b.slowestExecutionMs);
  return {
    ...b,
    contacts: size,
    activities: int('activities'),
    calls: int('calls'),
    roundTrips: int('roundTrips'),
    cellsRead: int('cellsRead'),
    cellsSearched: int('cellsSearched'),
    cellsWritten: int('cellsWritten'),
    cpuMsMedian: round(f(a.cpuMsMedian, b.cpuMsMedian)),
    cpuMsMin: round(f(a.cpuMsMin, b.cpuMsMin)),
    cpuMsMax: round(f(a.cpuMsMax, b.cpuMsMax)),
    runs: 0,
    peakHeapMb: round(f(a.peakHeapMb, b.peakHeapMb)),
    heapDeltaMb: round(f(a.heapDeltaMb, b.heapDeltaMb)),
    estimatedMs: int('estimatedMs'),
    estimatedMsLow: int('estimatedMsLow'),
    slowestExecutionMs: Math.round(slowest),
    shareOf6Min: round(slowest / 360_000, 4),
    extrapolated: true,
    byMethod: Object.fromEntries(
      Object.keys(b.byMethod).map((m) => [m, Math.round(f(a.byMethod[m] ?? 0, b.byMethod[m]))]),
    ),
  };
}

function round(x: number, digits = 1): number {
  const p = 10 ** digits;
  return Math.round(x * p) / p;
}
