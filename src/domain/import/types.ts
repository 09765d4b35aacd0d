// The shapes lead import, duplicates and merge send to the sidebar: JSON-safe, and free of
// Apps Script types so the sidebar can share them (src/sidebarApi.ts).
import type { Contact } from '../contact/contact';
import type { DuplicateKeyKind } from './dedupe';
import type { ImportCounts } from './plan';
import type { MergeConflict } from './merge';

export const DUPLICATE_POLICIES = ['skip', 'fill', 'anyway'] as const;
/** skip: leave the duplicate out; fill: fill the existing contact's empty fields; anyway: add it. */
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** One line the preview or the import reports: an invalid row or a duplicate, said in full. */
export interface ImportNote {
  line: number;
  kind: 'invalid' | 'existing' | 'inFile';
  message: string;
}

export interface ImportPreviewResult {
  /** A fresh batch ID for the import this preview leads to (nothing is reserved). */
  batchId: string;
  counts: ImportCounts;
  notes: ImportNote[];
  /** Line → where the row's data belongs, for this chunk's duplicate lines (see ImportState). */
  targets: Record<string, string>;
}

/** Each row's duplicate keys, in the order sent ([] for an invalid row). */
export interface ImportKeysResult {
  keys: string[][];
}

export interface ImportChunkResult {
  counts: ImportCounts;
  /** Rows added as contacts, contacts whose empty fields were filled, duplicates left out. */
  added: number;
  filled: number;
  skipped: number;
  /** Rows found already written by an earlier send of this chunk. */
  alreadyDone: number;
  notes: ImportNote[];
  targets: Record<string, string>;
}

/** What the document remembers about its last import (document properties). */
export interface ImportRecord {
  batchId: string;
  fileName: string;
  /** The file's content fingerprint (contactHash.fileFingerprint): what a resume must match. */
  fingerprint: string;
  source: string;
  startedAt: string;
  by: string;
  /** Data rows in the file, and how many of them have been sent so far. */
  total: number;
  rowsDone: number;
  finished: boolean;
}

export interface ImportStatus {
  country: string;
  /** The last import, when there is one to resume or undo. */
  last: ImportRecord | null;
}

export interface UndoResult {
  /** '' when there was no import to undo. */
  batchId: string;
  fileName: string;
  removed: number;
  /** edited: changed since (in the sidebar or in the sheet); unchecked: no check to compare with. */
  kept: { id: string; name: string; reason: 'edited' | 'activity' | 'unchecked' }[];
  /** The whole outcome in sentences, for a dialog or the sidebar. */
  message: string;
}

export interface DuplicateGroupView {
  contacts: Contact[];
  /** Why they're grouped, said plainly ("email", "phone number"). */
  reasons: string[];
  keys: { kind: DuplicateKeyKind; value: string }[];
  conflicts: MergeConflict[];
  /** Each contact's version token as listed: send them back with the merge. */
  versions: Record<string, string>;
}

export interface DuplicatesResult {
  groups: DuplicateGroupView[];
  message: string;
}

export interface MergeResult {
  contact: Contact;
  removedIds: string[];
  movedActivities: number;
  message: string;
}
