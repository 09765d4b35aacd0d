// Saving and loading one contact: validation before anything is written, the document lock around
// the read-modify-write, a conflict check against what the sidebar loaded, and the activity log.
import { qualificationActivity, activityForTransition } from '../domain/activities';
import { emptyContact, type Contact } from '../domain/contact';
import { ValidationError } from '../domain/errors';
import { msg } from '../domain/messages';
import { applyQualification } from '../domain/stages';
import { validateContactInput } from '../domain/validation';
import { appendActivities } from '../sheets/activityLog';
import { findContact, insertContacts, readContacts, updateContacts } from '../sheets/contactStore';
import { withDocumentLock } from '../sheets/lock';
import { context, withSheets } from './context';

export interface SavePayload {
  contact: unknown;
  /** The contact's Updated value when the sidebar loaded it; '' for a new contact. */
  loadedUpdated?: string;
}

export interface SaveResult {
  contact: Contact;
  created: boolean;
  stageChanged: boolean;
}

export function getContact(id: unknown): Contact | null {
  if (typeof id !== 'string' || id === '') return null;
  const ctx = context();
  return withSheets(ctx, () => findContact(ctx.ss, ctx.clock, id));
}

export function saveContact(payload: unknown): SaveResult {
  const m = msg();
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new ValidationError({ field: '', message: m.payloadNotObject });
  }
  const { contact: raw, loadedUpdated = '' } = payload as SavePayload;
  const ctx = context();
  const input = validateContactInput(raw, { today: ctx.clock.today });
  return withDocumentLock(() =>
    withSheets(ctx, () => {
      const snapshot = readContacts(ctx.ss, ctx.clock);
      const existing = input.id ? snapshot.contacts.find((c) => c.id === input.id) : undefined;
      if (input.id && !existing) throw new ValidationError({ field: 'id', message: m.contactGone });
      if (existing && existing.updated !== loadedUpdated) {
        throw new ValidationError({ field: 'id', message: m.contactChanged(existing.name) });
      }
      const before = existing ?? { ...emptyContact(), created: ctx.clock.nowIso, owner: ctx.me };
      const merged: Contact = {
        ...before,
        ...input,
        id: before.id,
        updated: ctx.clock.nowIso,
      } as Contact;
      const q = applyQualification(before, {
        fitsMarket: merged.fitsMarket,
        canAfford: merged.canAfford,
        canDecide: merged.canDecide,
      });
      Object.assign(merged, q.patch);
      let saved: Contact;
      if (existing) {
        updateContacts(snapshot, [{ id: existing.id, fields: merged }]);
        saved = merged;
      } else {
        [saved] = insertContacts(snapshot, [merged], ctx.random);
      }
      const criteriaChanged =
        !existing ||
        existing.fitsMarket !== saved.fitsMarket ||
        existing.canAfford !== saved.canAfford ||
        existing.canDecide !== saved.canDecide;
      const log = [];
      if (criteriaChanged) {
        const criteria = {
          fitsMarket: saved.fitsMarket,
          canAfford: saved.canAfford,
          canDecide: saved.canDecide,
        };
        log.push(qualificationActivity(saved, criteria, q.from, q.to, ctx.me, ctx.clock.nowIso));
      }
      if (q.from !== q.to) log.push(activityForTransition(saved, q, ctx.me, ctx.clock.nowIso));
      appendActivities(ctx.ss, log, ctx.random);
      return { contact: saved, created: !existing, stageChanged: q.from !== q.to };
    }),
  );
}
