// Find duplicates and Merge. Finding reads the columns it compares. Merging checks that every
// contact is still there and unchanged since it was listed, plans the whole merge (merge.ts)
// before writing, then: updates the kept contact, moves every activity of the merged-away
// contacts to it, copies their extra cells (columns that aren't Prospek's) into the kept
// contact's empty ones, logs a Merge activity per merged-away contact holding their former
// values and extra cells (and a Stage change when the kept contact's stage moved), and only then
// deletes their rows. It reads only the rows involved, found by search: the contacts' rows and
// the merged-away contacts' entries, never a whole tab.
import { stageChangeActivity, systemActivity } from '../domain/contact/activities';
import { decodeCellText } from '../domain/contact/cellText';
import type { Activity, ActivityKey, Contact } from '../domain/contact/contact';
import { keyedActivityId } from '../domain/contact/requestKey';
import { findDuplicateGroups } from '../domain/import/dedupe';
import { ValidationError, type FieldIssue } from '../domain/errors';
import {
  CHOSEN_FIELDS,
  LISTED_FIELDS,
  mergeConflicts,
  mergedRecord,
  planMerge,
  withKeptValues,
  type ExtraCells,
  type MergeChoices,
  type MergePlan,
} from '../domain/import/merge';
import type { DuplicatesResult, MergeResult } from '../sidebarApi';
import { columnLabel } from '../domain/import/mapping';
import { serverText } from '../domain/messages/server';
import { isContactId, isRecord, readRequestKey, requireRecord } from '../domain/contact/validation';
import { appendActivities, findActivity, readEntriesOf } from '../sheets/activityLog';
import {
  readContactFields,
  readContactsById,
  updateContacts,
  type ContactSnapshot,
} from '../sheets/contactStore';
import { readDefaultCountry } from '../sheets/importRecord';
import { withDocumentLock } from './locks';
import {
  adjacentRuns,
  writeChanges,
  deleteSheetRows,
  plainCellText,
  writeBlock,
  type TableRows,
} from '../sheets/sheetTable';
import { ACTIVITIES } from '../sheets/tables';
import { context, services, type Context } from './context';
import { retryAfterSetUp } from './setUp';
import { identifyScanned } from './typedRows';
import { changedSince, contactVersion } from '../domain/contact/contactHash';
import { DUPLICATE_CONTACT_KEYS } from './viewFields';

export function findDuplicates(): DuplicatesResult {
  const ctx = context();
  const m = serverText().imports;
  return retryAfterSetUp(ctx, () => {
    // Group members carry the fields the merge form shows and compares; the rest stay empty.
    // Rows typed without an ID, or copied, get their own ID first (under the lock).
    const scan = readContactFields(ctx.ss, ctx.clock, DUPLICATE_CONTACT_KEYS);
    const { contacts } = identifyScanned(ctx, scan, DUPLICATE_CONTACT_KEYS).read;
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const country = readDefaultCountry(services().properties.document());
    const groups = findDuplicateGroups(contacts, country).map((g) => {
      const members = g.ids.map((id) => byId.get(id) as Contact);
      return {
        contacts: members,
        reasons: [...new Set(g.keys.map((k) => m.keyKinds[k.kind]))],
        keys: g.keys,
        conflicts: mergeConflicts(members, country),
        // Each contact as listed: the merge refuses if one of the listed fields changed since.
        versions: Object.fromEntries(members.map((c) => [c.id, contactVersion(c)])),
      };
    });
    const total = groups.reduce((n, g) => n + g.contacts.length, 0);
    return {
      groups,
      message: groups.length === 0 ? m.duplicatesNone : m.duplicatesFound(groups.length, total),
    };
  });
}

export interface MergeRequest {
  keepId: string;
  /** Every contact of the merge, the kept one included. */
  ids: string[];
  choices: MergeChoices;
  /** Each contact's version token as listed (every ID): nothing is merged if one changed since. */
  versions: Record<string, string>;
}

function validateMergeRequest(payload: unknown): MergeRequest {
  const m = serverText();
  const p = requireRecord(payload);
  const issues: FieldIssue[] = [];
  const ids =
    Array.isArray(p.ids) && p.ids.every(isContactId) ? [...new Set(p.ids as string[])] : null;
  if (!ids || ids.length < 2 || ids.length > 50)
    issues.push({ field: 'ids', message: m.imports.mergeNeedsTwo });
  if (!isContactId(p.keepId) || (ids && !ids.includes(p.keepId)))
    issues.push({ field: 'keepId', message: m.imports.mergeKeepNotInGroup });
  const choices: MergeChoices = {};
  const rawChoices = p.choices ?? {};
  if (!isRecord(rawChoices)) {
    issues.push({ field: 'choices', message: m.payloadNotObject });
  } else {
    for (const [k, v] of Object.entries(rawChoices)) {
      if (!(CHOSEN_FIELDS as readonly string[]).includes(k)) {
        issues.push({ field: k, message: m.unknownField(k) });
      } else if (!isContactId(v)) {
        issues.push({ field: k, message: m.imports.mergeKeepNotInGroup });
      } else choices[k as keyof MergeChoices] = v;
    }
  }
  const versions: Record<string, string> = {};
  const rawVersions = p.versions;
  if (isRecord(rawVersions)) {
    for (const [k, v] of Object.entries(rawVersions))
      if (typeof v === 'string' && v.length <= 2000) versions[k] = v;
  }
  if (ids && ids.some((id) => !(id in versions)))
    issues.push({ field: 'versions', message: m.imports.mergeNeedsVersions });
  if (issues.length > 0) throw new ValidationError(issues);
  return { keepId: p.keepId as string, ids: ids as string[], choices, versions };
}

/** Refuses the merge when a contact is gone or one of its listed fields changed since. */
function checkUnchanged(
  req: MergeRequest,
  byId: ReadonlyMap<string, Contact>,
  ids: readonly string[] = req.ids,
): void {
  const m = serverText().imports;
  const issues: FieldIssue[] = [];
  for (const id of ids) {
    const c = byId.get(id);
    if (!c) {
      issues.push({ field: 'ids', message: m.mergeContactGone(id) });
      continue;
    }
    // Values, not Updated: an edit typed into the sheet leaves Updated as it was.
    const changed = changedSince(req.versions[id], c);
    if (changed === null || changed.some((f) => LISTED_FIELDS.includes(f)))
      issues.push({ field: 'ids', message: m.mergeContactChanged(c.name || id) });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Each contact's cells outside Prospek's columns (imported "Position", the user's own). */
function extraCellsOf(
  snapshot: ContactSnapshot,
  extraColumns: readonly number[],
  contacts: readonly Contact[],
): Record<string, ExtraCells> {
  const header = snapshot.table.header;
  const extras: Record<string, ExtraCells> = {};
  for (const c of contacts) {
    const row = snapshot.table.rows[snapshot.indexById.get(c.id) as number];
    const cells: ExtraCells = {};
    for (const col of extraColumns) {
      const v = row[col];
      if (v === '' || v === null || v === undefined) continue;
      cells[columnLabel(header, col)] =
        v instanceof Date ? v.toISOString() : decodeCellText(String(v));
    }
    extras[c.id] = cells;
  }
  return extras;
}

/** Every activity of a merged-away contact now belongs to the kept one; returns how many. */
function moveActivities(plan: MergePlan, log: TableRows<ActivityKey>): number {
  const gone = new Set(plan.removed.map((c) => c.id));
  const col = log.layout.columns;
  const moves = log.rows.flatMap((r, index) =>
    gone.has(String(r[col.contactId]))
      ? [{ index, fields: { contactId: plan.kept.id, contactName: plan.kept.name } }]
      : [],
  );
  writeChanges(ACTIVITIES, log.layout, log.rows, moves);
  return moves.length;
}

/** The kept contact's former values of `keys`, Notes and Updated aside (see MergedRecord). */
function keptValues(before: Contact, keys: readonly (keyof Contact)[]): Partial<Contact> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k !== 'notes' && k !== 'updated') out[k] = before[k];
  return out as Partial<Contact>;
}

/** The Merge entries (one per merged-away contact) and a Stage change if the stage moved. */
function mergeEntries(ctx: Context, plan: MergePlan, key: string): Activity[] {
  const now = ctx.clock.nowIso;
  const entries = plan.records.map((r) =>
    systemActivity('Merge', plan.kept, r.summary, ctx.me, now),
  );
  if (plan.stageChange) {
    const names = plan.removed.map((c) => c.name || c.id);
    const { from, to } = plan.stageChange;
    const note = serverText().imports.mergeStageNote(names);
    entries.push(stageChangeActivity(plan.kept, from, to, ctx.me, now, note));
  }
  if (key) entries.forEach((a, i) => (a.activityId = keyedActivityId(key, i + 1)));
  return entries;
}

/**
 * Merges the contacts. Its entries (the merged-away contacts' former values) are written first;
 * with a request key they carry IDs made from it, so a retry of a merge that stopped half-way
 * finds them and finishes the rest: the contacts still there are merged again without a second
 * entry, a kept contact already written is not rewritten (its notes not appended twice), and the
 * rows left are deleted.
 */
export function mergeContacts(payload: unknown): MergeResult {
  const req = validateMergeRequest(payload);
  const key = readRequestKey(requireRecord(payload));
  const ctx = context();
  const m = serverText().imports;
  return withDocumentLock(() =>
    retryAfterSetUp(ctx, () => {
      // Only the rows involved, found by search: the contacts and the merged-away ones' entries.
      const snapshot = readContactsById(ctx.ss, ctx.clock, req.ids);
      const log = readEntriesOf(
        ctx.ss,
        req.ids.filter((id) => id !== req.keepId),
      );
      const ahead = key ? findActivity(log.layout, ctx.clock, keyedActivityId(key, 1)) : null;
      const byId = new Map(snapshot.contacts.map((c) => [c.id, c]));
      // A replay plans from the kept contact as it was (its first entry recorded the fields the
      // merge changes), not from a row the first attempt may have written in part.
      const keptWas = ahead ? mergedRecord(ahead.activity.summary)?.kept : undefined;
      const keptNow = byId.get(req.keepId);
      if (keptWas && keptNow) byId.set(req.keepId, { ...keptNow, ...keptWas });
      // A replay merges the contacts still there; the others are merged and gone already.
      const ids = ahead ? req.ids.filter((id) => byId.has(id)) : req.ids;
      // Replayed, the kept contact was changed by the first attempt: only its absence refuses.
      checkUnchanged(req, byId, ahead ? [req.keepId].filter((id) => !byId.has(id)) : ids);
      // The kept contact was written by the first attempt when its Updated is that attempt's
      // instant, the one its entries carry: written again, its notes would be appended twice.
      const keptUpdated = byId.get(req.keepId)?.updated ?? '';
      const keptDone =
        !!ahead &&
        keptUpdated !== '' &&
        Date.parse(keptUpdated) === Date.parse(ahead.activity.when);
      const contacts = ids.map((id) => byId.get(id) as Contact);
      if (contacts.length < 2) {
        const kept = contacts[0];
        const merged = req.ids.length - 1;
        return {
          contact: kept,
          removedIds: req.ids.filter((id) => id !== req.keepId),
          movedActivities: 0,
          message: m.mergeDone(kept.name || kept.id, merged, 0),
        };
      }
      const header = snapshot.table.header;
      const ours = new Set<number>(Object.values(snapshot.table.layout.columns));
      const extraColumns = header.map((_, i) => i).filter((i) => !ours.has(i));
      const plan = planMerge(
        contacts,
        req.keepId,
        req.choices,
        ctx.clock.nowIso,
        readDefaultCountry(services().properties.document()),
        extraCellsOf(snapshot, extraColumns, contacts),
        ctx.clock.today,
      );
      // Only the fields the merge changes: a cell it keeps (an unreadable value, a formula) stays.
      const before = byId.get(plan.kept.id) as Contact;
      const keys = (Object.keys(plan.kept) as (keyof Contact)[]).filter(
        (k) => plan.kept[k] !== before[k],
      );
      // Write-ahead: the entries first (a replay has them already), the first with the kept
      // contact's former values of those fields.
      if (!ahead) {
        const entries = mergeEntries(ctx, plan, key);
        if (key) entries[0].summary = withKeptValues(entries[0].summary, keptValues(before, keys));
        appendActivities(ctx.ss, entries, ctx.random, log.layout);
      }
      const moved = moveActivities(plan, log);
      if (!keptDone) {
        const fields = Object.fromEntries(keys.map((k) => [k, plan.kept[k]]));
        updateContacts(snapshot, [{ id: plan.kept.id, fields }]);
      }
      writeExtraFill(snapshot, header, extraColumns, plan.kept.id, plan.extraFill);
      const rows = plan.removed.map((c) => (snapshot.indexById.get(c.id) as number) + 2);
      deleteSheetRows(snapshot.table.layout.sheet, rows);
      return {
        contact: plan.kept,
        removedIds: plan.removed.map((c) => c.id),
        movedActivities: moved,
        message: m.mergeDone(plan.kept.name || plan.kept.id, plan.removed.length, moved),
      };
    }),
  );
}

/**
 * Writes the extra cells the merge fills into the kept contact's row, as the merged-away row
 * held them (their stored form): one write per run of adjacent filled columns, so the user's
 * other cells (a formula, say) are never rewritten.
 */
function writeExtraFill(
  snapshot: ContactSnapshot,
  header: readonly string[],
  extraColumns: readonly number[],
  keptId: string,
  fill: MergePlan['extraFill'],
): void {
  const { layout, rows } = snapshot.table;
  const indexOf = (id: string) => snapshot.indexById.get(id) as number;
  const keptRow = rows[indexOf(keptId)];
  const byLabel = new Map(extraColumns.map((col) => [columnLabel(header, col), col]));
  const filled: number[] = [];
  for (const f of fill) {
    const col = byLabel.get(f.label);
    if (col === undefined) continue;
    // getValues gives text typed as '=… without its apostrophe: written back into a cell that
    // is not plain text it would become a live formula, so text goes through writeBlock.
    const value = rows[indexOf(f.from)][col];
    keptRow[col] = typeof value === 'string' ? plainCellText(decodeCellText(value)) : value;
    filled.push(col);
  }
  // Text goes into plain-text cells where Sheets would parse it (see writeBlock).
  const text = new Set(filled.filter((col) => typeof keptRow[col] === 'string'));
  for (const [first, last] of adjacentRuns(filled)) {
    const block = [keptRow.slice(first, last + 1)];
    writeBlock(layout.sheet, indexOf(keptId) + 2, first + 1, block, text);
  }
}
