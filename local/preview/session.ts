// The preview's workbook: one Runtime running the built add-on (dist/), persisted after every
// execution (a line appended to a journal beside the snapshot, workbookStore.ts) and reloaded on
// restart.
//
// Dialogs. The runtime runs an execution synchronously, so a script cannot wait for a person to
// click OK. An alert or prompt with no scripted answer throws DialogNeedsResponse out of the
// execution. The preview then throws the whole execution away (it goes back to the state
// written after the previous execution, so nothing it wrote survives) and hands the dialog
// to the page; the page shows it, adds the answer to the responses it has collected and runs the
// same function again with all of them. Each re-run thus starts from the same saved state and
// replays the dialogs already answered. The dialog hook also notices a DialogNeedsResponse that
// the script itself caught and swallowed, so such an execution is thrown away just the same.
import fs from 'node:fs';
import path from 'node:path';
import {
  dialogButtons,
  DialogNeedsResponse,
  Runtime,
  type DialogRecord,
  type DialogResponse,
  type ExecutionOptions,
  type RunResult,
  type UiState,
} from '../runtime/index';
import { WorkbookStore } from './workbookStore';

export interface SessionOptions {
  /** The workbook file (created, seeded, when missing). */
  file: string;
  /** The built project: dist/ with Code.js and Sidebar.html. */
  dist: string;
  /** Start a missing file as an empty workbook instead of the demo. */
  empty?: boolean;
  /** Builds the demo workbook in a fresh session (see seed.ts). */
  seed?: (session: PreviewSession) => void;
  /** A new workbook's spreadsheet and user locale ('id_ID': an Indonesian sheet and user). */
  locale?: string;
}

export interface Outcome {
  /** The function's return value (Node values; marshal before sending). */
  result?: unknown;
  /** The message of the exception the script threw. */
  error?: string;
  /** Dialogs shown, with the responses they got. */
  dialogs: DialogRecord[];
  /** The alert or prompt waiting for an answer; the execution was discarded. */
  pending: DialogRecord | null;
  /** Why a response given was refused (not among the dialog's buttons); nothing was kept. */
  refused?: string;
}

/** The clock and user of a new preview workbook: fixed, so the demo is the same every time. */
export const DEMO_START = { now: '2026-11-27T09:00:00', timeZone: 'Asia/Jakarta' };
export const DEMO_USER = 'you@example.com';

const CODE_FILE = 'Code.js';

/** Top-level function declarations of the bundle: what google.script.run can call. */
export function topLevelFunctions(code: string): string[] {
  const names = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]);
  // Apps Script hides functions whose names end with an underscore from the client.
  return [...new Set(names)].filter((n) => !n.endsWith('_')).sort();
}

export class PreviewSession {
  rt: Runtime;
  readonly functions: string[];
  private pending: DialogRecord | null = null;
  private refused: string | null = null;
  private readonly store: WorkbookStore;
  /** Milliseconds spent so far running the project (executions, triggers) and saving. */
  readonly spent = { script: 0, save: 0 };

  private constructor(readonly options: SessionOptions) {
    const code = fs.readFileSync(path.join(options.dist, CODE_FILE), 'utf8');
    this.functions = topLevelFunctions(code);
    removeStaleTempFiles(options.file);
    this.store = new WorkbookStore(options.file);
    if (this.store.exists()) {
      this.rt = this.attach(this.store.open());
    } else {
      this.rt = this.attach(
        new Runtime({
          ...DEMO_START,
          user: DEMO_USER,
          // An empty workbook is a new spreadsheet, named as Sheets names one.
          spreadsheet: {
            name: options.empty || !options.seed ? 'Untitled spreadsheet' : 'Prospek demo',
          },
        }),
      );
      if (options.locale) {
        this.rt.state.userLocale = options.locale;
        this.rt.workbook().locale = options.locale;
      }
      this.save();
      if (!options.empty && options.seed) options.seed(this);
    }
    this.openSpreadsheet();
  }

  static open(options: SessionOptions): PreviewSession {
    return new PreviewSession(options);
  }

  /** Opening the spreadsheet: the simple trigger onOpen builds the add-on menu. */
  openSpreadsheet(): Outcome {
    this.rt.ui = { menus: [], sidebar: null };
    if (!this.functions.includes('onOpen')) return { dialogs: [], pending: null };
    return this.attempt((rt) => rt.open());
  }

  /**
   * One execution: saved when it ends (whether it returned or threw, as Apps Script keeps what a
   * failed execution wrote), discarded when it needs a dialog answer.
   */
  execute(fn: string, args: unknown[], options: ExecutionOptions = {}): Outcome {
    return this.attempt((rt) => rt.execute(fn, args, options));
  }

  private attempt(start: (rt: Runtime) => RunResult): Outcome {
    const ui = structuredClone(this.rt.ui);
    this.pending = null;
    this.refused = null;
    let result: unknown;
    let error: string | undefined;
    let dialogs: DialogRecord[] = [];
    const t0 = performance.now();
    try {
      const run = start(this.rt);
      result = run.result;
      dialogs = run.execution.dialogs;
    } catch (e) {
      if (!(e instanceof DialogNeedsResponse)) {
        error = messageOf(e);
        dialogs = this.rt.executions[this.rt.executions.length - 1]?.dialogs ?? [];
      }
    }
    this.spent.script += performance.now() - t0;
    if (this.refused) {
      const refused = this.refused;
      this.discard(ui);
      return { dialogs: [], pending: null, refused };
    }
    if (this.pending) {
      const pending = this.pending;
      const shown = this.rt.executions[this.rt.executions.length - 1]?.dialogs ?? [];
      this.discard(ui);
      return { dialogs: shown, pending };
    }
    this.save();
    return error === undefined
      ? { result, dialogs, pending: null }
      : { error, dialogs, pending: null };
  }

  /** A change made outside any execution (a user typing, selecting, the clock): saved at once. */
  change<T>(work: (rt: Runtime) => T): T {
    const t0 = performance.now();
    const out = work(this.rt);
    this.spent.script += performance.now() - t0;
    this.save();
    return out;
  }

  /** Writes what changed since the last save to the journal (workbookStore.ts). */
  save(): void {
    const t0 = performance.now();
    this.store.commit(this.rt);
    this.spent.save += performance.now() - t0;
  }

  /** Back to the state saved after the last completed execution. */
  private discard(ui: UiState): void {
    this.rt = this.attach(this.store.restore());
    this.rt.ui = ui;
  }

  private attach(rt: Runtime): Runtime {
    rt.loadProject(this.options.dist, { filter: (f) => path.basename(f) === CODE_FILE });
    const dialog = rt.dialog.bind(rt);
    rt.dialog = (record, needsResponse) => {
      let out;
      try {
        out = dialog(record, needsResponse);
      } catch (e) {
        if (e instanceof DialogNeedsResponse) this.pending ??= e.dialog;
        throw e;
      }
      const allowed = dialogButtons(out);
      const r = out.response;
      const button = typeof r === 'string' ? r : r?.button;
      if (allowed && button !== undefined && !allowed.includes(button.toUpperCase())) {
        this.refused ??= `"${button}" is not an answer to the ${out.type} "${out.title || out.message}": give one of ${allowed.join(', ')}.`;
        throw new DialogNeedsResponse(out);
      }
      return out;
    };
    return rt;
  }
}

export function messageOf(e: unknown): string {
  const m = (e as { message?: unknown } | null)?.message;
  return typeof m === 'string' ? m : String(e);
}

/** A kill -9 mid-save leaves the temporary file of writeFileAtomic behind; the target is intact. */
function removeStaleTempFiles(file: string): void {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) fs.rmSync(path.join(dir, name));
  }
}

export type { DialogRecord, DialogResponse };
