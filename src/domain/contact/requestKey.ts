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
 * A menu action's entry ID for one contact: a hash of the action, its answers and the state the
 * action leaves the contact in (Updated aside). The entry is written before the row, so a run
 * again on the same rows can tell "entry written, row not yet" (the ID of the state it would
 * make is there) from "already done" (the ID of the state the row is in is there).
 */
export function actionEntryId(action: unknown, after: Contact): string {
  const s = JSON.stringify([action, fieldHashes({ ...after, updated: '' })]);
  return `M-${hashText(s)}${hashText(`${s}#`)}`.toUpperCase();
}

/** How long a menu action run again on the same rows counts as the same action (a retry). */
export const RETRY_WINDOW_MS = 10 * 60 * 1000;
