// What the user typed: the unsaved note by Save, the notes under conflicting fields, and the
// live qualification outcome, each brought up to date as the form changes.
import { CRITERIA_KEYS } from '../../../src/domain/qualification/qualification';
import { trackEdits, type Edits } from '../../edits';
import { text } from '../../text';
import type { ContactBanner } from './banner';
import { conflictNotes } from './conflicts';
import type { Control } from './fields';
import type { ContactFormView } from './form';
import { showOutcome } from './qualification';

export interface Editing {
  edits: Edits;
  showUnsaved(): void;
  showConflicts(): void;
  showOutcome(): void;
}

export function editing(form: ContactFormView, banner: ContactBanner): Editing {
  const { day, month, year } = form.birthday;
  // Each control is its own unit, except the birthday's three, which make one value.
  const edits = trackEdits([
    ...(Object.values(form.controls) as Control[]).map((c) => [c]),
    [day, month, year],
  ]);
  function showUnsaved(): void {
    const dirty = edits.dirty();
    form.actions.classList.toggle('dirty', dirty);
    form.unsaved.textContent = dirty ? text.contact.unsaved : '';
  }
  const outcome = () => showOutcome(form.outcome, form.controls);
  const showConflicts = conflictNotes(
    form,
    edits,
    () => {
      showUnsaved();
      outcome();
    },
    banner.conflictsResolved,
  );
  for (const show of [showUnsaved, showConflicts]) {
    form.element.addEventListener('input', show);
    form.element.addEventListener('change', show);
  }
  // The verdict names the follow-up day, so it follows the date field too.
  for (const k of [...CRITERIA_KEYS, 'nextFollowUp'] as const) {
    form.controls[k].addEventListener('change', outcome);
    form.controls[k].addEventListener('input', outcome);
  }
  return { edits, showUnsaved, showConflicts, showOutcome: outcome };
}
