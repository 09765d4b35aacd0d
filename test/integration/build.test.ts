// The build produces exactly what Apps Script runs, with a generated entry point per export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { DIST } from '../support/workbook';

const ROOT = path.join(__dirname, '../..');

async function exportsOfServerEntry(): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: path.join(ROOT, '.build/test-exports'),
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs)
    .find((o) => o.entryPoint)!
    .exports.sort();
}

describe('npm run build', () => {
  const code = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');

  it('declares a top-level function for onOpen, onInstall and every export of src/main.ts', async () => {
    const names = await exportsOfServerEntry();
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
    for (const name of names) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    // Apps Script sees top-level function declarations only: check what a fresh context exposes.
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const name of names)
      expect(typeof (context as Record<string, unknown>)[name]).toBe('function');
  });

  it('writes a manifest with V8, a time zone, exception logging and explicit scopes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toContain(
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes.some((s: string) => s.includes('gmail'))).toBe(false);
  });

  it('makes the sidebar one self-contained page', () => {
    const html = fs.readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/\/\*INLINE_(CSS|JS)\*\//);
  });

  it('pushes exactly Code.js, the sidebar pages, their parts and appsscript.json with clasp', () => {
    const out = execFileSync(path.join(ROOT, 'node_modules/.bin/clasp'), ['show-file-status'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const tracked = out.split('Untracked files:')[0];
    const files = [...tracked.matchAll(/dist\/(\S+)/g)].map((m) => m[1]).sort();
    expect(files).toEqual([
      'Code.js',
      'Sidebar.html',
      'SidebarId.html',
      'SidebarImport.html',
      'SidebarImportId.html',
      'SidebarSettings.html',
      'SidebarSettingsId.html',
      'appsscript.json',
    ]);
  });
});
