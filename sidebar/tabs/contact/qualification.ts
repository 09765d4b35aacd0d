// The three qualification criteria with their evidence, the readiness, and the live outcome of
// the answers: what the contact qualifies as, the answers that decided it, and the stage move
// saving would make. A 'Not yet' answer suggests a Next follow-up (the user's default from
// Settings) in the form's own field, where it stays editable.
import { CRITERION, READINESS, type Criterion } from '../../../src/domain/contact/contact';
import { addDays, compareDays, describeDay, isCalendarDay } from '../../../src/domain/calendarDay';
import { valueLabel } from '../../../src/domain/contact/sheetWords';
import {
  answersMoveStage,
  CRITERIA_KEYS,
  decidingCriteria,
  describeQualification,
  evaluateQualification,
  type Criteria,
  type CriterionKey,
} from '../../../src/domain/qualification/qualification';
import { fill, h, slug } from '../../dom';
import { input, select } from '../../form';
import { state } from '../../store';
import { form, text } from '../../text';
import { header, type AddField, type Controls, type TextKey } from './fields';
import { dayText, dayValue } from '../../dayInput';

const t = text.contact;
const labels: Record<CriterionKey, string> = {
  fitsMarket: t.fitsMarket,
  canAfford: t.canAfford,
  canDecide: t.canDecide,
};

/** A criterion's answers, each shown in the page's language (the value stays the sheet's). */
function answerSelect(): HTMLSelectElement {
  const s = select(CRITERION);
  for (const o of Array.from(s.options)) o.textContent = form.answers[o.value as Criterion];
  return s;
}

export function qualificationSet(add: AddField): {
  element: HTMLFieldSetElement;
  outcome: HTMLElement;
} {
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const element = h(
    'fieldset',
    {},
    h('legend', {}, t.qualification),
    ...CRITERIA_KEYS.map((k) =>
      h(
        'div',
        { class: 'criterion' },
        add(k, labels[k], answerSelect()),
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

/** The follow-up this form suggested, so taking the 'Not yet' back takes it back too. */
let suggested = '';

/**
 * A contact the answers make Not ready needs a day to follow up: an empty or past Next
 * follow-up gets the user's default. Returns the day the contact will be followed up.
 */
function suggestFollowUp(controls: Controls, notReady: boolean): string {
  const date = controls.nextFollowUp as HTMLInputElement;
  const today = state.today;
  // The field holds the day as typed ('02/03/2027', '2 Mar'): compare the day it reads as.
  const current = dayValue(date);
  if (!notReady) {
    if (suggested !== '' && current === suggested) setDate(date, '');
    suggested = '';
    return '';
  }
  const ahead = isCalendarDay(current) && (!today || compareDays(current, today) >= 0);
  if (!ahead && isCalendarDay(today)) {
    suggested = addDays(today, state.notReadyDays);
    setDate(date, dayText(suggested));
    return suggested;
  }
  return current;
}

function setDate(date: HTMLInputElement, value: string): void {
  date.value = value;
  // Announced like a typed change: the unsaved note and edit tracking see it.
  date.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Shows what the criteria as chosen now mean, and the stage move saving them would make. */
export function showOutcome(outcome: HTMLElement, controls: Controls): void {
  const criteria = Object.fromEntries(CRITERIA_KEYS.map((k) => [k, controls[k].value])) as Criteria;
  const result = evaluateQualification(criteria);
  const c = state.contact;
  const stage = c?.stage ?? 'Lead';
  const follows = c ? answersMoveStage(c) : true;
  const moves = follows && result.outcome !== stage;
  const followUp = suggestFollowUp(controls, follows && result.outcome === 'Not ready');
  const decided =
    result.outcome === 'Prospect'
      ? []
      : decidingCriteria(result).map(
          (k) => `${labels[k]}: ${form.answers[criteria[k] || 'Unknown']}`,
        );
  outcome.className = `outcome outcome-${slug(result.outcome)}`;
  fill(
    outcome,
    h('div', { class: 'secondary' }, t.outcome),
    h('strong', { class: 'outcome-name' }, valueLabel(result.outcome)),
    h('p', {}, describeQualification(result)),
    decided.length > 0 ? h('p', { class: 'decided-by' }, form.decidedBy(decided)) : null,
    isCalendarDay(followUp)
      ? h('p', { class: 'follow-up-on' }, form.followUpOn(describeDay(followUp)))
      : null,
    moves
      ? h('p', { class: 'secondary' }, t.willMove(valueLabel(stage), valueLabel(result.outcome)))
      : null,
  );
}
