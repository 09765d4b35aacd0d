// The Contact tab: a contact's details and qualification, the live outcome of the three
// criteria, its stage and stage history, and saving with field-level errors and conflicts.
// What the user typed is never thrown away unasked: news about the same contact (a logged
// conversation, a reload) refreshes only what they have not changed, and showing another
// contact over unsaved changes asks first.
import {
  CONVERSATION_TYPES,
  CRITERION,
  LEAD_SOURCES,
  contactField,
  READINESS,
  type Activity,
  type Contact,
  type ContactKey,
  type EditableContactKey,
} from '../../src/domain/contact/contact';
import type { FieldIssue } from '../../src/domain/errors';
import { formText as formMsg } from '../../src/domain/messages/form';
import {
  CRITERIA_KEYS,
  describeQualification,
  evaluateQualification,
  type CriterionKey,
} from '../../src/domain/qualification/qualification';
import type { ContactForm } from '../../src/sidebarApi';
import { confirmBar } from '../confirm';
import { fill, h, setLabel, slug, uid, whileBusy } from '../dom';
import { trackEdits, type Conflict, type Unit, type Values } from '../edits';
import { field, input, markIssues, clearIssues, select, textarea, type Field } from '../form';
import { showDay, showInstant, zoneNote } from '../format';
import { ServerProblem, call } from '../server';
import { fetchContact, guardLoads, offer, publish, requestTab, state, subscribe } from '../store';
import { text } from '../text';

const t = text.contact;
/** Stages a qualification save may move a contact between (see stages.applyQualification). */
const QUALIFYING_STAGES = ['Lead', 'Prospect', 'Not a fit'];
const CONVERSATIONS = new Set<string>(CONVERSATION_TYPES);

type TextKey = Exclude<EditableContactKey, 'birthday'>;
/** A field's label where it is the sheet's column header. */
const header = (key: ContactKey) => contactField(key).header;

export interface ContactTab {
  /** Loads the active row's contact, with the busy state on "Use selected row". */
  loadSelected(): void;
}

export function mountContact(root: HTMLElement): ContactTab {
  let loadedUpdated = '';
  /** The contact the form holds (null: a new lead). */
  let shownId: string | null = null;

  // ---- toolbar, status and banner -----------------------------------------------------------
  const useSelected = h('button', { type: 'button', class: 'share' }, t.useSelected);
  const newLead = h('button', { type: 'button' }, t.newLead);
  const status = h('p', { class: 'status gray', role: 'status', 'aria-live': 'polite' });
  const banner = h('div', { class: 'banner error', role: 'alert', hidden: true });
  const ask = confirmBar();
  const title = h('h2', { class: 'contact-title' });
  const stageLine = h('p', { class: 'stage-line' });

  // ---- fields --------------------------------------------------------------------------------
  const fields: Field[] = [];
  const controls = {} as Record<
    TextKey,
    HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
  >;
  const add = <C extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    key: TextKey,
    label: string,
    control: C,
    opts?: Parameters<typeof field>[3],
  ) => {
    const f = field(key, label, control, opts);
    fields.push(f);
    controls[key] = control;
    return f.group;
  };

  const day = select(
    Array.from({ length: 31 }, (_, i) => String(i + 1)),
    t.day,
  );
  const month = h('select', {});
  month.appendChild(h('option', { value: '' }, t.month));
  formMsg().months.forEach((m, i) => month.appendChild(h('option', { value: String(i + 1) }, m)));
  const year = input('text', {
    inputmode: 'numeric',
    maxlength: '4',
    placeholder: t.year,
    autocomplete: 'off',
  });
  month.id = 'birthday-month';
  year.id = 'birthday-year';
  const birthdayRow = h(
    'div',
    { class: 'birthday-row' },
    day,
    h('label', { for: month.id, class: 'visually-hidden' }, t.birthdayMonth),
    month,
    h('label', { for: year.id, class: 'visually-hidden' }, t.birthdayYear),
    year,
  );
  const birthday = field('birthday', header('birthday'), day, { extra: birthdayRow });
  fields.push(birthday);

  const details = h(
    'fieldset',
    {},
    h('legend', {}, t.details),
    add('name', header('name'), input('text', { autocomplete: 'off' }), { required: true }),
    add('company', header('company'), input('text', { autocomplete: 'off' })),
    add('email', header('email'), input('email', { autocomplete: 'off' })),
    add('phone', header('phone'), input('tel', { autocomplete: 'off' })),
    add('address', header('address'), textarea(2), { hint: t.addressHint }),
    birthday.group,
    add('source', header('source'), select(LEAD_SOURCES, '—')),
    add('owner', header('owner'), input('email', { autocomplete: 'off' })),
  );

  const criterionLabels: Record<CriterionKey, string> = {
    fitsMarket: t.fitsMarket,
    canAfford: t.canAfford,
    canDecide: t.canDecide,
  };
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const qualification = h(
    'fieldset',
    {},
    h('legend', {}, t.qualification),
    ...CRITERIA_KEYS.map((k) =>
      h(
        'div',
        { class: 'criterion' },
        add(k, criterionLabels[k], select(CRITERION)),
        add(
          `${k}Note` as TextKey,
          t.evidenceFor(criterionLabels[k]),
          input('text', { autocomplete: 'off' }),
        ),
      ),
    ),
    add('readiness', header('readiness'), select(READINESS)),
    outcome,
  );

  const followUp = h(
    'fieldset',
    {},
    add('nextFollowUp', header('nextFollowUp'), input('date')),
    add('notes', header('notes'), textarea(3)),
  );

  // The note describes Save (read with it on focus) rather than being a live region, which
  // would talk over the field being typed in at the first keystroke.
  const unsaved = h('span', { class: 'unsaved-note', id: uid('unsaved') });
  const save = h(
    'button',
    { type: 'submit', class: 'action', 'aria-describedby': unsaved.id },
    t.create,
  );
  // Stuck to the bottom of the viewport while the form is in view: Save is always in reach.
  const actions = h('div', { class: 'form-actions sticky-actions' }, save, unsaved);
  const form = h(
    'form',
    { novalidate: true, 'aria-label': t.details },
    details,
    qualification,
    followUp,
    actions,
  );

  const historyList = h('ul', { class: 'history' });
  const facts = h('p', { class: 'secondary facts' });
  const zone = h('p', { class: 'secondary zone-note' });
  const history = h(
    'section',
    { class: 'history-section' },
    h('h3', {}, t.history),
    facts,
    historyList,
    zone,
  );

  fill(
    root,
    h('div', { class: 'toolbar' }, useSelected, newLead),
    ask.element,
    status,
    banner,
    title,
    stageLine,
    form,
    history,
  );

  // Each control is its own unit, except the birthday's three, which make one value.
  const edits = trackEdits([
    ...(Object.values(controls) as (typeof controls)[TextKey][]).map((c) => [c]),
    [day, month, year],
  ]);
  function showUnsaved(): void {
    const dirty = edits.dirty();
    actions.classList.toggle('dirty', dirty);
    unsaved.textContent = dirty ? t.unsaved : '';
  }
  form.addEventListener('input', showUnsaved);
  form.addEventListener('change', showUnsaved);

  // ---- conflicts: a field edited here and, meanwhile, by someone else -------------------------
  const marks = new Map<Unit, HTMLElement>();
  let bannerForConflicts = false;
  const fieldOf = (unit: Unit) => fields.find((f) => unit.includes(f.control))!;
  /** Their value as the user reads it (a birthday as "12 December 1990"). */
  function theirText({ unit, theirs }: Conflict): string {
    if (unit.length > 1) {
      const m = formMsg().months[Number(theirs.get(month)) - 1] ?? '';
      return [theirs.get(day), m, theirs.get(year)].filter(Boolean).join(' ');
    }
    const v = theirs.get(unit[0]) ?? '';
    return v.length > 80 ? `${v.slice(0, 79)}…` : v;
  }
  /** One note under each conflicting field, with its two answers; none once all are resolved. */
  function showConflicts(): void {
    const open = edits.conflicts();
    for (const [unit, mark] of marks) {
      if (open.some((c) => c.unit === unit)) continue;
      const control = fieldOf(unit).control;
      const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
      control.setAttribute('aria-describedby', ids.filter((i) => i !== mark.id).join(' '));
      mark.remove();
      marks.delete(unit);
    }
    for (const c of open) {
      const said = t.changedBy(theirText(c));
      const had = marks.get(c.unit);
      if (had?.firstChild?.textContent === said) continue;
      const f = fieldOf(c.unit);
      const keep = h('button', { type: 'button' }, t.keepMine);
      const take = h('button', { type: 'button' }, t.useTheirs);
      const mark = h('div', { class: 'conflict', id: had?.id ?? uid(`${f.key}-conflict`) });
      fill(mark, h('p', {}, said), keep, take);
      keep.addEventListener('click', () => resolve(c.unit, false));
      take.addEventListener('click', () => resolve(c.unit, true));
      if (had) had.replaceWith(mark);
      else {
        f.group.appendChild(mark);
        const ids = f.control.getAttribute('aria-describedby');
        f.control.setAttribute('aria-describedby', `${ids ?? ''} ${mark.id}`.trim());
      }
      marks.set(c.unit, mark);
    }
    if (open.length === 0 && bannerForConflicts) hideBanner();
  }
  function resolve(unit: Unit, take: boolean): void {
    edits.resolve(unit, take);
    fieldOf(unit).control.focus();
    showUnsaved();
    showOutcome();
    showConflicts();
  }
  form.addEventListener('input', showConflicts);
  form.addEventListener('change', showConflicts);

  /** Asks before unsaved edits are thrown away; true to go ahead. */
  function mayDiscard(): Promise<boolean> {
    if (!edits.dirty()) return Promise.resolve(true);
    requestTab('contact');
    const c = state.contact;
    const name = c && c.id === shownId ? c.name || c.id : t.thisNewLead;
    return ask.ask(t.discardAsk(name), t.discard, t.keepEditing);
  }
  // Another contact (or a blank form) replacing this one asks first; the same one never does.
  guardLoads((next) =>
    next.contact !== null && next.contact.id === shownId ? Promise.resolve(true) : mayDiscard(),
  );

  // ---- behaviour -----------------------------------------------------------------------------
  const criteriaNow = () =>
    Object.fromEntries(CRITERIA_KEYS.map((k) => [k, controls[k].value])) as Record<
      CriterionKey,
      'Yes' | 'No' | 'Unknown'
    >;

  function showOutcome(): void {
    const result = evaluateQualification(criteriaNow());
    const stage = state.contact?.stage ?? 'Lead';
    const moves = QUALIFYING_STAGES.includes(stage) && result.outcome !== stage;
    outcome.className = `outcome outcome-${slug(result.outcome)}`;
    fill(
      outcome,
      h('div', { class: 'secondary' }, t.outcome),
      h('strong', { class: 'outcome-name' }, result.outcome),
      h('p', {}, describeQualification(result)),
      moves ? h('p', { class: 'secondary' }, t.willMove(stage, result.outcome)) : null,
    );
  }
  for (const k of CRITERIA_KEYS) {
    controls[k].addEventListener('change', showOutcome);
    controls[k].addEventListener('input', showOutcome);
  }

  function showBanner(message: string, reload = false, conflicts = false): void {
    bannerForConflicts = conflicts;
    fill(banner, h('p', {}, message));
    if (reload) {
      const again = h('button', { type: 'button' }, t.reload);
      again.addEventListener('click', () => void load(again, state.contact?.id));
      banner.appendChild(again);
    }
    banner.hidden = false;
  }
  function hideBanner(): void {
    banner.hidden = true;
    banner.textContent = '';
  }

  /** Canonical birthday text, or null when only part of a day and month was chosen. */
  function birthdayValue(): string | null {
    const y = year.value.trim();
    if (!day.value && !month.value) return y ? null : '';
    if (!day.value || !month.value) return null;
    const md = `${month.value.padStart(2, '0')}-${day.value.padStart(2, '0')}`;
    return y ? `${y}-${md}` : `--${md}`;
  }

  /** What each control shows for `c` (a blank new lead for null). */
  function valuesFor(c: Contact | null): Values {
    const v: Values = new Map();
    for (const k of Object.keys(controls) as TextKey[]) {
      v.set(controls[k], c ? String(c[k] ?? '') : '');
    }
    if (!c) {
      for (const k of CRITERIA_KEYS) v.set(controls[k], 'Unknown');
      v.set(controls.readiness, 'Unknown');
      v.set(controls.owner, state.me);
    }
    const b = /^(\d{4}|-)-?(\d{2})-(\d{2})$/.exec(c?.birthday ?? '');
    v.set(day, b ? String(Number(b[3])) : '');
    v.set(month, b ? String(Number(b[2])) : '');
    v.set(year, b && b[1] !== '-' ? b[1] : '');
    return v;
  }

  function showContact(c: Contact | null, timeline: Activity[]): void {
    const shown = c ?? null;
    loadedUpdated = shown?.updated ?? '';
    if (shown && shown.id === shownId) {
      // The same contact, newer: keep what the user typed, take the rest, and mark what someone
      // else changed under what they typed (saving it would silently undo that change).
      const opened = edits.merge(valuesFor(shown));
      if (opened.length > 0) showBanner(t.conflicts(edits.conflicts().length), false, true);
    } else {
      edits.reset(valuesFor(shown));
      clearIssues(fields);
    }
    showConflicts();
    shownId = shown?.id ?? null;
    showUnsaved();
    title.textContent = shown ? shown.name || shown.id : t.newLeadTitle;
    const stage = shown?.stage ?? 'Lead';
    fill(
      stageLine,
      h('span', { class: 'secondary' }, `${header('stage')}: `),
      h('span', { class: `stage stage-${slug(stage)}` }, stage),
    );
    setLabel(save, shown ? t.save : t.create);
    showOutcome();
    showHistory(shown, timeline);
  }

  function showHistory(c: Contact | null, timeline: Activity[]): void {
    history.hidden = !c;
    if (!c) return;
    const talks = timeline.filter((a) => CONVERSATIONS.has(a.type)).length;
    const lines = [t.conversationsLogged(talks)];
    if (c.lastContacted) lines.push(t.lastContacted(showDay(c.lastContacted)));
    if (c.purchases > 0) lines.push(t.purchases(c.purchases, showDay(c.lastPurchase)));
    facts.textContent = lines.join(' ');
    const changes = timeline.filter((a) => a.toStage !== '');
    if (changes.length === 0) {
      fill(historyList, h('li', { class: 'secondary' }, t.noHistory));
      return;
    }
    // The change and its time on one line, who made it under them: nothing wraps mid-phrase.
    fill(
      historyList,
      ...changes.map((a) =>
        h(
          'li',
          {},
          h(
            'div',
            { class: 'history-head' },
            h('span', { class: 'history-change' }, text.stageMove(a.fromStage, a.toStage)),
            h('span', { class: 'secondary history-when' }, showInstant(a.when, state.timeZone)),
          ),
          a.by ? h('div', { class: 'secondary history-by' }, text.by(a.by)) : null,
        ),
      ),
    );
    zone.textContent = zoneNote(state.timeZone, text.zoneNote);
  }

  /** Loads a contact (the active row's without an id) with `button` busy, then shows it. */
  async function load(button: HTMLButtonElement, contactId?: string): Promise<void> {
    hideBanner();
    try {
      const loaded = await whileBusy(button, text.loading, () => fetchContact(contactId));
      if (await offer(loaded)) status.textContent = loaded.notice;
    } catch (e) {
      showBanner(`${t.loadFailed} ${(e as Error).message}`);
    }
  }

  function formValue(): ContactForm {
    const c: ContactForm = {};
    if (state.contact) c.id = state.contact.id;
    for (const k of Object.keys(controls) as TextKey[]) c[k] = controls[k].value;
    return c;
  }

  async function submit(): Promise<void> {
    hideBanner();
    clearIssues(fields);
    const open = edits.conflicts();
    if (open.length > 0) {
      // The server can't tell: the version it would check is the newer one this form merged.
      showBanner(t.resolveFirst, false, true);
      fieldOf(open[0].unit).control.focus();
      return;
    }
    const b = birthdayValue();
    if (b === null) {
      markIssues(fields, [{ field: 'birthday', message: t.birthdayIncomplete }]);
      showBanner(t.notSaved);
      return;
    }
    const contact = { ...formValue(), birthday: b };
    const sent = edits.current();
    try {
      const r = await call('saveContact', {
        contact,
        loadedUpdated,
        loadedVersion: state.version,
      });
      const before = state.contact?.stage ?? 'Lead';
      // What was sent is saved: the reply replaces it, and only what was typed since stays.
      edits.adopt(sent);
      // Our own save's reply: nobody else's change is in it (the server checked the version).
      edits.merge(valuesFor(r.contact), true);
      shownId = r.contact.id;
      publish({ contact: r.contact, timeline: r.timeline, notice: '', version: r.version });
      const name = r.contact.name;
      status.textContent =
        (r.created ? t.created(name) : t.saved(name)) +
        (r.stageChanged ? ` ${t.stageNow(before, r.contact.stage)}` : '');
    } catch (e) {
      reportSaveProblem(e);
    }
  }

  function reportSaveProblem(e: unknown): void {
    const issues: FieldIssue[] = e instanceof ServerProblem ? e.issues : [];
    const message = (e as Error).message;
    // 'id' issues are about the record as a whole: changed or deleted since it was loaded.
    const conflict = issues.some((i) => i.field === 'id');
    const rest = markIssues(fields, issues);
    if (conflict) showBanner(rest.map((i) => i.message).join(' '), true);
    else if (issues.length > 0 && rest.length < issues.length) showBanner(t.notSaved);
    else if (rest.length > 0) showBanner(rest.map((i) => i.message).join(' '));
    else showBanner(`${t.saveFailed} ${message}`);
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (save.disabled) return;
    void whileBusy(save, text.saving, submit);
  });
  function loadSelected(): void {
    status.textContent = '';
    void load(useSelected);
  }
  useSelected.addEventListener('click', loadSelected);
  newLead.addEventListener('click', () => {
    void mayDiscard().then((go) => {
      if (!go) return;
      hideBanner();
      status.textContent = '';
      publish({ contact: null, timeline: [], notice: '', version: '' });
      controls.name.focus();
    });
  });

  subscribe((s) => showContact(s.contact, s.timeline));
  showContact(null, []);
  return { loadSelected };
}
