// TextFinder: Sheets' own search over display text, so a contact is found by ID in one call.
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';
import type { RangeRect, SheetModel, SpreadsheetModel } from './model';
import { displayValue } from './numberFormat';
import { rangeFake } from './range';

type TF = GoogleAppsScript.Spreadsheet.TextFinder;

export class FakeTextFinder implements Implements<
  TF,
  | 'matchCase'
  | 'matchEntireCell'
  | 'useRegularExpression'
  | 'matchFormulaText'
  | 'ignoreDiacritics'
  | 'findNext'
  | 'findPrevious'
  | 'findAll'
> {
  private caseSensitive = false;
  private entireCell = false;
  private regex = false;
  private formulaText = false;
  private diacritics = false;
  private hits: { sheet: SheetModel; row: number; column: number }[] | null = null;
  private cursor = -1;

  constructor(
    private readonly rt: Runtime,
    private readonly ss: SpreadsheetModel,
    private readonly scopes: { sheet: SheetModel; rect: RangeRect | null }[],
    private readonly text: string,
  ) {}

  private configure(apply: () => void) {
    apply();
    this.hits = null;
    return this.rt.expose(this, 'TextFinder');
  }
  matchCase(matchCase: boolean) {
    return this.configure(() => (this.caseSensitive = Boolean(matchCase)));
  }
  matchEntireCell(matchEntireCell: boolean) {
    return this.configure(() => (this.entireCell = Boolean(matchEntireCell)));
  }
  useRegularExpression(useRegEx: boolean) {
    return this.configure(() => (this.regex = Boolean(useRegEx)));
  }
  matchFormulaText(matchFormulaText: boolean) {
    return this.configure(() => (this.formulaText = Boolean(matchFormulaText)));
  }
  ignoreDiacritics(ignoreDiacritics: boolean) {
    return this.configure(() => (this.diacritics = Boolean(ignoreDiacritics)));
  }

  private normalize(s: string): string {
    let out = this.diacritics ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
    if (!this.caseSensitive) out = out.toLowerCase();
    return out;
  }

  private search() {
    if (this.hits) return this.hits;
    const needle = this.normalize(this.text);
    const pattern = this.regex
      ? new RegExp(
          this.entireCell ? `^(?:${this.text})$` : this.text,
          this.caseSensitive ? '' : 'i',
        )
      : null;
    const hits: { sheet: SheetModel; row: number; column: number }[] = [];
    let scanned = 0;
    for (const { sheet, rect } of this.scopes) {
      const r0 = rect?.row ?? 1;
      const c0 = rect?.column ?? 1;
      const r1 = rect ? rect.row + rect.numRows - 1 : sheet.lastRow();
      const c1 = rect ? rect.column + rect.numColumns - 1 : sheet.lastColumn();
      for (let r = r0; r <= Math.min(r1, sheet.rows.length); r++) {
        const row = sheet.rows[r - 1];
        for (let c = c0; c <= Math.min(c1, row.length); c++) {
          const v = row[c - 1];
          scanned++;
          if (v === '' && !this.formulaText) continue;
          const text =
            this.formulaText && sheet.formula(r, c)
              ? sheet.formula(r, c)
              : typeof v === 'string'
                ? v
                : displayValue(v, sheet.format(r, c));
          const ok = pattern
            ? pattern.test(text)
            : this.entireCell
              ? this.normalize(text) === needle
              : this.normalize(text).includes(needle);
          if (ok) hits.push({ sheet, row: r, column: c });
        }
      }
    }
    this.rt.calls.read(scanned);
    this.hits = hits;
    return hits;
  }

  private toRange(h: { sheet: SheetModel; row: number; column: number }) {
    return rangeFake(this.rt, this.ss, h.sheet, {
      row: h.row,
      column: h.column,
      numRows: 1,
      numColumns: 1,
    });
  }

  findNext() {
    const hits = this.search();
    if (this.cursor + 1 >= hits.length) return null;
    this.cursor += 1;
    return this.toRange(hits[this.cursor]);
  }
  findPrevious() {
    const hits = this.search();
    if (this.cursor - 1 < 0) return null;
    this.cursor -= 1;
    return this.toRange(hits[this.cursor]);
  }
  findAll() {
    return this.search().map((h) => this.toRange(h));
  }
}
