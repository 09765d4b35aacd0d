// The Contacts tab as a store addressed by contact ID, with a constant number of service calls
// whatever the number of contacts: read all (one read), find one by ID (one search), insert (one
// write) and update any number of contacts (one write per run of adjacent columns).
import {
  contactFromCells,
  isBlankContact,
  newContactId,
  type Contact,
  type ContactKey,
} from '../domain/contact';
import type { SheetClock } from './sheetClock';
import {
  appendRows,
  cellsOf,
  layoutFromHeader,
  readTable,
  TableMissingError,
  writeChanges,
  type Layout,
  type TableRows,
} from './sheetTable';
import { CONTACTS } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ContactSnapshot {
  contacts: Contact[];
  table: TableRows<ContactKey>;
  /** Index into table.rows of each contact ID, valid only inside the lock that read it. */
  indexById: Map<string, number>;
}

export function readContacts(ss: Spreadsheet, clock: SheetClock): ContactSnapshot {
  const table = readTable(ss, CONTACTS);
  const contacts: Contact[] = [];
  const indexById = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const c = contactFromCells(cellsOf(CONTACTS, table.layout, row, clock));
    if (isBlankContact(c)) return;
    contacts.push(c);
    if (c.id && !indexById.has(c.id)) indexById.set(c.id, i);
  });
  return { contacts, table, indexById };
}

/** One contact by ID: a header read and one search of the ID column, then its row. */
export function findContact(ss: Spreadsheet, clock: SheetClock, id: string): Contact | null {
  const sheet = ss.getSheetByName(CONTACTS.sheetName);
  if (!sheet) throw new TableMissingError(CONTACTS.sheetName);
  const width = sheet.getLastColumn();
  if (width === 0) throw new TableMissingError(CONTACTS.sheetName);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const layout = layoutFromHeader(sheet, CONTACTS, header);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1 || !id) return null;
  const hit = sheet
    .getRange(2, layout.columns.id + 1, rows, 1)
    .createTextFinder(id)
    .matchEntireCell(true)
    .matchCase(true)
    .findNext();
  if (!hit) return null;
  const row = sheet.getRange(hit.getRow(), 1, 1, width).getValues()[0];
  return contactFromCells(cellsOf(CONTACTS, layout, row, clock));
}

/** Gives each new contact an ID (short, unique, readable aloud) and appends them in one write. */
export function insertContacts(
  snapshot: ContactSnapshot,
  contacts: readonly Contact[],
  random: () => number,
): Contact[] {
  const taken = new Set(snapshot.indexById.keys());
  const withIds = contacts.map((c) => {
    const id = c.id || newContactId(random, taken);
    taken.add(id);
    return { ...c, id };
  });
  appendRows(CONTACTS, snapshot.table.layout, withIds, snapshot.table.rows.length + 1);
  return withIds;
}

export interface ContactChange {
  id: string;
  fields: Partial<Contact>;
}

/** Writes changed fields of contacts found in the snapshot; returns the IDs it could not find. */
export function updateContacts(
  snapshot: ContactSnapshot,
  changes: readonly ContactChange[],
): string[] {
  const missing: string[] = [];
  const located: { index: number; fields: Partial<Record<ContactKey, unknown>> }[] = [];
  for (const ch of changes) {
    const index = snapshot.indexById.get(ch.id);
    if (index === undefined) missing.push(ch.id);
    else located.push({ index, fields: ch.fields });
  }
  writeChanges(CONTACTS, snapshot.table.layout as Layout<ContactKey>, snapshot.table.rows, located);
  return missing;
}
