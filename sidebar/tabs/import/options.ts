// How to import: the lead source, the phone numbers' country, and what to do with rows that
// match an existing contact.
import { LEAD_SOURCES } from '../../../src/domain/contact/contact';
import { DUPLICATE_POLICIES, type DuplicatePolicy } from '../../../src/sidebarApi';
import { importTab as importTabText } from '../../text';
import { h, uid } from '../../dom';
import { choice, field, input, select, type Field } from '../../form';

const m = importTabText;
const t = m.tab;

export interface ImportOptions {
  source: Field;
  country: Field;
  policyGroup: HTMLElement;
  policy(): DuplicatePolicy;
}

export function importOptions(): ImportOptions {
  const source = field('source', t.source, select(LEAD_SOURCES));
  const country = field('country', t.country, input('text', { maxlength: '2', size: '2' }), {
    hint: t.countryHint,
  });
  const name = uid('policy');
  const policies = DUPLICATE_POLICIES.map(
    (p, i) => choice('radio', { name, value: p, checked: i === 0 }, m.policies[p]).label,
  );
  const policyGroup = h(
    'fieldset',
    { class: 'form-group' },
    h('legend', {}, t.policy),
    ...policies,
  );
  const policy = () =>
    (policyGroup.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)
      ?.value as DuplicatePolicy;
  return { source, country, policyGroup, policy };
}
