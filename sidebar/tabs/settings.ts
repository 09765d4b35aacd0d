// The Settings tab: reminder settings and the daily trigger's real state (on/off, next run, what
// the last run did). The server validates and answers with the state after saving, so what the
// tab shows is always what Apps Script has, not what the form last sent.
import type { ReminderPrefs, ReminderSettingsView } from '../../src/domain/reminders/settings';
import { PREF_LIMITS } from '../../src/domain/reminders/settings';
import { LANG_NAMES, LANGS, type Lang } from '../../src/domain/messages/lang';
import { form, text } from '../text';
import { fill, h, whileBusy } from '../dom';
import { checkboxField, clearIssues, field, input, markIssues, select, type Field } from '../form';
import { call, errorText, ServerProblem } from '../server';
import { leadFormSettingsBlock } from './leadFormSettings';

const m = form.reminderSettings;
const l = m.labels;
const t = m.tab;

/** A number field's value as a number, or as typed so the server names what is wrong. */
function whole(control: HTMLInputElement | HTMLSelectElement): number {
  const v = control.value.trim();
  return v !== '' && /^\d+$/.test(v) ? Number(v) : (v as unknown as number);
}

function numberInput(key: keyof typeof PREF_LIMITS): HTMLInputElement {
  const { min, max } = PREF_LIMITS[key];
  return input('number', { min: String(min), max: String(max), step: '1', inputmode: 'numeric' });
}

export function mountSettings(root: HTMLElement): void {
  const status = h(
    'p',
    { class: 'reminder-status', role: 'status', 'aria-live': 'polite' },
    t.loading,
  );
  const last = h('p', { class: 'secondary last-run' });
  const banner = h('div', { class: 'banner error', role: 'alert', hidden: true });

  const inputs = settingsFields();
  const fields = inputs.all;

  const save = h('button', { type: 'submit', class: 'action' }, t.save);
  const form = h(
    'form',
    { class: 'settings-form', novalidate: true, 'aria-label': t.heading },
    ...fields.map((f) => f.group),
    h('div', { class: 'block form-group' }, save),
  );
  fill(
    root,
    h('h2', {}, t.heading),
    h('p', { class: 'secondary' }, t.intro),
    status,
    last,
    banner,
    form,
    h('p', { class: 'secondary' }, t.testHint),
    languageBlock(),
    sheetLanguageBlock(),
    leadFormSettingsBlock(),
  );

  function show(v: ReminderSettingsView): void {
    status.textContent = v.status;
    status.dataset.active = String(v.active);
    last.textContent = v.last;
    inputs.show(v);
  }

  function problem(prefix: string, e: unknown): void {
    const message = errorText(e);
    fill(banner, h('p', {}, `${prefix} ${message}`));
    banner.hidden = false;
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    banner.hidden = true;
    clearIssues(fields);
    void whileBusy(save, t.saving, async () => {
      try {
        show(await call('saveReminderSettings', inputs.value()));
      } catch (e) {
        const rest = e instanceof ServerProblem ? markIssues(fields, e.issues) : [];
        const fieldless = !(e instanceof ServerProblem) || e.issues.length === 0 || rest.length;
        if (fieldless) problem(t.saveFailed, e);
      }
    });
  });

  save.disabled = true;
  call('getReminderSettings')
    .then((v) => {
      show(v);
      save.disabled = false;
    })
    .catch((e: unknown) => {
      status.textContent = '';
      problem(t.loadFailed, e);
    });
}

/** The form's fields in form order, filled from and read into the saved settings. */
function settingsFields(): {
  all: Field[];
  show(v: ReminderSettingsView): void;
  value(): ReminderPrefs;
} {
  const enabled = checkboxField('enabled', l.enabled);
  const hourSelect = select([]);
  for (let hour = 0; hour < 24; hour++) {
    hourSelect.appendChild(h('option', { value: String(hour) }, t.hourOption(hour)));
  }
  const hour = field('hour', l.hour, hourSelect, { hint: t.hourHint });
  const recipient = field('recipient', l.recipient, input('email', { autocomplete: 'email' }));
  const scopeSelect = h(
    'select',
    {},
    h('option', { value: 'mine' }, t.scopeMine),
    h('option', { value: 'everyone' }, t.scopeEveryone),
  );
  const scope = field('scope', l.scope, scopeSelect);
  const cardLeadDays = field('cardLeadDays', l.cardLeadDays, numberInput('cardLeadDays'), {
    hint: t.leadHint,
  });
  const staleDays = field('staleDays', l.staleDays, numberInput('staleDays'), {
    hint: t.staleHint,
  });
  const keepInTouch = checkboxField('keepInTouch', l.keepInTouch, t.keepInTouchHint);
  const notReadyDays = field('notReadyDays', l.notReadyDays, numberInput('notReadyDays'), {
    hint: t.notReadyHint,
  });
  const recipientHint = h('div', { class: 'secondary hint' });
  recipient.group.insertBefore(recipientHint, recipient.message);
  return {
    all: [enabled, hour, recipient, scope, cardLeadDays, staleDays, keepInTouch, notReadyDays],
    show(v) {
      const p = v.prefs;
      enabled.control.checked = p.enabled;
      hour.control.value = String(p.hour);
      recipient.control.value = p.recipient;
      (recipient.control as HTMLInputElement).placeholder = v.me;
      recipientHint.textContent = t.recipientHint(v.me);
      scope.control.value = p.scope;
      cardLeadDays.control.value = String(p.cardLeadDays);
      staleDays.control.value = String(p.staleDays);
      keepInTouch.control.checked = p.keepInTouch;
      notReadyDays.control.value = String(p.notReadyDays);
    },
    value: () => ({
      enabled: enabled.control.checked,
      hour: whole(hour.control as HTMLSelectElement),
      recipient: recipient.control.value,
      scope: scope.control.value as ReminderPrefs['scope'],
      cardLeadDays: whole(cardLeadDays.control as HTMLInputElement),
      staleDays: whole(staleDays.control as HTMLInputElement),
      keepInTouch: keepInTouch.control.checked,
      notReadyDays: whole(notReadyDays.control as HTMLInputElement),
    }),
  };
}

/** The interface language: the server stores the choice and reopens the sidebar in it. */
function languageBlock(): HTMLElement {
  const w = text.language;
  const choice = h('select', { id: 'interface-language' });
  choice.appendChild(h('option', { value: '' }, w.auto));
  for (const lang of LANGS) choice.appendChild(h('option', { value: lang }, LANG_NAMES[lang]));
  const note = h('p', { class: 'secondary', role: 'status' }, w.hint);
  choice.addEventListener('change', () => {
    note.textContent = w.changing;
    call('setInterfaceLanguage', choice.value as '' | 'en' | 'id').catch((e: unknown) => {
      note.textContent = e instanceof ServerProblem ? e.message : String(e);
    });
  });
  return h(
    'section',
    { class: 'block language' },
    h('h2', {}, w.heading),
    h('label', { for: 'interface-language' }, w.label),
    choice,
    note,
  );
}

/** The sheet language: a choice and a button, since rewriting the sheet is a deliberate act. */
function sheetLanguageBlock(): HTMLElement {
  const w = text.sheetLanguage;
  const choice = h('select', { id: 'sheet-language' });
  for (const lang of LANGS) choice.appendChild(h('option', { value: lang }, LANG_NAMES[lang]));
  const change = h('button', { type: 'button' }, w.change);
  const note = h('p', { class: 'secondary', role: 'status' }, w.hint);
  change.disabled = true;
  call('getSheetLanguage')
    .then((r) => {
      choice.value = r.lang;
      change.disabled = false;
    })
    .catch((e: unknown) => (note.textContent = errorText(e)));
  change.addEventListener('click', () => {
    void whileBusy(change, w.changing, async () => {
      try {
        const r = await call('setSheetLanguage', choice.value as Lang);
        note.textContent = w.done(r.cells);
      } catch (e) {
        note.textContent = errorText(e);
      }
    });
  });
  return h(
    'section',
    { class: 'block language' },
    h('h2', {}, w.heading),
    h('label', { for: 'sheet-language' }, w.label),
    choice,
    h('div', { class: 'block' }, change),
    note,
  );
}
