// The README's API section is generated from src/sidebarApi.ts (scripts/api-docs.mjs): this
// fails when a function, an argument or a comment there changed without `npm run docs:api`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts/api-docs.mjs');

function check(): { ok: boolean; output: string } {
  try {
    execFileSync(process.execPath, [SCRIPT, '--check'], { cwd: ROOT, stdio: 'pipe' });
    return { ok: true, output: '' };
  } catch (e) {
    return { ok: false, output: String((e as { stderr: Buffer }).stderr) };
  }
}

describe("README's API section", () => {
  it('is what src/sidebarApi.ts says now', () => {
    expect(check()).toEqual({ ok: true, output: '' });
  });

  it('names every function of SidebarApi with the fields of its argument', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const api = fs.readFileSync(path.join(ROOT, 'src/sidebarApi.ts'), 'utf8');
    const body = api.slice(api.indexOf('export interface SidebarApi'));
    const names = [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {2}(\w+)\(/gm)].map(
      (m) => m[1],
    );
    expect(names.length).toBeGreaterThan(15);
    for (const n of names) expect(readme).toContain(`- \`${n}(`);
    expect(readme).toContain(
      '`saveContact({contact: ContactForm, loadedUpdated: string, loadedVersion?: string, requestKey?: string, timelineShown?: boolean, lang?: Lang, row?: number})`',
    );
  });
});
