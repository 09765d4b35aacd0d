// A1 notation: 'B5', 'A2:C10', 'A:A', '2:5', 'A2:C' (open-ended), with an optional sheet name
// ('Contacts!A1', "'My sheet'!A1").

export interface A1Range {
  sheetName: string | null;
  row: number;
  column: number;
  /** null = to the end of the sheet (open-ended ranges such as 'A2:A' or 'A:A'). */
  lastRow: number | null;
  lastColumn: number | null;
}

export function columnToLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

export function parseA1(text: string): A1Range | null {
  let sheetName: string | null = null;
  let ref = text.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'"))
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b] = ref.split(':');
  const pa = PART.exec(a ?? '');
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb || ref.split(':').length > 2) return null;
  const [, ca, ra] = pa;
  const [, cb, rb] = pb;
  if (!ca && !ra) return null;
  if (b !== undefined && !cb && !rb) return null;
  const row = ra ? Number(ra) : 1;
  const column = ca ? lettersToColumn(ca) : 1;
  const lastRow = rb ? Number(rb) : b === undefined && ra ? row : null;
  const lastColumn = cb ? lettersToColumn(cb) : b === undefined && ca ? column : null;
  if (row < 1 || (lastRow !== null && lastRow < 1)) return null;
  return {
    sheetName,
    row: lastRow !== null ? Math.min(row, lastRow) : row,
    column: lastColumn !== null ? Math.min(column, lastColumn) : column,
    lastRow: lastRow !== null ? Math.max(row, lastRow) : null,
    lastColumn: lastColumn !== null ? Math.max(column, lastColumn) : null,
  };
}

export function toA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
