// "Show earlier conversations (N)": the server sends a contact's newest entries first and says
// how many older ones it left out; this button brings the next page of them and adds it to the
// timeline every tab shows. Each tab that lists the timeline puts one under its list.
import { h, whileBusy } from './dom';
import { ServerProblem, call } from './server';
import { publish, state } from './store';
import { text } from './text';

const t = text.conversations;

export interface EarlierButton {
  element: HTMLElement;
  /** Shows the button with the count of older entries, or hides it when there are none. */
  show(): void;
}

export function earlierButton(): EarlierButton {
  const button = h('button', { type: 'button', class: 'earlier' });
  const problem = h('p', { class: 'status error', role: 'alert', hidden: true });
  const element = h('div', { class: 'earlier-entries' }, button, problem);

  function show(): void {
    element.hidden = !state.contact || state.earlier <= 0;
    button.textContent = t.showEarlier(state.earlier);
  }

  async function more(): Promise<void> {
    const c = state.contact;
    if (!c) return;
    problem.hidden = true;
    try {
      const page = await call('loadEarlier', { contactId: c.id, shown: state.timeline.length });
      // Another contact may be on screen by now: the page is only this one's.
      if (state.contact?.id !== c.id) return;
      // Pages count from the newest entry: one logged elsewhere since shifts them, and an entry
      // shown already comes again. It is shown once.
      const known = new Set(state.timeline.map((a) => a.activityId).filter(Boolean));
      const older = page.entries.filter((a) => !a.activityId || !known.has(a.activityId));
      publish({ timeline: [...state.timeline, ...older], earlier: page.earlier });
    } catch (e) {
      problem.textContent = e instanceof ServerProblem && e.message ? e.message : t.earlierFailed;
      problem.hidden = false;
    }
  }

  button.addEventListener('click', () => {
    if (button.disabled) return;
    void whileBusy(button, t.loadingEarlier, more).then(show);
  });
  return { element, show };
}
