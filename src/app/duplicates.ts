// Find duplicates and Merge. Finding reads the columns it compares. Merging checks that every
// contact is still there and unchanged since it was listed, plans the whole merge (merge.ts)
// before writing, then: updates the kept contact, moves every activity of the merged-away
// contacts to it, logs a Merge activity per merged-away contact holding their former values,
// and only then deletes their rows.
import { systemActivity } from '../domain/activities';
import type { Contact } from '../domain/contact';
import { findDuplicateGroups } from '../domain/dedupe';
import { ValidationError, type FieldIssue } from '../domain/errors';
import { CHOSEN_FIELDS, mergeConflicts, planMerge, type MergeChoices } from '../domain/merge';
import type { DuplicatesResult, MergeResult } from '../domain/importTypes';
import { msg } from '../domain/messages';
import { appendActivities } from '../sheets/activityLog';
import { readContactFields, readContacts, updateContacts } from '../sheets/contactStore';
import { deleteSheetRows } from '../sheets/importStore';
import { readDefaultCountry } from '../sheets/importRecord';
import { withDocumentLock } from '../sheets/lock';
import { readTable, writeChanges } from '../sheets/sheetTable';
import { ACTIVITIES } from '../sheets/tables';
import { context, withSheets } from './context';
import { DUPLICATE_CONTACT_KEYS } from './fieldsRead';

export function findDuplicates(): DuplicatesResult {
  const ctx = context();
  const m = msg().imports;
  return withSheets(ctx, () => {
    // Group members carry the fields the merge form shows and compares; the rest stay empty.
    const { contacts } = readContactFields(ctx.ss, ctx.clock, DUPLICATE_CONTACT_KEYS);
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const country = readDefaultCountry();
    const groups = findDuplicateGroups(contacts, country).map((g) => {
      const members = g.ids.map((id) => byId.get(id) as Contact);
      return {
        contacts: members,
        reasons: [...new Set(g.keys.map((k) => m.keyKinds[k.kind]))],
        keys: g.keys,
        conflicts: mergeConflicts(members, country),
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
  /** Each contact's Updated when it was listed: nothing is merged if one changed since. */
  loaded: Record<string, string>;
}

function validateMergeRequest(payload: unknown): MergeRequest {
  const m = msg();
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw new ValidationError({ field: '', message: m.payloadNotObject });
  const p = payload as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const isId = (v: unknown): v is string =>
    typeof v === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(v);
  const ids = Array.isArray(p.ids) && p.ids.every(isId) ? [...new Set(p.ids as string[])] : null;
  if (!ids || ids.length < 2 || ids.length > 50)
    issues.push({ field: 'ids', message: m.imports.mergeNeedsTwo });
  if (!isId(p.keepId) || (ids && !ids.includes(p.keepId)))
    issues.push({ field: 'keepId', message: m.imports.mergeKeepNotInGroup });
  const choices: MergeChoices = {};
  const rawChoices = p.choices ?? {};
  if (typeof rawChoices !== 'object' || rawChoices === null || Array.isArray(rawChoices)) {
    issues.push({ field: 'choices', message: m.payloadNotObject });
  } else {
    for (const [k, v] of Object.entries(rawChoices)) {
      if (!(CHOSEN_FIELDS as readonly string[]).includes(k)) {
        issues.push({ field: k, message: m.unknownField(k) });
      } else if (!isId(v)) {
        issues.push({ field: k, message: m.imports.mergeKeepNotInGroup });
      } else choices[k as keyof MergeChoices] = v;
    }
  }
  const loaded: Record<string, string> = {};
  const rawLoaded = p.loaded;
  if (typeof rawLoaded === 'object' && rawLoaded !== null && !Array.isArray(rawLoaded)) {
    for (const [k, v] of Object.entries(rawLoaded)) if (typeof v === 'string') loaded[k] = v;
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { keepId: p.keepId as string, ids: ids as string[], choices, loaded };
}

export function mergeContacts(payload: unknown): MergeResult {
  const req = validateMergeRequest(payload);
  const ctx = context();
  const m = msg().imports;
  return withDocumentLock(() =>
    withSheets(ctx, () => {
      const snapshot = readContacts(ctx.ss, ctx.clock);
      const byId = new Map(snapshot.contacts.map((c) => [c.id, c]));
      const issues: FieldIssue[] = [];
      for (const id of req.ids) {
        const c = byId.get(id);
        if (!c) issues.push({ field: 'ids', message: m.mergeContactGone(id) });
        else if (id in req.loaded && req.loaded[id] !== c.updated)
          issues.push({ field: 'ids', message: m.mergeContactChanged(c.name || id) });
      }
      if (issues.length > 0) throw new ValidationError(issues);
      const contacts = req.ids.map((id) => byId.get(id) as Contact);
      const now = ctx.clock.nowIso;
      const plan = planMerge(contacts, req.keepId, req.choices, now, readDefaultCountry());

      // Every activity of a merged-away contact now belongs to the kept one.
      const gone = new Set(plan.removed.map((c) => c.id));
      const log = readTable(ctx.ss, ACTIVITIES);
      const col = log.layout.columns;
      const moves = log.rows.flatMap((r, index) =>
        gone.has(String(r[col.contactId]))
          ? [{ index, fields: { contactId: plan.kept.id, contactName: plan.kept.name } }]
          : [],
      );
      writeChanges(ACTIVITIES, log.layout, log.rows, moves);
      updateContacts(snapshot, [{ id: plan.kept.id, fields: plan.kept }]);
      appendActivities(
        ctx.ss,
        plan.records.map((r) => systemActivity('Merge', plan.kept, r.summary, ctx.me, now)),
        ctx.random,
      );
      const rows = plan.removed.map((c) => (snapshot.indexById.get(c.id) as number) + 2);
      deleteSheetRows(snapshot.table.layout.sheet, rows);
      return {
        contact: plan.kept,
        removedIds: plan.removed.map((c) => c.id),
        movedActivities: moves.length,
        message: m.mergeDone(plan.kept.name || plan.kept.id, plan.removed.length, moves.length),
      };
    }),
  );
}
