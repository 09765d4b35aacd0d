// The Pipeline tab: contacts per stage as a funnel, conversion between the funnel levels,
// follow-ups due today and overdue (a click opens the contact), and birthdays coming up.
import { shortDay } from '../../src/domain/dateText';
import { valueLabel } from '../../src/domain/contact/sheetWords';
import { MAIN_STAGES, OUTCOME_STAGES } from '../../src/domain/contact/contact';
import type { FollowUpItem } from '../../src/domain/pipeline/followUps';
import type { BirthdayItem } from '../../src/domain/pipeline/birthdays';
import type { Conversion } from '../../src/domain/pipeline/pipeline';
import type { BoundedPipeline } from '../../src/domain/pipeline/steps';
import { fill, h, whileBusy } from '../dom';
import { funnel } from '../funnel';
import { call } from '../server';
import type { SidebarTab } from '../../src/sidebarApi';
import { fetchContact, focusPart, offer, requestTab, subscribe, type Part } from '../store';
import { text } from '../text';
import { capacityVerdict, type Fullness } from '../../src/domain/capacity/capacity';
import { fullnessText } from '../../src/domain/messages/capacity';

const t = text.pipeline;
const MAIN = new Set<string>(MAIN_STAGES);
const OUTCOMES = new Set<string>(OUTCOME_STAGES);

/** Opens a listed contact (at `row`, as listed) on `tab`, ready at `part`, with its button busy. */
type Open = (
  button: HTMLButtonElement,
  id: string,
  row: number | undefined,
  tab: SidebarTab,
  part: Part,
) => void;

export interface PipelineTab {
  /** Loads the numbers when the tab is shown and something changed since the last load. */
  shown(): void;
}

export function mountPipeline(root: HTMLElement): PipelineTab {
  const refresh = h('button', { type: 'button' }, t.refresh);
  const total = h('p', { class: 'gray total' });
  const banner = h('div', { class: 'banner error', role: 'alert', hidden: true });
  const body = h('div', { class: 'pipeline-body' });
  const full = h('p', { class: 'gray fullness' });
  fill(root, h('div', { class: 'toolbar' }, refresh, total), banner, body, full);

  let stale = true;
  // A save or a logged conversation may change the numbers: load again next time.
  subscribe(() => (stale = true));

  function problem(message: string): void {
    fill(banner, h('p', {}, message));
    banner.hidden = false;
  }

  async function load(): Promise<void> {
    banner.hidden = true;
    try {
      const p = await call('getPipeline');
      stale = false;
      total.textContent = t.total(p.total);
      showFullness(full, p.fullness);
      fill(body, ...sections(p, (...args) => void openContact(...args)));
    } catch (e) {
      problem(`${t.loadFailed} ${(e as Error).message}`);
    }
  }

  /**
   * Shows the contact on `tab` (the Contact tab may ask first), selects its row and readies
   * `part`: a user who keeps editing another contact keeps that contact's row selected too.
   */
  async function openContact(
    button: HTMLButtonElement,
    id: string,
    row: number | undefined,
    tab: SidebarTab,
    part: Part,
  ): Promise<void> {
    banner.hidden = true;
    try {
      const load = await busy(button, () => fetchContact(id, row));
      requestTab(tab);
      if (!(await offer(load))) return;
      requestTab(tab);
      // The load just said where the contact is: its row is selected without a search.
      await busy(button, () => call('selectContactRow', id, load.row));
      focusPart(part);
    } catch (e) {
      problem(`${t.openFailed} ${(e as Error).message}`);
    }
  }

  refresh.addEventListener('click', () => void whileBusy(refresh, text.loading, load));

  return {
    shown() {
      if (stale && !refresh.disabled) refresh.click();
    },
  };
}

/** "Spreadsheet 83% full (8.3 M of 10 M cells)"; from 80% on, marked, with what to do. */
function showFullness(el: HTMLElement, f: Fullness): void {
  const c = fullnessText();
  const warn = capacityVerdict(f) === 'warn';
  el.classList.toggle('warn', warn);
  fill(el, `${c.status(f)}.`, ...(warn ? [' ', c.help] : []));
}

/** The funnel, outcomes, conversion rates, follow-ups (`open` opens one) and birthdays. */
function sections(p: BoundedPipeline, open: Open): Node[] {
  const main = p.stages.filter((s) => MAIN.has(s.stage));
  const outcomes = p.stages.filter((s) => OUTCOMES.has(s.stage));
  const label = t.funnelLabel(
    main.map((s) => `${valueLabel(s.stage)} ${t.count(s.count)}`).join(', '),
  );
  const c = p.conversion;
  return [
    h('h3', {}, t.funnel),
    funnel(main, label),
    h('h3', {}, t.outcomes),
    h(
      'ul',
      { class: 'outcomes' },
      ...outcomes.map((s) =>
        h(
          'li',
          { 'data-stage': s.stage },
          `${valueLabel(s.stage)} `,
          h('strong', {}, t.count(s.count)),
        ),
      ),
      // Rows whose Stage cell Prospek can't read: counted apart, never as leads.
      ...(p.unknownStage > 0
        ? [
            h(
              'li',
              { 'data-stage': 'unknown', title: t.unknownStageHint },
              `${t.unknownStage} `,
              h('strong', {}, t.count(p.unknownStage)),
            ),
          ]
        : []),
    ),
    h('h3', {}, t.conversion),
    h(
      'table',
      { class: 'conversion' },
      h(
        'tbody',
        {},
        rate('Lead', 'Prospect', c.leadToProspect),
        rate('Prospect', 'Customer', c.prospectToCustomer),
        rate('Customer', 'Repeat buyer', c.customerToRepeatBuyer),
      ),
    ),
    h('h3', {}, t.sources),
    sources(p),
    h('h3', {}, t.overdue),
    followUps(p.overdueFollowUps, 'overdue', open),
    ...more(p.more.overdueFollowUps),
    h('h3', {}, t.dueToday),
    followUps(p.followUpsDueToday, 'due-today', open),
    ...more(p.more.followUpsDueToday),
    h('h3', {}, t.birthdays),
    birthdays(p.birthdays, open),
    ...more(p.more.birthdays),
  ];
}

/** The people a bounded list leaves out (the server sends the first ones only). */
function more(n: number): HTMLElement[] {
  return n > 0 ? [h('p', { class: 'secondary more' }, t.more(n))] : [];
}

function followUps(items: FollowUpItem[], kind: string, open: Open): HTMLElement {
  if (items.length === 0) return h('p', { class: 'secondary' }, t.none);
  return h(
    'ul',
    { class: `people ${kind}` },
    ...items.map((f) => {
      const button = h(
        'button',
        { type: 'button', class: 'person', 'data-contact': f.id },
        h('span', { class: 'person-name' }, f.name),
        h(
          'span',
          { class: 'secondary' },
          [f.company, f.daysOverdue > 0 ? t.daysOverdue(f.daysOverdue) : t.dueTodayShort]
            .filter(Boolean)
            .join(' · '),
        ),
      );
      button.addEventListener('click', () => open(button, f.id, f.row, 'conversations', 'log'));
      return h('li', {}, button);
    }),
  );
}

/** Contacts and prospects per lead source ("Online form": what the lead form brought). */
function sources(p: BoundedPipeline): HTMLElement {
  if (p.sources.length === 0) return h('p', { class: 'secondary' }, t.none);
  return h(
    'table',
    { class: 'sources' },
    h('thead', {}, h('tr', {}, ...t.sourceHead.map((x) => h('th', { scope: 'col' }, x)))),
    h(
      'tbody',
      {},
      ...p.sources.map((s) =>
        h(
          'tr',
          { 'data-source': s.source },
          h('th', { scope: 'row' }, s.source ? valueLabel(s.source) : t.sourceNone),
          h('td', {}, t.count(s.contacts)),
          h('td', {}, t.count(s.prospects)),
        ),
      ),
    ),
  );
}

function rate(from: string, to: string, c: Conversion): HTMLTableRowElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, t.rate(valueLabel(from), valueLabel(to))),
    h('td', { class: 'rate' }, c.rate === null ? t.noRate : `${Math.round(c.rate * 100)}%`),
    h('td', { class: 'secondary' }, t.of(c.to, c.from)),
  );
}

/** Birthdays coming up; one opens its contact at the postal address, for the card. */
function birthdays(items: BirthdayItem[], open: Open): HTMLElement {
  if (items.length === 0) return h('p', { class: 'secondary' }, t.none);
  return h(
    'ul',
    { class: 'people birthdays' },
    ...items.map((b) => {
      const button = h(
        'button',
        { type: 'button', class: 'person', 'data-contact': b.id },
        h('span', { class: 'person-name' }, b.name),
        h('span', { class: 'secondary' }, t.birthdayWhen(shortDay(b.day), b.daysAway, b.age)),
        h('span', { class: 'secondary address' }, b.address || t.noAddress),
      );
      button.addEventListener('click', () => open(button, b.id, b.row, 'contact', 'address'));
      return h('li', {}, button);
    }),
  );
}

/** Runs `work` with `button` disabled and busy, its name and details left as they are. */
async function busy<T>(button: HTMLButtonElement, work: () => Promise<T>): Promise<T> {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
