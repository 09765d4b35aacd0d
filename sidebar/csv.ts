// Reading a lead list in the browser: a CSV file or rows pasted from a spreadsheet or an email.
// Parsing is d3-dsv's (RFC 4180 quoting: delimiters, quotes and newlines inside quoted fields),
// chosen over papaparse for size: the whole sidebar page must stay under 60 KB and d3-dsv's
// parser is under 3 KB. Around it: a byte-order mark is dropped, the delimiter (comma, semicolon
// or tab) is detected, note lines above the header (LinkedIn's export has some) and blank lines
// are skipped, and every row keeps the line of the file it starts on, for messages.
import { dsvFormat } from 'd3-dsv';

export interface ParsedFile {
  header: string[];
  rows: { line: number; cells: string[] }[];
  delimiter: ',' | ';' | '\t';
  /** Lines above the header that were skipped (notes, blank lines). */
  skippedAbove: number;
}

const DELIMITERS = [',', ';', '\t'] as const;
/** How much of the file the delimiter and header are guessed from. */
const SAMPLE_CHARS = 64 * 1024;
const HEADER_SEARCH_ROWS = 20;

function isBlank(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}

function filled(row: readonly string[]): number {
  return row.filter((c) => c.trim() !== '').length;
}

/** The most common field count among non-blank rows, and how many rows have it. */
function modalWidth(rows: readonly string[][]): { width: number; count: number } {
  const counts = new Map<number, number>();
  for (const r of rows) if (!isBlank(r)) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let best = { width: 0, count: 0 };
  for (const [width, count] of counts) {
    if (count > best.count || (count === best.count && width > best.width)) best = { width, count };
  }
  return best;
}

/** The delimiter that splits the sample into the most rows of one consistent width above 1. */
function detectDelimiter(text: string): ',' | ';' | '\t' {
  let sample = text.slice(0, SAMPLE_CHARS);
  if (text.length > SAMPLE_CHARS) sample = sample.slice(0, sample.lastIndexOf('\n') + 1) || sample;
  let best: { d: ',' | ';' | '\t'; score: number } = { d: ',', score: -1 };
  for (const d of DELIMITERS) {
    const { width, count } = modalWidth(dsvFormat(d).parseRows(sample));
    const score = width > 1 ? count * 1000 + width : 0;
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

/**
 * The header is the first row, among the first few, that has at least two non-empty cells and
 * as many fields as most rows after it: notes above it are single cells or shorter rows.
 */
function headerIndex(rows: readonly string[][]): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    if (filled(rows[i]) < 2) continue;
    const after = rows.slice(i + 1, i + 1 + 200);
    const { width } = modalWidth(after);
    if (after.every(isBlank) || rows[i].length >= width) return i;
  }
  const first = rows.findIndex((r) => !isBlank(r));
  return first < 0 ? 0 : first;
}

export function parseCsv(input: string): ParsedFile {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const records = dsvFormat(delimiter).parseRows(text);
  // Each record starts one line after the previous one ended; quoted newlines add lines.
  const lines: number[] = [];
  let line = 1;
  for (const r of records) {
    lines.push(line);
    let breaks = 0;
    for (const c of r) for (let k = c.indexOf('\n'); k >= 0; k = c.indexOf('\n', k + 1)) breaks++;
    line += 1 + breaks;
  }
  const h = headerIndex(records);
  const header = (records[h] ?? []).map((c) => c.trim());
  const rows: ParsedFile['rows'] = [];
  for (let i = h + 1; i < records.length; i++) {
    const r = records[i];
    if (isBlank(r)) continue;
    const cells = header.map((_, k) => r[k] ?? '');
    rows.push({ line: lines[i], cells });
  }
  return { header, rows, delimiter, skippedAbove: records.length ? lines[h] - 1 : 0 };
}
