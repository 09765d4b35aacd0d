// The Contact tab: a contact's details and qualification, the live outcome of the three
// criteria, its stage and stage history, and saving with field-level errors and conflicts.
// What the user typed is never thrown away unasked: news about the same contact (a logged
// conversation, a reload) refreshes only what they have not changed, and showing another
// contact over unsaved changes asks first.
import { sendLeadFormBlock } from '../leadForm';
import type { Activity, Contact } from '../../../src/domain/contact/contact';
import { confirmBar, type ConfirmBar } from '../../confirm';
import { fill, h, setLabel, whileBusy } from '../../dom';
import { clearIssues } from '../../form';
import {
  fetchContact,
  guardLoads,
  offer,
  onFocusPart,
  publish,
  requestTab,
  state,
  subscribe,
} from '../../store';
import { text } from '../../text';
import { contactBanner, type ContactBanner } from './banner';
import { editing, type Editing } from './editing';
import { contactForm, type ContactFormView } from './form';
import { contactHeading, showHeading } from './heading';
import { contactHistory, type ContactHistory } from './history';
import { say, submit, type Shown } from './save';
import { valuesFor } from './values';

const t = text.contact;

export interface ContactTab {
  /** Loads the active row's contact, with the busy state on "Use selected row". */
  loadSelected(): void;
}

interface Parts extends Editing {
  form: ContactFormView;
  banner: ContactBanner;
  status: HTMLElement;
  shown: Shown;
  heading: ReturnType<typeof contactHeading>;
  history: ContactHistory;
  ask: ConfirmBar;
}

export function mountContact(root: HTMLElement): ContactTab {
  const useSelected = h('button', { type: 'button', class: 'share' }, t.useSelected);
  const newLead = h('button', { type: 'button' }, t.newLead);
  const status = h('p', { class: 'status gray', role: 'status', 'aria-live': 'polite' });
  const banner = contactBanner((again) => void load(p, again, state.contact?.id));
  const ask = confirmBar();
  const heading = contactHeading();
  const form = contactForm();
  const history = contactHistory();
  // Saved, conflict and error messages sit by the pinned Save, where the user is looking.
  form.actions.prepend(banner.element, status);
  fill(
    root,
    h('div', { class: 'toolbar' }, useSelected, newLead),
    ask.element,
    heading.title,
    heading.stageLine,
    form.element,
    sendLeadFormBlock(),
    history.element,
  );
  const shown: Shown = { id: null, loadedUpdated: '' };
  const p: Parts = { form, banner, status, shown, heading, history, ask, ...editing(form, banner) };

  // Another contact (or a blank form) replacing this one asks first; the same one never does.
  guardLoads((next) =>
    next.contact !== null && next.contact.id === shown.id ? Promise.resolve(true) : mayDiscard(p),
  );
  // A confirmation of the last save no longer holds once the form is changed again.
  form.element.addEventListener('input', () => {
    if (status.classList.contains('saved')) say(status, '');
  });
  form.element.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (form.save.disabled) return;
    void whileBusy(form.save, text.saving, () => submit(p));
  });
  function loadSelected(): void {
    say(status, '');
    void load(p, useSelected);
  }
  useSelected.addEventListener('click', loadSelected);
  newLead.addEventListener('click', () => {
    void mayDiscard(p).then((go) => {
      if (!go) return;
      banner.hide();
      say(status, '');
      publish({ contact: null, timeline: [], earlier: 0, notice: '', version: '' });
      form.controls.name.focus();
    });
  });

  // A birthday in the pipeline opens the contact at the address the card goes to.
  onFocusPart('address', () => {
    form.controls.address.scrollIntoView({ block: 'center' });
    form.controls.address.focus({ preventScroll: true });
  });
  subscribe((s) => showContact(p, s.contact, s.timeline));
  showContact(p, null, []);
  return { loadSelected };
}

/** Asks before unsaved edits are thrown away; true to go ahead. */
function mayDiscard({ edits, shown, ask }: Parts): Promise<boolean> {
  if (!edits.dirty()) return Promise.resolve(true);
  requestTab('contact');
  const c = state.contact;
  const name = c && c.id === shown.id ? c.name || c.id : t.thisNewLead;
  return ask.ask(t.discardAsk(name), t.discard, t.keepEditing);
}

/** Loads a contact (the active row's without an id) with `button` busy, then shows it. */
async function load(p: Parts, button: HTMLButtonElement, contactId?: string): Promise<void> {
  p.banner.hide();
  try {
    const loaded = await whileBusy(button, text.loading, () => fetchContact(contactId));
    if (await offer(loaded)) say(p.status, loaded.notice);
  } catch (e) {
    p.banner.show(`${t.loadFailed} ${(e as Error).message}`);
  }
}

function showContact(p: Parts, c: Contact | null, timeline: Activity[]): void {
  const { edits, shown } = p;
  shown.loadedUpdated = c?.updated ?? '';
  if (c && c.id === shown.id) {
    // The same contact, newer: keep what the user typed, take the rest, and mark what someone
    // else changed under what they typed (saving it would silently undo that change).
    const opened = edits.merge(valuesFor(p.form, c));
    if (opened.length > 0) p.banner.show(t.conflicts(edits.conflicts().length), false, true);
  } else {
    edits.reset(valuesFor(p.form, c));
    clearIssues(p.form.fields);
  }
  p.showConflicts();
  shown.id = c?.id ?? null;
  p.showUnsaved();
  showHeading(p.heading, c);
  setLabel(p.form.save, c ? t.save : t.create);
  p.showOutcome();
  p.history.show(c, timeline);
}
