// Changing the sheet language: the headers of our columns and the values of the enum columns
// (stages, types, Yes/No/Unknown, readiness, sources) rewritten in the other language. Only the
// cells whose words change are written, a run of adjacent rows at a time; the user's columns,
// other cells and anything not one of our words stay as they are. The caller holds the lock.
import { matchOption, normalizeHeader } from '../domain/contact/contact';
import { headerIn, valueIn } from '../domain/contact/sheetWords';
import type { Lang } from '../domain/messages/lang';
import { optionsRule } from './setup';
import { openTable, readTable, type TableSpec } from './sheetTable';
import { ACTIVITIES, CONTACTS } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheet language: what the Contacts tab's headers are written in (one row read). */
export function readSheetLang(ss: Spreadsheet): Lang {
  return openTable(ss, CONTACTS).lang ?? 'en';
}

/** Adjacent 0-based indexes grouped into [first, last] runs. */
function runs(indexes: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of indexes) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

/** Rewrites one tab in `lang`; returns how many cells changed. */
function rewriteTab<K extends string>(ss: Spreadsheet, spec: TableSpec<K>, lang: Lang): number {
  const { layout, header, rows } = readTable(ss, spec);
  const sheet = layout.sheet;
  let cells = 0;
  for (const f of spec.fields) {
    const col = layout.columns[f.key];
    const word = headerIn(lang, f.header);
    if (normalizeHeader(header[col]) !== normalizeHeader(word)) {
      sheet.getRange(1, col + 1).setValue(word);
      cells++;
    }
    if (!f.options) continue;
    const changed: number[] = [];
    const values = rows.map((r, i) => {
      const canonical = matchOption(r[col], f.options as readonly string[]);
      if (canonical === null) return r[col];
      const target = valueIn(lang, canonical);
      // 'ya' in an Indonesian sheet is already its word: a change of case is not a change.
      if (normalizeHeader(r[col]) === normalizeHeader(target)) return r[col];
      changed.push(i);
      return target;
    });
    for (const [first, last] of runs(changed)) {
      const block = values.slice(first, last + 1).map((v) => [v]);
      sheet.getRange(first + 2, col + 1, block.length, 1).setValues(block);
      cells += block.length;
    }
    // The dropdown offers the new words (a hand-typed value is still only warned about).
    const dataRows = sheet.getMaxRows() - 1;
    if (dataRows > 0)
      sheet.getRange(2, col + 1, dataRows, 1).setDataValidation(optionsRule(f.options, lang));
  }
  return cells;
}

/** Rewrites both tabs in `lang`; returns how many cells changed. */
export function rewriteSheetLang(ss: Spreadsheet, lang: Lang): number {
  return rewriteTab(ss, CONTACTS, lang) + rewriteTab(ss, ACTIVITIES, lang);
}
