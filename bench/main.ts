// npm run bench [-- --quick]: measures each operation of the built add-on (dist/Code.js) on the
// local runtime at 1,000, 10,000 and 100,000 contacts (--quick: 1,000 and 10,000), against a
// row-by-row reference of the daily run, and checks the budgets. Bundled and started by
// bench/run.mjs (with --expose-gc).
import fs from 'node:fs';
import path from 'node:path';
import { describeCostModel } from './costModel';
import { extrapolate, measure, type Measurement } from './measure';
import { OPS, type Op } from './ops';
import {
  budgets,
  DAILY_OP,
  REFERENCE_OP,
  readmeTable,
  referenceRatios,
  table,
  type BudgetResult,
} from './report';
import { DIST, exportedNames, generateWorkbook, runtimeFor, type Fixture } from './workbook';

const ROOT = path.join(__dirname, '../..');
const REFERENCE_DIR = path.join(__dirname, 'reference');
const RUNS = 5;

const REFERENCE: Op = {
  name: REFERENCE_OP,
  title: 'the daily reminder run, one getValue per cell',
  fn: 'referenceDailyReminders',
  sidebarAction: false,
  setup: () => ({ args: [{}], options: { kind: 'timeTrigger', authMode: 'FULL' } }),
  check: (_r, rt) => (rt.state.outbox.length > 0 ? null : 'no digest was sent'),
};

function log(s: string): void {
  process.stderr.write(`${s}\n`);
}

function main(): number {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const referenceSizes = [1_000, 10_000];
  const exported = exportedNames();
  const available = OPS.filter((op) => exported.has(op.fn));
  const missing = OPS.filter((op) => !exported.has(op.fn)).map((op) => op.name);
  const rows: Measurement[] = [];
  const failures: string[] = [];

  for (const size of sizes) {
    const t0 = Date.now();
    let fixture: Fixture | null = generateWorkbook(size);
    log(
      `${size.toLocaleString('en-US')} contacts, ${fixture.activityCount.toLocaleString('en-US')}` +
        ` activities generated in ${Date.now() - t0} ms`,
    );
    const f = fixture;
    for (const op of available) {
      try {
        const m = measure({ op, fresh: () => runtimeFor(f) }, f, RUNS);
        rows.push(m);
        if (m.error) failures.push(`${op.name} at ${size} contacts threw: ${m.error}`);
        log(
          `  ${op.name}: ${m.calls} calls, ${m.cpuMsMedian} ms CPU${m.error ? ` (${m.error})` : ''}`,
        );
      } catch (e) {
        failures.push(`${op.name} at ${size} contacts: ${e instanceof Error ? e.message : e}`);
        log(`  ${op.name}: FAILED ${failures[failures.length - 1]}`);
      }
    }
    if (referenceSizes.includes(size)) {
      const m = measure({ op: REFERENCE, fresh: () => runtimeFor(f, REFERENCE_DIR) }, f, RUNS);
      rows.push(m);
      if (m.error) failures.push(`${REFERENCE_OP} at ${size} contacts threw: ${m.error}`);
      log(
        `  ${REFERENCE_OP}: ${m.calls} calls, ${m.cpuMsMedian} ms CPU${m.error ? ` (${m.error})` : ''}`,
      );
    } else {
      const refs = rows.filter((r) => r.op === REFERENCE_OP);
      rows.push(extrapolate(refs[refs.length - 2], refs[refs.length - 1], size));
    }
    fixture = null;
  }

  const sidebarHtml = fs.statSync(path.join(DIST, 'Sidebar.html')).size;
  const results: BudgetResult[] = budgets(rows, OPS, sizes, missing, sidebarHtml, !quick);

  const out = [
    'Prospek benchmark: the built dist/Code.js on the local Apps Script runtime',
    `Sizes: ${sizes.map((s) => s.toLocaleString('en-US')).join(', ')} contacts, ~3 activities each;` +
      ` CPU = median of ${RUNS} runs after one warm-up, each from the same workbook state.`,
    '',
    ...describeCostModel(),
    '',
    table(rows),
    '',
    `Daily run ÷ row-by-row reference (${DAILY_OP} / ${REFERENCE_OP}):`,
    ...referenceRatios(rows).map((l) => `  ${l}`),
    '',
    missing.length
      ? `Not in dist/Code.js yet (not measured): ${missing
          .map((n) => `${n} (${OPS.find((o) => o.name === n)?.fn})`)
          .join(', ')}`
      : 'Every operation was measured.',
    '',
    'Budgets:',
    ...results.map((b) => `  ${b.ok ? 'ok    ' : 'BROKEN'} ${b.name}: ${b.detail}`),
    ...failures.map((f) => `  FAILED ${f}`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);

  const file = quick
    ? path.join(ROOT, '.build/bench/results.quick.json')
    : path.join(ROOT, 'bench/results.json');
  fs.writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
  log(`Wrote ${path.relative(ROOT, file)}`);
  if (!quick) {
    // The README's Performance table: the two larger sizes of this very run.
    const md = path.join(ROOT, 'bench/results.md');
    fs.writeFileSync(md, `${readmeTable(rows, sizes.slice(-2))}\n`);
    log(`Wrote ${path.relative(ROOT, md)}`);
  }

  const broken = results.filter((b) => !b.ok);
  if (broken.length || failures.length) {
    process.stderr.write(
      `Budgets broken: ${broken.map((b) => b.name).join('; ') || 'none'}` +
        (failures.length ? `; operations failed: ${failures.length}` : '') +
        '\n',
    );
    return 1;
  }
  return 0;
}

process.exitCode = main();
