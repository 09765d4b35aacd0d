// The user's selection on the Contacts tab as row numbers: any shape, several ranges (Ctrl-click),
// rows hidden by a filter left out. Costs a few calls per selected range (plus one per row of a
// multi-row range, for the filter, and one for the last used row), never a read of the whole tab.
import { CONTACTS } from './tables';
import { isTab } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SelectedRows {
  /** The tab the selection is on. */
  tab: string;
  onContacts: boolean;
  /** The header row is part of the selection. */
  header: boolean;
  /** Blocks of selected data rows within the used rows (one row may lie below them), in order. */
  blocks: { first: number; count: number }[];
  /** Selected rows hidden by a filter (the user doesn't see them, so they are left alone). */
  hidden: Set<number>;
  /**
   * Selected rows below the last used row (empty by definition), up to a few for messages. A
   * one-row range below it is read instead, and comes back as an empty row.
   */
  belowData: number[];
}

/** The row the user is on (the current cell), if it is on the Contacts tab. */
export function activeRow(ss: Spreadsheet): { tab: string; row: number | null } {
  const sheet = ss.getActiveSheet();
  const tab = sheet.getName();
  if (!isTab(ss, CONTACTS, sheet)) return { tab, row: null };
  const cell = ss.getSelection().getCurrentCell() ?? ss.getActiveRange();
  return { tab, row: cell ? cell.getRow() : null };
}

export function selectedRows(ss: Spreadsheet): SelectedRows {
  const sheet = ss.getActiveSheet();
  const tab = sheet.getName();
  const out: SelectedRows = {
    tab,
    onContacts: isTab(ss, CONTACTS, sheet),
    header: false,
    blocks: [],
    hidden: new Set(),
    belowData: [],
  };
  if (!out.onContacts) return out;
  const list = ss.getActiveRangeList();
  const ranges = list ? list.getRanges() : [];
  let lastRow: number | undefined;
  for (const range of ranges) {
    const top = range.getRow();
    const bottom = top + range.getNumRows() - 1;
    if (top === 1) out.header = true;
    const first = Math.max(2, top);
    // A taller range stops at the last used row (a whole column is not read); one row is read as
    // it is, without asking where the data ends: below it, the row reads empty.
    const last = bottom === first ? bottom : Math.min(bottom, (lastRow ??= sheet.getLastRow()));
    for (let r = Math.max(first, last + 1); r <= bottom && out.belowData.length < 3; r++) {
      out.belowData.push(r);
    }
    if (last < first) continue;
    out.blocks.push({ first, count: last - first + 1 });
    // A one-row range is a row the user picked; a taller one may span rows a filter hides.
    if (last > first) {
      for (let r = first; r <= last; r++) if (sheet.isRowHiddenByFilter(r)) out.hidden.add(r);
    }
  }
  return out;
}
