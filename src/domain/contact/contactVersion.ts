// A contact's version as the sidebar saw it: one short hash per field. Saving compares it with
// the row as it is now, which catches edits typed straight into the sheet (they don't touch the
// Updated column) and says which fields changed. Opaque to the sidebar: it sends it back as is.
import { CONTACT_FIELDS, type Contact, type ContactKey } from './contact';
import { fieldHashes } from './contactHash';

const PREFIX = 'v1:';

export function contactVersion(c: Contact): string {
  return PREFIX + fieldHashes(c).join('.');
}

/** The fields that differ from `version`; null when the token isn't one of ours. */
export function changedSince(version: string, c: Contact): ContactKey[] | null {
  if (!version.startsWith(PREFIX)) return null;
  const parts = version.slice(PREFIX.length).split('.');
  if (parts.length !== CONTACT_FIELDS.length) return null;
  const now = fieldHashes(c);
  return CONTACT_FIELDS.filter((_, i) => parts[i] !== now[i]).map((f) => f.key);
}
