// What one change to the preview's workbook writes: the parts of the runtime's state that differ
// from the state last written, as one JSON line. Every part is written whole and absolute ("row
// 12 of sheet 3 is now [...]", "the outbox from its 4th email is now [...]"), never as a delta,
// so replaying a line twice, or on a snapshot that already holds it, gives the same state.
import type { RuntimeState, SentEmail } from '../runtime/index';

type SpreadsheetData = RuntimeState['spreadsheets'][number];
type SheetData = SpreadsheetData['sheets'][number];
type Row = SheetData['rows'][number];
type Fields = Record<string, unknown>;

interface SheetPatch {
  id: number;
  /** Every field but the rows, when any of them changed. */
  meta?: Fields;
  /** How many rows the sheet holds now, and each row that differs: [index, row]. */
  length: number;
  rows: [number, Row][];
}

interface BookPatch {
  id: string;
  /** Every field but the sheets, when any of them changed. */
  meta?: Fields;
  /** The sheets' ids in order; a sheet not listed was deleted. */
  sheetIds: number[];
  /** Sheets that are new, whole. */
  added: SheetData[];
  patched: SheetPatch[];
}

export interface JournalEntry {
  /** Top-level fields of the runtime's state that changed (not the spreadsheets, the outbox). */
  state?: Fields;
  /** The outbox from index `from` on (emails are appended, so usually only the new ones). */
  outbox?: { from: number; emails: SentEmail[] };
  bookIds: string[];
  addedBooks: SpreadsheetData[];
  books: BookPatch[];
}

const json = (v: unknown) => JSON.stringify(v) ?? 'undefined';

function without(o: object, key: string): Fields {
  const out: Fields = { ...(o as Fields) };
  delete out[key];
  return out;
}

/** Makes `target` hold exactly `fields` (keeping `keep`): a field gone from the new is gone. */
function replaceFields(target: object, fields: Fields, keep: string): void {
  const t = target as Fields;
  for (const k of Object.keys(t)) if (k !== keep && !(k in fields)) delete t[k];
  Object.assign(t, fields);
}

function sameRow(a: Row | undefined, b: Row | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  // A hole and null both save as null.
  for (let i = 0; i < a.length; i++) if ((a[i] ?? null) !== (b[i] ?? null)) return false;
  return true;
}

function diffSheet(prev: SheetData, cur: SheetData): SheetPatch | null {
  const meta = json(without(cur, 'rows'));
  const metaChanged = meta !== json(without(prev, 'rows'));
  const rows: [number, Row][] = [];
  for (let i = 0; i < cur.rows.length; i++) {
    if (!sameRow(prev.rows[i], cur.rows[i])) rows.push([i, cur.rows[i]]);
  }
  if (!metaChanged && rows.length === 0 && prev.rows.length === cur.rows.length) return null;
  return {
    id: cur.id,
    ...(metaChanged ? { meta: JSON.parse(meta) as Fields } : {}),
    length: cur.rows.length,
    rows,
  };
}

function diffBook(prev: SpreadsheetData, cur: SpreadsheetData): BookPatch | null {
  const meta = json(without(cur, 'sheets'));
  const metaChanged = meta !== json(without(prev, 'sheets'));
  const before = new Map(prev.sheets.map((s) => [s.id, s]));
  const added: SheetData[] = [];
  const patched: SheetPatch[] = [];
  for (const sheet of cur.sheets) {
    const old = before.get(sheet.id);
    if (!old) added.push(sheet);
    else {
      const p = diffSheet(old, sheet);
      if (p) patched.push(p);
    }
  }
  const sheetIds = cur.sheets.map((s) => s.id);
  const reordered = json(sheetIds) !== json(prev.sheets.map((s) => s.id));
  if (!metaChanged && !reordered && added.length === 0 && patched.length === 0) return null;
  return {
    id: cur.id,
    ...(metaChanged ? { meta: JSON.parse(meta) as Fields } : {}),
    sheetIds,
    added,
    patched,
  };
}

function diffOutbox(prev: SentEmail[], cur: SentEmail[]): JournalEntry['outbox'] {
  const n = prev.length;
  // The outbox only grows; when its last known email is still there, only the new ones go.
  const appended = cur.length >= n && (n === 0 || json(cur[n - 1]) === json(prev[n - 1]));
  if (appended) return cur.length === n ? undefined : { from: n, emails: cur.slice(n) };
  return { from: 0, emails: cur };
}

/** What differs from `prev` (the state last written) in `cur`; null when nothing does. */
export function diffState(prev: RuntimeState, cur: RuntimeState): JournalEntry | null {
  const state: Fields = {};
  for (const key of Object.keys(cur) as (keyof RuntimeState)[]) {
    if (key === 'spreadsheets' || key === 'outbox') continue;
    if (json(cur[key]) !== json(prev[key])) state[key] = cur[key];
  }
  const outbox = diffOutbox(prev.outbox, cur.outbox);
  const before = new Map(prev.spreadsheets.map((s) => [s.id, s]));
  const addedBooks: SpreadsheetData[] = [];
  const books: BookPatch[] = [];
  for (const book of cur.spreadsheets) {
    const old = before.get(book.id);
    if (!old) addedBooks.push(book);
    else {
      const p = diffBook(old, book);
      if (p) books.push(p);
    }
  }
  const bookIds = cur.spreadsheets.map((s) => s.id);
  const reordered = json(bookIds) !== json(prev.spreadsheets.map((s) => s.id));
  const changed =
    Object.keys(state).length > 0 || outbox || reordered || addedBooks.length || books.length;
  if (!changed) return null;
  return { ...(Object.keys(state).length ? { state } : {}), outbox, bookIds, addedBooks, books };
}

function applySheet(sheet: SheetData, p: SheetPatch): void {
  if (p.meta) replaceFields(sheet, p.meta, 'rows');
  sheet.rows.length = Math.min(sheet.rows.length, p.length);
  for (const [i, row] of p.rows) sheet.rows[i] = row;
  sheet.rows.length = p.length;
}

function applyBook(book: SpreadsheetData, p: BookPatch): void {
  if (p.meta) replaceFields(book, p.meta, 'sheets');
  const byId = new Map([...book.sheets, ...p.added].map((s) => [s.id, s]));
  for (const sp of p.patched) {
    const sheet = byId.get(sp.id);
    if (sheet) applySheet(sheet, sp);
  }
  book.sheets = p.sheetIds.map((id) => byId.get(id)).filter((s) => s !== undefined);
}

/** Applies one line's entry to `state` (in place). */
export function applyEntry(state: RuntimeState, entry: JournalEntry): void {
  if (entry.state) Object.assign(state, entry.state);
  if (entry.outbox) {
    state.outbox.length = Math.min(state.outbox.length, entry.outbox.from);
    state.outbox.push(...entry.outbox.emails);
  }
  const byId = new Map([...state.spreadsheets, ...entry.addedBooks].map((s) => [s.id, s]));
  for (const bp of entry.books) {
    const book = byId.get(bp.id);
    if (book) applyBook(book, bp);
  }
  state.spreadsheets = entry.bookIds.map((id) => byId.get(id)).filter((s) => s !== undefined);
}
