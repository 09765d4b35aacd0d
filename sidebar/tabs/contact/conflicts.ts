// Conflicts: a field edited here and, meanwhile, by someone else. Each gets a note under the
// field with their value and two answers, keep mine or use theirs; none once all are resolved.
import { fill, h, uid } from '../../dom';
import type { Conflict, Edits, Unit } from '../../edits';
import type { Field } from '../../form';
import { text } from '../../text';
import { birthdayText } from './birthday';
import type { ContactFormView } from './form';

const t = text.contact;

/** The field a unit belongs to (the birthday's three controls: the birthday field). */
export const fieldOf = (fields: Field[], unit: Unit) =>
  fields.find((f) => unit.includes(f.control))!;

/** Their value as the user reads it (a birthday as "12 December 1990"). */
function theirText(form: ContactFormView, { unit, theirs }: Conflict): string {
  if (unit.length > 1) return birthdayText(theirs, form.birthday);
  const v = theirs.get(unit[0]) ?? '';
  return v.length > 80 ? `${v.slice(0, 79)}…` : v;
}

/**
 * Returns `show`, which brings the notes in line with the open conflicts. `resolved` runs after
 * the user answered one; `none` once none is left open.
 */
export function conflictNotes(
  form: ContactFormView,
  edits: Edits,
  resolved: () => void,
  none: () => void,
): () => void {
  const marks = new Map<Unit, HTMLElement>();
  function show(): void {
    const open = edits.conflicts();
    for (const [unit, mark] of marks) {
      if (open.some((c) => c.unit === unit)) continue;
      const control = fieldOf(form.fields, unit).control;
      const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
      control.setAttribute('aria-describedby', ids.filter((i) => i !== mark.id).join(' '));
      mark.remove();
      marks.delete(unit);
    }
    for (const c of open) {
      const said = t.changedBy(theirText(form, c));
      const had = marks.get(c.unit);
      if (had?.firstChild?.textContent !== said) marks.set(c.unit, note(c, said, had));
    }
    if (open.length === 0) none();
  }
  function note(c: Conflict, said: string, had: HTMLElement | undefined): HTMLElement {
    const f = fieldOf(form.fields, c.unit);
    const keep = h('button', { type: 'button' }, t.keepMine);
    const take = h('button', { type: 'button' }, t.useTheirs);
    const mark = h('div', { class: 'conflict', id: had?.id ?? uid(`${f.key}-conflict`) });
    fill(mark, h('p', {}, said), keep, take);
    keep.addEventListener('click', () => resolve(c.unit, false));
    take.addEventListener('click', () => resolve(c.unit, true));
    if (had) had.replaceWith(mark);
    else {
      f.group.appendChild(mark);
      const ids = f.control.getAttribute('aria-describedby');
      f.control.setAttribute('aria-describedby', `${ids ?? ''} ${mark.id}`.trim());
    }
    return mark;
  }
  function resolve(unit: Unit, take: boolean): void {
    edits.resolve(unit, take);
    fieldOf(form.fields, unit).control.focus();
    resolved();
    show();
  }
  return show;
}
