// Lead import: preview a file chunk by chunk, then write it chunk by chunk. Each chunk to write
// is one lock and a number of service calls that depends on the chunk, never on the number of
// contacts (the duplicate check reads the key columns only). It is idempotent: every row written
// leaves an Import activity whose ID is the batch and the file line ('I-7K3QX9-17'), written
// before the row itself, so a chunk sent again (a lost answer, a failed write, resuming after
// the sidebar closed) writes nothing twice. A chunk finds its lines' entries by a search of the
// Activity ID column, never by reading the log (which grows with every contact). An entry's
// summary ends with the check of the row as the import left it (read back after writing), so
// Undo can remove exactly the rows nobody touched since, hand edits in the sheet included. A
// send that stopped before adding its checks leaves entries without one: sent again, the chunk
// adds them for the rows nobody touched since (see resumedChecks).
//
// What a chunk needs of earlier chunks (the earlier lines its rows share a duplicate key with,
// and where those went) is sent with it by the Import tab, which keeps each row's keys
// (importKeys) and each chunk's targets: a request stays the size of its chunk.
import { systemActivity } from '../domain/contact/activities';
import {
  contactFromCells,
  emptyContact,
  newContactId,
  type Activity,
  type ActivityKey,
  type Contact,
  type ContactKey,
} from '../domain/contact/contact';
import { withImportCheck } from '../domain/contact/contactHash';
import type { CountryCode } from '../domain/import/dedupe';
import { ValidationError } from '../domain/errors';
import { extraHeaders } from '../domain/import/mapping';
import { isUnfinished } from '../domain/import/progress';
import {
  countPlans,
  fillPatch,
  indexContacts,
  lineTarget,
  planRows,
  rowKeys,
  type ImportRow,
  type RowPlan,
} from '../domain/import/plan';
import {
  isBatchId,
  newBatchId,
  validatePlanRequest,
  validateWriteRequest,
} from '../domain/import/request';
import type {
  ImportChunkResult,
  ImportKeysResult,
  ImportNote,
  ImportPreviewResult,
  ImportStatus,
} from '../domain/import/types';
import { msg } from '../domain/messages/messages';
import {
  appendImported,
  appendImportEntries,
  ensureExtraColumns,
  entryPattern,
  findActivitiesOf,
  findImportEntries,
  openImportLog,
  readContactKeys,
  readRows,
  readRowsAt,
  rowCheck,
  setEntrySummaries,
  type ImportEntry,
} from '../sheets/importStore';
import {
  readDefaultCountry,
  readImportRecord,
  writeDefaultCountry,
  writeImportRecord,
} from '../sheets/importRecord';
import { withDocumentLock } from './locks';
import { cellsOf, writeChanges, type Layout } from '../sheets/sheetTable';
import { CONTACTS } from '../sheets/tables';
import { context, services, withSheets, type Context } from './context';

type Value = string | number | boolean | Date;

/** The Import activity ID of a file line: batch suffix and line ('B-7K3QX9', 17 → 'I-7K3QX9-17'). */
export function importActivityId(batchId: string, line: number): string {
  return `I-${batchId.slice(2)}-${line}`;
}

export function importActivityPrefix(batchId: string): string {
  return `I-${batchId.slice(2)}-`;
}

function notesOf(plans: readonly RowPlan[]): ImportNote[] {
  const m = msg().imports;
  const out: ImportNote[] = [];
  for (const p of plans) {
    if (p.kind === 'invalid') {
      out.push({ line: p.line, kind: p.kind, message: m.lineReason(p.line, p.reasons.join(' ')) });
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

/**
 * The duplicate index of the sheet from a narrow read (the key columns only). Contacts this very
 * import wrote are the file's own rows, not duplicates of the sheet.
 */
function existingIndex(ctx: Context, batchId: string | null, country: CountryCode) {
  const sheet = readContactKeys(ctx.ss, ctx.clock);
  const before = sheet.contacts.filter((c) => batchId === null || c.importBatch !== batchId);
  return { sheet, index: indexContacts(before, country) };
}

/** This chunk's own lines of the plan's targets: what the next chunks may need of them. */
function chunkTargets(rows: readonly ImportRow[], targets: Record<string, string>) {
  const out: Record<string, string> = {};
  for (const r of rows) if (targets[r.line] !== undefined) out[r.line] = targets[r.line];
  return out;
}

/**
 * The batch's Import entries this chunk needs, found by a search of the Activity ID column (see
 * findImportEntries), not by reading the log: those of its own lines (written by an earlier send
 * of it), so a chunk sent again writes nothing twice. A fill of a row an earlier line of the file
 * became needs that line's entry and every check the batch left on its row, wherever in the file
 * the lines that left them are: then all of the batch's entries.
 */
function batchEntries(
  log: Layout<ActivityKey>,
  req: { batchId: string; policy: string; rows: readonly ImportRow[] },
  plans: readonly RowPlan[],
): Map<string, ImportEntry> {
  const prefix = importActivityPrefix(req.batchId);
  if (req.rows.length === 0) return new Map();
  const lo = req.rows[0].line;
  const own = findImportEntries(
    log,
    entryPattern(prefix, { lo, hi: req.rows[req.rows.length - 1].line }),
  );
  const needsAll =
    req.policy === 'fill' &&
    plans.some((p) => {
      if (p.kind !== 'inFile' || !/^L\d+$/.test(p.target)) return false;
      const line = Number(p.target.slice(1));
      return line < lo || own.has(importActivityId(req.batchId, line));
    });
  return needsAll ? findImportEntries(log, entryPattern(prefix)) : own;
}

/**
 * The checks of this batch's rows whose Import entry has none (a send stopped after writing the
 * row, before adding it), for those nobody touched since: Updated still Created and no activity
 * but the batch's own (one search of the Contact ID column, only when there are such rows). The
 * check is the row as read, as Undo will read it. contact ID → check.
 */
function resumedChecks(
  ctx: Context,
  table: { layout: Layout<ContactKey>; header: readonly string[]; indexById: Map<string, number> },
  log: Layout<ActivityKey>,
  prefix: string,
  rows: readonly Value[][],
  ids: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const busy = new Set(
    findActivitiesOf(log, ids)
      .filter((a) => !a.activityId.startsWith(prefix))
      .map((a) => a.contactId),
  );
  for (const id of ids) {
    const i = table.indexById.get(id);
    if (i === undefined || busy.has(id)) continue;
    const { contact, check } = rowCheck(table.layout, table.header, rows[i], ctx.clock);
    if (contact.id === id && contact.updated === contact.created) out.set(id, check);
  }
  return out;
}

/** Where the Import tab starts: the default phone country and an import left unfinished. */
export function getImportStatus(): ImportStatus {
  const props = services().properties.document();
  return { country: readDefaultCountry(props), last: readImportRecord(props) };
}

/**
 * The duplicate keys of each row of a chunk ([] for an invalid row); reads nothing. The Import
 * tab keeps them, so each chunk it sends carries only the earlier lines its own rows share a
 * key with, never the whole file's keys.
 */
export function importKeys(payload: unknown): ImportKeysResult {
  const req = validatePlanRequest(payload);
  const ctx = context();
  return {
    keys: rowKeys(req.rows, {
      header: req.header,
      mapping: req.mapping,
      defaultCountry: req.country,
      today: ctx.clock.today,
    }),
  };
}

/** Plans one chunk of the file against the sheet as it is; writes nothing. */
export function previewImport(payload: unknown): ImportPreviewResult {
  const req = validatePlanRequest(payload);
  const ctx = context();
  const batchId =
    typeof (payload as { batchId?: unknown }).batchId === 'string' &&
    isBatchId((payload as { batchId: string }).batchId)
      ? (payload as { batchId: string }).batchId
      : null;
  return withSheets(ctx, () => {
    const { index } = existingIndex(ctx, batchId, req.country);
    const { plans, state } = planRows(req.rows, index, req.state, {
      header: req.header,
      mapping: req.mapping,
      defaultCountry: req.country,
      today: ctx.clock.today,
    });
    return {
      batchId: batchId ?? newBatchId(ctx.random),
      counts: countPlans(plans),
      notes: notesOf(plans),
      targets: chunkTargets(req.rows, state.targets),
    };
  });
}

/**
 * Writes one chunk. The Import entries go first, then fills and new rows, then each entry gets
 * the check of its row as written. So a line with an entry was started: an entry without a
 * check whose new contact is missing (the chunk stopped between the writes) has its contact
 * written again under the ID the entry names, and never a second one.
 */
export function importChunk(payload: unknown): ImportChunkResult {
  const req = validateWriteRequest(payload);
  const ctx = context();
  const m = msg().imports;
  return withDocumentLock(() =>
    withSheets(ctx, () => {
      const now = ctx.clock.nowIso;
      const props = services().properties.document();
      const previous = readImportRecord(props);
      const same = previous?.batchId === req.batchId ? previous : null;
      if (same?.fingerprint && same.fingerprint !== req.fingerprint)
        throw new ValidationError({ field: 'fingerprint', message: m.otherFile(same.fileName) });

      const { sheet, index } = existingIndex(ctx, req.batchId, req.country);
      const { plans, state } = planRows(req.rows, index, req.state, {
        header: req.header,
        mapping: req.mapping,
        defaultCountry: req.country,
        today: ctx.clock.today,
      });
      const prefix = importActivityPrefix(req.batchId);
      const activityLog = openImportLog(ctx.ss);
      const done = batchEntries(activityLog, req, plans);
      // Where each line of this batch went ('L17' → contact ID), and the checks its rows left.
      const placed = new Map<string, string>();
      const checksOf = new Map<string, Set<string>>();
      for (const [activityId, entry] of done) {
        const line = activityId.slice(prefix.length);
        if (/^\d+$/.test(line)) placed.set(`L${line}`, entry.contactId);
        if (entry.check)
          checksOf.set(
            entry.contactId,
            (checksOf.get(entry.contactId) ?? new Set()).add(entry.check),
          );
      }
      const { layout, header } = sheet;

      // The contacts this chunk may fill, read whole (one read per run of adjacent rows), with
      // the rows of this batch whose entry has no check yet (the send that wrote them stopped
      // before adding it).
      const fillIds = new Set<string>();
      if (req.policy === 'fill')
        for (const p of plans) {
          if (p.kind === 'existing') fillIds.add(p.contactId);
          else if (p.kind === 'inFile') fillIds.add(placed.get(p.target) ?? p.target);
        }
      const ownBatch = new Set(
        sheet.contacts.filter((c) => c.importBatch === req.batchId).map((c) => c.id),
      );
      const uncheckedIds = new Set(
        [...done.values()]
          .filter((e) => e.check === null && ownBatch.has(e.contactId))
          .map((e) => e.contactId),
      );
      const indexesOf = (ids: Iterable<string>) =>
        [...ids].flatMap((id) => {
          const i = sheet.indexById.get(id);
          return i === undefined ? [] : [i];
        });
      const fillIndexes = indexesOf(fillIds);
      const fullRows = readRowsAt(layout, [...fillIndexes, ...indexesOf(uncheckedIds)]);
      const byId = new Map<string, Contact>();
      for (const i of fillIndexes) {
        const c = contactFromCells(cellsOf(CONTACTS, layout, fullRows[i], ctx.clock));
        byId.set(c.id, c);
      }
      // Those rows as the import left them, nobody having touched them since (Updated is
      // Created, no activity but the batch's own): their check is the row as read now.
      const asLeft = resumedChecks(
        ctx,
        { layout, header, indexById: sheet.indexById },
        activityLog,
        prefix,
        fullRows,
        [...uncheckedIds],
      );
      for (const [id, check] of asLeft)
        checksOf.set(id, (checksOf.get(id) ?? new Set()).add(check));
      const summaries = new Map<number, string>();
      const addCheck = (entry: ImportEntry, check: string) =>
        summaries.set(entry.row, withImportCheck(entry.summary, check));

      // This batch's rows from earlier chunks that a line of this chunk fills: were they still
      // as the import left them? Only then does the fill's entry vouch for the filled row.
      const untouched = new Map<string, boolean>();
      const taken = new Set(sheet.indexById.keys());
      const fresh: { contact: Contact; extras: Record<string, string> }[] = [];
      const freshById = new Map<string, Contact>();
      const changes = new Map<string, Partial<Contact>>();
      const log: Activity[] = [];
      // Entries written by an earlier send that get their check now: contact ID → entries.
      const recheck: { contactId: string; entry: ImportEntry }[] = [];
      let added = 0;
      let filled = 0;
      let skipped = 0;
      let alreadyDone = 0;
      const newContact = (p: Extract<RowPlan, { candidate: unknown }>, id: string) => {
        const contact: Contact = {
          ...emptyContact(),
          ...p.candidate.fields,
          id,
          stage: 'Lead',
          source: req.source,
          owner: ctx.me,
          importBatch: req.batchId,
          created: now,
          updated: now,
        };
        taken.add(id);
        fresh.push({ contact, extras: p.candidate.extras });
        freshById.set(id, contact);
        placed.set(lineTarget(p.line), id);
        added++;
        return contact;
      };

      for (const p of plans) {
        if (p.kind === 'invalid') continue;
        const activityId = importActivityId(req.batchId, p.line);
        const entry = done.get(activityId);
        if (p.kind === 'new' || req.policy === 'anyway') {
          if (!entry) {
            const contact = newContact(p, newContactId(ctx.random, taken));
            log.push(
              systemActivity(
                'Import',
                contact,
                m.importedRow(req.fileName, p.line),
                ctx.me,
                now,
                activityId,
              ),
            );
          } else if (entry.check === null && !sheet.indexById.has(entry.contactId)) {
            newContact(p, entry.contactId);
            recheck.push({ contactId: entry.contactId, entry });
          } else {
            const check = entry.check === null ? asLeft.get(entry.contactId) : undefined;
            if (check) addCheck(entry, check);
            alreadyDone++;
          }
          continue;
        }
        if (req.policy === 'skip') {
          skipped++;
          continue;
        }
        // Fill: the existing contact, or the contact an earlier line of this file became. A
        // fill only fills empty fields, so doing it again after an interrupted send is harmless.
        if (entry?.check) {
          alreadyDone++;
          continue;
        }
        const targetId = p.kind === 'existing' ? p.contactId : (placed.get(p.target) ?? p.target);
        const target = freshById.get(targetId) ?? byId.get(targetId);
        const patch = target ? fillPatch(target, p.candidate) : {};
        const fields = Object.keys(patch) as (keyof typeof patch)[];
        if (!target || fields.length === 0) {
          if (entry) {
            // A fill written by an earlier send that stopped before adding its check.
            const check = target ? asLeft.get(target.id) : undefined;
            if (check) addCheck(entry, check);
            alreadyDone++;
          } else skipped++;
          continue;
        }
        const own = target.importBatch === req.batchId;
        if (own && !freshById.has(target.id) && !untouched.has(target.id)) {
          const i = sheet.indexById.get(target.id) as number;
          const check = rowCheck(layout, header, fullRows[i], ctx.clock).check;
          untouched.set(target.id, checksOf.get(target.id)?.has(check) ?? false);
        }
        Object.assign(target, patch);
        if (!freshById.has(target.id)) {
          // A contact this import wrote stays untouched for Undo; anyone else's was updated.
          const change = { ...(changes.get(target.id) ?? {}), ...patch };
          if (!own) {
            target.updated = now;
            change.updated = now;
          }
          changes.set(target.id, change);
        }
        if (entry) recheck.push({ contactId: target.id, entry });
        else
          log.push(
            systemActivity(
              'Import',
              target,
              m.filledRow(
                req.fileName,
                p.line,
                fields.map((f) => msg().imports.targets[f]),
              ),
              ctx.me,
              now,
              activityId,
            ),
          );
        filled++;
      }

      const extras = [...extraHeaders(req.header, req.mapping).values()];
      const widened =
        extras.length > 0
          ? ensureExtraColumns(layout, header, extras)
          : { columns: new Map<string, number>(), layout };
      const headerNow = [...header];
      for (const [h, col] of widened.columns) headerNow[col] = h;
      const firstEntry = log.length > 0 ? appendImportEntries(activityLog, log) : 0;
      writeChanges(
        CONTACTS,
        widened.layout,
        fullRows,
        [...changes].map(([id, fields]) => ({ index: sheet.indexById.get(id) as number, fields })),
      );
      const first = appendImported(sheet.rows + 1, widened.layout, widened.columns, fresh);
      // Each row's check is taken from the sheet as written (one read of the new rows, one per
      // run of adjacent filled rows of this batch), so it matches what Undo will read whatever
      // the sheet made of the values (a number typed into a cell not formatted as text).
      const checks = new Map<string, string>();
      readRows(widened.layout, first, fresh.length).forEach((row, i) =>
        checks.set(fresh[i].contact.id, rowCheck(widened.layout, headerNow, row, ctx.clock).check),
      );
      const filledOwn = indexesOf([...untouched].filter(([, ok]) => ok).map(([id]) => id));
      const filledRows = readRowsAt(widened.layout, filledOwn);
      for (const i of filledOwn) {
        const { contact, check } = rowCheck(widened.layout, headerNow, filledRows[i], ctx.clock);
        checks.set(contact.id, check);
      }
      log.forEach((a, i) => {
        const check = checks.get(a.contactId);
        if (check) summaries.set(firstEntry + i, withImportCheck(a.summary, check));
      });
      for (const { contactId, entry } of recheck) {
        const check = checks.get(contactId);
        if (check) addCheck(entry, check);
      }
      setEntrySummaries(activityLog, summaries);

      writeImportRecord(props, {
        batchId: req.batchId,
        fileName: req.fileName,
        fingerprint: req.fingerprint,
        source: req.source,
        startedAt: same?.startedAt ?? now,
        by: ctx.me,
        total: req.total,
        // A resumed import sends its chunks again from the start: progress never goes back.
        rowsDone: Math.max(same?.rowsDone ?? 0, req.offset + req.rows.length),
        // A chunk sent again after the import was finished leaves it finished.
        finished: same !== null && !isUnfinished(same),
      });
      if (readDefaultCountry(props) !== req.country) writeDefaultCountry(props, req.country);
      return {
        counts: countPlans(plans),
        added,
        filled,
        skipped,
        alreadyDone,
        notes: notesOf(plans),
        targets: chunkTargets(req.rows, state.targets),
      };
    }),
  );
}

/** Marks the last import finished (the Import tab calls it after the last chunk). */
export function finishImport(batchId: unknown): { finished: boolean } {
  if (!isBatchId(batchId))
    throw new ValidationError({ field: 'batchId', message: msg().imports.badBatch });
  return withDocumentLock(() => {
    const props = services().properties.document();
    const record = readImportRecord(props);
    if (!record || record.batchId !== batchId) return { finished: false };
    writeImportRecord(props, { ...record, finished: true, rowsDone: record.total });
    return { finished: true };
  });
}
