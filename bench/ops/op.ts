// What an operation of the bench is, and the helpers its definitions share: execution options,
// replies, and the contacts an operation works on (the same kind of contact at every size).
import type { ExecutionOptions, Runtime } from '../../local/runtime/index';
import type { Stage } from '../../src/domain/contact/contact';
import { OpFailed, type Session } from '../measure';
import type { Fixture } from '../workbook';

/**
 * oneContact: a sidebar or menu action on one contact (its budgets: cells read independent of
 * size, round trips, time at capacity); scan: an action over the whole sheet; reference: a
 * script a user would write instead, run as its own Apps Script project.
 */
export type Derived = 'imported';

export type OpKind = 'oneContact' | 'scan' | 'reference';

export interface Op {
  name: string;
  /** What the user does, in the words. */
  title: string;
  kind: OpKind;
  /** Entry points it calls: it is measured only when the build has them all. */
  needs: string[];
  /** The workbook it starts from: the fixture's own, or the fixture after the bench's import. */
  startsFrom?: Derived;
  /** The workbook its first run leaves, kept for the ops that start from it. */
  leaves?: Derived;
  /** Untimed: selects rows, runs other entry points; what it returns is handed to run. */
  prepare?(rt: Runtime, f: Fixture): unknown;
  /** The measured executions, each through s.run; throws when the result is wrong. */
  run(s: Session, f: Fixture, prepared: never): void | Promise<void>;
}

export const sidebar: ExecutionOptions = { kind: 'sidebar' };
export const menu = (...responses: string[]): ExecutionOptions => ({ kind: 'menu', responses });

/**
 * The value of a Reply ({ok, value}). A refusal is the operation's outcome (reported with its
 * figures, as a failure), not a fault of the bench.
 */
export function ok<T>(result: unknown): T {
  const r = result as { ok?: boolean; value?: T; message?: string } | null;
  if (!r || typeof r !== 'object' || !('ok' in r)) return result as T;
  if (!r.ok) throw new OpFailed(`refused: ${r.message}`);
  return r.value as T;
}

/** Throws (a fault of the bench or the build) when a result is not what the op must produce. */
export function expect(condition: unknown, problem: string): void {
  if (!condition) throw new Error(problem);
}

/** Contacts of a stage with exactly `activities` activities, from the middle of the sheet. */
export function rowsWith(f: Fixture, stage: Stage | null, activities: number, count = 1): number[] {
  const pool = stage ? f.rowsByStage[stage] : [...f.activitiesByRow.keys()];
  const rows = pool.filter((r) => f.activitiesByRow.get(r) === activities);
  const start = Math.max(0, Math.floor(rows.length / 2) - Math.floor(count / 2));
  const picked = rows.slice(start, start + count);
  expect(picked.length === count, `fewer than ${count} ${stage ?? ''} contacts`);
  return picked;
}

export function idOf(f: Fixture, row: number): string {
  const id = f.idByRow.get(row);
  expect(id, `no contact on row ${row}`);
  return id as string;
}

/** Selects whole rows of the Contacts tab, as a user clicking row numbers does. */
export function selectRows(rt: Runtime, rows: number[]): void {
  const ss = rt.workbook();
  const sheet = ss.sheet('Contacts');
  expect(sheet, 'no Contacts tab');
  if (!sheet) return;
  ss.select(
    sheet,
    rows.map((row) => ({ row, column: 1, numRows: 1, numColumns: sheet.maxColumns })),
  );
}

/** One block of `count` adjacent rows from the middle of the Contacts tab. */
export function selectBlock(rt: Runtime, f: Fixture, count: number): void {
  const first = Math.max(2, Math.floor(f.size / 2) + 2 - Math.floor(count / 2));
  const sheet = rt.workbook().sheet('Contacts');
  expect(sheet && first + count - 1 <= f.size + 1, `fewer than ${count} contacts`);
  if (sheet)
    rt.workbook().select(sheet, [
      { row: first, column: 1, numRows: count, numColumns: sheet.maxColumns },
    ]);
}
