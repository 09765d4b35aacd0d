// A question asked in place, in a bar of the panel (a sidebar can't rely on window.confirm):
// the safe answer has the focus, and the promise settles with the answer.
import { fill, h, uid } from './dom';

export interface ConfirmBar {
  element: HTMLElement;
  /** Shows the question; true when the user chose `yes`. A newer question answers "no". */
  ask(question: string, yes: string, no: string): Promise<boolean>;
}

export function confirmBar(): ConfirmBar {
  const question = uid('confirm');
  const element = h('div', {
    class: 'confirm-bar',
    role: 'alertdialog',
    'aria-labelledby': question,
    hidden: true,
  });
  let pending: ((answer: boolean) => void) | null = null;

  function settle(answer: boolean): void {
    const done = pending;
    pending = null;
    element.hidden = true;
    fill(element);
    done?.(answer);
  }

  return {
    element,
    ask(asked, yes, no) {
      settle(false);
      const before = document.activeElement as HTMLElement | null;
      const text = h('p', { id: question }, asked);
      const yesButton = h('button', { type: 'button' }, yes);
      const noButton = h('button', { type: 'button', class: 'action' }, no);
      fill(element, text, h('div', { class: 'toolbar' }, yesButton, noButton));
      element.hidden = false;
      element.scrollIntoView({ block: 'nearest' });
      noButton.focus();
      return new Promise<boolean>((resolve) => {
        pending = resolve;
        yesButton.addEventListener('click', () => settle(true));
        noButton.addEventListener('click', () => {
          settle(false);
          // Back where the user was, when that is still on screen.
          if (before?.isConnected && before.offsetParent !== null) before.focus();
        });
      });
    },
  };
}
