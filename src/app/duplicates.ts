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
import {
  contactFromCells,
  emptyContact,
  type Activity,
  type ActivityKey,
  type Contact,
} from '../domain/contact/contact';
import { keyedActivityId } from '../domain/contact/requestKey';
import {
  duplicateKeys,
  findDuplicateGroups,
  type CountryCode,
  type DuplicateGroup,
  type DuplicateKeyKind,
} from '../domain/import/dedupe';
import { ValidationError, type FieldIssue } from '../domain/errors';
import {
  CHOSEN_FIELDS,
  LISTED_FIELDS,
  MERGE_MAX_CONTACTS,
  mergeConflicts,
  mergedRecord,
  planMerge,
  withKeptValues,
  type ExtraCells,
  type MergeChoices,
  type MergePlan,
} from '../domain/import/merge';
import type { DuplicateGroupView, DuplicatesResult, MergeResult } from '../sidebarApi';
import { columnLabel } from '../domain/import/mapping';
import { serverText } from '../domain/messages/server';
import { isContactId, isRecord, readRequestKey, requireRecord } from '../domain/contact/validation';
import { appendActivities, findActivity, readEntriesOf } from '../sheets/activityLog';
import {
  readContactFields,
  readContactsById,
  updateContacts,
  type ContactFields,
  type ContactSnapshot,
} from '../sheets/contactStore';
import { readDefaultCountry } from '../sheets/importRecord';
import { withDocumentLock } from './locks';
import {
  adjacentRuns,
  cellsOf,
  READ_THROUGH_GAP,
  readFieldsAt,
  writeChanges,
  deleteSheetRows,
  plainCellText,
  writeBlock,
  type TableRows,
} from '../sheets/sheetTable';
import { ACTIVITIES, CONTACTS } from '../sheets/tables';
import { context, services, type Context } from './context';
import { retryAfterSetUp } from './setUp';
import { identifyScanned } from './typedRows';
import { changedSince, listedVersion, splitListedVersion } from '../domain/contact/contactHash';
import { DUPLICATE_CONTACT_KEYS } from './viewFields';

/** Groups per reply, and the reply's size at most (google.script.run replies stay well under 1 MB). */
export const DUPLICATE_PAGE_GROUPS = 200;
export const DUPLICATE_PAGE_BYTES = 900_000;
/**
 * Reads of the page's members per reply (runs of nearby rows, see readFieldsAt). Duplicates lie
 * far apart in a big sheet, and their other fields would cost a read each or, past this, whole
 * columns (19 of 100,000 cells at 100k contacts): a page ends when its members need more reads.
 */
export const DUPLICATE_PAGE_READS = 30;

/** The columns that decide the groups (the duplicate keys): read of every contact. */
const GROUP_KEYS = ['id', 'name', 'company', 'email', 'phone'] as const;

/** Where a page starts: `from` is the index of its first group (0 or a reply's `next`). */
function pageStart(request: unknown): number {
  const from = isRecord(request) ? request.from : undefined;
  return typeof from === 'number' && Number.isInteger(from) && from > 0 ? from : 0;
}

/** Every contact's duplicate keys read and grouped: groups a merge can take, and giant ones. */
interface DuplicateScan {
  read: ContactFields;
  country: CountryCode;
  groups: DuplicateGroup[];
  giant: DuplicateGroup[];
  message: string;
}

function scanDuplicates(ctx: Context): DuplicateScan {
  const m = serverText().imports;
  // Rows typed without an ID, or copied, get their own ID first (under the lock).
  const scan = readContactFields(ctx.ss, ctx.clock, GROUP_KEYS);
  const { read } = identifyScanned(ctx, scan, GROUP_KEYS);
  const country = readDefaultCountry(services().properties.document());
  const all = findDuplicateGroups(read.contacts, country);
  const giant = all.filter((g) => g.ids.length > MERGE_MAX_CONTACTS);
  const groups = all.filter((g) => g.ids.length <= MERGE_MAX_CONTACTS);
  const total = groups.reduce((n, g) => n + g.ids.length, 0);
  const found = groups.length === 0 ? '' : m.duplicatesFound(groups.length, total);
  const tooBig = giant.length === 0 ? '' : m.duplicatesTooBig(giant.length, MERGE_MAX_CONTACTS);
  const message = [found, tooBig].filter(Boolean).join(' ') || m.duplicatesNone;
  return { read, country, groups, giant, message };
}

/**
 * The groups of one page from `from`: at most DUPLICATE_PAGE_GROUPS, and only as many as their
 * members can be read in DUPLICATE_PAGE_READS runs of rows (always at least one group).
 */
function pageGroups(scan: DuplicateScan, from: number): DuplicateGroup[] {
  const page: DuplicateGroup[] = [];
  const rows: number[] = [];
  for (const g of scan.groups.slice(from, from + DUPLICATE_PAGE_GROUPS)) {
    const more = [...rows, ...g.ids.map((id) => scan.read.indexById.get(id) as number)];
    if (page.length > 0 && adjacentRuns(more, READ_THROUGH_GAP).length > DUPLICATE_PAGE_READS)
      break;
    page.push(g);
    rows.splice(0, rows.length, ...more);
  }
  return page;
}

/**
 * Find duplicates, a page at a time. The duplicate keys of every contact decide the groups;
 * only the page's members are then read whole (the fields the merge form shows). A group of
 * more contacts than one merge takes (thousands sharing a placeholder email, say) is reported
 * by its size and keys, never shipped. Pages hold at most DUPLICATE_PAGE_GROUPS groups,
 * DUPLICATE_PAGE_BYTES of JSON and members read in DUPLICATE_PAGE_READS runs of rows; `next`
 * asks for the following one.
 */
export function findDuplicates(request?: unknown): DuplicatesResult {
  const ctx = context();
  const m = serverText().imports;
  const from = pageStart(request);
  return retryAfterSetUp(ctx, () => {
    const scan = scanDuplicates(ctx);
    const { read, country, groups, giant } = scan;
    const page = pageGroups(scan, from);
    const byId = listedContacts(
      ctx,
      read,
      page.flatMap((g) => g.ids),
    );
    const views: DuplicateGroupView[] = [];
    let bytes = 0;
    for (const g of page) {
      const members = g.ids.map((id) => byId.get(id) as Contact);
      const view = {
        contacts: members,
        reasons: reasonsOf(g.keys),
        keys: g.keys,
        conflicts: mergeConflicts(members, country),
        // Each contact as listed: the merge refuses if one of the listed fields changed since,
        // and reads the row it was listed at instead of searching for it.
        versions: Object.fromEntries(
          members.map((c) => [c.id, listedVersion(c, (read.indexById.get(c.id) as number) + 2)]),
        ),
      };
      bytes += JSON.stringify(view).length;
      if (views.length > 0 && bytes > DUPLICATE_PAGE_BYTES) break;
      views.push(view);
    }
    const next = from + views.length < groups.length ? from + views.length : null;
    const contactById = new Map(read.contacts.map((c) => [c.id, c]));
    return {
      groups: views,
      from,
      next,
      totalGroups: groups.length,
      tooBig: giant.slice(0, MAX_TOO_BIG).map((g) => ({
        size: g.ids.length,
        reasons: reasonsOf(g.keys),
        keys: g.keys.slice(0, MAX_TOO_BIG),
        text: m.duplicatesTooBigGroup(g.ids.length, largestKey(g, contactById, country)),
      })),
      message: scan.message,
    };
  });
}

/** The menu's summary: the message and the first `count` groups by name, from the scan alone. */
export function duplicatesSummary(count: number): {
  message: string;
  groups: { names: string[]; reasons: string[] }[];
  more: boolean;
} {
  const ctx = context();
  return retryAfterSetUp(ctx, () => {
    const scan = scanDuplicates(ctx);
    const byId = new Map(scan.read.contacts.map((c) => [c.id, c]));
    return {
      message: scan.message,
      groups: scan.groups.slice(0, count).map((g) => ({
        names: g.ids.map((id) => byId.get(id)?.name || id),
        reasons: reasonsOf(g.keys),
      })),
      more: scan.groups.length > count,
    };
  });
}

/** Giant groups (and keys of each) a reply names; they are few, and the rest is in the sheet. */
const MAX_TOO_BIG = 20;

/** The key most of a giant group's members share, as `email "x"`: what to correct. */
function largestKey(
  g: DuplicateGroup,
  byId: ReadonlyMap<string, Contact>,
  country: CountryCode,
): string {
  const counts = new Map<string, number>();
  for (const id of g.ids) {
    const c = byId.get(id);
    if (!c) continue;
    for (const k of duplicateKeys(c, country)) counts.set(k.key, (counts.get(k.key) ?? 0) + 1);
  }
  let best = g.keys[0];
  let most = 0;
  for (const k of g.keys) {
    const n = counts.get(`${k.kind}:${k.value}`) ?? 0;
    if (n > most) [best, most] = [k, n];
  }
  return `${serverText().imports.keyKinds[best.kind]} "${best.value}"`;
}

function reasonsOf(keys: readonly { kind: DuplicateKeyKind }[]): string[] {
  const m = serverText().imports;
  return [...new Set(keys.map((k) => m.keyKinds[k.kind]))];
}

/** The listed fields (merge.LISTED_FIELDS) of these contacts: their rows, not whole columns. */
function listedContacts(ctx: Context, read: ContactFields, ids: readonly string[]) {
  const indexes = ids.map((id) => read.indexById.get(id) as number);
  const got = readFieldsAt(read.layout, DUPLICATE_CONTACT_KEYS, indexes, read.rowCount);
  const byId = new Map<string, Contact>();
  ids.forEach((id, k) => {
    const values = got.rows.get(indexes[k]);
    const c = values ? contactFromCells(cellsOf(CONTACTS, got, values, ctx.clock)) : null;
    // The ID as identified (a copy's new one is written already, and read back here).
    byId.set(id, { ...(c ?? emptyContact()), id });
  });
  return byId;
}

export interface MergeRequest {
  keepId: string;
  /** Every contact of the merge, the kept one included. */
  ids: string[];
  choices: MergeChoices;
  /** Each contact's version token as listed (every ID): nothing is merged if one changed since. */
  versions: Record<string, string>;
  /** The sheet row each contact was listed at, when its token says (see listedVersion). */
  rows: Map<string, number>;
}

function validateMergeRequest(payload: unknown): MergeRequest {
  const m = serverText();
  const p = requireRecord(payload);
  const issues: FieldIssue[] = [];
  const ids =
    Array.isArray(p.ids) && p.ids.every(isContactId) ? [...new Set(p.ids as string[])] : null;
  if (!ids || ids.length < 2) issues.push({ field: 'ids', message: m.imports.mergeNeedsTwo });
  else if (ids.length > MERGE_MAX_CONTACTS)
    issues.push({ field: 'ids', message: m.imports.mergeTooMany(ids.length, MERGE_MAX_CONTACTS) });
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
  const rows = new Map<string, number>();
  const rawVersions = p.versions;
  if (isRecord(rawVersions)) {
    for (const [k, v] of Object.entries(rawVersions)) {
      if (typeof v !== 'string' || v.length > 2000) continue;
      const listed = splitListedVersion(v);
      versions[k] = listed.version;
      if (listed.row !== null) rows.set(k, listed.row);
    }
  }
  if (ids && ids.some((id) => !(id in versions)))
    issues.push({ field: 'versions', message: m.imports.mergeNeedsVersions });
  if (issues.length > 0) throw new ValidationError(issues);
  return { keepId: p.keepId as string, ids: ids as string[], choices, versions, rows };
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
      // Only the rows involved: the contacts (at the rows they were listed at, else found by
      // search) and the merged-away ones' entries (found by search).
      const snapshot = readContactsById(ctx.ss, ctx.clock, req.ids, req.rows);
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
