// Preview and import: the preview's counts and notes, then the import in chunks with a progress
// bar, Resume after a failed chunk, and the outcome by the button.
import { importTab as importTabText } from './text';
import { fill, h, setLabel, whileBusy } from '../../dom';
import {
  CHUNK_ROWS,
  importFile,
  newProgress,
  previewFile,
  type ImportSettings,
} from '../../importRunner';
import { importOutcome } from '../../../src/domain/import/outcome';
import type { ImportCounts } from '../../../src/domain/import/plan';
import { markIssues } from '../../form';
import { call, errorText } from '../../server';
import { notice, type Notice } from './notice';
import { possibleDuplicates, type PossibleDuplicates } from './possible';
import type { ImportOptions } from './options';
import { caller, type ImportSession } from './session';

const m = importTabText;
const t = m.tab;

export interface ImportRun {
  /** In order: the buttons, the progress bar and its text, the result, counts and notes. */
  elements: HTMLElement[];
  /** Forgets the preview and any import progress (the file or its mapping changed). */
  reset(): void;
}

interface Parts {
  s: ImportSession;
  options: ImportOptions;
  say: Notice['say'];
  importButton: HTMLButtonElement;
  resumeButton: HTMLButtonElement;
  bar: HTMLProgressElement;
  barText: HTMLElement;
  // The outcome of an import, where the user is (by the Import button, often thousands of
  // pixels below the banner at the top with a 60-column export), and focused so it is seen.
  result: Notice;
  counts: HTMLElement;
  notes: HTMLElement;
  possible: PossibleDuplicates;
  /** The last preview's counts, for the Import button's own. */
  previewed: ImportCounts | null;
  onProgress(done: number, total: number): void;
  /** Names on the Import button what the import will do with the choices made now. */
  label(): void;
  reset(): void;
}

export function importRun(s: ImportSession, options: ImportOptions, say: Notice['say']): ImportRun {
  const previewButton = h('button', { type: 'button', class: 'action' }, t.preview);
  const p: Parts = {
    s,
    options,
    say,
    importButton: h('button', { type: 'button', class: 'create', hidden: true }),
    resumeButton: h('button', { type: 'button', hidden: true }, t.resume),
    bar: h('progress', {
      max: '1',
      value: '0',
      hidden: true,
      'aria-label': t.progressLabel,
      class: 'import-progress',
    }),
    barText: h('div', { class: 'secondary', 'aria-live': 'polite' }),
    result: notice({ tabindex: '-1' }, true),
    counts: h('p', { class: 'import-counts' }),
    notes: h('ul', { class: 'import-notes secondary' }),
    possible: possibleDuplicates(),
    previewed: null,
    onProgress(done, total) {
      p.bar.hidden = false;
      p.bar.max = Math.max(1, total);
      p.bar.value = done;
      p.barText.textContent = m.progress(done, total);
    },
    label() {
      if (!p.previewed) return;
      const possible = { count: p.possible.count(), choices: p.possible.choices() };
      // setLabel: a change made while the button is busy is the label it comes back with.
      setLabel(p.importButton, t.import(importOutcome(p.previewed, options.policy(), possible)));
    },
    reset() {
      p.previewed = null;
      p.importButton.hidden = true;
      p.resumeButton.hidden = true;
      // The bar is the import's: empty and hidden until an import runs.
      p.bar.hidden = true;
      p.bar.value = 0;
      p.barText.textContent = '';
      p.counts.textContent = '';
      fill(p.notes);
      p.possible.show([]);
      p.result.say('');
      s.progress = newProgress();
    },
  };
  previewButton.addEventListener('click', () => preview(p, previewButton));
  p.importButton.addEventListener('click', () => void runImport(p, p.importButton));
  options.policyGroup.addEventListener('change', p.label);
  p.possible.element.addEventListener('change', p.label);
  p.resumeButton.addEventListener('click', () => void runImport(p, p.resumeButton));
  const { importButton, resumeButton, bar, barText, result, counts, notes, possible } = p;
  return {
    elements: [
      h('div', { class: 'toolbar' }, previewButton, importButton, resumeButton),
      bar,
      barText,
      result.element,
      counts,
      possible.element,
      notes,
    ],
    reset: p.reset,
  };
}

function preview(p: Parts, button: HTMLButtonElement): void {
  const { s } = p;
  if (!s.file) return;
  const f = s.file;
  p.reset();
  p.say('');
  void whileBusy(button, t.previewing, async () => {
    try {
      const country = p.options.country.control.value;
      const batchId = s.batchId || undefined;
      // The check of the file is not the import: its progress is words, the bar stays empty.
      const checked = (done: number, total: number) =>
        (p.barText.textContent = t.checked(done, total));
      const r = await previewFile(caller, f, s.mapping, country, checked, batchId);
      s.batchId = r.batchId;
      p.previewed = r.counts;
      p.counts.textContent = m.previewSummary(r.counts);
      p.possible.show(r.notes);
      const listed = r.notes.filter((n) => n.kind !== 'phoneOnly');
      for (const n of listed.slice(0, 50)) p.notes.appendChild(h('li', {}, n.message));
      if (listed.length > 50) p.notes.appendChild(h('li', {}, t.moreNotes(listed.length - 50)));
      p.label();
      p.importButton.hidden = false;
    } catch (e) {
      p.say(errorText(e), true);
    }
  });
}

async function runImport(p: Parts, button: HTMLButtonElement): Promise<void> {
  const { s, options } = p;
  if (!s.file) return;
  const f = s.file;
  // Every possible duplicate decided first: none is skipped without the user saying so.
  const open = p.possible.undecided();
  if (open.count > 0) {
    p.result.say(t.decideFirst(open.count), true);
    open.first?.focus();
    return;
  }
  // No silent default: a file Prospek does not recognise needs the user's choice of source.
  if (options.source.control.value === '') {
    p.result.say(t.sourceMissing, true);
    // Then to the field, where the choice is made (its own message says the same).
    markIssues([options.source], [{ field: 'source', message: t.sourceMissing }]);
    return;
  }
  const settings: ImportSettings = {
    mapping: s.mapping,
    country: options.country.control.value,
    batchId: s.batchId,
    fileName: s.fileName,
    source: options.source.control.value,
    policy: options.policy(),
    fingerprint: s.fingerprint,
    phoneChoices: p.possible.choices(),
  };
  await whileBusy(button, t.importing, async () => {
    p.resumeButton.hidden = true;
    p.onProgress(Math.min(f.rows.length, s.progress.next * CHUNK_ROWS), f.rows.length);
    try {
      const totals = await importFile(caller, f, settings, p.onProgress, s.progress);
      await call('finishImport', s.batchId).catch(() => undefined);
      p.result.say(m.importDone(totals));
      p.importButton.hidden = true;
      s.status = await call('getImportStatus');
    } catch (e) {
      const done = Math.min(f.rows.length, s.progress.next * CHUNK_ROWS);
      p.result.say(t.stopped(done, f.rows.length, errorText(e)), true);
      p.resumeButton.hidden = false;
    }
  });
}
