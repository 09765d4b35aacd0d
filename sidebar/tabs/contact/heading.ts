// Above the form: the contact's name (or "New lead") and its stage.
import { valueLabel } from '../../../src/domain/contact/sheetWords';
import type { Contact } from '../../../src/domain/contact/contact';
import { fill, h, slug } from '../../dom';
import { text } from '../../text';
import { header } from './fields';

export function contactHeading(): { title: HTMLElement; stageLine: HTMLElement } {
  return {
    title: h('h2', { class: 'contact-title' }),
    stageLine: h('p', { class: 'stage-line' }),
  };
}

export function showHeading(
  { title, stageLine }: ReturnType<typeof contactHeading>,
  c: Contact | null,
): void {
  title.textContent = c ? c.name || c.id : text.contact.newLeadTitle;
  const stage = c?.stage ?? 'Lead';
  fill(
    stageLine,
    h('span', { class: 'secondary' }, `${header('stage')}: `),
    h('span', { class: `stage stage-${slug(stage)}` }, valueLabel(stage)),
  );
}
