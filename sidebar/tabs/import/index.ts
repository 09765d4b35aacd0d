// The Import tab: read a file (or pasted rows) in the browser, map its columns, preview what the
// import will do, import it in chunks with a progress bar (resumable), undo the last import, and
// find and merge duplicates. The server decides everything; the tab sends and shows.
import { exportKind, suggestMapping } from '../../../src/domain/import/mapping';
import { importTab as importTabText } from './text';
import { parseCsv } from '../../csv';
import { fill, h } from '../../dom';
import { batchToResume, fingerprintOf, otherUnfinished } from '../../importRunner';
import { call, errorText } from '../../server';
import { duplicateFinder } from './duplicates';
import { showMapping } from './mapping';
import { notice, type Notice } from './notice';
import { importOptions, type ImportOptions } from './options';
import { importRun, type ImportRun } from './run';
import { newSession, type ImportSession } from './session';
import { importUndo, type ImportUndo } from './undo';
import { upload } from './upload';

const m = importTabText;
const t = m.tab;

interface Parts {
  s: ImportSession;
  say: Notice['say'];
  summary: HTMLElement;
  /** The mapping, options, preview and import: shown once a file is read. */
  options: HTMLElement;
  mappingBox: HTMLElement;
  choices: ImportOptions;
  run: ImportRun;
  undo: ImportUndo;
}

export function mountImport(root: HTMLElement): void {
  const s = newSession();
  const banner = notice({ 'aria-live': 'polite' });
  const say = banner.say;
  const mappingBox = h('div', { class: 'import-mapping' });
  const choices = importOptions();
  const run = importRun(s, choices, say);
  const options = h(
    'div',
    { hidden: true },
    h('h3', {}, t.mapping),
    mappingBox,
    choices.source.group,
    choices.country.group,
    choices.policyGroup,
    ...run.elements,
  );
  const undo = importUndo(s, say);
  const p: Parts = {
    s,
    say,
    summary: h('p', { class: 'secondary' }),
    options,
    mappingBox,
    choices,
    run,
    undo,
  };
  fill(
    root,
    h('h2', {}, t.heading),
    h('p', { class: 'secondary' }, t.intro),
    banner.element,
    ...upload((content, name) => void useText(p, content, name), say),
    p.summary,
    undo.unfinished,
    options,
    undo.toolbar,
    undo.ask,
    h('h2', {}, t.duplicatesHeading),
    ...duplicateFinder(),
  );
  s.statusLoaded = call('getImportStatus')
    .then((status) => {
      s.status = status;
      choices.country.control.value = status.country;
      const last = status.last;
      if (last && !last.finished && last.rowsDone < last.total) {
        say(m.resumeOffer(last.fileName, last.rowsDone, last.total));
      }
    })
    .catch((e) => say(errorText(e), true));
}

/** Reads the chosen text, and shows its mapping once the server's import status is in. */
async function useText(p: Parts, content: string, name: string): Promise<void> {
  const { s } = p;
  const mine = ++s.chosen;
  p.run.reset();
  p.say('');
  s.file = null;
  p.options.hidden = true;
  const parsed = parseCsv(content);
  if (parsed.header.length === 0 || parsed.rows.length === 0) {
    p.summary.textContent = '';
    p.say(t.nothingRead, true);
    return;
  }
  const { rows, header, skippedAbove } = parsed;
  p.summary.textContent = t.fileSummary(name, rows.length, header.length, skippedAbove);
  // Whether to resume is decided on the server's status, not on the blank one before it came.
  await s.statusLoaded;
  if (mine !== s.chosen) return;
  s.file = parsed;
  s.fileName = name;
  s.mapping = suggestMapping(header);
  p.choices.guessSource(exportKind(header));
  // The same content as an unfinished import (not just the same name: pasted rows always have
  // one, a fresh export often has last time's): continue that batch, so nothing is imported
  // twice. Another file starts a new batch, and the user hears of the one left unfinished.
  s.fingerprint = fingerprintOf(parsed);
  s.batchId = batchToResume(s.status.last, s.fingerprint);
  p.undo.showUnfinished(otherUnfinished(s.status.last, s.fingerprint));
  showMapping(p.mappingBox, parsed, s.mapping, p.run.reset);
  p.options.hidden = false;
}
