// Lead import: preview a file chunk by chunk, then write it chunk by chunk. Each chunk to write
// is one lock, a fixed number of service calls and one append; it is idempotent: every row
// written leaves an Import activity whose ID is the batch and the file line ('I-7K3QX9-17'),
// so a chunk sent again (a lost answer, or resuming after the sidebar closed) writes nothing
// twice. That activity's summary ends with the check of the row as the import left it (read
// back after writing), so Undo can remove exactly the rows nobody touched since, hand edits in
// the sheet included.
import { systemActivity } from '../domain/activities';
import { emptyContact, newContactId, type Activity, type Contact } from '../domain/contact';
import { withImportCheck } from '../domain/contactHash';
import { ValidationError } from '../domain/errors';
import { extraHeaders } from '../domain/importMapping';
import {
  countPlans,
  fillPatch,
  indexContacts,
  lineTarget,
  planRows,
  type RowPlan,
} from '../domain/importPlan';
import {
  isBatchId,
  newBatchId,
  validatePlanRequest,
  validateWriteRequest,
} from '../domain/importRequest';
import type {
  ImportChunkResult,
  ImportNote,
  ImportPreviewResult,
  ImportStatus,
} from '../domain/importTypes';
import { msg } from '../domain/messages';
import { appendActivities } from '../sheets/activityLog';
import { readContacts, updateContacts, type ContactChange } from '../sheets/contactStore';
import {
  appendImported,
  contactHeader,
  ensureExtraColumns,
  importEntries,
  readRows,
  rowCheck,
} from '../sheets/importStore';
import {
  documentProperties,
  readDefaultCountry,
  readImportRecord,
  writeDefaultCountry,
  writeImportRecord,
} from '../sheets/importRecord';
import { withDocumentLock } from '../sheets/lock';
import { context, withSheets, type Context } from './context';

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

function existingIndex(
  ctx: Context,
  batchId: string | null,
  country: Parameters<typeof indexContacts>[1],
) {
  const snapshot = readContacts(ctx.ss, ctx.clock);
  // Contacts this very import wrote are the file's own rows, not duplicates of the sheet.
  const before = snapshot.contacts.filter((c) => batchId === null || c.importBatch !== batchId);
  return { snapshot, index: indexContacts(before, country) };
}

/** Where the Import tab starts: the default phone country and an import left unfinished. */
export function getImportStatus(): ImportStatus {
  return { country: readDefaultCountry(), last: readImportRecord() };
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
      state,
    };
  });
}

/** Writes one chunk: new leads appended in one write, fills in one write per column run. */
export function importChunk(payload: unknown): ImportChunkResult {
  const req = validateWriteRequest(payload);
  const ctx = context();
  const m = msg().imports;
  return withDocumentLock(() =>
    withSheets(ctx, () => {
      const now = ctx.clock.nowIso;
      const { snapshot, index } = existingIndex(ctx, req.batchId, req.country);
      const { plans, state } = planRows(req.rows, index, req.state, {
        header: req.header,
        mapping: req.mapping,
        defaultCountry: req.country,
        today: ctx.clock.today,
      });
      const prefix = importActivityPrefix(req.batchId);
      const done = importEntries(ctx.ss, prefix);
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
      const header = contactHeader(snapshot);
      // This batch's rows from earlier chunks that a line of this chunk fills: were they still
      // as the import left them? Only then does the fill's entry vouch for the filled row.
      const untouched = new Map<string, boolean>();
      const byId = new Map(snapshot.contacts.map((c) => [c.id, c]));
      const taken = new Set(snapshot.indexById.keys());
      const fresh: { contact: Contact; extras: Record<string, string> }[] = [];
      const freshById = new Map<string, Contact>();
      const changes = new Map<string, Partial<Contact>>();
      const log: Activity[] = [];
      let added = 0;
      let filled = 0;
      let skipped = 0;
      let alreadyDone = 0;

      for (const p of plans) {
        if (p.kind === 'invalid') continue;
        if (done.has(importActivityId(req.batchId, p.line))) {
          alreadyDone++;
          continue;
        }
        if (p.kind === 'new' || req.policy === 'anyway') {
          const contact: Contact = {
            ...emptyContact(),
            ...p.candidate.fields,
            stage: 'Lead',
            source: req.source,
            owner: ctx.me,
            importBatch: req.batchId,
            created: now,
            updated: now,
          };
          const [withId] = assignIds([contact], taken, ctx.random);
          fresh.push({ contact: withId, extras: p.candidate.extras });
          freshById.set(withId.id, withId);
          placed.set(lineTarget(p.line), withId.id);
          log.push(
            systemActivity(
              'Import',
              withId,
              m.importedRow(req.fileName, p.line),
              ctx.me,
              now,
              importActivityId(req.batchId, p.line),
            ),
          );
          added++;
          continue;
        }
        if (req.policy === 'skip') {
          skipped++;
          continue;
        }
        // Fill: the existing contact, or the contact an earlier line of this file became.
        const targetId = p.kind === 'existing' ? p.contactId : (placed.get(p.target) ?? p.target);
        const target = freshById.get(targetId) ?? byId.get(targetId);
        const patch = target ? fillPatch(target, p.candidate) : {};
        const fields = Object.keys(patch) as (keyof typeof patch)[];
        if (!target || fields.length === 0) {
          skipped++;
          continue;
        }
        const own = target.importBatch === req.batchId;
        if (own && !freshById.has(target.id) && !untouched.has(target.id)) {
          const index = snapshot.indexById.get(target.id);
          const row = index === undefined ? undefined : snapshot.table.rows[index];
          const check = row && rowCheck(snapshot.table.layout, header, row, ctx.clock).check;
          untouched.set(target.id, !!check && (checksOf.get(target.id)?.has(check) ?? false));
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
            importActivityId(req.batchId, p.line),
          ),
        );
        filled++;
      }

      const extras = [...extraHeaders(req.header, req.mapping).values()];
      const { columns, layout } =
        extras.length > 0
          ? ensureExtraColumns(snapshot, header, extras)
          : { columns: new Map<string, number>(), layout: snapshot.table.layout };
      const headerNow = [...header];
      for (const [h, col] of columns) headerNow[col] = h;
      const updates: ContactChange[] = [...changes].map(([id, fields]) => ({ id, fields }));
      updateContacts(snapshot, updates);
      const first = appendImported(snapshot, layout, columns, fresh);
      // Each row's check is taken from the sheet as written (one read of the new rows), so it
      // matches what Undo will read whatever the sheet made of the values.
      const checks = new Map<string, string>();
      readRows(layout, first, fresh.length).forEach((row, i) =>
        checks.set(fresh[i].contact.id, rowCheck(layout, headerNow, row, ctx.clock).check),
      );
      for (const [id, ok] of untouched) {
        const index = snapshot.indexById.get(id);
        if (ok && index !== undefined)
          checks.set(id, rowCheck(layout, headerNow, snapshot.table.rows[index], ctx.clock).check);
      }
      for (const a of log) {
        const check = checks.get(a.contactId);
        if (check) a.summary = withImportCheck(a.summary, check);
      }
      appendActivities(ctx.ss, log, ctx.random);

      const props = documentProperties();
      const previous = readImportRecord(props);
      const same = previous?.batchId === req.batchId ? previous : null;
      writeImportRecord(
        {
          batchId: req.batchId,
          fileName: req.fileName,
          source: req.source,
          startedAt: same?.startedAt ?? now,
          by: ctx.me,
          total: req.total,
          // A resumed import sends its chunks again from the start: progress never goes back.
          rowsDone: Math.max(same?.rowsDone ?? 0, req.offset + req.rows.length),
          finished: same?.finished ?? false,
        },
        props,
      );
      if (readDefaultCountry(props) !== req.country) writeDefaultCountry(req.country, props);
      return {
        counts: countPlans(plans),
        added,
        filled,
        skipped,
        alreadyDone,
        notes: notesOf(plans),
        state,
      };
    }),
  );
}

function assignIds(contacts: Contact[], taken: Set<string>, random: () => number): Contact[] {
  return contacts.map((c) => {
    const id = c.id || newContactId(random, taken);
    taken.add(id);
    return { ...c, id };
  });
}

/** Marks the last import finished (the Import tab calls it after the last chunk). */
export function finishImport(batchId: unknown): { finished: boolean } {
  if (!isBatchId(batchId))
    throw new ValidationError({ field: 'batchId', message: msg().imports.badBatch });
  return withDocumentLock(() => {
    const record = readImportRecord();
    if (!record || record.batchId !== batchId) return { finished: false };
    writeImportRecord({ ...record, finished: true, rowsDone: record.total });
    return { finished: true };
  });
}
