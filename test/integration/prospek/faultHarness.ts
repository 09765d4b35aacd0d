// The fault suite's method: a write path run fault-free once gives its end state and its number
// of service calls N; then, for every n in 1..N, the same start on a fresh runtime, the nth call
// failing, and the retry the UI makes (the same request again) must end in that same state.
import { Runtime } from '../../../local/runtime/index';
import { DIST } from '../../support/workbook';

/** One write path: how to build its start, and the action (as the UI sends it, retries included). */
export interface WritePath {
  name: string;
  /** Builds the starting sheet (called once; each case starts from a copy of it). */
  start: () => Runtime | Promise<Runtime>;
  /** The user's action. It throws when a service call fails, as the UI's call would. */
  act: (rt: Runtime, prepared: unknown) => unknown | Promise<unknown>;
  /**
   * What the UI read before the action (the form as loaded, the duplicates as listed), taken
   * from the start once: a retry resends the same request, it does not load again.
   */
  prepare?: (rt: Runtime) => unknown;
}

export const FAULT = 'Service error: injected fault';

/** A copy of a runtime's state with the project loaded, so every case starts the same. */
function copyOf(json: string): Runtime {
  return Runtime.fromJSON(JSON.parse(json)).loadProject(DIST, {
    filter: (f) => f.endsWith('Code.js'),
  });
}

// Generated IDs (contacts C-…, activities A-…, import batches, request keys) are random: they
// are compared by order of first appearance.
const GENERATED = /\b[A-Z]-[0-9A-Z]{5,}(?:-\d+)?\b/g;

/** Both tabs' cells (and the tab list), with generated IDs numbered by first appearance. */
export function endState(rt: Runtime): unknown {
  const wb = rt.workbook();
  const tabs: Record<string, unknown> = {};
  for (const name of ['Contacts', 'Activities']) {
    const sheet = wb.sheet(name);
    const rows = sheet ? sheet.rows.filter((r) => r.some((v) => v !== '' && v != null)) : null;
    tabs[name] = rows;
  }
  const text = JSON.stringify({ sheets: wb.sheets.map((s) => s.name), tabs });
  const seen = new Map<string, string>();
  // An Import entry's undo check hashes the row, random ID included.
  const checked = text.replace(/\[undo check [0-9a-z]+\]/g, '[undo check]');
  return JSON.parse(
    checked.replace(GENERATED, (id) => {
      if (!seen.has(id)) seen.set(id, `${id[0]}#${seen.size + 1}`);
      return seen.get(id) as string;
    }),
  );
}

export interface FaultRun {
  n: number;
  /** The first attempt's error (the injected fault, or what it led to), if it failed. */
  error: string;
  state: unknown;
}

/** The clean run's state and call count, then one run per failing call n = 1..N. */
export async function faultRuns(
  path: WritePath,
): Promise<{ clean: unknown; calls: number; runs: FaultRun[] }> {
  const base = await path.start();
  const prepared = path.prepare?.(base);
  const json = JSON.stringify(base.toJSON());
  const rt = copyOf(json);
  const from = rt.calls.records.length;
  await path.act(rt, prepared);
  const calls = rt.calls.records.length - from;
  const clean = endState(rt);
  const runs: FaultRun[] = [];
  for (let n = 1; n <= calls; n++) {
    const run = copyOf(json);
    run.faults.failCall('*', FAULT, n);
    let error = '';
    try {
      await path.act(run, prepared);
    } catch (e) {
      error = (e as Error).message;
    }
    run.faults.clear();
    if (error) {
      try {
        await path.act(run, prepared);
      } catch (e) {
        error += ` / retry: ${(e as Error).message}`;
      }
    }
    runs.push({ n, error, state: endState(run) });
  }
  return { clean, calls, runs };
}
