// A birthday as three controls that make one value: day, month and an optional year, saved as
// "1990-12-05", or "--12-05" without a year. The sheet may hold any form a person typed
// ("30 Agustus 1975", "12/03/1990"): read with the server's own parser, so the form shows what
// the server reads; one it can't read is kept as it is, with a note, and never sent back empty.
import { formatBirthday } from '../../../src/domain/calendarDay';
import { parseBirthday } from '../../../src/domain/dateText';
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
  /** Says the sheet's birthday is unreadable and kept; empty otherwise. */
  kept: HTMLElement;
  /** The birthday as the sheet holds it, when the form was filled. */
  saved: string;
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
  const kept = h('div', { class: 'secondary hint birthday-kept', role: 'note' });
  const f = field('birthday', label, day, { extra: row });
  f.group.insertBefore(kept, f.message);
  return { field: f, day, month, year, kept, saved: '' };
}

/** Canonical birthday text, or null when only part of a day and month was chosen. */
export function birthdayValue({ day, month, year }: Birthday): string | null {
  const y = year.value.trim();
  if (!day.value && !month.value) return y ? null : '';
  if (!day.value || !month.value) return null;
  const md = `${month.value.padStart(2, '0')}-${day.value.padStart(2, '0')}`;
  return y ? `${y}-${md}` : `--${md}`;
}

/** Puts what the three controls show for `saved` (the sheet's text, '' for none) into `v`. */
export function setBirthday(v: Values, bd: Birthday, saved: string): void {
  const b = parseBirthday(saved);
  v.set(bd.day, b ? String(b.day) : '');
  v.set(bd.month, b ? String(b.month) : '');
  v.set(bd.year, b?.year !== undefined ? String(b.year) : '');
  bd.saved = saved;
  bd.kept.textContent = saved.trim() !== '' && !b ? t.birthdayKept(saved) : '';
}

/**
 * What Save sends for the birthday: undefined (leave the cell alone) when the controls still
 * show what the sheet holds, so "30 Agustus 1975" or an unreadable text stays exactly as typed.
 */
export function birthdayToSend(bd: Birthday, value: string): string | undefined {
  const b = parseBirthday(bd.saved);
  const shown = b ? formatBirthday(b) : '';
  return value === shown && bd.saved.trim() !== '' ? undefined : value;
}

/** The birthday in `v` as the user reads it: "12 December 1990". */
export function birthdayText(v: Values, { day, month, year }: Birthday): string {
  const m = form.months[Number(v.get(month)) - 1] ?? '';
  return [v.get(day), m, v.get(year)].filter(Boolean).join(' ');
}
