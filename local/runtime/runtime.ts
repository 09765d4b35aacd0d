// The offline Apps Script runtime: holds the workbook and every service's state, loads a project
// folder afresh for each execution (as Apps Script does), records every service call, injects
// faults, and moves a virtual clock that fires time-driven triggers.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { CallLog, Faults } from './calls';
import {
  DialogNeedsResponse,
  type Execution,
  type ExecutionKind,
  type ExecutionOptions,
} from './execution';
import { permissionError } from './permissions';
import { createRealm, exportValue } from './realm';
import { emptyState, type RuntimeState } from './state';
import { SpreadsheetModel } from './spreadsheet/model';
import { createGlobals } from './globals';
import { dueFirings, nextFiring, type Firing } from './services/triggers';
import { writeFileAtomic } from './persistence';
import type { UiState } from './spreadsheet/ui';
import { epochOf } from './timeZone';
import { openEvent, timeDrivenEvent } from './events';
import * as outside from './spreadsheet/outside';
import { UserActions } from './userActions';

/** Simple triggers and custom functions "cannot run for longer than 30 seconds" (guides/triggers). */
export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

// gas-local has no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as {
  require(
    dir: string,
    globals: object,
    options?: { filter?: (file: string) => boolean },
  ): vm.Context;
};

export interface RuntimeOptions {
  now?: string | number | Date;
  timeZone?: string;
  user?: string;
  projectKind?: 'bound' | 'addon';
  /** Create a first spreadsheet with one empty sheet (default true). */
  spreadsheet?: boolean | { name?: string; timeZone?: string };
}

export interface ProjectOptions {
  /** Which files to load; default every .js and .gs file under the folder. */
  filter?: (file: string) => boolean;
}

export interface RunResult<T = unknown> {
  result: T;
  execution: Execution;
}

export interface TriggerRun {
  uid: string;
  handler: string;
  at: number;
  error?: string;
}

const NOT_IMPLEMENTED_SAFE = new Set([
  'then',
  'toJSON',
  'constructor',
  'valueOf',
  'toString',
  'inspect',
]);

export class Runtime {
  state: RuntimeState;
  readonly spreadsheets = new Map<string, SpreadsheetModel>();
  readonly calls = new CallLog();
  readonly faults = new Faults();
  /** Locks held across executions: scope -> holder ('other' = a simulated concurrent execution). */
  readonly locks = new Map<string, { holder: number | 'other'; until: number }>();
  /** Every execution so far, newest last (kept small: only the summary fields matter). */
  readonly executions: Execution[] = [];
  /** What the user sees around the sheet: menus added by scripts and the open sidebar. */
  ui: UiState = { menus: [], sidebar: null };
  /** A person using the spreadsheet: edits, selections and opening fire the simple triggers. */
  readonly user = new UserActions(this);
  private projectDir: string | null = null;
  private functionNames: Set<string> | null = null;
  private projectFilter: (file: string) => boolean = defaultFilter;
  private current: Execution | null = null;
  /** How deep the script is in service calls (see expose: only the outermost is timed). */
  private serviceDepth = 0;
  private nextExecutionId = 1;

  constructor(options: RuntimeOptions = {}) {
    this.state = emptyState();
    // A `now` without an offset is wall-clock time in the runtime's time zone.
    if (options.now !== undefined)
      this.state.now = toEpoch(options.now, options.timeZone ?? 'Etc/UTC');
    if (options.timeZone) this.state.scriptTimeZone = options.timeZone;
    if (options.user) this.state.activeUser = options.user;
    if (options.projectKind) this.state.projectKind = options.projectKind;
    if (options.spreadsheet !== false) {
      const o = typeof options.spreadsheet === 'object' ? options.spreadsheet : {};
      const ss = this.createSpreadsheet(
        o.name ?? 'Untitled spreadsheet',
        o.timeZone ?? this.state.scriptTimeZone,
      );
      this.state.containerId = ss.id;
    }
  }

  // ---- clock ---------------------------------------------------------------------------------

  now(): number {
    return this.state.now;
  }

  /** Sets the clock without running triggers (time can only move forward). */
  setNow(when: string | number | Date): void {
    const t = toEpoch(when, this.timeZone());
    if (t < this.state.now)
      throw new Error(`The clock cannot go back (${new Date(t).toISOString()})`);
    this.state.now = t;
    this.recalcVolatile();
  }

  /** TODAY() and NOW() follow the clock: recompute the workbooks that use them. */
  private recalcVolatile(): void {
    for (const ss of this.spreadsheets.values()) {
      const volatile = ss.sheets.some((sh) =>
        [...sh.formulas.values()].some((f) => /\b(TODAY|NOW)\s*\(/i.test(f)),
      );
      if (volatile) ss.recalc();
    }
  }

  /**
   * Moves the clock forward to `when` and runs every time-driven trigger that falls due on the
   * way, in time order, each as its own execution run as the trigger's owner.
   */
  advanceTo(when: string | number | Date): TriggerRun[] {
    const target = toEpoch(when, this.timeZone());
    if (target < this.state.now) throw new Error('The clock cannot go back');
    const ran: TriggerRun[] = [];
    // Firings are looked up from where the clock started, not from `now`: a handler that runs
    // late (a lock wait, a sleep) or several triggers due at the same instant must not make
    // Apps Script skip the others. Each trigger's lastFired keeps it from firing twice.
    const start = this.state.now;
    for (;;) {
      const next = nextFiring(this.state.triggers, start, target);
      if (!next) break;
      this.state.now = Math.max(this.state.now, next.at);
      this.recalcVolatile();
      const trig = this.state.triggers.find((t) => t.uid === next.uid);
      if (!trig) continue;
      trig.lastFired = next.at;
      const run: TriggerRun = { uid: trig.uid, handler: trig.handler, at: next.at };
      try {
        this.run(trig.handler, [timeDrivenEvent(trig.uid, next.at)], {
          kind: 'timeTrigger',
          authMode: 'FULL',
          user: trig.owner,
          triggerUid: trig.uid,
        });
      } catch (err) {
        run.error = err instanceof Error ? err.message : String(err);
      }
      ran.push(run);
    }
    this.state.now = target;
    this.recalcVolatile();
    return ran;
  }

  advanceBy(ms: number): TriggerRun[] {
    return this.advanceTo(this.state.now + ms);
  }

  /** The time-driven firings due after now, up to and including `until`, in time order. */
  upcomingFirings(until: string | number | Date): Firing[] {
    return dueFirings(this.state.triggers, this.state.now, toEpoch(until, this.timeZone()));
  }

  timeZone(): string {
    const c = this.container();
    return c ? c.timeZone : this.state.scriptTimeZone;
  }

  // ---- spreadsheets --------------------------------------------------------------------------

  createSpreadsheet(name: string, timeZone = this.state.scriptTimeZone): SpreadsheetModel {
    const id = this.newId('ss');
    const ss = new SpreadsheetModel(id, name, timeZone);
    ss.owner = this.state.activeUser;
    ss.addSheet('Sheet1');
    this.adopt(ss);
    return ss;
  }

  /** Keeps a workbook in this runtime; its formulas read this runtime's clock. */
  private adopt(ss: SpreadsheetModel): void {
    ss.host = {
      now: () => this.state.now,
      customFunctionNames: () => this.customFunctionNames(),
      customFunction: (name, args) => this.runCustomFunction(name, args),
    };
    this.spreadsheets.set(ss.id, ss);
  }

  container(): SpreadsheetModel | null {
    return this.state.containerId ? (this.spreadsheets.get(this.state.containerId) ?? null) : null;
  }

  /**
   * The document this execution runs in: the container, except in an installed add-on's
   * time-driven trigger, where Apps Script gives no active document.
   */
  activeDocumentId(): string | null {
    const exec = this.current;
    if (exec && exec.kind === 'timeTrigger' && this.state.projectKind === 'addon') return null;
    return this.state.containerId;
  }

  /** The container, for tests and tools that must have one. */
  workbook(): SpreadsheetModel {
    const c = this.container();
    if (!c) throw new Error('This runtime has no spreadsheet');
    return c;
  }

  // ---- the workbook from outside any execution (tests, tools, the preview) -------------------

  /** getValues() of an A1 range ('Sheet1!A1:C3'; no sheet name = the active sheet). */
  getValues(a1: string): unknown[][] {
    return outside.getValues(this.workbook(), a1);
  }

  getDisplayValues(a1: string): string[][] {
    return outside.getDisplayValues(this.workbook(), a1);
  }

  /**
   * setValues() from outside: strings are read as typed input. A one-cell reference names where
   * the block starts. Throws Apps Script's message when a value is refused; returns the A1 written.
   */
  setValues(a1: string, values: unknown[][]): string {
    return outside.blockA1(outside.setValues(this.workbook(), a1, values, this.state.now));
  }

  // ---- projects and executions ---------------------------------------------------------------

  /** Loads an Apps Script project folder: its .js/.gs files, .html files and appsscript.json. */
  loadProject(dir: string, options: ProjectOptions = {}): this {
    this.projectDir = path.resolve(dir);
    this.functionNames = null;
    if (options.filter) this.projectFilter = options.filter;
    const manifestPath = path.join(this.projectDir, 'appsscript.json');
    if (fs.existsSync(manifestPath)) {
      const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
        timeZone?: string;
        oauthScopes?: string[];
      };
      if (manifest.timeZone) this.state.scriptTimeZone = manifest.timeZone;
      this.state.oauthScopes = manifest.oauthScopes ?? null;
    }
    return this;
  }

  /** Whether the project declares a top-level function of that name (e.g. onEdit). */
  hasFunction(name: string): boolean {
    if (!this.projectDir) return false;
    // Read from the source rather than by loading it: top-level code may call services, which
    // only work inside an execution.
    this.functionNames ??= declaredFunctions(this.projectDir, this.projectFilter);
    return this.functionNames.has(name);
  }

  /** Functions a cell may call: the project's, except those ending in _ (private). */
  private customFunctionNames(): string[] {
    if (!this.projectDir) return [];
    this.hasFunction(''); // reads the project's function names once
    return [...(this.functionNames ?? [])].filter((n) => !n.endsWith('_'));
  }

  /**
   * Runs a custom function as its own execution (AuthMode.CUSTOM_FUNCTION, 30 seconds), even
   * while another execution writes the cells that call it. Its exception shows as #ERROR!.
   */
  private runCustomFunction(name: string, args: unknown[]): { value: unknown } {
    const outer = this.current;
    this.current = null;
    try {
      return {
        value: this.run(name, args, { kind: 'customFunction', authMode: 'CUSTOM_FUNCTION' }),
      };
    } catch {
      return { value: '#ERROR!' };
    } finally {
      this.current = outer;
    }
  }

  /** An HTML file of the project, for HtmlService.createHtmlOutputFromFile. */
  projectFile(name: string): string | null {
    if (!this.projectDir) return null;
    const file = path.join(this.projectDir, name.endsWith('.html') ? name : `${name}.html`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  }

  /**
   * Calls a top-level function of the project as one execution and returns its result copied out
   * of the script's realm. Errors thrown by the script propagate (as the script's own Error).
   */
  run<T = unknown>(fn: string, args: unknown[] = [], options: ExecutionOptions = {}): T {
    return this.execute<T>(fn, args, options).result;
  }

  execute<T = unknown>(
    fn: string,
    args: unknown[] = [],
    options: ExecutionOptions = {},
  ): RunResult<T> {
    if (!this.projectDir) throw new Error('No project loaded: call loadProject(dir) first');
    if (this.current) throw new Error('An execution is already running');
    const globals: Record<string, unknown> = {};
    const context = vm.createContext(globals);
    const kind: ExecutionKind = options.kind ?? 'editor';
    const exec: Execution = {
      id: this.nextExecutionId++,
      kind,
      authMode: options.authMode ?? 'FULL',
      user: options.user ?? this.state.activeUser,
      realm: createRealm(context, () => this.state.now, this.state.scriptTimeZone),
      startedAt: this.state.now,
      triggerUid: options.triggerUid ?? null,
      responses: [...(options.responses ?? [])],
      dialogs: [],
      locks: new Set(),
    };
    this.current = exec;
    this.executions.push(exec);
    if (this.executions.length > 200) this.executions.shift();
    try {
      Object.assign(globals, createGlobals(this));
      gas.require(this.projectDir, globals, { filter: this.projectFilter });
      const target = (context as Record<string, unknown>)[fn];
      if (typeof target !== 'function') {
        throw new Error(`Script function not found: ${fn}`);
      }
      const result = (target as (...a: unknown[]) => unknown)(...exec.realm.import(args));
      this.checkTimeLimit(exec);
      return { result: exportValue(result) as T, execution: exec };
    } finally {
      // Apps Script releases an execution's locks when it ends.
      for (const scope of exec.locks) this.locks.delete(scope);
      this.current = null;
    }
  }

  /** A simple trigger or custom function past its 30 seconds of (virtual) time is stopped. */
  private checkTimeLimit(exec: Execution): void {
    const limited = exec.kind === 'simpleTrigger' || exec.kind === 'customFunction';
    if (limited && this.state.now - exec.startedAt > SIMPLE_TRIGGER_LIMIT_MS)
      this.fail(TIME_LIMIT_MESSAGE);
  }

  /** The user opens the spreadsheet: the project's onOpen(e) runs as a simple trigger. */
  open(options: ExecutionOptions = {}): RunResult {
    return this.execute('onOpen', [openEvent(this)], {
      kind: 'simpleTrigger',
      authMode: 'LIMITED',
      ...options,
    });
  }

  /** The running execution; services call this. */
  exec(): Execution {
    if (!this.current) throw new Error('No execution is running');
    return this.current;
  }

  // ---- what services use ---------------------------------------------------------------------

  /** Throws an Apps Script exception (an Error of the script's realm). */
  fail(message: string): never {
    throw this.current ? this.current.realm.error(message) : new Error(message);
  }

  newId(prefix: string): string {
    this.state.counter += 1;
    return `${prefix}-${this.state.counter.toString(36).padStart(6, '0')}`;
  }

  /**
   * Wraps a service object before it is handed to the script: every method call is checked
   * against the auth mode and declared scopes, may be failed by a fault, and is recorded; values
   * it returns are moved into the script's realm. Methods the runtime lacks fail loudly.
   */
  expose<T extends object>(target: T, className: string): T {
    const handler: ProxyHandler<T> = {
      get: (obj, prop, receiver) => {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof prop !== 'string' || prop.startsWith('_')) return value;
        if (value === undefined && !(prop in obj)) {
          if (NOT_IMPLEMENTED_SAFE.has(prop)) return undefined;
          return () => this.fail(`${className}.${prop} is not implemented by the local runtime`);
        }
        if (typeof value !== 'function') return value;
        const method = `${className}.${prop}`;
        return (...args: unknown[]) => {
          const exec = this.exec();
          this.checkTimeLimit(exec);
          const denied = permissionError(method, exec.authMode, this.state.oauthScopes);
          if (denied) this.fail(denied);
          const record = this.calls.start(method, exec.id);
          const fault = this.faults.check(method);
          if (fault) this.fail(fault);
          // Only the outermost call is timed: a service method may call another one.
          const t0 = this.serviceDepth++ === 0 ? process.cpuUsage() : null;
          try {
            const out = (value as (...a: unknown[]) => unknown).apply(obj, args);
            return exec.realm.import(out);
          } finally {
            this.serviceDepth--;
            if (t0) {
              const dt = process.cpuUsage(t0);
              record.serviceMs += (dt.user + dt.system) / 1000;
            }
          }
        };
      },
    };
    return new Proxy(target, handler);
  }

  /** A dialog was shown: record it and take the next scripted response, if it needs one. */
  dialog(
    record: Execution['dialogs'][number],
    needsResponse: boolean,
  ): Execution['dialogs'][number] {
    const exec = this.exec();
    if (needsResponse) {
      if (exec.responses.length === 0) throw new DialogNeedsResponse(record);
      record.response = exec.responses.shift();
    }
    exec.dialogs.push(record);
    return record;
  }

  // ---- faults --------------------------------------------------------------------------------

  /** Another execution holds a lock (e.g. 'document:<id>') for `ms` of virtual time. */
  holdLockElsewhere(scope: string, ms: number): void {
    this.locks.set(scope, { holder: 'other', until: this.state.now + ms });
  }

  // ---- persistence ---------------------------------------------------------------------------

  toJSON(): RuntimeState {
    return { ...this.state, spreadsheets: [...this.spreadsheets.values()].map((s) => s.toData()) };
  }

  /** Saves atomically: a crash mid-save leaves the previous file intact. */
  save(file: string): void {
    writeFileAtomic(file, JSON.stringify(this.toJSON()));
  }

  static fromJSON(data: RuntimeState): Runtime {
    const rt = new Runtime({ spreadsheet: false });
    rt.state = { ...emptyState(), ...data, spreadsheets: [] };
    for (const s of data.spreadsheets) rt.adopt(SpreadsheetModel.fromData(s));
    return rt;
  }

  static load(file: string): Runtime {
    return Runtime.fromJSON(JSON.parse(fs.readFileSync(file, 'utf8')) as RuntimeState);
  }
}

/** Top-level function declarations (and `var f = function` / arrow forms) of a project. */
function declaredFunctions(dir: string, filter: (file: string) => boolean): Set<string> {
  const names = new Set<string>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (filter(file)) {
        const code = fs.readFileSync(file, 'utf8');
        const patterns = [
          /^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/gm,
          /^(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)/gm,
        ];
        for (const re of patterns) for (const m of code.matchAll(re)) names.add(m[1]);
      }
    }
  };
  walk(dir);
  return names;
}

function defaultFilter(file: string): boolean {
  return /\.(js|gs)$/.test(file);
}

/** Accepts epoch ms, a Date, or an ISO string; a string without offset is wall time in `timeZone`. */
export function toEpoch(when: string | number | Date, timeZone = 'Etc/UTC'): number {
  if (typeof when === 'number') return when;
  if (when instanceof Date) return when.getTime();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(when);
  if (m) {
    return epochOf(
      {
        year: +m[1],
        month: +m[2],
        day: +m[3],
        hour: +(m[4] ?? 0),
        minute: +(m[5] ?? 0),
        second: +(m[6] ?? 0),
      },
      timeZone,
    );
  }
  const t = Date.parse(when);
  if (Number.isNaN(t)) throw new Error(`Not a date: ${when}`);
  return t;
}
