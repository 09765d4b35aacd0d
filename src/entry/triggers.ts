// The installable trigger's handler. Its name is stored in every trigger set up
// (reminderTriggers.ts DIGEST_HANDLER), so it must never change.
import { runDailyDigest } from '../app/reminders';

export function prospekDailyDigest(event?: { triggerUid?: string }): void {
  // The trigger runs as its owner: the digest goes out in that user's language (useDigestLang).
  runDailyDigest(event);
}
