// Choosing what to import: a file read in the browser, or rows pasted in.
import { importTab as importTabText } from '../../text';
import { h } from '../../dom';
import { field, input, textarea } from '../../form';
import type { Notice } from './notice';
import { errorText } from './session';

const t = importTabText.tab;

/** The file and paste fields; `use` gets the text chosen and its name. */
export function upload(
  use: (content: string, name: string) => void,
  say: Notice['say'],
): HTMLElement[] {
  const fileInput = input('file', { accept: '.csv,.tsv,.txt,text/csv,text/plain' });
  const paste = textarea(3);
  const usePasted = h('button', { type: 'button' }, t.usePasted);
  fileInput.addEventListener('change', () => {
    const chosen = fileInput.files?.[0];
    if (!chosen) return;
    const reader = new FileReader();
    reader.onload = () => use(String(reader.result ?? ''), chosen.name);
    reader.onerror = () => say(errorText(reader.error), true);
    reader.readAsText(chosen, 'utf-8');
  });
  usePasted.addEventListener('click', () => use(paste.value, t.pastedName));
  return [field('file', t.file, fileInput).group, field('paste', t.paste, paste).group, usePasted];
}
