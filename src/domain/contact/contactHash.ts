// Short hashes of a contact's values, for noticing changes nobody told us about: edits typed
// straight into the sheet don't touch the Updated column. The sidebar's save uses a version
// token (one hash per field); "Undo last import" uses one check per imported row, kept in the
// row's Import activity, so undo can tell a row as the import left it from a row someone changed.
import { CONTACT_FIELDS, type Contact, type ContactKey } from './contact';

/** FNV-1a, 32 bits, in base 36: a change goes unnoticed with odds of about 1 in 4e9. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** One hash per field, in CONTACT_FIELDS order. */
export function fieldHashes(c: Contact): string[] {
  return CONTACT_FIELDS.map((f) => hashText(String(c[f.key])));
}

// A contact's version as the sidebar saw it. Saving compares it with the row as it is now, which
// catches edits typed straight into the sheet and says which fields changed. Opaque to the
// sidebar: it sends it back as is.
const VERSION_PREFIX = 'v1:';

export function contactVersion(c: Contact): string {
  return VERSION_PREFIX + fieldHashes(c).join('.');
}

/** The fields that differ from `version`; null when the token isn't one of ours. */
export function changedSince(version: string, c: Contact): ContactKey[] | null {
  if (!version.startsWith(VERSION_PREFIX)) return null;
  const parts = version.slice(VERSION_PREFIX.length).split('.');
  if (parts.length !== CONTACT_FIELDS.length) return null;
  const now = fieldHashes(c);
  return CONTACT_FIELDS.filter((_, i) => parts[i] !== now[i]).map((f) => f.key);
}

/**
 * The check of a row as the import left it: every field but Created and Updated (the import
 * sets both to the same instant, and Undo compares those two directly, which survives however
 * the sheet rounds a date-time), plus the non-empty cells of the user's own columns, by header.
 */
export function importCheck(c: Contact, userCells: readonly (readonly [string, string])[]): string {
  const fields = fieldHashes({ ...c, created: '', updated: '' });
  const own = userCells
    .filter(([, value]) => value !== '')
    .map(([header, value]) => `${hashText(header)}:${hashText(value)}`)
    .sort();
  return hashText([...fields, '|', ...own].join('.'));
}

// The check is a machine token at the end of the Import activity's summary; the words around
// it are not translated, so any language's summary still yields it.
const TAG = /\s\[undo check ([0-9a-z]{1,7})\]$/;

export function withImportCheck(summary: string, check: string): string {
  return `${summary} [undo check ${check}]`;
}

/** The check at the end of an Import summary, or null when there is none. */
export function importCheckOf(summary: string): string | null {
  return TAG.exec(summary)?.[1] ?? null;
}

/**
 * A file's fingerprint, to tell a file from another with the same name (pasted rows always have
 * one; a fresh export often has last time's): its row count, a hash of its header and a hash of
 * its rows. Resuming an import needs the same fingerprint.
 */
export function fileFingerprint(
  header: readonly string[],
  rows: readonly { cells: readonly string[] }[],
): string {
  // Unit and record separators can't be confused with text a cell holds.
  const body = rows.map((r) => r.cells.join('\u001f')).join('\u001e');
  return `${rows.length}-${hashText(header.join('\u001f'))}-${hashText(body)}`;
}

// A contact as the duplicates listing shows it: its version and the sheet row it was read from
// ("v1:…@row"), as opaque to the sidebar. The merge reads that row instead of searching the ID
// column for it, and searches only when the row no longer holds the contact (rows moved since).
const ROW_MARK = '@';

export function listedVersion(c: Contact, row: number): string {
  return `${contactVersion(c)}${ROW_MARK}${row}`;
}

/** The version and the row of a listed token; a bare version has no row. */
export function splitListedVersion(token: string): { version: string; row: number | null } {
  const at = token.lastIndexOf(ROW_MARK);
  if (at < 0) return { version: token, row: null };
  const row = Number(token.slice(at + 1));
  return { version: token.slice(0, at), row: Number.isInteger(row) && row >= 2 ? row : null };
}
