// Per-column run lists: a property (number format, data validation) set over row spans, the way
// users set it on whole columns. Memory stays proportional to the number of distinct runs, not to
// the number of cells, so a 100,000-row sheet with formatted columns stays small.

export interface Span<T> {
  from: number; // first row, 1-based
  to: number; // last row, inclusive
  value: T;
}

export class ColumnSpans<T> {
  private columns = new Map<number, Span<T>[]>();

  /** Sets rows from..to of a column to `value` (undefined clears). */
  set(
    column: number,
    from: number,
    to: number,
    value: T | undefined,
    same: (a: T, b: T) => boolean,
  ): void {
    const old = this.columns.get(column) ?? [];
    const out: Span<T>[] = [];
    for (const s of old) {
      if (s.to < from || s.from > to) {
        out.push(s);
        continue;
      }
      if (s.from < from) out.push({ from: s.from, to: from - 1, value: s.value });
      if (s.to > to) out.push({ from: to + 1, to: s.to, value: s.value });
    }
    if (value !== undefined) out.push({ from, to, value });
    out.sort((a, b) => a.from - b.from);
    // Merge neighbours holding the same value.
    const merged: Span<T>[] = [];
    for (const s of out) {
      const last = merged[merged.length - 1];
      if (last && last.to + 1 === s.from && same(last.value, s.value)) last.to = s.to;
      else merged.push({ ...s });
    }
    if (merged.length) this.columns.set(column, merged);
    else this.columns.delete(column);
  }

  get(column: number, row: number): T | undefined {
    const spans = this.columns.get(column);
    if (!spans) return undefined;
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid];
      if (row < s.from) hi = mid - 1;
      else if (row > s.to) lo = mid + 1;
      else return s.value;
    }
    return undefined;
  }

  /** Values of one column for rows from..to, as a dense array (fast path for big reads). */
  column(column: number, from: number, to: number): (T | undefined)[] {
    const out = new Array<T | undefined>(to - from + 1).fill(undefined);
    for (const s of this.columns.get(column) ?? []) {
      if (s.to < from || s.from > to) continue;
      for (let r = Math.max(s.from, from); r <= Math.min(s.to, to); r++) out[r - from] = s.value;
    }
    return out;
  }

  /** Rows were inserted before `row` (count > 0) or deleted from `row` (count < 0). */
  shiftRows(row: number, count: number): void {
    for (const [col, spans] of this.columns) {
      const next: Span<T>[] = [];
      for (const s of spans) {
        if (count > 0) {
          // Inserted rows take the properties of the row above them, as in Sheets.
          if (s.to < row - 1) next.push(s);
          else if (s.from >= row) next.push({ ...s, from: s.from + count, to: s.to + count });
          else next.push({ ...s, to: s.to + count });
        } else {
          const delFrom = row;
          const delTo = row - count - 1;
          const keep = (f: number, t: number) => {
            if (f <= t) next.push({ from: f, to: t, value: s.value });
          };
          if (s.to < delFrom) next.push(s);
          else if (s.from > delTo) next.push({ ...s, from: s.from + count, to: s.to + count });
          else {
            keep(s.from, delFrom - 1);
            if (s.to > delTo) keep(delFrom, s.to + count);
          }
        }
      }
      this.columns.set(col, next);
    }
  }

  /** Columns were inserted before `column` (count > 0) or deleted from it (count < 0). */
  shiftColumns(column: number, count: number): void {
    const next = new Map<number, Span<T>[]>();
    for (const [col, spans] of this.columns) {
      if (col < column) next.set(col, spans);
      else if (count < 0 && col < column - count) continue;
      else next.set(col + count, spans);
    }
    this.columns = next;
  }

  /** Rows lo..hi take the properties of rows srcOf(row) (a permutation of lo..hi). */
  permuteRows(
    lo: number,
    hi: number,
    srcOf: (row: number) => number,
    same: (a: T, b: T) => boolean,
    onlyColumns?: (column: number) => boolean,
  ): void {
    for (const col of [...this.columns.keys()]) {
      if (onlyColumns && !onlyColumns(col)) continue;
      const old = this.column(col, lo, hi);
      const moved = old.map((_, i) => old[srcOf(lo + i) - lo]);
      this.set(col, lo, hi, undefined, same);
      for (let i = 0; i < moved.length;) {
        let j = i;
        const v = moved[i];
        while (j + 1 < moved.length && moved[j + 1] === v) j++;
        if (v !== undefined) this.set(col, lo + i, lo + j, v, same);
        i = j + 1;
      }
    }
  }

  /** Columns lo..hi take the properties of columns srcOf(column) (a permutation of lo..hi). */
  permuteColumns(lo: number, hi: number, srcOf: (column: number) => number): void {
    const old = new Map(this.columns);
    for (let c = lo; c <= hi; c++) {
      const spans = old.get(srcOf(c));
      if (spans) this.columns.set(c, spans);
      else this.columns.delete(c);
    }
  }

  /** A copy of every column's spans (for copying a sheet). */
  clone(): ColumnSpans<T> {
    return ColumnSpans.fromData(structuredClone(this.toData()));
  }

  toData(): Record<string, Span<T>[]> {
    return Object.fromEntries([...this.columns].map(([c, s]) => [String(c), s]));
  }

  static fromData<T>(data: Record<string, Span<T>[]> | undefined): ColumnSpans<T> {
    const cs = new ColumnSpans<T>();
    for (const [c, spans] of Object.entries(data ?? {})) cs.columns.set(Number(c), spans);
    return cs;
  }
}
