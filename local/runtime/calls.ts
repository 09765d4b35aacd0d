// Every service call a script makes is recorded (for the benchmark and for call-count tests), and
// any call can be made to fail on purpose (fault injection).

export interface CallRecord {
  method: string; // e.g. 'Range.getValues'
  execution: number;
  cellsRead: number;
  cellsWritten: number;
  /**
   * CPU ms the runtime spent inside the call (its own work and moving values into the script's
   * realm): in Apps Script that work is the service's, so a benchmark can tell it from the
   * script's own CPU time.
   */
  serviceMs: number;
}

export interface CallFault {
  method: string;
  /** Fail the nth call of `method` counted from when the fault was added (1 = the next call). */
  nth: number;
  message: string;
  /** Fail every call from the nth on, instead of just the nth. */
  sticky?: boolean;
  seen: number;
}

export class CallLog {
  readonly records: CallRecord[] = [];
  private current: CallRecord | null = null;

  start(method: string, execution: number): CallRecord {
    const rec = { method, execution, cellsRead: 0, cellsWritten: 0, serviceMs: 0 };
    this.records.push(rec);
    this.current = rec;
    return rec;
  }

  read(cells: number): void {
    if (this.current) this.current.cellsRead += cells;
  }

  written(cells: number): void {
    if (this.current) this.current.cellsWritten += cells;
  }

  clear(): void {
    this.records.length = 0;
    this.current = null;
  }

  /** Totals since `from` (an index into records, e.g. records.length before an operation). */
  summary(from = 0): {
    calls: number;
    cellsRead: number;
    cellsWritten: number;
    byMethod: Record<string, number>;
  } {
    const byMethod: Record<string, number> = {};
    let cellsRead = 0;
    let cellsWritten = 0;
    for (const r of this.records.slice(from)) {
      byMethod[r.method] = (byMethod[r.method] ?? 0) + 1;
      cellsRead += r.cellsRead;
      cellsWritten += r.cellsWritten;
    }
    return { calls: this.records.length - from, cellsRead, cellsWritten, byMethod };
  }
}

export class Faults {
  private readonly calls: CallFault[] = [];

  /**
   * The nth next call of `method` (e.g. 'MailApp.sendEmail') throws `message`. The method '*'
   * counts every service call, so a test can fail each call of a write path in turn.
   */
  failCall(method: string, message: string, nth = 1, sticky = false): void {
    this.calls.push({ method, nth, message, sticky, seen: 0 });
  }

  clear(): void {
    this.calls.length = 0;
  }

  /** Returns the message to throw for this call, if a fault says so. */
  check(method: string): string | null {
    for (const f of this.calls) {
      if (f.method !== method && f.method !== '*') continue;
      f.seen += 1;
      if (f.seen === f.nth || (f.sticky && f.seen > f.nth)) return f.message;
    }
    return null;
  }
}
