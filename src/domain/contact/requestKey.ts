// Request keys make a write replayable. The sidebar sends one with each save, log and merge, and
// the same one again when the user retries; the Activities entries the write makes carry IDs
// derived from it and are written before the contact row. A request that finds its entries
// already written is a replay: it finishes what is missing instead of doing it all again.
import { ID_ALPHABET, type Contact } from './contact';
import { fieldHashes, hashText } from './contactHash';

/** 'K-' and 10 to 24 characters of the ID alphabet. */
const KEY = new RegExp(`^K-[${ID_ALPHABET}]{10,24}$`);

export function isRequestKey(s: unknown): s is string {
  return typeof s === 'string' && KEY.test(s);
}

/** A new key: 12 random characters (60 bits), made by the sidebar for each new request. */
export function newRequestKey(random: () => number): string {
  let key = 'K-';
  for (let i = 0; i < 12; i++) {
    key += ID_ALPHABET[Math.min(ID_ALPHABET.length - 1, Math.floor(random() * 32))];
  }
  return key;
}

/** The Activity ID of a request's nth entry (1-based): 'K-7K3QX9M2AB0C-1'. */
export function keyedActivityId(key: string, n: number): string {
  return `${key}-${n}`;
}

/**
 * A menu action's entry ID for one contact: `M-<pending>-<done>`. `done` hashes the action, its
 * answers and the state the action leaves the contact in (Updated aside); `pending` hashes the
 * action, the contact and its Updated before the action. The entry is written before the row and
 * the row's Updated last, so a run again on the same rows tells "already done" (the row is in
 * the state `done` names) from "entry written, row not finished" (the row's Updated is still
 * the one `pending` names), however many of the row's other cells were written.
 */
export function actionEntryId(action: { action: string }, before: Contact, after: Contact): string {
  return `M-${pendingPart(action, before)}-${donePart(action, after)}`;
}

/** The `pending` part of actionEntryId: the action (answers aside), the ID and Updated. */
export function pendingPart(action: { action: string }, before: Contact): string {
  return hashText(JSON.stringify([action.action, before.id, before.updated])).toUpperCase();
}

/** The `done` part of actionEntryId. */
export function donePart(action: unknown, after: Contact): string {
  const s = JSON.stringify([action, fieldHashes({ ...after, updated: '' })]);
  return `${hashText(s)}${hashText(`${s}#`)}`.toUpperCase();
}

/** How long a menu action run again on the same rows counts as the same action (a retry). */
export const RETRY_WINDOW_MS = 10 * 60 * 1000;
