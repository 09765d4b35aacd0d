// Drives an import on the built bundle the way the Import tab does: the file parsed by
// sidebar/csv.ts and sent chunk by chunk by sidebar/importRunner.ts, each call a sidebar call
// into the runtime. Both sidebar modules are bundled with esbuild here, as the page bundles them.
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Runtime } from '../../../local/runtime/index';
import type * as Csv from '../../../sidebar/csv';
import type * as Runner from '../../../sidebar/importRunner';
import { suggestMapping } from '../../../src/domain/import/mapping';
import { callOk } from '../../support/sidebar';

const ROOT = path.join(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/import');

function load<T>(file: string): T {
  const out = buildSync({
    entryPoints: [path.join(ROOT, file)],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const mod = { exports: {} as T };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require);
  return mod.exports;
}

export const csv = load<typeof Csv>('sidebar/csv.ts');
export const runner = load<typeof Runner>('sidebar/importRunner.ts');

export function fixture(name: string): Csv.ParsedFile {
  return csv.parseCsv(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

export function caller(rt: Runtime): Runner.ImportCaller {
  return {
    importKeys: async (req) => callOk(rt, 'importKeys', req),
    previewImport: async (req) => callOk(rt, 'previewImport', req),
    importChunk: async (req) => callOk(rt, 'importChunk', req),
  };
}

export async function importParsed(
  rt: Runtime,
  file: Csv.ParsedFile,
  options: Partial<Runner.ImportSettings> & { fileName?: string } = {},
) {
  const mapping = options.mapping ?? suggestMapping(file.header);
  const country = options.country ?? 'ID';
  const preview = await runner.previewFile(caller(rt), file, mapping, country, () => {});
  const totals = await runner.importFile(
    caller(rt),
    file,
    {
      mapping: mapping,
      country,
      batchId: options.batchId ?? preview.batchId,
      fileName: options.fileName ?? 'leads.csv',
      source: options.source ?? 'Bought list',
      policy: options.policy ?? 'skip',
      fingerprint: options.fingerprint ?? runner.fingerprintOf(file),
    },
    () => {},
  );
  return { preview, totals, batchId: options.batchId ?? preview.batchId };
}
