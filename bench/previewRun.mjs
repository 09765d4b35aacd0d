// npm run bench:preview [-- --contacts 10000]: bundles bench/preview.ts and runs it. It measures
// the local preview (npm start) on a workbook of 10,000 contacts in Debian's Chromium, as a
// person would meet it, and writes bench/preview-results.md and .json. Run after
// `node scripts/build.mjs` (npm run bench:preview does): the preview serves dist/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.build/bench/preview.cjs');

await build({
  entryPoints: [join(root, 'bench/preview.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});

const child = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(child.status ?? 1);
