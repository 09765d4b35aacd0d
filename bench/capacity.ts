// The sheet's capacity with the bench's activity mix: how many contacts a spreadsheet holds when
// each brings its Contacts row and its share of Activities rows, within Sheets' 10 million cells,
// leaving room for the bench's own largest write (the 10,000-row import, measured). Computed
// from a generated workbook's layout and cell count, not assumed.
import { LIMITS } from './costModel';
import { fmt } from './budgets';
import type { Fixture } from './workbook';

export interface Capacity {
  contacts: number;
  perContact: number;
  fixedCells: number;
  reserve: number;
  note: string;
}

/** From the largest fixture measured and the cells its import added. */
export function capacityFrom(f: Fixture, importCells: number): Capacity {
  const { contactWidth, activityWidth } = f.layout;
  const mean = f.activityCount / f.size;
  const perContact = contactWidth + mean * activityWidth;
  const fixedCells = f.totalCells - f.size * contactWidth - f.activityCount * activityWidth;
  const limit = LIMITS.cellsPerSpreadsheet.value;
  const contacts = Math.floor((limit - fixedCells - importCells) / perContact);
  const note =
    `Capacity: ${fmt(contacts)} contacts. Each contact takes ${contactWidth} Contacts cells and ` +
    `${mean.toFixed(2)} activities × ${activityWidth} Activities cells = ${perContact.toFixed(1)} ` +
    `cells; the other cells of the workbook (headers, other tabs) are ${fmt(fixedCells)}; ` +
    `${fmt(importCells)} cells are kept free for the bench's 10,000-row import; the limit is ` +
    `${fmt(limit)} cells (${fmt(Math.floor((limit - fixedCells) / perContact))} contacts with ` +
    'nothing kept free).';
  return { contacts, perContact, fixedCells, reserve: importCells, note };
}

/** Cells over the limit once the reserve is used, for a fixture generated at capacity. */
export function excessCells(f: Fixture, c: Capacity): number {
  return f.totalCells + c.reserve - LIMITS.cellsPerSpreadsheet.value;
}
