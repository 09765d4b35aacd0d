// A day typed as people write it, in place of the browser's date input (which shows mm/dd/yyyy
// or dd/mm/yyyy by the browser's locale, not the user's language): a short text field read by
// the domain's parser, the same one the server uses, with a hint under it that says the order
// ("Day first, e.g. 15/12/2026 or 15 Dec") and, once typed, the day it read ("Tue, 15 Dec 2026").
import { toYMD, type CalendarDay } from '../src/domain/calendarDay';
import {
  activeDateOrder,
  dayAsTyped,
  dayExample,
  parseDayText,
  shortDay,
} from '../src/domain/dateText';
import { form as formWords } from './text';
import { input } from './form';
import { state, subscribe } from './store';

const DAY_INPUT = 'dayInput';

/** The text field; pass `dayHint(control)` as its field's hint element afterwards. */
export function dayInput(): HTMLInputElement {
  const control = input('text', { autocomplete: 'off', inputmode: 'text', maxlength: '40' });
  control.dataset[DAY_INPUT] = '';
  control.classList.add('day-input');
  return control;
}

export function isDayInput(c: Element): c is HTMLInputElement {
  return c instanceof HTMLInputElement && c.dataset[DAY_INPUT] !== undefined;
}

/** What the field shows for a day from the server ('' stays ''). */
export function dayText(day: CalendarDay | ''): string {
  return dayAsTyped(day);
}

/** What to send: the day it reads as, or the text as typed (the server then says what's wrong). */
export function dayValue(control: HTMLInputElement): string {
  const typed = control.value.trim();
  if (typed === '') return '';
  return parseDayText(typed, { today: state.today || undefined }) ?? typed;
}

/** The hint under a day field: how to type a day, and what the typed text reads as. */
export function describeTyped(typed: string): string {
  const order = activeDateOrder();
  const how = formWords.dayHint(order, dayExample(order));
  if (typed.trim() === '') return how;
  const day = parseDayText(typed, { today: state.today || undefined });
  if (!day) return formWords.dayUnreadable(dayExample(order));
  return `${shortDay(day)} ${toYMD(day).year}`;
}

/** Keeps the hint of `control`'s field (made with one) in step with what is typed. */
export function liveDayHint(control: HTMLInputElement): void {
  const update = () => {
    const hint = control.parentElement?.querySelector('.hint');
    if (hint) hint.textContent = describeTyped(control.value);
    control.placeholder = dayExample().split(' ')[0];
  };
  control.addEventListener('input', update);
  // Once typed, shown back in the one form ('15 Des' → '15/12/2026'), so what was read is plain.
  control.addEventListener('blur', () => {
    const day = parseDayText(control.value, { today: state.today || undefined });
    if (day && dayAsTyped(day) !== control.value) {
      control.value = dayAsTyped(day);
      control.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  // A load fills the field without an input event: look again after the tabs have drawn.
  subscribe(() => queueMicrotask(update));
  queueMicrotask(update);
}
