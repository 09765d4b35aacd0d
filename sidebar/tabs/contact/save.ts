// Saving the form: refused while a conflict is open or the birthday is half chosen; the reply
// replaces what was sent and keeps what was typed since; problems marked on their fields.
import { valueLabel } from '../../../src/domain/contact/sheetWords';
import type { FieldIssue } from '../../../src/domain/errors';
import { keyFor, settled } from '../../requestKeys';
import type { Edits } from '../../edits';
import { clearIssues, markIssues } from '../../form';
import { ServerProblem, call } from '../../server';
import { publish, rowHint, state } from '../../store';
import { LANG, text } from '../../text';
import type { ContactBanner } from './banner';
import { birthdayToSend, birthdayValue } from './birthday';
import { fieldOf } from './conflicts';
import type { ContactFormView } from './form';
import { formValue, valuesFor } from './values';

const t = text.contact;

/** The contact the form holds. */
export interface Shown {
  /** Its id (null: a new lead). */
  id: string | null;
  /** Its `updated` when loaded, for the server's conflict check. */
  loadedUpdated: string;
}

export interface SaveParts {
  form: ContactFormView;
  edits: Edits;
  banner: ContactBanner;
  status: HTMLElement;
  shown: Shown;
}

export async function submit({ form, edits, banner, status, shown }: SaveParts): Promise<void> {
  banner.hide();
  say(status, '');
  clearIssues(form.fields);
  const open = edits.conflicts();
  if (open.length > 0) {
    // The server can't tell: the version it would check is the newer one this form merged.
    banner.show(t.resolveFirst, false, true);
    fieldOf(form.fields, open[0].unit).control.focus();
    return;
  }
  const b = birthdayValue(form.birthday);
  if (b === null) {
    markIssues(form.fields, [{ field: 'birthday', message: t.birthdayIncomplete }]);
    banner.show(t.notSaved);
    return;
  }
  const contact = formValue(form);
  // A birthday the user left alone is not sent: the cell stays as it was typed.
  const birthday = birthdayToSend(form.birthday, b);
  if (birthday !== undefined) contact.birthday = birthday;
  const sent = edits.current();
  try {
    const request = { contact, loadedUpdated: shown.loadedUpdated, loadedVersion: state.version };
    const r = await call('saveContact', {
      ...request,
      requestKey: keyFor('saveContact', request),
      // Not part of the request's key: where the contact was, which a retry may learn anew.
      ...(contact.id ? rowHint(contact.id) : {}),
      // The timeline on screen is this contact's: the reply need only carry what the save adds.
      timelineShown: contact.id !== '' && state.contact?.id === contact.id,
      lang: LANG,
    });
    settled('saveContact');
    const before = state.contact?.stage ?? 'Lead';
    // What was sent is saved: the reply replaces it, and only what was typed since stays.
    edits.adopt(sent);
    // Our own save's reply: nobody else's change is in it (the server checked the version).
    edits.merge(valuesFor(form, r.contact), true);
    shown.id = r.contact.id;
    const timeline = r.timelineAdded ? [...r.timeline, ...state.timeline] : r.timeline;
    const earlier = r.timelineAdded ? state.earlier : (r.earlier ?? 0);
    publish({ contact: r.contact, row: r.row, timeline, notice: '', version: r.version, earlier });
    const name = r.contact.name;
    say(
      status,
      (r.created ? t.created(name) : t.saved(name)) +
        (r.stageChanged ? ` ${t.stageNow(valueLabel(before), valueLabel(r.contact.stage))}` : ''),
      true,
    );
  } catch (e) {
    reportProblem(form, banner, e);
  }
}

/** Puts `message` in the status line by Save; `saved` shows it as a save's confirmation. */
export function say(status: HTMLElement, message: string, saved = false): void {
  status.textContent = message;
  status.classList.toggle('saved', saved && message !== '');
  status.classList.toggle('gray', !saved);
}

function reportProblem(form: ContactFormView, banner: ContactBanner, e: unknown): void {
  const issues: FieldIssue[] = e instanceof ServerProblem ? e.issues : [];
  const message = (e as Error).message;
  // 'id' issues are about the record as a whole: changed or deleted since it was loaded.
  const conflict = issues.some((i) => i.field === 'id');
  const rest = markIssues(form.fields, issues);
  if (conflict) banner.show(rest.map((i) => i.message).join(' '), true);
  else if (issues.length > 0 && rest.length < issues.length) banner.show(t.notSaved);
  else if (rest.length > 0) banner.show(rest.map((i) => i.message).join(' '));
  else banner.show(`${t.saveFailed} ${message}`);
}
