// The Import tab's message banners: hidden when empty, a calm green for good news and the
// problem banner's red for a problem.
import { h } from '../../dom';

export interface Notice {
  element: HTMLElement;
  say(message: string, isError?: boolean): void;
}

/** With `focus`, a message is focused when shown (the result by the Import button). */
export function notice(attrs: Record<string, string>, focus = false): Notice {
  const element = h('div', { class: 'banner', role: 'status', hidden: true, ...attrs });
  return {
    element,
    say(message, isError = false) {
      element.hidden = message === '';
      element.className = isError ? 'banner error' : 'banner success';
      element.textContent = message;
      if (focus && message !== '') element.focus();
    },
  };
}
