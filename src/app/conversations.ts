// Logging a conversation: one new row on the Activities tab, and the contact's Last contacted
// (and Next follow-up, when the conversation sets one) updated in the same locked write.
import { contactPatchForConversation, conversationActivity } from '../domain/contact/activities';
import { validateActivityInput } from '../domain/contact/validation';
import { appendActivities } from '../sheets/activityLog';
import { openContactTable, writeContactRows } from '../sheets/contactStore';
import { withDocumentLock } from './locks';
import { openTable } from '../sheets/sheetTable';
import { ACTIVITIES } from '../sheets/tables';
import type { LogConversationResult } from '../sidebarApi';
import { lockedRow, rereadView } from './contacts';
import { context } from './context';
import { retryAfterSetUp } from './setUp';

export function logConversation(form: unknown): LogConversationResult {
  const ctx = context();
  const input = validateActivityInput(form, { today: ctx.clock.today });
  return withDocumentLock(() =>
    retryAfterSetUp(ctx, () => {
      const table = openContactTable(ctx.ss);
      const row = lockedRow(ctx, table, input.contactId, 'contactId');
      // Opened before the first write (a missing tab is set up and the work starts over), and
      // once: its header serves the new entry and the timeline sent back.
      const log = openTable(ctx.ss, ACTIVITIES);
      const when = ctx.clock.nowIso;
      const activity = conversationActivity(input, row.contact, ctx.me, when);
      const patch = contactPatchForConversation(activity, ctx.clock.today, row.contact);
      writeContactRows(table, [{ row, fields: { ...patch, updated: when } }]);
      appendActivities(ctx.ss, [activity], ctx.random, log);
      return rereadView(ctx, table, row.row, log);
    }),
  );
}
