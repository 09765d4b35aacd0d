// `npm start`: serves the preview of the built add-on on 127.0.0.1. Flags:
//   --port N      (or PORT=N; default 8080)
//   --file PATH   the workbook file (default .prospek/workbook.json)
//   --empty       a new workbook starts empty instead of with the demo contacts
//   --lang id     a new workbook in Bahasa Indonesia: headers, stages, notes, sidebar and digest
//                 (its own file, .prospek/workbook-id.json, unless --file says otherwise)
//   --project DIR another Apps Script project to run (a folder with its Code.js) instead of dist/
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const out = {
    port: process.env.PORT ? Number(process.env.PORT) : 8080,
    file: null,
    empty: false,
    lang: 'en',
    project: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--port') out.port = Number(value());
    else if (a.startsWith('--port=')) out.port = Number(a.slice(7));
    else if (a === '--file') out.file = value();
    else if (a.startsWith('--file=')) out.file = a.slice(7);
    else if (a === '--empty') out.empty = true;
    else if (a === '--lang') out.lang = value();
    else if (a.startsWith('--lang=')) out.lang = a.slice(7);
    else if (a === '--project') out.project = value();
    else if (a.startsWith('--project=')) out.project = a.slice(10);
    else if (a === '--help' || a === '-h') {
      console.log(
        'Usage: npm start -- [--port 8080] [--file .prospek/workbook.json] [--empty] [--lang en|id] [--project DIR]',
      );
      process.exit(0);
    } else fail(`Unknown option ${a} (try --help)`);
  }
  if (out.lang !== 'en' && out.lang !== 'id') fail('The language must be en or id (--lang id)');
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535)
    fail('The port must be a whole number from 0 to 65535');
  return out;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2));
const defaultFile = args.lang === 'id' ? '.prospek/workbook-id.json' : '.prospek/workbook.json';
const file = args.file ? resolve(args.file) : join(root, defaultFile);
const { startPreview } = require(join(root, '.build/preview.cjs'));

startPreview({
  file,
  dist: args.project ? resolve(args.project) : join(root, 'dist'),
  publicDir: join(here, 'public'),
  empty: args.empty,
  lang: args.lang,
  port: args.port,
})
  .then((preview) => {
    console.log(`Prospek preview: ${preview.url}`);
    console.log(`Workbook: ${file} (saved after every change)`);
    console.log('Press Ctrl+C to stop.');
    const stop = () => preview.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((err) => {
    if (err && err.code === 'EADDRINUSE') {
      console.error(
        `Port ${args.port} is busy: another program is using it. Start with another port: npm start -- --port ${args.port + 1}`,
      );
    } else console.error(err);
    process.exit(1);
  });
