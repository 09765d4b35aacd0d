// Logging a conversation: one new row on the Activities tab, and the contact's Last contacted
// (and Next follow-up, when the conversation sets one) updated in the same locked write.
import { contactPatchForConversation, conversationActivity } from '../domain/contact/activities';
import {
  readRequestKey,
  readRowHint,
  requireRecord,
  validateActivityInput,
} from '../domain/contact/validation';
import { keyedActivityId } from '../domain/contact/requestKey';
import { appendActivities, findActivity } from '../sheets/activityLog';
import { openContactTable, writeContactRows } from '../sheets/contactStore';
import { withDocumentLock } from './locks';
import { openTable } from '../sheets/sheetTable';
import { ACTIVITIES } from '../sheets/tables';
import type { LogConversationResult } from '../sidebarApi';
import { lockedRow, READ_LAST, rereadView } from './contacts';
import { context } from './context';
import { retryAfterSetUp } from './setUp';

const RIDERS = new Set(['requestKey', 'timelineShown', 'row']);

/**
 * Logs the conversation: its entry first (with a request key, under an ID made from it), then
 * the contact's dates. A retry finds the entry and writes only what the row still lacks, so a
 * conversation is never logged twice.
 */
export function logConversation(form: unknown): LogConversationResult {
  const ctx = context();
  const request = requireRecord(form);
  const key = readRequestKey(request);
  const timelineShown = request.timelineShown === true;
  // The contact's row as the sidebar last saw it (contactStore.contactRowOf).
  const hint = readRowHint(request.row);
  // The key, the flag and the hint ride along with the form's fields, which the form's
  // validation checks without them.
  const fields = Object.fromEntries(Object.entries(request).filter(([k]) => !RIDERS.has(k)));
  const input = validateActivityInput(fields, { today: ctx.clock.today });
  return withDocumentLock(
    () =>
      retryAfterSetUp(ctx, () => {
        const table = openContactTable(ctx.ss);
        const row = lockedRow(ctx, table, input.contactId, 'contactId', hint);
        // Opened before the first write (a missing tab is set up and the work starts over), and
        // once: its header serves the replay check, the new entry and the timeline sent back.
        const log = openTable(ctx.ss, ACTIVITIES);
        const activityId = key ? keyedActivityId(key, 1) : '';
        const ahead = key ? findActivity(log, ctx.clock, activityId) : null;
        const when = ahead?.activity.when || ctx.clock.nowIso;
        const activity = conversationActivity(input, row.contact, ctx.me, when, activityId);
        const patch = contactPatchForConversation(activity, ctx.clock.today, row.contact);
        const changes = (Object.keys(patch) as (keyof typeof patch)[]).filter(
          (k) => patch[k] !== row.contact[k],
        );
        if (!ahead) appendActivities(ctx.ss, [activity], ctx.random, log);
        // A replay also finishes a row written only in part (its Updated not yet).
        const stale = Date.parse(row.contact.updated) !== Date.parse(when);
        if (!ahead || changes.length > 0 || stale) {
          writeContactRows(table, [{ row, fields: { ...patch, updated: when } }]);
        }
        // The sidebar shows the rest of the timeline: it gets the new entry, not a read of the log.
        const added = !ahead && timelineShown ? { entries: [activity], whole: false } : undefined;
        return rereadView(ctx, table, row.row, log, added);
      }),
    READ_LAST,
  );
}
