// The Contact tab's "Send the lead form": emails the form, pre-filled, to the contact shown.
// The form's questions are set in Settings (leadFormSettings.ts, fetched with that tab).
import { h, whileBusy } from '../dom';
import { keyFor, settled } from '../requestKeys';
import { call, errorText } from '../server';
import { rowHint, state, subscribe } from '../store';
import { text } from '../text';

/** Contact: "Send the lead form" for a saved contact with an email address. */
export function sendLeadFormBlock(): HTMLElement {
  const send = h('button', { type: 'button', class: 'send-lead-form' }, text.contact.sendLeadForm);
  // aria-live without role=status: the Contact tab's own status line is its one status.
  const note = h('p', { class: 'secondary', 'aria-live': 'polite' });
  const block = h('div', { class: 'block send-form' }, send, note);
  const update = () => {
    block.hidden = !(state.contact?.id && state.contact.email);
    note.textContent = '';
  };
  subscribe(update);
  update();
  send.addEventListener('click', () => {
    const contactId = state.contact?.id ?? '';
    void whileBusy(send, text.contact.sendingLeadForm, async () => {
      try {
        const requestKey = keyFor('sendLeadForm', { contactId });
        const r = await call('sendLeadForm', { contactId, requestKey, ...rowHint(contactId) });
        settled('sendLeadForm');
        note.textContent = r.message;
      } catch (e) {
        note.textContent = errorText(e);
      }
    });
  });
  return block;
}
