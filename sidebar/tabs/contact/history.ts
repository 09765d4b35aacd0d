// Under the form: what the contact's activity adds up to (conversations, last contact,
// purchases) and its stage history, each change with when and by whom.
import { valueLabel } from '../../../src/domain/contact/sheetWords';
import {
  CONVERSATION_TYPES,
  type Activity,
  type Contact,
} from '../../../src/domain/contact/contact';
import { fill, h } from '../../dom';
import { earlierButton } from '../../earlier';
import { showDay, showInstant, zoneNote } from '../../format';
import { state } from '../../store';
import { text } from '../../text';

const t = text.contact;
const CONVERSATIONS = new Set<string>(CONVERSATION_TYPES);

export interface ContactHistory {
  element: HTMLElement;
  /** Shows `c`'s facts and stage history; hidden for a new lead. */
  show(c: Contact | null, timeline: Activity[]): void;
}

export function contactHistory(): ContactHistory {
  const list = h('ul', { class: 'history' });
  const facts = h('p', { class: 'secondary facts' });
  const zone = h('p', { class: 'secondary zone-note' });
  const earlier = earlierButton();
  const element = h(
    'section',
    { class: 'history-section' },
    h('h3', {}, t.history),
    facts,
    list,
    earlier.element,
    zone,
  );
  function show(c: Contact | null, timeline: Activity[]): void {
    element.hidden = !c;
    if (!c) return;
    earlier.show();
    facts.textContent = factsOf(c, timeline, state.earlier > 0);
    // An older save logged its move twice (a Qualification entry with the stages, and the
    // Stage change): the history shows the move once.
    const moved = new Set(timeline.filter((a) => a.type === 'Stage change').map((a) => a.when));
    const changes = timeline.filter(
      (a) => a.toStage !== '' && !(a.type === 'Qualification' && moved.has(a.when)),
    );
    if (changes.length === 0) {
      fill(list, h('li', { class: 'secondary' }, t.noHistory));
      return;
    }
    fill(list, ...changes.map(change));
    zone.textContent = zoneNote(state.timeZone, text.zoneNote);
  }
  return { element, show };
}

/** `partial`: older entries are not loaded yet, so the count of conversations is a floor. */
function factsOf(c: Contact, timeline: Activity[], partial: boolean): string {
  const talks = timeline.filter((a) => CONVERSATIONS.has(a.type)).length;
  const lines = [partial ? t.conversationsLoggedAtLeast(talks) : t.conversationsLogged(talks)];
  if (c.lastContacted) lines.push(t.lastContacted(showDay(c.lastContacted)));
  if (c.purchases > 0) lines.push(t.purchases(c.purchases, showDay(c.lastPurchase)));
  return lines.join(' ');
}

/** The change and its time on one line, who made it under them: nothing wraps mid-phrase. */
function change(a: Activity): HTMLLIElement {
  return h(
    'li',
    {},
    h(
      'div',
      { class: 'history-head' },
      h(
        'span',
        { class: 'history-change' },
        text.stageMove(valueLabel(a.fromStage), valueLabel(a.toStage)),
      ),
      h('span', { class: 'secondary history-when' }, showInstant(a.when, state.timeZone)),
    ),
    a.by ? h('div', { class: 'secondary history-by' }, text.by(a.by)) : null,
  );
}
