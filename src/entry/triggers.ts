// The trigger handlers: the installable daily digest (its name is stored in every trigger set up,
// reminderTriggers.ts DIGEST_HANDLER, so it must never change) and the simple onEdit.
import { runDailyDigest } from '../app/reminders';
import { noteTypedConversations } from '../app/typedConversations';
import { identifyEditedRows } from '../app/typedRows';
import { processFormSubmit } from '../app/formResponses';

export function prospekDailyDigest(event?: { triggerUid?: string }): void {
  // The trigger runs as its owner: the digest goes out in that user's language (useDigestLang).
  runDailyDigest(event);
}

/**
 * The simple trigger: rows typed or pasted into Contacts get their ID and Created at once;
 * conversations typed into Activities move their contact's Last contacted.
 */
export function onEdit(e?: { range?: GoogleAppsScript.Spreadsheet.Range }): void {
  identifyEditedRows(e);
  noteTypedConversations(e);
}

/**
 * The installable onFormSubmit trigger of a sheet with a lead form (its name is stored in the
 * trigger, formResponses.ts FORM_SUBMIT_HANDLER, so it must never change).
 */
export function prospekFormSubmit(e?: { range?: GoogleAppsScript.Spreadsheet.Range }): void {
  processFormSubmit(e);
}
