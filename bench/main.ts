// npm run bench [-- --quick] [-- --report-only] [-- --only op,op] [-- --sizes n,n]: measures each
// operation of the built add-on (dist/Code.js) on the local runtime at 1,000, 10,000 and 100,000
// contacts and at the sheet's capacity (--quick: 1,000 and 10,000; --sizes: those sizes, no
// capacity), with the reference scripts, then checks the
// budgets and exits non-zero when one is broken (--report-only: prints them, exits 0). Bundled
// and started by bench/run.mjs (with --expose-gc). --from bench/results.json checks the budgets of
// a saved run again (and rewrites its results) without measuring.
import fs from 'node:fs';
import path from 'node:path';
import { budgets, fmt, type BudgetResult } from './budgets';
import { capacityFrom, excessCells, type Capacity } from './capacity';
import { describeCostModel } from './costModel';
import { extrapolate, measure, type Measurement } from './measure';
import { importedState } from './ops/import';
import { OPS, REFERENCE_OPS, type Op } from './ops/index';
import { CELL_BY_CELL_REFERENCE } from './ops/references';
import { budgetLines, referenceRatios, resultsMarkdown, textTable } from './report';
import { DIST, exportedNames, generateWorkbook, runtimeFor, type Fixture } from './workbook';

const ROOT = path.join(__dirname, '../..');
const REFERENCE_DIR = path.join(__dirname, 'reference');
const MAX_RUNS = 5;
/** The cell-by-cell reference makes a call per cell: measured up to here, extrapolated above. */
const CELL_BY_CELL_UP_TO = 10_000;

interface Flags {
  quick: boolean;
  reportOnly: boolean;
  only: Set<string> | null;
  /** Re-checks the budgets of a saved run (its results.json) without measuring again. */
  from: string | null;
  /** --sizes 100000[,...]: measures these sizes only (no capacity run); a partial run. */
  sizes: number[] | null;
}

function flags(argv: string[]): Flags {
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : null);
  const only = value('--only');
  return {
    quick: argv.includes('--quick'),
    reportOnly: argv.includes('--report-only'),
    only: only ? new Set(only.split(',')) : null,
    from: value('--from'),
    sizes: value('--sizes')?.split(',').map(Number) ?? null,
  };
}

type Summary = Parameters<typeof resultsMarkdown>[0];

/** The budgets of a run's measurements, checked now. */
function check(s: Omit<Summary, 'budgets'>, missing: readonly string[]): Summary {
  const results = budgets({
    ...s,
    missing,
    // The page the sidebar opens as, in each language: the larger counts.
    sidebarHtmlBytes: Math.max(
      ...['Sidebar.html', 'SidebarId.html'].map((f) => fs.statSync(path.join(DIST, f)).size),
    ),
  });
  return { ...s, budgets: results };
}

/** --from results.json: the saved run's rows, sizes and capacity, its budgets checked again. */
function saved(file: string): Summary {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Omit<Summary, 'ops'> & {
    ops: { name: string }[];
  };
  const all = [...OPS, ...REFERENCE_OPS];
  const ops = json.ops
    .map((o) => all.find((x) => x.name === o.name))
    .filter((o) => o !== undefined);
  return check({ ...json, ops }, []);
}

function log(s: string): void {
  process.stderr.write(`${s}\n`);
}

/** The imported workbook, when an op starts from it and import10k did not leave it. */
async function derive(f: Fixture, op: Op): Promise<void> {
  if (op.startsFrom !== 'imported' || f.derived.has('imported')) return;
  const t0 = Date.now();
  f.derived.set('imported', await importedState(f));
  log(`  (the import ${op.name} starts from, untimed: ${Date.now() - t0} ms)`);
}

/** Cells the bench's import added to a fixture's workbook, once it ran. */
function importCells(f: Fixture): number | null {
  const after = f.derived.get('imported');
  return after ? after.cells - f.totalCells : null;
}

async function measureOne(op: Op, f: Fixture): Promise<Measurement> {
  await derive(f, op);
  const dir = op.kind === 'reference' ? REFERENCE_DIR : DIST;
  const state = op.startsFrom ? f.derived.get(op.startsFrom)?.state : f.state;
  return measure(() => runtimeFor(f, dir, state), op, f, MAX_RUNS);
}

/** Every op at one size; the cell-by-cell reference is extrapolated above CELL_BY_CELL_UP_TO. */
async function measureSize(f: Fixture, ops: readonly Op[], earlier: Measurement[]) {
  const rows: Measurement[] = [];
  const failures: string[] = [];
  for (const op of ops) {
    if (op.name === CELL_BY_CELL_REFERENCE && f.size > CELL_BY_CELL_UP_TO) {
      const refs = earlier.filter((r) => r.op === op.name && !r.extrapolated).slice(-2);
      if (refs.length === 2) rows.push(extrapolate(refs[0], refs[1], f.size));
      continue;
    }
    try {
      const m = await measureOne(op, f);
      rows.push(m);
      if (m.error) failures.push(`${op.name} at ${fmt(f.size)} contacts failed: ${m.error}`);
      log(
        `  ${op.name}: ${fmt(m.calls)} calls, ${fmt(m.cellsRead)} cells read, ${m.cpuMsMedian} ms CPU, est. ${m.estimatedMs} ms${m.error ? ` (${m.error})` : ''}`,
      );
    } catch (e) {
      failures.push(`${op.name} at ${fmt(f.size)} contacts: ${(e as Error).message}`);
      log(`  ${op.name}: BENCH FAILURE ${failures[failures.length - 1]}`);
    }
  }
  return { rows, failures };
}

function generate(size: number): Fixture {
  const t0 = Date.now();
  const f = generateWorkbook(size);
  log(
    `${fmt(size)} contacts, ${fmt(f.activityCount)} activities, ${fmt(f.totalCells)} cells ` +
      `generated in ${Date.now() - t0} ms`,
  );
  return f;
}

/** The capacity fixture: generated at the computed size, smaller if its randomness overshoots. */
function capacityFixture(c: Capacity): Fixture {
  let f = generate(c.contacts);
  for (let excess = excessCells(f, c); excess > 0; excess = excessCells(f, c)) {
    c.contacts -= Math.ceil(excess / c.perContact);
    f = generate(c.contacts);
  }
  return f;
}

async function runSizes(sizes: number[], ops: readonly Op[], quick: boolean) {
  const rows: Measurement[] = [];
  const failures: string[] = [];
  const atSize = async (f: Fixture) => {
    const r = await measureSize(f, ops, rows);
    rows.push(...r.rows);
    failures.push(...r.failures);
    return importCells(f);
  };
  let last: { f: Fixture; importCells: number | null } | null = null;
  for (const size of sizes) {
    const f = generate(size);
    last = { f, importCells: await atSize(f) };
  }
  let capacity: Capacity | null = null;
  if (!quick && last?.importCells) {
    capacity = capacityFrom(last.f, last.importCells);
    last = null; // the largest fixture's memory goes before the capacity's is made
    await atSize(capacityFixture(capacity));
  } else if (!quick) failures.push('capacity not measured: the import (its reserve) did not run');
  return { rows, failures, capacity };
}

async function main(): Promise<number> {
  const flag = flags(process.argv);
  if (flag.from) {
    const summary = saved(flag.from);
    printSummary(summary);
    writeResults(summary, false);
    return exitCode(summary.budgets, [...summary.failures], flag.reportOnly);
  }
  const exported = exportedNames();
  const wanted = [...OPS, ...REFERENCE_OPS].filter((o) => !flag.only || flag.only.has(o.name));
  const ops = wanted.filter((op) => op.needs.every((fn) => exported.has(fn)));
  const missing = wanted.filter((op) => !ops.includes(op)).map((o) => o.name);
  const sizes = flag.sizes ?? (flag.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
  const noCapacity = flag.quick || flag.sizes !== null;
  const { rows, failures, capacity } = await runSizes(sizes, ops, noCapacity);
  const summary = check(
    {
      rows,
      sizes: capacity ? [...sizes, capacity.contacts] : sizes,
      capacity: capacity?.contacts ?? null,
      capacityNote: capacity?.note ?? 'Capacity not measured (--quick or --sizes).',
      ops,
      failures,
    },
    missing,
  );
  printSummary(summary);
  writeResults(summary, noCapacity || flag.only !== null);
  return exitCode(summary.budgets, failures, flag.reportOnly);
}

function printSummary(s: Summary): void {
  const out = ['Prospek benchmark: the built dist/Code.js on the local Apps Script runtime', ''];
  out.push(...describeCostModel(), '', s.capacityNote);
  for (const size of s.sizes)
    out.push(
      '',
      `${fmt(size)} contacts${size === s.capacity ? ' (capacity)' : ''}:`,
      textTable(s.rows.filter((r) => r.contacts === size)),
    );
  out.push(
    '',
    'Daily reminders against the reference scripts:',
    ...referenceRatios(s.rows).map((l) => `  ${l}`),
  );
  out.push('', 'Budgets:', ...budgetLines(s.budgets).map((l) => `  ${l}`));
  out.push(...s.failures.map((f) => `  FAILED ${f}`));
  process.stdout.write(`${out.join('\n')}\n`);
}

/** A full run writes bench/results.json and results.md; a partial one .build/bench/. */
function writeResults(s: Summary, partial: boolean): void {
  const json = { ...s, ops: s.ops.map((o) => ({ name: o.name, title: o.title, kind: o.kind })) };
  const dir = partial ? path.join(ROOT, '.build/bench') : path.join(ROOT, 'bench');
  const file = path.join(dir, partial ? 'results.partial.json' : 'results.json');
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  log(`Wrote ${path.relative(ROOT, file)}`);
  if (partial) return;
  fs.writeFileSync(path.join(dir, 'results.md'), resultsMarkdown(s));
  log('Wrote bench/results.md');
}

function exitCode(
  results: readonly BudgetResult[],
  failures: string[],
  reportOnly: boolean,
): number {
  const broken = results.filter((b) => b.verdict === 'broken' || b.verdict === 'depends');
  if (!broken.length && !failures.length) return 0;
  process.stderr.write(
    `${broken.length} budgets broken` +
      (failures.length ? `, ${failures.length} operations failed` : '') +
      (reportOnly ? ' (--report-only: exit 0)' : '; the table is above and in the results') +
      '\n',
  );
  return reportOnly ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
    process.exitCode = 2;
  },
);
