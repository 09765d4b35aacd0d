// Which way a file writes its numeric dates (12/03/1990: 12 March or 3 December?), decided from
// the file's own evidence first: a first part above 12 anywhere in the Birthday column means day
// first for the whole column, a second part above 12 month first. Only when no value decides:
// the export's known format (Outlook's CSV writes M/D/YYYY), then the spreadsheet's locale
// (id_ID writes D/M/YYYY).
//
// The evidence needs the whole column, which only the Import tab holds (the server sees one
// chunk at a time): the tab computes it with fileDateEvidence and sends it with every chunk.

import { normalizeHeader } from '../contact/contact';
import { dateOrderEvidence, type DateOrder } from '../dateText';
import type { ImportRow } from './plan';
import type { ImportTarget } from './mapping';

/** What the Birthday column of the whole file says (null: nothing decides). */
export function fileDateEvidence(
  mapping: readonly ImportTarget[],
  rows: readonly ImportRow[],
): DateOrder | null {
  const columns = mapping.flatMap((t, i) => (t === 'birthday' ? [i] : []));
  if (columns.length === 0) return null;
  function* values(): Generator<string> {
    for (const r of rows) for (const c of columns) yield r.cells[c] ?? '';
  }
  return dateOrderEvidence(values());
}

/** The order of an export recognised by its header: Outlook's CSV is month first. */
export function exportDateOrder(header: readonly string[]): DateOrder | null {
  const names = new Set(header.map(normalizeHeader));
  const outlook =
    names.has(normalizeHeader('E-mail Address')) && names.has(normalizeHeader('First Name'));
  return outlook ? 'mdy' : null;
}

/** The file's evidence, else its export's format, else the spreadsheet's locale's order. */
export function importDateOrder(
  evidence: DateOrder | null,
  header: readonly string[],
  localeOrder: DateOrder,
): DateOrder {
  return evidence ?? exportDateOrder(header) ?? localeOrder;
}
