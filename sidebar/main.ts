// The sidebar shell: a compact tab bar (buttons with aria-selected, arrow keys move between
// them) over one panel per part. The server opens the sidebar on a part by writing its name in
// #app's data-tab; the active row's contact loads once at start, whatever the first tab.
import { SIDEBAR_PARTS, SIDEBAR_TABS, type SidebarPart, type SidebarTab } from '../src/sidebarApi';
import { h } from './dom';
import { mountPart } from './lazy';
import { onShowTab } from './store';
import { mountContact } from './tabs/contact/index';
import { mountConversations } from './tabs/conversations';
import { mountPipeline } from './tabs/pipeline';
import { text } from './text';

function isTab(s: string | undefined): s is SidebarTab {
  return (SIDEBAR_TABS as readonly string[]).includes(s ?? '');
}

type Tabs = Map<SidebarTab, { button: HTMLButtonElement; panel: HTMLElement }>;

/** The tab bar and one hidden panel per part, in `app`. */
function tabBar(app: HTMLElement): { bar: HTMLElement; tabs: Tabs } {
  const bar = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Prospek' });
  const tabs: Tabs = new Map();
  for (const name of SIDEBAR_TABS) {
    const button = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${name}`,
        'aria-controls': `panel-${name}`,
        'aria-label': text.tabs[name].name,
        title: text.tabs[name].name,
      },
      text.tabs[name].label,
    );
    const panel = h('section', {
      class: 'panel',
      role: 'tabpanel',
      id: `panel-${name}`,
      'aria-labelledby': button.id,
      hidden: true,
    });
    bar.appendChild(button);
    tabs.set(name, { button, panel });
  }
  app.textContent = '';
  app.appendChild(bar);
  for (const { panel } of tabs.values()) app.appendChild(panel);
  return { bar, tabs };
}

function start(app: HTMLElement): void {
  const { bar, tabs } = tabBar(app);
  const panel = (name: SidebarTab) => tabs.get(name)!.panel;
  const contact = mountContact(panel('contact'));
  mountConversations(panel('conversations'));
  const pipeline = mountPipeline(panel('pipeline'));
  // Settings and Import are fetched and mounted the first time they are shown: most visits never
  // need them, and the page Apps Script sends on every opening is smaller without them.
  const lazy = new Set<string>(SIDEBAR_PARTS);

  function select(name: SidebarTab, focus = false): void {
    for (const [n, { button, panel }] of tabs) {
      const on = n === name;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      panel.hidden = !on;
    }
    app.dataset.tab = name;
    if (lazy.delete(name)) mountPart(name as SidebarPart, panel(name));
    if (name === 'pipeline') pipeline.shown();
    if (focus) tabs.get(name)!.button.focus();
  }

  bar.addEventListener('click', (ev) => {
    const b = (ev.target as Element).closest('[role="tab"]');
    const name = b?.id.replace('tab-', '');
    if (isTab(name)) select(name);
  });
  bar.addEventListener('keydown', (ev) => {
    const i = SIDEBAR_TABS.indexOf(app.dataset.tab as SidebarTab);
    const n = SIDEBAR_TABS.length;
    const to: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1 + n,
      Home: 0,
      End: n - 1,
    };
    if (!(ev.key in to)) return;
    ev.preventDefault();
    select(SIDEBAR_TABS[to[ev.key] % n], true);
  });
  onShowTab((name) => {
    if (isTab(name)) select(name);
  });

  select(isTab(app.dataset.tab) ? app.dataset.tab : 'contact');
  contact.loadSelected();
  app.dataset.ready = 'true';
}

const app = document.getElementById('app');
if (app) start(app);
