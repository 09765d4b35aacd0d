// npm run bench [-- --quick] [-- --report-only]: bundles the bench (bench/main.ts) and the
// reference scripts (bench/reference/, an Apps Script project of their own), then runs the bench
// in a child Node
// with --expose-gc, so every measured run starts after a full garbage collection. Run it after
// `node scripts/build.mjs` (npm run bench does), since it measures dist/Code.js.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.build/bench');
const referenceDir = join(out, 'reference');

await build({
  entryPoints: [join(root, 'bench/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile: join(out, 'main.cjs'),
  logLevel: 'warning',
});

// The references are built like dist/Code.js: an IIFE plus top-level functions Apps Script sees.
const REFERENCES = ['referenceBulk', 'referenceRowByRow', 'referenceCellByCell'];
const reference = await build({
  entryPoints: [join(root, 'bench/reference/index.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'Reference',
  target: 'es2019',
  write: false,
  logLevel: 'warning',
});
mkdirSync(referenceDir, { recursive: true });
const wrappers = REFERENCES.map(
  (fn) => `function ${fn}() {\n  return Reference.${fn}.apply(this, arguments);\n}\n`,
);
writeFileSync(
  join(referenceDir, 'Code.js'),
  `${reference.outputFiles[0].text}\n${wrappers.join('')}`,
);
copyFileSync(join(root, 'dist/appsscript.json'), join(referenceDir, 'appsscript.json'));

// 150,000 contacts and 450,000 activities, copied per run, need more than Node's default heap.
const child = spawnSync(
  process.execPath,
  ['--expose-gc', '--max-old-space-size=12288', join(out, 'main.cjs'), ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root },
);
process.exit(child.status ?? 1);
