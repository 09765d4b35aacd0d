// Possible duplicates: rows the preview found sharing only a phone number with a contact (name
// and email differ; a shop's phone is often shared). Each gets Import or Skip, chosen by the user:
// the import does not start until every one is decided, so none is skipped silently.
import type { ImportNote, PhoneChoice } from '../../../src/domain/import/plan';
import { importTab as importTabText } from './text';
import { fill, h, uid } from '../../dom';
import { choice } from '../../form';

const t = importTabText.tab;

export interface PossibleDuplicates {
  element: HTMLElement;
  /** Shows the preview's possible duplicates (none: hidden). */
  show(notes: readonly ImportNote[]): void;
  /** The choices made, by file line. */
  choices(): Record<string, PhoneChoice>;
  /** How many possible duplicates the preview found. */
  count(): number;
  /** The first undecided row's first radio, and how many are undecided. */
  undecided(): { count: number; first: HTMLInputElement | null };
}

export function possibleDuplicates(): PossibleDuplicates {
  const heading = h('legend', {});
  const list = h('div', { class: 'possible-list' });
  const all = (c: PhoneChoice) => () => {
    for (const r of list.querySelectorAll<HTMLInputElement>(`input[value="${c}"]`))
      r.checked = true;
    // As a click on each would: the Import button's count follows the choices.
    list.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const importAll = h('button', { type: 'button' }, t.importAllPossible);
  const skipAll = h('button', { type: 'button' }, t.skipAllPossible);
  importAll.addEventListener('click', all('import'));
  skipAll.addEventListener('click', all('skip'));
  const element = h(
    'fieldset',
    { class: 'possible-duplicates', hidden: true },
    heading,
    h('div', { class: 'toolbar' }, importAll, skipAll),
    list,
  );
  const groups = () => [...list.querySelectorAll<HTMLElement>('[data-line]')];
  return {
    element,
    show(notes) {
      const possible = notes.filter((n) => n.kind === 'phoneOnly');
      element.hidden = possible.length === 0;
      heading.textContent = t.possibleHeading(possible.length);
      fill(list, ...possible.map(row));
    },
    choices() {
      const out: Record<string, PhoneChoice> = {};
      for (const g of groups()) {
        const checked = g.querySelector<HTMLInputElement>('input:checked');
        if (checked) out[g.dataset.line!] = checked.value as PhoneChoice;
      }
      return out;
    },
    count: () => groups().length,
    undecided() {
      const open = groups().filter((g) => !g.querySelector('input:checked'));
      return { count: open.length, first: open[0]?.querySelector('input') ?? null };
    },
  };
}

function row(note: ImportNote): HTMLElement {
  const name = uid(`possible-${note.line}`);
  const text = h('p', { id: uid('possible-text') }, note.message);
  return h(
    'div',
    {
      class: 'possible-row',
      role: 'radiogroup',
      'aria-labelledby': text.id,
      'data-line': String(note.line),
    },
    text,
    choice('radio', { name, value: 'import' }, t.phoneImport).label,
    choice('radio', { name, value: 'skip' }, t.phoneSkip).label,
  );
}
