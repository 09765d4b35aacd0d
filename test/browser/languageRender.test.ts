// Every sidebar tab, the menu's dialogs (alerts, prompts, the set-up report, the duplicates and
// merge answers) and the digest, rendered in Bahasa Indonesia: none may show a word that only the
// English catalogs say, and the other way round. At 300 px no label, button or tab is cut off,
// and no tab or button wraps. The Indonesian tabs and digest are the docs' screenshots.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Runtime } from '../../local/runtime/index';
import { SIDEBAR_TABS, type DuplicatesResult } from '../../src/sidebarApi';
import type { Lang } from '../../src/domain/messages/lang';
import { call } from '../support/sidebar';
import { clickMenu, prospek } from '../support/workbook';
import { launch, README_SCREENSHOTS, saveScreenshot } from './browser';
import { foreignIn } from './catalogWords';
import { PIPELINE } from './fixtures';
import { openSidebar, seed, selectRow, settled, type Sidebar } from './sidebarHarness';

jest.setTimeout(120_000);

// Functions passed to page.evaluate run in the browser; the Node tsconfig has no DOM types.
interface El {
  tagName: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  offsetParent: unknown;
  getAttribute(n: string): string | null;
  matches(s: string): boolean;
  children: { length: number };
  parentNode: { querySelector(s: string): El | null };
  getBBox(): { x: number; width: number };
}
declare const document: {
  body: { innerText: string };
  querySelectorAll(s: string): Iterable<El>;
  createRange(): { selectNodeContents(e: El): void; getClientRects(): Iterable<{ top: number }> };
};

const LOCALE: Record<Lang, string> = { en: 'en_US', id: 'id_ID' };
const SUMMARY: Record<Lang, string> = {
  en: 'Talked about the till; she wants a trial.',
  id: 'Ngobrol soal kasir; dia mau coba dulu.',
};

/** A sheet set up in `lang`'s locale, its user speaking `lang`, with the pipeline's contacts. */
function workbook(lang: Lang): Runtime {
  const rt = prospek();
  rt.state.userLocale = LOCALE[lang];
  rt.workbook().locale = LOCALE[lang];
  // Sari twice (same email, another phone): a duplicate group with a conflict to merge.
  const twin = {
    ...PIPELINE[0],
    id: 'C-5AR1W2',
    phone: '0813 1111 2222',
    stage: 'Prospect' as const,
  };
  seed(
    rt,
    [...PIPELINE, twin],
    [
      {
        activityId: 'A-00000001',
        when: '2026-11-25T02:00:00.000Z',
        contactId: PIPELINE[0].id,
        contactName: PIPELINE[0].name,
        type: 'Call',
        summary: SUMMARY[lang],
        by: 'rep@example.com',
      },
    ],
  );
  return rt;
}

/** What a user can read on the page: its text, placeholders, labels, titles and options. */
function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const e of document.querySelectorAll('[placeholder], [aria-label], [title], option')) {
      for (const a of ['placeholder', 'aria-label', 'title']) parts.push(e.getAttribute(a) ?? '');
      if (e.tagName === 'OPTION') parts.push(e.textContent ?? '');
    }
    // The language menu names each language in its own words, on every page.
    return parts.join('\n').replace(/Bahasa Indonesia|English/g, '');
  });
}

/** Labels, buttons and tabs cut off, and tabs or buttons that wrap onto a second line. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const shown = (e: El) => e.offsetParent !== null;
    for (const e of document.querySelectorAll('label, button, [role="tab"], legend, th, h2, h3')) {
      // Hidden, or visually hidden for screen readers only (a 1 px box).
      if (!shown(e) || e.clientWidth <= 1) continue;
      const name = `${e.tagName} "${(e.textContent ?? '').trim()}"`;
      if (e.scrollWidth > e.clientWidth + 1) out.push(`${name} is cut off`);
      // A button of plain text (a person's button has a name line and a detail line on purpose).
      if (e.matches('button, [role="tab"]') && e.children.length === 0) {
        const r = document.createRange();
        r.selectNodeContents(e);
        const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
        if (lines.size > 1) out.push(`${name} wraps`);
      }
    }
    // The funnel's stage names end before the bars start.
    for (const t of document.querySelectorAll('text.funnel-stage')) {
      const bar = t.parentNode.querySelector('rect');
      const box = t.getBBox();
      if (bar && box.x + box.width > Number(bar.getAttribute('x')))
        out.push(`funnel label "${t.textContent}" runs into its bar`);
    }
    return out;
  });
}

/** Shows a tab and waits for what it loads. */
async function show(s: Sidebar, tab: string): Promise<void> {
  await s.page.locator(`#tab-${tab}`).click();
  await s.page.locator(`#panel-${tab}:not([hidden])`).waitFor();
  await settled(s.page);
  // Settings and the pipeline load after they are shown.
  await s.page.waitForTimeout(300);
  await settled(s.page);
}

/** A screenshot for the docs (docs/screenshots) when UPDATE_README_SCREENSHOTS=1. */
async function docsShot(s: Sidebar, name: string): Promise<void> {
  const file = await s.screenshot(name);
  if (process.env.UPDATE_README_SCREENSHOTS === '1') {
    fs.mkdirSync(README_SCREENSHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(README_SCREENSHOTS, `${name}.png`));
  }
}

describe.each(['id', 'en'] as const)('in %s', (lang) => {
  it('every sidebar tab shows only its own language and fits in 300 px', async () => {
    const rt = workbook(lang);
    selectRow(rt, 2);
    const s = await openSidebar({ rt, page: lang === 'id' ? 'SidebarId' : 'Sidebar' });
    try {
      const problems: string[] = [];
      for (const tab of SIDEBAR_TABS) {
        await show(s, tab);
        const text = await readable(s.page);
        expect(text.length).toBeGreaterThan(20);
        for (const w of foreignIn(text, lang)) problems.push(`${tab}: "${w}"`);
        for (const p of await layoutProblems(s.page)) problems.push(`${tab}: ${p}`);
        if (lang === 'id') await docsShot(s, `id-sidebar-${tab}`);
      }
      expect(problems).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('every dialog and the digest speak only its own language', async () => {
    const rt = workbook(lang);
    const said: string[] = [];
    const run = (fn: string, responses: (string | { button: string; text: string })[] = []) => {
      const r = clickMenu(rt, fn, { responses: responses as never });
      // A sidebar opened is the page the browser test above renders.
      for (const d of r.execution.dialogs.filter((x) => x.type !== 'sidebar'))
        said.push(d.title, d.message, d.buttons ?? '', (d.html ?? '').replace(/<[^>]*>/g, ' '));
    };
    run('menuSetUpSheet', ['OK']);
    // The test digest first, while Budi is overdue and Dewi due today.
    run('menuSendTestDigest', ['OK']);
    const mail = rt.state.outbox.at(-1)!;
    selectRow(rt, 2); // Sari, a lead not yet qualified: refused, with the reason
    run('menuAdvanceStage', ['OK']);
    selectRow(rt, 3); // Budi, a prospect
    run('menuMarkNotReady', [{ button: 'OK', text: 'xyz' }, { button: 'OK', text: '14' }, 'OK']);
    selectRow(rt, 4); // Dewi, in sales
    run('menuMarkSaidNo', ['YES', { button: 'OK', text: '' }, 'OK', 'OK']);
    selectRow(rt, 5);
    run('menuRecordSale', [{ button: 'OK', text: '' }, 'OK', 'OK']);
    run('menuFindDuplicates', ['OK']);
    run('menuUndoLastImport', ['OK']);
    // The Import tab's duplicates and merge answers.
    const dup = call<DuplicatesResult>(rt, 'findDuplicates');
    expect(dup.ok && dup.value.groups).toHaveLength(1);
    // What the Import tab shows of it: the message, the reasons and each conflict's label.
    if (dup.ok) {
      said.push(dup.value.message);
      for (const g of dup.value.groups) said.push(...g.reasons, ...g.conflicts.map((c) => c.label));
    }
    // A merge refused for an unanswered conflict, then one that is stale.
    const group = dup.ok ? dup.value.groups[0] : { contacts: [], versions: {} };
    const ids = group.contacts.map((c) => c.id);
    for (const versions of [group.versions, { ...group.versions, [ids[0]]: 'old' }]) {
      const merge = call<{ message: string }>(rt, 'mergeContacts', {
        keepId: ids[0],
        ids,
        choices: {},
        versions,
      });
      said.push(merge.ok ? merge.value.message : merge.message);
      if (!merge.ok) said.push(...merge.issues.map((i) => i.message));
    }
    const text = said.join('\n');
    expect(text).toContain(lang === 'id' ? 'Tidak ada yang diubah' : 'Nothing was changed');
    expect(foreignIn(text, lang)).toEqual([]);

    expect(foreignIn(`${mail.subject}\n${mail.body}`, lang)).toEqual([]);
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
      await page.route('**/*', (route) => route.fulfill({ status: 404, body: '' }));
      await page.setContent(`<!doctype html><meta charset="utf-8"><body>${mail.htmlBody}</body>`);
      const shown = await page.locator('body').innerText();
      expect(foreignIn(shown, lang)).toEqual([]);
      if (lang === 'id') await saveScreenshot(page, 'id-digest', { fullPage: true, readme: true });
    } finally {
      await browser.close();
    }
  });
});
