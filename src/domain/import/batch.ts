// An import batch: what the document remembers of it, whether it is left unfinished, the IDs of
// its Import activities ('I-7K3QX9-17': the batch and the file line) and the regular expressions
// that find them with one search of the Activity ID column.

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
  /**
   * The last file line a send of this batch began writing (recorded before its first write):
   * lines after it have no Import entry yet, so a chunk starting after it need not search the log.
   */
  startedTo?: number;
}

/**
 * True when the batch may already hold Import entries of lines from `lo` on: unless the record is
 * this batch's and says no send began writing at or after `lo`, a chunk must search the log.
 */
export function mayHoldEntries(same: ImportRecord | null, lo: number): boolean {
  return same?.startedTo === undefined || lo <= same.startedTo;
}

/**
 * True when the import was never marked finished (the tab marks it after its last chunk). Its
 * rows sent so far may be all of them (the finishing call was lost): resuming then sends every
 * chunk again, which writes nothing twice, and marks it finished. The Import tab (resume it, or
 * say another file's import was left) and the server share this test.
 */
export function isUnfinished(record: ImportRecord | null | undefined): record is ImportRecord {
  return record !== null && record !== undefined && !record.finished;
}

/** The Import activity ID of a file line: batch suffix and line ('B-7K3QX9', 17 → 'I-7K3QX9-17'). */
export function importActivityId(batchId: string, line: number): string {
  return `I-${batchId.slice(2)}-${line}`;
}

export function importActivityPrefix(batchId: string): string {
  return `I-${batchId.slice(2)}-`;
}

/**
 * A regular expression matching exactly the decimal numbers lo..hi (no leading zeros), in the
 * syntax RE2 (Sheets' search) and JavaScript share: 17..123 → '1[7-9]|[2-9][0-9]|1[0-1][0-9]|12[0-3]'.
 * A few alternatives per digit, whatever the range's size.
 */
export function numberRangePattern(lo: number, hi: number): string {
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || lo < 0 || lo > hi)
    throw new RangeError(`No numbers from ${lo} to ${hi}`);
  return numberRanges(String(lo), String(hi)).join('|');
}

function numberRanges(lo: string, hi: string): string[] {
  if (lo.length < hi.length) {
    // Split at the first number one digit longer: each part has a single length.
    const top = '9'.repeat(lo.length);
    return [...numberRanges(lo, top), ...numberRanges(`1${'0'.repeat(lo.length)}`, hi)];
  }
  return sameLength(lo, hi);
}

const digitClass = (a: number, b: number) => (a === b ? String(a) : `[${a}-${b}]`);
const anyDigits = (n: number) => '[0-9]'.repeat(n);

/** lo..hi, both of the same number of digits. */
function sameLength(lo: string, hi: string): string[] {
  let i = 0;
  while (i < lo.length && lo[i] === hi[i]) i++;
  if (i === lo.length) return [lo];
  const prefix = lo.slice(0, i);
  const rest = lo.length - i - 1;
  const a = Number(lo[i]);
  const b = Number(hi[i]);
  const fromLow = /^0*$/.test(lo.slice(i + 1));
  const toHigh = /^9*$/.test(hi.slice(i + 1));
  const out: string[] = [];
  // lo's own first digit, when lo's tail isn't all zeros: lo's tail up to all nines.
  if (!fromLow)
    out.push(...sameLength(lo.slice(i + 1), '9'.repeat(rest)).map((t) => `${prefix}${a}${t}`));
  const from = fromLow ? a : a + 1;
  const to = toHigh ? b : b - 1;
  if (from <= to) out.push(`${prefix}${digitClass(from, to)}${anyDigits(rest)}`);
  if (!toHigh)
    out.push(...sameLength('0'.repeat(rest), hi.slice(i + 1)).map((t) => `${prefix}${b}${t}`));
  return out;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of a batch's Import entry IDs ('I-7K3QX9-' then the line): of file lines lo..hi
 * only when given (a chunk's own lines), else of every line.
 */
export function entryPattern(prefix: string, lines?: { lo: number; hi: number }): string {
  const line = lines ? `(?:${numberRangePattern(lines.lo, lines.hi)})` : '[0-9]+';
  return `^${escapeRegExp(prefix)}${line}$`;
}
