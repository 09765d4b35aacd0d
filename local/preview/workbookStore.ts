// The preview's workbook on disk: a snapshot (`workbook.json`, the runtime's saved state) and an
// append-only journal beside it (`workbook.json.journal`). A change appends one line (what
// differs from the state last written, journal.ts) and fsyncs it, instead of rewriting the whole
// snapshot (7 MB at 10,000 contacts) every time. Opening replays the journal onto the snapshot
// and, when it held any line, compacts: a new snapshot is written atomically, then the journal
// is emptied. It compacts
// again when the journal outgrows the snapshot. A kill -9 at any point loses nothing written:
// killed mid-line, the torn last line is ignored; killed between the new snapshot and the
// emptied journal, the journal's lines replay onto a snapshot that holds them already, which
// changes nothing (journal.ts writes absolute values).
import fs from 'node:fs';
import { Runtime, writeFileAtomic, type RuntimeState } from '../runtime/index';
import { applyEntry, diffState, type JournalEntry } from './journal';

/** Below this, the journal never triggers a compaction, whatever the snapshot's size. */
const MIN_COMPACT_BYTES = 1024 * 1024;

export const journalFile = (file: string) => `${file}.journal`;

/** The snapshot with the journal's complete lines applied; a torn last line is left out. */
export function readWorkbookState(file: string): { state: RuntimeState; tornBytes: number } {
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as RuntimeState;
  const journal = journalFile(file);
  if (!fs.existsSync(journal)) return { state, tornBytes: 0 };
  const text = fs.readFileSync(journal, 'utf8');
  const lines = text.split('\n');
  // Everything after the last newline was being written when the process died.
  const torn = lines.pop() ?? '';
  lines.forEach((line, i) => {
    if (line === '') return;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(line) as JournalEntry;
    } catch {
      throw new Error(`${journal}: line ${i + 1} is not valid JSON; the journal is damaged.`);
    }
    applyEntry(state, entry);
  });
  return { state, tornBytes: Buffer.byteLength(torn) };
}

/** The workbook a preview left in `file` (snapshot and journal), as a runtime: for tools and tests. */
export function loadWorkbook(file: string): Runtime {
  return Runtime.fromJSON(readWorkbookState(file).state);
}

/** The snapshot and the journal as stored: equal before and after, nothing was written. */
export function storedText(file: string): string {
  const journal = journalFile(file);
  const lines = fs.existsSync(journal) ? fs.readFileSync(journal, 'utf8') : '';
  return `${fs.readFileSync(file, 'utf8')}\n${lines}`;
}

export class WorkbookStore {
  /** The state as last written: what the snapshot plus the journal hold. */
  private written: RuntimeState | null = null;
  private journalBytes = 0;
  private snapshotBytes = 0;
  /** Compactions made since the store opened (for tests and the bench). */
  compactions = 0;

  constructor(readonly file: string) {}

  exists(): boolean {
    return fs.existsSync(this.file);
  }

  /** Loads the workbook (snapshot and journal) and compacts it into a new snapshot. */
  open(): Runtime {
    const journal = journalFile(this.file);
    if (!fs.existsSync(journal) || fs.statSync(journal).size === 0) {
      // Nothing to replay: the snapshot is the workbook as it is; no need to write it again.
      const text = fs.readFileSync(this.file, 'utf8');
      this.written = JSON.parse(text) as RuntimeState;
      this.snapshotBytes = Buffer.byteLength(text);
      this.journalBytes = 0;
      return Runtime.fromJSON(JSON.parse(text) as RuntimeState);
    }
    const { state } = readWorkbookState(this.file);
    const rt = Runtime.fromJSON(state);
    this.compact(rt);
    return rt;
  }

  /** Writes `rt` as a new snapshot and empties the journal (a new workbook, a compaction). */
  compact(rt: Runtime): void {
    // Serialised once: rt.save would stringify the whole state (megabytes) a second time.
    const text = JSON.stringify(rt.toJSON());
    writeFileAtomic(this.file, text);
    this.written = JSON.parse(text) as RuntimeState;
    this.snapshotBytes = Buffer.byteLength(text);
    this.truncateJournal();
    this.compactions++;
  }

  /** Appends what changed since the last write; compacts once the journal outgrows the snapshot. */
  commit(rt: Runtime): void {
    if (!this.written) return this.compact(rt);
    const entry = diffState(this.written, rt.toJSON());
    if (!entry) return;
    const line = `${JSON.stringify(entry)}\n`;
    const bytes = Buffer.byteLength(line);
    if (this.journalBytes + bytes > Math.max(MIN_COMPACT_BYTES, this.snapshotBytes))
      return this.compact(rt);
    this.append(line);
    this.journalBytes += bytes;
    // Applied as it reads back, so `written` is exactly what a restart would load.
    applyEntry(this.written, JSON.parse(line) as JournalEntry);
  }

  /** A runtime at the state last written (an execution thrown away goes back to it). */
  restore(): Runtime {
    if (!this.written) throw new Error('Nothing has been written yet.');
    return Runtime.fromJSON(structuredClone(this.written));
  }

  private append(line: string): void {
    const fd = fs.openSync(journalFile(this.file), 'a');
    try {
      fs.writeSync(fd, line);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  private truncateJournal(): void {
    const journal = journalFile(this.file);
    if (fs.existsSync(journal)) {
      const fd = fs.openSync(journal, 'r+');
      try {
        fs.ftruncateSync(fd, 0);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
    this.journalBytes = 0;
  }
}
