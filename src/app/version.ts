// A contact's version as the sidebar saw it: one short hash per field. Saving compares it with
// the row as it is now, which catches edits typed straight into the sheet (they don't touch the
// Updated column) and says which fields changed. Opaque to the sidebar: it sends it back as is.
import { CONTACT_FIELDS, type Contact, type ContactKey } from '../domain/contact';

const PREFIX = 'v1:';

/** FNV-1a, 32 bits, in base 36: a field change goes unnoticed with odds of about 1 in 4e9. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function contactVersion(c: Contact): string {
  return PREFIX + CONTACT_FIELDS.map((f) => hash(String(c[f.key]))).join('.');
}

/** The fields that differ from `version`; null when the token isn't one of ours. */
export function changedSince(version: string, c: Contact): ContactKey[] | null {
  if (!version.startsWith(PREFIX)) return null;
  const parts = version.slice(PREFIX.length).split('.');
  if (parts.length !== CONTACT_FIELDS.length) return null;
  return CONTACT_FIELDS.filter((f, i) => parts[i] !== hash(String(c[f.key]))).map((f) => f.key);
}
