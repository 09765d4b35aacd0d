// Choosing what to import: a file read in the browser, or rows pasted in.
import { importTab as importTabText } from './text';
import { h } from '../../dom';
import { field, input, textarea } from '../../form';
import type { Notice } from './notice';
import { errorText } from '../../server';

const t = importTabText.tab;

/** The file and paste fields; `use` gets the text chosen and its name. */
export function upload(
  use: (content: string, name: string) => void,
  say: Notice['say'],
): HTMLElement[] {
  // The browser's own file button speaks the browser's language ("Choose File"), not the
  // user's: the input stays (keyboard, screen readers, tests) but is drawn as our own button.
  const fileInput = input('file', {
    accept: '.csv,.tsv,.txt,text/csv,text/plain',
    class: 'visually-hidden',
  });
  const chosenName = h('span', { class: 'secondary' }, t.noFile);
  const picker = h(
    'span',
    { class: 'file-picker' },
    fileInput,
    h('span', { class: 'button', 'aria-hidden': 'true' }, t.chooseFile),
    chosenName,
  );
  picker.addEventListener('click', (e) => {
    if (e.target !== fileInput) fileInput.click();
  });
  const paste = textarea(3);
  const usePasted = h('button', { type: 'button' }, t.usePasted);
  fileInput.addEventListener('change', () => {
    const chosen = fileInput.files?.[0];
    if (!chosen) return;
    chosenName.textContent = chosen.name;
    const reader = new FileReader();
    reader.onload = () => use(String(reader.result ?? ''), chosen.name);
    reader.onerror = () => say(errorText(reader.error), true);
    reader.readAsText(chosen, 'utf-8');
  });
  usePasted.addEventListener('click', () => use(paste.value, t.pastedName));
  return [
    field('file', t.file, fileInput, { extra: picker }).group,
    field('paste', t.paste, paste).group,
    usePasted,
  ];
}
