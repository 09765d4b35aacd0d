// How to import: the lead source, the phone numbers' country, and what to do with rows that
// match an existing contact.
import { LEAD_SOURCES } from '../../../src/domain/contact/contact';
import { EXPORT_SOURCE, type ExportKind } from '../../../src/domain/import/mapping';
import { DUPLICATE_POLICIES, type DuplicatePolicy } from '../../../src/sidebarApi';
import { importTab as importTabText } from './text';
import { h, uid } from '../../dom';
import { choice, clearIssues, field, input, select, type Field } from '../../form';

const m = importTabText;
const t = m.tab;

export interface ImportOptions {
  source: Field;
  country: Field;
  policyGroup: HTMLElement;
  policy(): DuplicatePolicy;
  /** Chooses the source a known export suggests, and says so; none for another file. */
  guessSource(kind: ExportKind | null): void;
}

export function importOptions(): ImportOptions {
  // No default: leads bought as a list and leads met in person are told apart in the pipeline,
  // so the user chooses, unless the file says where it came from.
  const source = field('source', t.source, select(LEAD_SOURCES, t.chooseSource), {
    hint: t.sourceChoose,
  });
  const sourceHint = source.group.querySelector('.hint')!;
  // Chosen by the user: the hint asking for it (or saying what was guessed) has done its job.
  source.control.addEventListener('change', () => {
    clearIssues([source]);
    sourceHint.textContent = '';
  });
  const guessSource = (kind: ExportKind | null) => {
    source.control.value = kind ? EXPORT_SOURCE[kind] : '';
    sourceHint.textContent = kind ? t.sourceGuessed(t.exports[kind]) : t.sourceChoose;
  };
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
  return { source, country, policyGroup, policy, guessSource };
}
