// A birthday as three controls that make one value: day, month and an optional year, saved as
// "1990-12-05", or "--12-05" without a year.
import { form } from '../../text';
import { h } from '../../dom';
import type { Values } from '../../edits';
import { field, input, select, type Field } from '../../form';
import { text } from '../../text';

const t = text.contact;

export interface Birthday {
  /** The form group; its control is the day, the one a server issue focuses. */
  field: Field;
  day: HTMLSelectElement;
  month: HTMLSelectElement;
  year: HTMLInputElement;
}

export function birthdayField(label: string): Birthday {
  const day = select(
    Array.from({ length: 31 }, (_, i) => String(i + 1)),
    t.day,
  );
  const month = h('select', {});
  month.appendChild(h('option', { value: '' }, t.month));
  form.months.forEach((m, i) => month.appendChild(h('option', { value: String(i + 1) }, m)));
  const year = input('text', {
    inputmode: 'numeric',
    maxlength: '4',
    placeholder: t.year,
    autocomplete: 'off',
  });
  month.id = 'birthday-month';
  year.id = 'birthday-year';
  const row = h(
    'div',
    { class: 'birthday-row' },
    day,
    h('label', { for: month.id, class: 'visually-hidden' }, t.birthdayMonth),
    month,
    h('label', { for: year.id, class: 'visually-hidden' }, t.birthdayYear),
    year,
  );
  return { field: field('birthday', label, day, { extra: row }), day, month, year };
}

/** Canonical birthday text, or null when only part of a day and month was chosen. */
export function birthdayValue({ day, month, year }: Birthday): string | null {
  const y = year.value.trim();
  if (!day.value && !month.value) return y ? null : '';
  if (!day.value || !month.value) return null;
  const md = `${month.value.padStart(2, '0')}-${day.value.padStart(2, '0')}`;
  return y ? `${y}-${md}` : `--${md}`;
}

/** Puts what the three controls show for `saved` (canonical text or '') into `v`. */
export function setBirthday(v: Values, { day, month, year }: Birthday, saved: string): void {
  const b = /^(\d{4}|-)-?(\d{2})-(\d{2})$/.exec(saved);
  v.set(day, b ? String(Number(b[3])) : '');
  v.set(month, b ? String(Number(b[2])) : '');
  v.set(year, b && b[1] !== '-' ? b[1] : '');
}

/** The birthday in `v` as the user reads it: "12 December 1990". */
export function birthdayText(v: Values, { day, month, year }: Birthday): string {
  const m = form.months[Number(v.get(month)) - 1] ?? '';
  return [v.get(day), m, v.get(year)].filter(Boolean).join(' ');
}
