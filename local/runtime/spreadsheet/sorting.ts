// Range.sort: Sheets' order of values and Apps Script's sort specifications (a column number, an
// object {column, ascending}, or an array of them). Blank cells go last whichever the direction.
import type { RangeRect, SheetModel, Stored } from './model';
import { MESSAGES } from './messages';

export interface SortKey {
  column: number;
  ascending: boolean;
}

/** The sort keys of a specification, or the refusal's message. */
export function sortKeys(spec: unknown, rect: RangeRect): SortKey[] | string {
  const list = Array.isArray(spec) ? spec : [spec];
  const keys: SortKey[] = [];
  for (const s of list) {
    const key =
      typeof s === 'number'
        ? { column: s, ascending: true }
        : typeof s === 'object' && s !== null && typeof (s as SortKey).column === 'number'
          ? { column: (s as SortKey).column, ascending: (s as SortKey).ascending !== false }
          : null;
    if (!key) return "The parameters (Object) don't match the method signature for Range.sort.";
    if (key.column < rect.column || key.column >= rect.column + rect.numColumns)
      return MESSAGES.sortColumnOutside(key.column);
    keys.push(key);
  }
  return keys;
}

// Numbers (and dates) sort before text, text before booleans; text ignores case.
function rank(v: Stored): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

function compare(a: Stored, b: Stored): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** For each row of the sorted block, the row its cells come from (a stable sort). */
export function sortedSource(
  sheet: SheetModel,
  rect: RangeRect,
  keys: SortKey[],
): (row: number) => number {
  const rows = Array.from({ length: rect.numRows }, (_, i) => rect.row + i);
  rows.sort((ra, rb) => {
    for (const k of keys) {
      const a = sheet.get(ra, k.column);
      const b = sheet.get(rb, k.column);
      if (a === '' || b === '') {
        if (a === b) continue;
        return a === '' ? 1 : -1; // blanks last, ascending or not
      }
      const c = compare(a, b);
      if (c !== 0) return k.ascending ? c : -c;
    }
    return ra - rb;
  });
  return (row) => rows[row - rect.row];
}
