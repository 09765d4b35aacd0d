// Undo of the last import, asked in place (a sidebar can't rely on window.confirm), and the
// note about an import left unfinished from another file than the one chosen.
import type { ImportStatus } from '../../../src/sidebarApi';
import { importTab as importTabText } from './text';
import { fill, h, whileBusy } from '../../dom';
import { batchToResume } from '../../importRunner';
import { call, errorText } from '../../server';
import { text } from '../../text';
import type { Notice } from './notice';
import { type ImportSession } from './session';

const m = importTabText;
const t = m.tab;

export interface ImportUndo {
  /** The Undo button's toolbar. */
  toolbar: HTMLElement;
  ask: HTMLElement;
  unfinished: HTMLElement;
  /** Shows the note about `last`, an unfinished import of another file (none for null). */
  showUnfinished(last: ImportStatus['last']): void;
}

export function importUndo(s: ImportSession, say: Notice['say']): ImportUndo {
  const undoButton = h('button', { type: 'button' }, t.undo);
  const ask = h('div', { class: 'confirm-bar', hidden: true });
  const unfinished = h('div', { class: 'confirm-bar', hidden: true });
  undoButton.addEventListener('click', () => askUndo(s, ask, say));
  return {
    toolbar: h('div', { class: 'toolbar' }, undoButton),
    ask,
    unfinished,
    showUnfinished(last) {
      unfinished.hidden = !last;
      if (!last) return;
      const undoIt = h('button', { type: 'button' }, t.undoUnfinished);
      undoIt.addEventListener('click', () => {
        unfinished.hidden = true;
        askUndo(s, ask, say);
        ask.scrollIntoView?.({ block: 'nearest' });
      });
      fill(
        unfinished,
        h('p', {}, m.unfinishedOther(last.fileName, last.rowsDone, last.total)),
        undoIt,
      );
    },
  };
}

function askUndo(s: ImportSession, ask: HTMLElement, say: Notice['say']): void {
  const yes = h('button', { type: 'button', class: 'action' }, t.undoYes);
  const no = h('button', { type: 'button' }, t.cancel);
  fill(ask, h('p', {}, t.undoAsk(s.status.last?.fileName ?? '')), yes, no);
  ask.hidden = false;
  no.addEventListener('click', () => (ask.hidden = true));
  yes.addEventListener('click', () => {
    void whileBusy(yes, text.importTab.undoing, async () => {
      try {
        const r = await call('undoLastImport');
        say(r.message);
        s.status = await call('getImportStatus');
        if (s.fingerprint) s.batchId = batchToResume(s.status.last, s.fingerprint);
      } catch (e) {
        say(errorText(e), true);
      }
      ask.hidden = true;
    });
  });
}
