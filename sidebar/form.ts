// Labelled form fields with a message slot each, and marking the fields a server reply names.
import { valueLabel } from '../src/domain/contact/sheetWords';
import type { FieldIssue } from '../src/domain/errors';
import { h, uid } from './dom';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field<C extends Control = Control> {
  /** The payload key the server uses in FieldIssue.field. */
  key: string;
  control: C;
  /** The whole group: label, control(s), hint and message. */
  group: HTMLDivElement;
  message: HTMLElement;
}

/** A form-group: <label for>, the control, an optional hint, and an error slot described-by. */
export function field<C extends Control>(
  key: string,
  label: string,
  control: C,
  opts: { hint?: string; required?: boolean; extra?: Node } = {},
): Field<C> {
  control.id = control.id || uid(key);
  control.name = key;
  const message = h('div', { class: 'error field-message', id: uid(`${key}-msg`) });
  const described = [message.id];
  let hint: HTMLElement | null = null;
  if (opts.hint) {
    hint = h('div', { class: 'secondary hint', id: uid(`${key}-hint`) }, opts.hint);
    described.unshift(hint.id);
  }
  control.setAttribute('aria-describedby', described.join(' '));
  if (opts.required) control.required = true;
  const labelEl = h('label', { for: control.id }, label);
  if (opts.required)
    labelEl.appendChild(h('span', { class: 'required', 'aria-hidden': 'true' }, ' *'));
  const group = h('div', { class: 'form-group' }, labelEl, opts.extra ?? control, hint, message);
  return { key, control, group, message };
}

export function input(type = 'text', attrs: Record<string, string> = {}): HTMLInputElement {
  return h('input', { type, ...attrs });
}

export function textarea(rows = 2): HTMLTextAreaElement {
  return h('textarea', { rows: String(rows) });
}

/** A select of `options`; `blank` adds a first empty choice with that label. */
export function select(options: readonly string[], blank?: string): HTMLSelectElement {
  const s = h('select');
  if (blank !== undefined) s.appendChild(h('option', { value: '' }, blank));
  for (const o of options) s.appendChild(h('option', { value: o }, valueLabel(o)));
  return s;
}

/** Clears every mark left by a previous reply. */
export function clearIssues(fields: readonly Field[]): void {
  for (const f of fields) {
    f.control.removeAttribute('aria-invalid');
    f.message.textContent = '';
  }
}

/**
 * Marks each field an issue names (aria-invalid and the message beside it), focuses the first
 * one, and returns the issues that belong to no field on this form (shown in the form's banner).
 */
export function markIssues(fields: readonly Field[], issues: readonly FieldIssue[]): FieldIssue[] {
  clearIssues(fields);
  const rest: FieldIssue[] = [];
  for (const issue of issues) {
    const f = fields.find((x) => x.key === issue.field);
    if (!f) {
      rest.push(issue);
      continue;
    }
    f.control.setAttribute('aria-invalid', 'true');
    f.message.textContent = f.message.textContent
      ? `${f.message.textContent} ${issue.message}`
      : issue.message;
  }
  // Focus the first marked field in form order, not reply order.
  fields.find((f) => f.control.hasAttribute('aria-invalid'))?.control.focus();
  return rest;
}

/**
 * A checkbox or radio inside its label, inline before the text (the add-on style; the page's
 * other inputs are full-width blocks).
 */
export function choice(
  type: 'checkbox' | 'radio',
  attrs: Record<string, string | boolean | undefined>,
  ...label: (Node | string)[]
): { label: HTMLLabelElement; control: HTMLInputElement } {
  const control = h('input', { ...attrs, type, class: 'choice-input' });
  control.id = control.id || uid(type);
  return { label: h('label', { class: 'choice', for: control.id }, control, ...label), control };
}

/** A checkbox field: the box inside its label, an optional hint and a message slot. */
export function checkboxField(key: string, label: string, hint?: string): Field<HTMLInputElement> {
  const { label: labelEl, control } = choice('checkbox', { name: key, id: uid(key) }, label);
  const message = h('div', { class: 'error field-message', id: uid(`${key}-msg`) });
  const hintEl = hint ? h('div', { class: 'secondary hint', id: uid(`${key}-hint`) }, hint) : null;
  control.setAttribute('aria-describedby', [hintEl?.id, message.id].filter(Boolean).join(' '));
  const group = h('div', { class: 'form-group' }, labelEl, hintEl, message);
  return { key, control, group, message };
}
