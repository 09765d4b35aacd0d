// The three qualification criteria with their evidence, the readiness, and the live outcome of
// the answers: what the contact qualifies as, and the stage move saving would make.
import { valueLabel } from '../../../src/domain/contact/sheetWords';
import { CRITERION, READINESS } from '../../../src/domain/contact/contact';
import {
  CRITERIA_KEYS,
  describeQualification,
  evaluateQualification,
  type CriterionKey,
} from '../../../src/domain/qualification/qualification';
import { fill, h, slug } from '../../dom';
import { input, select } from '../../form';
import { state } from '../../store';
import { text } from '../../text';
import { header, type AddField, type Controls, type TextKey } from './fields';

const t = text.contact;
/** Stages a qualification save may move a contact between (see stages.applyQualification). */
const QUALIFYING_STAGES = ['Lead', 'Prospect', 'Not a fit'];

export function qualificationSet(add: AddField): {
  element: HTMLFieldSetElement;
  outcome: HTMLElement;
} {
  const labels: Record<CriterionKey, string> = {
    fitsMarket: t.fitsMarket,
    canAfford: t.canAfford,
    canDecide: t.canDecide,
  };
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const element = h(
    'fieldset',
    {},
    h('legend', {}, t.qualification),
    ...CRITERIA_KEYS.map((k) =>
      h(
        'div',
        { class: 'criterion' },
        add(k, labels[k], select(CRITERION)),
        add(
          `${k}Note` as TextKey,
          t.evidenceFor(labels[k]),
          input('text', { autocomplete: 'off' }),
        ),
      ),
    ),
    add('readiness', header('readiness'), select(READINESS)),
    outcome,
  );
  return { element, outcome };
}

/** Shows what the criteria as chosen now mean, and the stage move saving them would make. */
export function showOutcome(outcome: HTMLElement, controls: Controls): void {
  const criteria = Object.fromEntries(CRITERIA_KEYS.map((k) => [k, controls[k].value]));
  const result = evaluateQualification(criteria as Record<CriterionKey, 'Yes' | 'No' | 'Unknown'>);
  const stage = state.contact?.stage ?? 'Lead';
  const moves = QUALIFYING_STAGES.includes(stage) && result.outcome !== stage;
  outcome.className = `outcome outcome-${slug(result.outcome)}`;
  fill(
    outcome,
    h('div', { class: 'secondary' }, t.outcome),
    h('strong', { class: 'outcome-name' }, valueLabel(result.outcome)),
    h('p', {}, describeQualification(result)),
    moves
      ? h('p', { class: 'secondary' }, t.willMove(valueLabel(stage), valueLabel(result.outcome)))
      : null,
  );
}
