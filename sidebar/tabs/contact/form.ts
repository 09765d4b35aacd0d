// The contact form's controls: details with the birthday, qualification, follow-up and notes,
// and Save with its unsaved note. The form only holds them; index.ts gives them behaviour.
import { LEAD_SOURCES } from '../../../src/domain/contact/contact';
import { describeTyped, dayInput, liveDayHint } from '../../dayInput';
import { h, uid } from '../../dom';
import { input, select, textarea, type Field } from '../../form';
import { text } from '../../text';
import { birthdayField, type Birthday } from './birthday';
import { fieldAdder, header, type AddField, type Controls } from './fields';
import { qualificationSet } from './qualification';

const t = text.contact;

export interface ContactFormView {
  element: HTMLFormElement;
  /** Every field, the birthday's included, for marking server issues. */
  fields: Field[];
  /** One control per text key (the birthday's three are in `birthday`). */
  controls: Controls;
  birthday: Birthday;
  /** The live outcome of the three criteria. */
  outcome: HTMLElement;
  save: HTMLButtonElement;
  actions: HTMLElement;
  unsaved: HTMLElement;
}

export function contactForm(): ContactFormView {
  const fields: Field[] = [];
  const controls = {} as Controls;
  const add = fieldAdder(fields, controls);
  const birthday = birthdayField(header('birthday'));
  fields.push(birthday.field);
  const details = detailsSet(add, birthday);
  const { element: qualification, outcome } = qualificationSet(add);
  const followUpOn = dayInput();
  const followUp = h(
    'fieldset',
    {},
    add('nextFollowUp', header('nextFollowUp'), followUpOn, { hint: describeTyped('') }),
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
  const element = h(
    'form',
    { novalidate: true, 'aria-label': t.details },
    details,
    qualification,
    followUp,
    actions,
  );
  liveDayHint(followUpOn);
  return { element, fields, controls, birthday, outcome, save, actions, unsaved };
}

function detailsSet(add: AddField, birthday: Birthday): HTMLFieldSetElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, t.details),
    add('name', header('name'), input('text', { autocomplete: 'off' }), { required: true }),
    add('company', header('company'), input('text', { autocomplete: 'off' })),
    add('email', header('email'), input('email', { autocomplete: 'off' })),
    add('phone', header('phone'), input('tel', { autocomplete: 'off' })),
    add('address', header('address'), textarea(2), { hint: t.addressHint }),
    birthday.field.group,
    add('source', header('source'), select(LEAD_SOURCES, '—')),
    add('owner', header('owner'), input('email', { autocomplete: 'off' })),
  );
}
