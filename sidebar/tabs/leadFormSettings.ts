// The lead form in Settings: its questions (worded by the seller; blank keeps the default, shown
// as the placeholder) with the form's links. Sending it is on the Contact tab (leadForm.ts).
import {
  MAX_BUSINESS_LENGTH,
  MAX_QUESTION_LENGTH,
  QUESTION_KEYS,
  type LeadFormView,
} from '../../src/domain/leadForm/questions';
import { fill, h, whileBusy } from '../dom';
import { input } from '../form';
import { call, errorText } from '../server';
import { leadFormText } from '../../src/domain/messages/leadForm';
import { LANG, text } from '../text';
import { fieldLabel } from '../../src/domain/contact/sheetWords';
import { contactField } from '../../src/domain/contact/contact';
import type { QuestionKey } from '../../src/domain/leadForm/questions';

const t = leadFormText(LANG).settings;

/** A question's field label: the column its answer goes to (consent: Keep in touch). */
function questionLabel(k: QuestionKey): string {
  return fieldLabel(k === 'consent' ? 'Keep in touch' : contactField(k).header);
}

/** Settings: the business name, each question's wording, and the form's links once made. */
export function leadFormSettingsBlock(): HTMLElement {
  const business = input('text', {
    id: 'lead-form-business',
    maxlength: String(MAX_BUSINESS_LENGTH),
  });
  const questions = Object.fromEntries(
    QUESTION_KEYS.map((k) => [
      k,
      input('text', { id: `lead-form-${k}`, maxlength: String(MAX_QUESTION_LENGTH) }),
    ]),
  );
  const links = h('p', { class: 'secondary lead-form-links' });
  const note = h('p', { class: 'secondary', role: 'status' }, t.reset);
  const save = h('button', { type: 'button' }, t.save);
  save.disabled = true;

  function show(v: LeadFormView): void {
    business.value = v.settings.business;
    for (const k of QUESTION_KEYS) {
      questions[k].value = v.settings.questions[k] ?? '';
      questions[k].placeholder = v.defaults[k];
    }
    fill(
      links,
      ...(v.form
        ? [
            `${t.link}: `,
            h('a', { href: v.form.publishedUrl, target: '_blank' }, v.form.publishedUrl),
            ' · ',
            h('a', { href: v.form.editUrl, target: '_blank' }, t.edit),
          ]
        : []),
    );
  }
  call('getLeadFormSettings')
    .then((v) => {
      show(v);
      save.disabled = false;
    })
    .catch((e: unknown) => (note.textContent = errorText(e)));
  save.addEventListener('click', () => {
    void whileBusy(save, text.saving, async () => {
      try {
        const qs: Record<string, string> = {};
        for (const k of QUESTION_KEYS) qs[k] = questions[k].value;
        show(await call('saveLeadFormSettings', { business: business.value, questions: qs }));
        note.textContent = t.saved;
      } catch (e) {
        note.textContent = errorText(e);
      }
    });
  });
  return h(
    'section',
    { class: 'block lead-form' },
    h('h2', {}, t.heading),
    h('p', { class: 'secondary' }, t.intro),
    links,
    h('label', { for: 'lead-form-business' }, t.business),
    business,
    ...QUESTION_KEYS.flatMap((k) => [
      h('label', { for: `lead-form-${k}` }, questionLabel(k)),
      questions[k],
    ]),
    h('div', { class: 'block' }, save),
    note,
  );
}
