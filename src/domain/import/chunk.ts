// Planning one chunk's writes, decided before the first of them: which contacts to append, which
// to fill, which Import entries to add and which entries an earlier send left without their
// check. Pure: app/import.ts reads what it needs from the sheet, then writes what this returns.
import { systemActivity } from '../contact/activities';
import {
  emptyContact,
  newContactId,
  type Activity,
  type Contact,
  type IdSet,
} from '../contact/contact';
import { withImportCheck } from '../contact/contactHash';
import { serverText } from '../messages/server';
import { importActivityId, importActivityPrefix } from './batch';
import {
  fillPatch,
  lineTarget,
  type DuplicatePolicy,
  type ImportNote,
  type ImportRow,
  type RowPlan,
} from './plan';

/** An Import activity of a batch: whose it is, the check of the row it left, if any, and where. */
export interface ImportEntry {
  contactId: string;
  check: string | null;
  /** Its sheet row, and its summary as written (to add the check to). */
  row: number;
  summary: string;
}

/** The batch a chunk belongs to, as its request names it. */
export interface ChunkBatch {
  batchId: string;
  fileName: string;
  source: Contact['source'];
  policy: DuplicatePolicy;
}

/** What the batch's entries found in the log tell: where each line went, and the checks left. */
export interface BatchProgress {
  /** 'L17' → the contact ID file line 17 became. */
  placed: Map<string, string>;
  /** Contact ID → the checks the batch's entries recorded for its row. */
  checksOf: Map<string, Set<string>>;
}

export function addCheck(checksOf: Map<string, Set<string>>, id: string, check: string): void {
  checksOf.set(id, (checksOf.get(id) ?? new Set()).add(check));
}

export function batchProgress(
  batchId: string,
  done: ReadonlyMap<string, ImportEntry>,
): BatchProgress {
  const prefix = importActivityPrefix(batchId);
  const placed = new Map<string, string>();
  const checksOf = new Map<string, Set<string>>();
  for (const [activityId, entry] of done) {
    const line = activityId.slice(prefix.length);
    if (/^\d+$/.test(line)) placed.set(`L${line}`, entry.contactId);
    if (entry.check) addCheck(checksOf, entry.contactId, entry.check);
  }
  return { placed, checksOf };
}

/**
 * The rows a chunk reads whole: the contacts it may fill, and this batch's rows whose entry has
 * no check yet (the send that wrote them stopped before adding it).
 */
export function rowsToRead(
  policy: DuplicatePolicy,
  plans: readonly RowPlan[],
  placed: ReadonlyMap<string, string>,
  done: ReadonlyMap<string, ImportEntry>,
  ownBatch: ReadonlySet<string>,
): { fillIds: Set<string>; uncheckedIds: Set<string> } {
  const fillIds = new Set<string>();
  if (policy === 'fill')
    for (const p of plans) {
      if (p.kind === 'existing' && !p.phoneOnly) fillIds.add(p.contactId);
      else if (p.kind === 'inFile') fillIds.add(placed.get(p.target) ?? p.target);
    }
  const uncheckedIds = new Set(
    [...done.values()]
      .filter((e) => e.check === null && ownBatch.has(e.contactId))
      .map((e) => e.contactId),
  );
  return { fillIds, uncheckedIds };
}

/** The sheet as the chunk found it. */
export interface ChunkSheet {
  /** Every contact ID in the sheet (a map by ID will do: only asked `has`). */
  ids: IdSet;
  /** The contacts the chunk may fill, read whole (rowsToRead's fillIds). */
  fillable: ReadonlyMap<string, Contact>;
  /** The checks of this batch's unchecked rows nobody touched since (contact ID → check). */
  asLeft: ReadonlyMap<string, string>;
  /** The check of a contact's row as it is now (a row read whole). */
  checkNow(id: string): string;
}

/** Who writes, when, and the IDs' randomness. */
export interface ChunkAuthor {
  me: string;
  now: string;
  random: () => number;
}

export interface ChunkWrites {
  /** New contacts, each with the cells of its extra columns. */
  fresh: { contact: Contact; extras: Record<string, string> }[];
  /** Fills of contacts already in the sheet: contact ID → fields. */
  changes: Map<string, Partial<Contact>>;
  /** Import entries to append (before anything else is written). */
  entries: Activity[];
  /** Entries an earlier send wrote that get their check now: sheet row → summary. */
  summaries: Map<number, string>;
  /** Entries an earlier send wrote whose check is the row as this chunk writes it. */
  recheck: { contactId: string; entry: ImportEntry }[];
  /** This batch's rows from earlier chunks, filled now while still as the import left them. */
  vouched: string[];
  added: number;
  filled: number;
  skipped: number;
  alreadyDone: number;
}

type Candidate = Extract<RowPlan, { candidate: unknown }>;
type Duplicate = Extract<RowPlan, { kind: 'existing' | 'inFile' }>;

/**
 * Plans the chunk's rows in file order. A line with an entry was started by an earlier send: an
 * entry without a check whose new contact is missing has its contact written again under the ID
 * the entry names, never a second one; a fill only fills empty fields, so doing it again is
 * harmless.
 */
export function planChunk(
  batch: ChunkBatch,
  plans: readonly RowPlan[],
  done: ReadonlyMap<string, ImportEntry>,
  progress: BatchProgress,
  sheet: ChunkSheet,
  author: ChunkAuthor,
): ChunkWrites {
  const planner = new ChunkPlanner(batch, progress, sheet, author);
  for (const p of plans) {
    if (p.kind === 'invalid') continue;
    const entry = done.get(importActivityId(batch.batchId, p.line));
    // A possible duplicate the user chose to import is planned as new; one still here is skipped.
    if (p.kind === 'existing' && p.phoneOnly) planner.out.skipped++;
    else if (p.kind === 'new' || batch.policy === 'anyway') planner.add(p, entry);
    else if (batch.policy === 'skip') planner.out.skipped++;
    else planner.fill(p, entry);
  }
  return planner.finish();
}

class ChunkPlanner {
  readonly out: ChunkWrites = {
    fresh: [],
    changes: new Map(),
    entries: [],
    summaries: new Map(),
    recheck: [],
    vouched: [],
    added: 0,
    filled: 0,
    skipped: 0,
    alreadyDone: 0,
  };
  private readonly m = serverText().imports;
  private readonly taken: IdSet;
  private readonly added = new Set<string>();
  private readonly fresh = new Map<string, Contact>();
  private readonly fillable: Map<string, Contact>;
  /**
   * This batch's rows from earlier chunks that a line fills: were they still as the import left
   * them? Only then does the fill's entry vouch for the filled row.
   */
  private readonly untouched = new Map<string, boolean>();

  constructor(
    private readonly batch: ChunkBatch,
    private readonly progress: BatchProgress,
    private readonly sheet: ChunkSheet,
    private readonly author: ChunkAuthor,
  ) {
    for (const [id, check] of sheet.asLeft) addCheck(progress.checksOf, id, check);
    // The sheet's IDs and this chunk's new ones, without copying the sheet's.
    this.taken = { has: (id) => sheet.ids.has(id) || this.added.has(id) };
    this.fillable = new Map([...sheet.fillable].map(([id, c]) => [id, { ...c }]));
  }

  /** A new row (or any row, importing duplicates anyway). */
  add(p: Candidate, done: ImportEntry | undefined): void {
    if (!done) {
      const contact = this.newContact(p, newContactId(this.author.random, this.taken));
      this.entry(contact, this.m.importedRow(this.batch.fileName, p.line), p.line);
    } else if (done.check === null && !this.sheet.ids.has(done.contactId)) {
      this.newContact(p, done.contactId);
      this.out.recheck.push({ contactId: done.contactId, entry: done });
    } else {
      if (done.check === null) this.vouch(done, this.sheet.asLeft.get(done.contactId));
      this.out.alreadyDone++;
    }
  }

  /** Fills the existing contact, or the contact an earlier line of this file became. */
  fill(p: Duplicate, done: ImportEntry | undefined): void {
    if (done?.check) return void this.out.alreadyDone++;
    const targetId =
      p.kind === 'existing' ? p.contactId : (this.progress.placed.get(p.target) ?? p.target);
    const target = this.fresh.get(targetId) ?? this.fillable.get(targetId);
    const patch = target ? fillPatch(target, p.candidate) : {};
    const fields = Object.keys(patch) as (keyof typeof patch)[];
    if (!target || fields.length === 0) {
      // A fill written by an earlier send that stopped before adding its check.
      if (done) this.vouch(done, target ? this.sheet.asLeft.get(target.id) : undefined);
      if (done) this.out.alreadyDone++;
      else this.out.skipped++;
      return;
    }
    const own = target.importBatch === this.batch.batchId;
    const id = target.id;
    if (own && !this.fresh.has(id) && !this.untouched.has(id)) {
      const left = this.progress.checksOf.get(id)?.has(this.sheet.checkNow(id)) ?? false;
      this.untouched.set(id, left);
    }
    Object.assign(target, patch);
    if (!this.fresh.has(id)) {
      // A contact this import wrote stays untouched for Undo; anyone else's was updated.
      const change = { ...(this.out.changes.get(id) ?? {}), ...patch };
      if (!own) target.updated = change.updated = this.author.now;
      this.out.changes.set(id, change);
    }
    if (done) this.out.recheck.push({ contactId: id, entry: done });
    else {
      const names = fields.map((f) => this.m.targets[f]);
      this.entry(target, this.m.filledRow(this.batch.fileName, p.line, names), p.line);
    }
    this.out.filled++;
  }

  finish(): ChunkWrites {
    this.out.vouched = [...this.untouched].filter(([, ok]) => ok).map(([id]) => id);
    return this.out;
  }

  private newContact(p: Candidate, id: string): Contact {
    const { batch, author } = this;
    const contact: Contact = {
      ...emptyContact(),
      ...p.candidate.fields,
      id,
      stage: 'Lead',
      source: batch.source,
      owner: author.me,
      importBatch: batch.batchId,
      created: author.now,
      updated: author.now,
    };
    this.added.add(id);
    this.out.fresh.push({ contact, extras: p.candidate.extras });
    this.fresh.set(id, contact);
    this.progress.placed.set(lineTarget(p.line), id);
    this.out.added++;
    return contact;
  }

  private entry(contact: Contact, summary: string, line: number): void {
    const id = importActivityId(this.batch.batchId, line);
    this.out.entries.push(
      systemActivity('Import', contact, summary, this.author.me, this.author.now, id),
    );
  }

  /** An entry written by an earlier send gets `check` (the row as it is now), if there is one. */
  private vouch(entry: ImportEntry, check: string | undefined): void {
    if (check) this.out.summaries.set(entry.row, withImportCheck(entry.summary, check));
  }
}

/** What the Import tab shows of a chunk's plan: a note per invalid or duplicate line. */
export function chunkNotes(plans: readonly RowPlan[]): ImportNote[] {
  const m = serverText().imports;
  const out: ImportNote[] = [];
  for (const p of plans) {
    if (p.kind === 'invalid') {
      out.push({ line: p.line, kind: p.kind, message: m.lineReason(p.line, p.reasons.join(' ')) });
    } else if (p.kind === 'existing' && p.phoneOnly) {
      const message = m.phoneOnly(p.line, p.contactName, p.contactId);
      out.push({ line: p.line, kind: 'phoneOnly', message });
    } else if (p.kind === 'existing') {
      const on = m.keyKinds[p.matchedOn];
      out.push({
        line: p.line,
        kind: p.kind,
        message: m.duplicateOfContact(p.line, p.contactName, p.contactId, on),
      });
    } else if (p.kind === 'inFile') {
      const on = m.keyKinds[p.matchedOn];
      out.push({ line: p.line, kind: p.kind, message: m.duplicateOfLine(p.line, p.firstLine, on) });
    }
  }
  return out;
}

/** This chunk's own lines of the plan's targets: what the next chunks may need of them. */
export function chunkTargets(rows: readonly ImportRow[], targets: Record<string, string>) {
  const out: Record<string, string> = {};
  for (const r of rows) if (targets[r.line] !== undefined) out[r.line] = targets[r.line];
  return out;
}
