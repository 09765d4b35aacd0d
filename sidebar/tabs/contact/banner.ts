// The Contact tab's problem banner: a message, with Reload when the contact changed or went
// away since it was loaded. A banner about open conflicts goes once they are all resolved.
import { fill, h } from '../../dom';
import { text } from '../../text';

export interface ContactBanner {
  element: HTMLElement;
  show(message: string, reload?: boolean, conflicts?: boolean): void;
  hide(): void;
  /** Hides the banner if it is the one about conflicts. */
  conflictsResolved(): void;
}

/** `onReload` runs with the Reload button when the user asks for the contact again. */
export function contactBanner(onReload: (button: HTMLButtonElement) => void): ContactBanner {
  const element = h('div', { class: 'banner error', role: 'alert', hidden: true });
  let forConflicts = false;
  const hide = () => {
    element.hidden = true;
    element.textContent = '';
  };
  return {
    element,
    show(message, reload = false, conflicts = false) {
      forConflicts = conflicts;
      fill(element, h('p', {}, message));
      if (reload) {
        const again = h('button', { type: 'button' }, text.contact.reload);
        again.addEventListener('click', () => onReload(again));
        element.appendChild(again);
      }
      element.hidden = false;
    },
    hide,
    conflictsResolved() {
      if (forConflicts) hide();
    },
  };
}
