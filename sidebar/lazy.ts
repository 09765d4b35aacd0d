// Tabs most visits never open (Import, Settings) are not in the page Apps Script sends each time
// the sidebar opens: the first time one is shown, its script comes from the server
// (loadSidebarPart), runs once and registers its mount function here. Its modules that the page
// already has are the page's own (scripts/build.mjs), so both share one store and one text.
import type { SidebarPart } from '../src/sidebarApi';
import { fill, h } from './dom';
import { call, errorText } from './server';
import { LANG, text } from './text';

type Mount = (root: HTMLElement) => void;

const mounts: Partial<Record<SidebarPart, Mount>> = {};
const loads: Partial<Record<SidebarPart, Promise<Mount>>> = {};

/** Called by a part's script as it runs. */
export function registerPart(part: SidebarPart, mount: Mount): void {
  mounts[part] = mount;
}

/** The part's mount function, fetched and run at most once (again only after a failure). */
function load(part: SidebarPart): Promise<Mount> {
  const pending =
    loads[part] ??
    call('loadSidebarPart', { part, lang: LANG }).then(({ script }) => {
      if (!mounts[part]) {
        // An inline script the page creates runs in HtmlService's sandbox, as the page's own does.
        const tag = document.createElement('script');
        tag.textContent = script;
        document.head.appendChild(tag);
      }
      const mount = mounts[part];
      if (!mount) throw new Error(text.server.unreadable);
      return mount;
    });
  loads[part] = pending;
  pending.catch(() => delete loads[part]);
  return pending;
}

/** Shows the part in `root`: "Loading…" first, and on failure why, with a Try again button. */
export function mountPart(part: SidebarPart, root: HTMLElement): void {
  fill(root, h('p', { class: 'secondary part-loading', role: 'status' }, text.loading));
  root.setAttribute('aria-busy', 'true');
  load(part).then(
    (mount) => {
      root.removeAttribute('aria-busy');
      root.textContent = '';
      mount(root);
    },
    (e: unknown) => {
      root.removeAttribute('aria-busy');
      const retry = h('button', { type: 'button' }, text.part.retry);
      retry.addEventListener('click', () => mountPart(part, root));
      const why = errorText(e);
      fill(root, h('div', { class: 'banner error', role: 'alert' }, text.part.failed(why)), retry);
    },
  );
}
