// The Import tab: read a file (or pasted rows) in the browser, map its columns, preview what the
// import will do, import it in chunks with a progress bar (resumable), undo the last import, and
// find and merge duplicates. The server decides everything; the tab sends and shows.
import { LEAD_SOURCES } from '../../src/domain/contact/contact';
import { suggestMapping, IMPORT_TARGETS, type ImportTarget } from '../../src/domain/import/mapping';
import {
  DUPLICATE_POLICIES,
  type DuplicatePolicy,
  type DuplicateGroupView,
  type ImportStatus,
} from '../../src/sidebarApi';
import { importTab as importTabText } from '../text';
import { parseCsv, type ParsedFile } from '../csv';
import { fill, h, uid, whileBusy } from '../dom';
import { choice, field, input, select, textarea } from '../form';
import {
  batchToResume,
  CHUNK_ROWS,
  fingerprintOf,
  importFile,
  newProgress,
  otherUnfinished,
  previewFile,
  type ImportCaller,
  type ImportProgress,
  type ImportSettings,
} from '../importRunner';
import { call } from '../server';
import { text } from '../text';

const m = importTabText;
const t = m.tab;

const caller: ImportCaller = {
  importKeys: (r) => call('importKeys', r),
  previewImport: (r) => call('previewImport', r),
  importChunk: (r) => call('importChunk', r),
};

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function mountImport(root: HTMLElement): void {
  let status: ImportStatus = { country: 'ID', last: null };
  let file: ParsedFile | null = null;
  let fileName = '';
  let mapping: ImportTarget[] = [];
  let batchId = '';
  let fingerprint = '';
  let progress: ImportProgress = newProgress();

  const banner = h('div', { class: 'banner', role: 'status', 'aria-live': 'polite', hidden: true });
  const say = (message: string, isError = false) => {
    banner.hidden = message === '';
    // Good news gets a calm green, not the problem banner's red.
    banner.className = isError ? 'banner error' : 'banner success';
    banner.textContent = message;
  };

  const fileInput = input('file', { accept: '.csv,.tsv,.txt,text/csv,text/plain' });
  const paste = textarea(3);
  const usePasted = h('button', { type: 'button' }, t.usePasted);
  const summary = h('p', { class: 'secondary' });
  const mappingBox = h('div', { class: 'import-mapping' });
  const source = field('source', t.source, select(LEAD_SOURCES));
  const country = field('country', t.country, input('text', { maxlength: '2', size: '2' }), {
    hint: t.countryHint,
  });
  const policyName = uid('policy');
  const policies = DUPLICATE_POLICIES.map(
    (p, i) =>
      choice('radio', { name: policyName, value: p, checked: i === 0 }, m.policies[p]).label,
  );
  const policyGroup = h(
    'fieldset',
    { class: 'form-group' },
    h('legend', {}, t.policy),
    ...policies,
  );
  const previewButton = h('button', { type: 'button', class: 'action' }, t.preview);
  const importButton = h('button', { type: 'button', class: 'create', hidden: true }, t.import(0));
  const resumeButton = h('button', { type: 'button', hidden: true }, t.resume);
  const bar = h('progress', {
    max: '1',
    value: '0',
    hidden: true,
    'aria-label': t.progressLabel,
    class: 'import-progress',
  });
  const barText = h('div', { class: 'secondary', 'aria-live': 'polite' });
  // The outcome of an import, where the user is (by the Import button, often thousands of
  // pixels below the banner at the top with a 60-column export), and focused so it is seen.
  const result = h('div', { class: 'banner', role: 'status', tabindex: '-1', hidden: true });
  const sayResult = (message: string, isError = false) => {
    result.hidden = message === '';
    result.className = isError ? 'banner error' : 'banner success';
    result.textContent = message;
    if (message !== '') result.focus();
  };
  // A previous import left unfinished, from another file than the one chosen.
  const unfinished = h('div', { class: 'confirm-bar', hidden: true });
  const counts = h('p', { class: 'import-counts' });
  const notes = h('ul', { class: 'import-notes secondary' });
  const options = h(
    'div',
    { hidden: true },
    h('h3', {}, t.mapping),
    mappingBox,
    source.group,
    country.group,
    policyGroup,
    h('div', { class: 'toolbar' }, previewButton, importButton, resumeButton),
    bar,
    barText,
    result,
    counts,
    notes,
  );

  const policy = (): DuplicatePolicy =>
    (root.querySelector(`input[name="${policyName}"]:checked`) as HTMLInputElement | null)
      ?.value as DuplicatePolicy;
  const onProgress = (done: number, total: number) => {
    bar.hidden = false;
    bar.max = Math.max(1, total);
    bar.value = done;
    barText.textContent = m.progress(done, total);
  };
  const reset = () => {
    importButton.hidden = true;
    resumeButton.hidden = true;
    counts.textContent = '';
    fill(notes);
    sayResult('');
    progress = newProgress();
  };

  function showMapping(f: ParsedFile): void {
    fill(mappingBox);
    // Mapped columns first; the ones not imported (30+ in an Outlook export) behind a toggle.
    const rest = h('div', { hidden: true });
    const unmapped = f.header.filter((_, i) => mapping[i] === 'ignore').length;
    const toggle = h(
      'button',
      { type: 'button', 'aria-expanded': 'false' },
      t.moreColumns(unmapped),
    );
    toggle.addEventListener('click', () => {
      rest.hidden = !rest.hidden;
      toggle.setAttribute('aria-expanded', String(!rest.hidden));
      toggle.textContent = rest.hidden ? t.moreColumns(unmapped) : t.fewerColumns;
    });
    f.header.forEach((header, i) => {
      const s = select([]);
      for (const target of IMPORT_TARGETS)
        s.appendChild(h('option', { value: target }, m.targets[target]));
      s.value = mapping[i];
      s.addEventListener('change', () => {
        mapping[i] = s.value as ImportTarget;
        reset();
      });
      const sample = f.rows.find((r) => (r.cells[i] ?? '').trim() !== '')?.cells[i] ?? '';
      const label = header || `#${i + 1}`;
      const group = field(`column-${i}`, label, s, {
        hint: sample ? t.example(sample.slice(0, 60)) : '',
      }).group;
      (mapping[i] === 'ignore' ? rest : mappingBox).appendChild(group);
    });
    if (unmapped > 0) mappingBox.append(toggle, rest);
  }

  let choices = 0;
  async function useText(content: string, name: string): Promise<void> {
    const mine = ++choices;
    reset();
    say('');
    file = null;
    options.hidden = true;
    const parsed = parseCsv(content);
    if (parsed.header.length === 0 || parsed.rows.length === 0) {
      summary.textContent = '';
      say(t.nothingRead, true);
      return;
    }
    summary.textContent = t.fileSummary(
      name,
      parsed.rows.length,
      parsed.header.length,
      parsed.skippedAbove,
    );
    // Whether to resume is decided on the server's status, not on the blank one before it came.
    await statusLoaded;
    if (mine !== choices) return;
    file = parsed;
    fileName = name;
    mapping = suggestMapping(parsed.header);
    // The same content as an unfinished import (not just the same name: pasted rows always have
    // one, a fresh export often has last time's): continue that batch, so nothing is imported
    // twice. Another file starts a new batch, and the user hears of the one left unfinished.
    fingerprint = fingerprintOf(parsed);
    batchId = batchToResume(status.last, fingerprint);
    showUnfinished(otherUnfinished(status.last, fingerprint));
    showMapping(parsed);
    options.hidden = false;
  }

  fileInput.addEventListener('change', () => {
    const chosen = fileInput.files?.[0];
    if (!chosen) return;
    const reader = new FileReader();
    reader.onload = () => void useText(String(reader.result ?? ''), chosen.name);
    reader.onerror = () => say(errorText(reader.error), true);
    reader.readAsText(chosen, 'utf-8');
  });
  usePasted.addEventListener('click', () => void useText(paste.value, t.pastedName));

  previewButton.addEventListener('click', () => {
    if (!file) return;
    const f = file;
    reset();
    say('');
    void whileBusy(previewButton, t.previewing, async () => {
      try {
        const r = await previewFile(
          caller,
          f,
          mapping,
          country.control.value,
          onProgress,
          batchId || undefined,
        );
        batchId = r.batchId;
        counts.textContent = m.previewSummary(r.counts);
        for (const n of r.notes.slice(0, 50)) notes.appendChild(h('li', {}, n.message));
        if (r.notes.length > 50) notes.appendChild(h('li', {}, t.moreNotes(r.notes.length - 50)));
        importButton.textContent = t.import(f.rows.length);
        importButton.hidden = false;
      } catch (e) {
        say(errorText(e), true);
      }
    });
  });

  async function runImport(button: HTMLButtonElement): Promise<void> {
    if (!file) return;
    const f = file;
    const settings: ImportSettings = {
      mapping,
      country: country.control.value,
      batchId,
      fileName,
      source: source.control.value,
      policy: policy(),
      fingerprint,
    };
    await whileBusy(button, t.importing, async () => {
      resumeButton.hidden = true;
      try {
        const totals = await importFile(caller, f, settings, onProgress, progress);
        await call('finishImport', batchId).catch(() => undefined);
        sayResult(m.importDone(totals));
        importButton.hidden = true;
        status = await call('getImportStatus');
      } catch (e) {
        sayResult(
          t.stopped(
            Math.min(f.rows.length, progress.next * CHUNK_ROWS),
            f.rows.length,
            errorText(e),
          ),
          true,
        );
        resumeButton.hidden = false;
      }
    });
  }
  importButton.addEventListener('click', () => void runImport(importButton));
  resumeButton.addEventListener('click', () => void runImport(resumeButton));

  // Undo, asked in place (a sidebar can't rely on window.confirm).
  const undoButton = h('button', { type: 'button' }, t.undo);
  const undoAsk = h('div', { class: 'confirm-bar', hidden: true });
  undoButton.addEventListener('click', () => askUndo());

  function showUnfinished(last: ImportStatus['last']): void {
    unfinished.hidden = !last;
    if (!last) return;
    const undoIt = h('button', { type: 'button' }, t.undoUnfinished);
    undoIt.addEventListener('click', () => {
      unfinished.hidden = true;
      askUndo();
      undoAsk.scrollIntoView?.({ block: 'nearest' });
    });
    fill(
      unfinished,
      h('p', {}, m.unfinishedOther(last.fileName, last.rowsDone, last.total)),
      undoIt,
    );
  }

  function askUndo(): void {
    const yes = h('button', { type: 'button', class: 'action' }, t.undoYes);
    const no = h('button', { type: 'button' }, t.cancel);
    fill(undoAsk, h('p', {}, t.undoAsk(status.last?.fileName ?? '')), yes, no);
    undoAsk.hidden = false;
    no.addEventListener('click', () => (undoAsk.hidden = true));
    yes.addEventListener('click', () => {
      void whileBusy(yes, text.importTab.undoing, async () => {
        try {
          const r = await call('undoLastImport');
          say(r.message);
          status = await call('getImportStatus');
          if (fingerprint) batchId = batchToResume(status.last, fingerprint);
        } catch (e) {
          say(errorText(e), true);
        }
        undoAsk.hidden = true;
      });
    });
  }

  // Duplicates: each group with a choice of the contact to keep and of each conflicting value.
  const findButton = h('button', { type: 'button' }, t.find);
  const groupsBox = h('div', { class: 'duplicate-groups' });
  const findDuplicates = () =>
    whileBusy(findButton, t.finding, async () => {
      try {
        const r = await call('findDuplicates');
        fill(groupsBox, h('p', { class: 'secondary' }, r.message));
        r.groups.slice(0, 30).forEach((g) => groupsBox.appendChild(groupView(g)));
      } catch (e) {
        fill(groupsBox, h('p', { class: 'error' }, errorText(e)));
      }
    });
  findButton.addEventListener('click', () => void findDuplicates());

  function groupView(g: DuplicateGroupView): HTMLElement {
    const keepName = uid('keep');
    const box = h('div', { class: 'duplicate-group' });
    g.contacts.forEach((c, i) => {
      const details = [c.company, c.email, c.phone, c.stage].filter(Boolean).join(' · ');
      box.appendChild(
        choice(
          'radio',
          { name: keepName, value: c.id, checked: i === 0 },
          `${c.name || c.id} `,
          h('span', { class: 'secondary' }, details),
        ).label,
      );
    });
    const choices = g.conflicts.map((conflict) => {
      const s = select([]);
      for (const o of conflict.options) s.appendChild(h('option', { value: o.contactId }, o.value));
      box.appendChild(field(`merge-${conflict.field}`, conflict.label, s).group);
      return { field: conflict.field, control: s };
    });
    const mergeButton = h('button', { type: 'button', class: 'action' }, t.merge);
    const result = h('p', { class: 'secondary', role: 'status' });
    mergeButton.addEventListener('click', () => {
      void whileBusy(mergeButton, t.merging, async () => {
        try {
          const keep = box.querySelector(`input[name="${keepName}"]:checked`) as HTMLInputElement;
          const r = await call('mergeContacts', {
            keepId: keep.value,
            ids: g.contacts.map((c) => c.id),
            choices: Object.fromEntries(choices.map((c) => [c.field, c.control.value])),
            versions: g.versions,
          });
          fill(box, h('p', {}, r.message));
        } catch (e) {
          result.className = 'error';
          result.textContent = errorText(e);
        }
      });
    });
    box.append(mergeButton, result);
    return box;
  }

  fill(
    root,
    h('h2', {}, t.heading),
    h('p', { class: 'secondary' }, t.intro),
    banner,
    field('file', t.file, fileInput).group,
    field('paste', t.paste, paste).group,
    usePasted,
    summary,
    unfinished,
    options,
    h('div', { class: 'toolbar' }, undoButton),
    undoAsk,
    h('h2', {}, t.duplicatesHeading),
    findButton,
    groupsBox,
  );

  const statusLoaded = call('getImportStatus')
    .then((s) => {
      status = s;
      country.control.value = s.country;
      if (s.last && !s.last.finished && s.last.rowsDone < s.last.total) {
        say(m.resumeOffer(s.last.fileName, s.last.rowsDone, s.last.total));
      }
    })
    .catch((e) => say(errorText(e), true));
}
