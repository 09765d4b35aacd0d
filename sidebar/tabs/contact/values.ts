// Between a contact and the form: what each control shows for it, and what the form sends.
import type { Contact } from '../../../src/domain/contact/contact';
import { CRITERIA_KEYS } from '../../../src/domain/qualification/qualification';
import type { ContactForm } from '../../../src/sidebarApi';
import { dayText, dayValue, isDayInput } from '../../dayInput';
import type { Values } from '../../edits';
import { state } from '../../store';
import { setBirthday } from './birthday';
import type { TextKey } from './fields';
import type { ContactFormView } from './form';

/** What each control shows for `c` (a blank new lead for null). */
export function valuesFor({ controls, birthday }: ContactFormView, c: Contact | null): Values {
  const v: Values = new Map();
  for (const k of Object.keys(controls) as TextKey[]) {
    const value = c ? String(c[k] ?? '') : '';
    v.set(controls[k], isDayInput(controls[k]) ? dayText(value) : value);
  }
  if (!c) {
    for (const k of CRITERIA_KEYS) v.set(controls[k], 'Unknown');
    v.set(controls.readiness, 'Unknown');
    v.set(controls.owner, state.me);
  }
  setBirthday(v, birthday, c?.birthday ?? '');
  return v;
}

/** The text fields as the server's ContactForm (the birthday is added by the caller). */
export function formValue({ controls }: ContactFormView): ContactForm {
  const c: ContactForm = {};
  if (state.contact) c.id = state.contact.id;
  for (const k of Object.keys(controls) as TextKey[]) {
    const control = controls[k];
    c[k] = isDayInput(control) ? dayValue(control) : control.value;
  }
  return c;
}
