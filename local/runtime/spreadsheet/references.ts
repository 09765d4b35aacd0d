// Plain A1 references inside formulas, adjusted as Sheets adjusts them when rows or columns of a
// sheet are inserted, deleted or moved, or when a sheet is renamed or deleted. A reference whose
// cells are all deleted becomes #REF!; a range that loses some rows or columns shrinks.
import { columnToLetters, lettersToColumn, quoteSheetName } from './a1';

/** Where an index (row or column) of the changed sheet goes: its new index, or null (deleted). */
export type IndexMap = (index: number) => number | null;

export interface ReferenceChange {
  /** The sheet whose rows or columns changed. */
  sheet: string;
  axis: 'row' | 'column';
  map: IndexMap;
}

// An optional sheet prefix, then a cell or range: B5, $B$5, A2:C10, A:C, 2:5. Not preceded by a
// word character, '.', '$' or ':' and not followed by one or by '(' (a function name) or '!'.
const REF =
  /(?<![\w.$:'])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}(?:\$?\d+)?)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\w(!:])/g;
const PART = /^(\$?)([A-Za-z]{0,3})(\$?)(\d*)$/;

interface Part {
  colAbs: string;
  col: number | null;
  rowAbs: string;
  row: number | null;
}

function parsePart(text: string): Part {
  const m = PART.exec(text)!;
  return {
    colAbs: m[1],
    col: m[2] ? lettersToColumn(m[2]) : null,
    rowAbs: m[3],
    row: m[4] ? Number(m[4]) : null,
  };
}

function partText(p: Part): string {
  const col = p.col === null ? '' : `${p.colAbs}${columnToLetters(p.col)}`;
  const row = p.row === null ? '' : `${p.rowAbs}${p.row}`;
  return col + row;
}

/**
 * The new span of from..to under `map`: from the first to the last place its surviving cells go
 * (a range grows over inserted rows, shrinks over deleted ones); null when none survive.
 */
function mapSpan(from: number, to: number, map: IndexMap): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = from; i <= to; i++) {
    const n = map(i);
    if (n === null) continue;
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  return lo === Infinity ? null : [lo, hi];
}

function adjustRef(ref: string, change: ReferenceChange): string | null {
  const [a, b] = ref.split(':');
  const pa = parsePart(a);
  const pb = b === undefined ? null : parsePart(b);
  const key = change.axis === 'row' ? 'row' : 'col';
  const from = pa[key];
  if (from === null) return ref; // A:C is untouched by row changes, 2:5 by column changes
  if (pb && pb[key] === null) {
    // An open-ended range (A2:A): only its start moves.
    const start = mapSpan(from, from, change.map);
    if (!start) return null;
    pa[key] = start[0];
    return `${partText(pa)}:${partText(pb)}`;
  }
  const to = pb ? pb[key]! : from;
  const span = mapSpan(from, to, change.map);
  if (!span) return null;
  pa[key] = span[0];
  if (pb) pb[key] = span[1];
  return pb ? `${partText(pa)}:${partText(pb)}` : partText(pa);
}

function unquote(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Runs `fn` over the parts of a formula outside string literals. */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) => (i % 2 === 1 ? piece : fn(piece)))
    .join('');
}

/** A formula of sheet `formulaSheet` after rows or columns of `change.sheet` changed. */
export function adjustFormula(formula: string, formulaSheet: string, change: ReferenceChange) {
  return outsideStrings(formula, (code) =>
    code.replace(REF, (whole, prefix: string | undefined, ref: string) => {
      const target = prefix ? unquote(prefix) : formulaSheet;
      if (target !== change.sheet) return whole;
      const out = adjustRef(ref, change);
      return out === null ? '#REF!' : `${prefix ?? ''}${out}`;
    }),
  );
}

/** A formula after a sheet was renamed (to !== null) or deleted (to === null). */
export function renameInFormula(formula: string, from: string, to: string | null): string {
  return outsideStrings(formula, (code) =>
    code.replace(REF, (whole, prefix: string | undefined, ref: string) => {
      if (!prefix || unquote(prefix) !== from) return whole;
      return to === null ? '#REF!' : `${quoteSheetName(to)}!${ref}`;
    }),
  );
}

/** A formula copied `rows` rows and `columns` columns away: its relative references follow. */
export function offsetFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  const shift = (p: Part) => {
    if (p.row !== null && !p.rowAbs) p.row += rows;
    if (p.col !== null && !p.colAbs) p.col += columns;
    return (p.row !== null && p.row < 1) || (p.col !== null && p.col < 1);
  };
  return outsideStrings(formula, (code) =>
    code.replace(REF, (_whole, prefix: string | undefined, ref: string) => {
      const parts = ref.split(':').map(parsePart);
      if (parts.map(shift).some(Boolean)) return '#REF!';
      return `${prefix ?? ''}${parts.map(partText).join(':')}`;
    }),
  );
}
