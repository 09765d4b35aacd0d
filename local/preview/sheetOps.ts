// POST /api/sheet: what the grid's menus do to a sheet's structure, one "op" per request, run
// through the runtime's user actions so the checks and messages are Apps Script's. A bad request
// (unknown op, missing or wrong fields) is a 400; a refusal by the runtime (out of bounds, a
// name taken) is a 422 and changes nothing.
import type { Runtime, TriggerRun } from '../runtime/index';

export class OpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Body = Record<string, unknown>;

function int(body: Body, field: string, fallback?: number): number {
  const v = body[field] ?? fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new OpError(400, `"${field}" must be a whole number.`);
  return v;
}

function text(body: Body, field: string, required = true): string | undefined {
  const v = body[field];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || v === '')
    throw new OpError(400, `"${field}" must be a non-empty string.`);
  return v;
}

/** `before` or `after` (one of them): the index new rows or columns go before. */
function insertAt(body: Body): number {
  if (body.before !== undefined && body.after !== undefined)
    throw new OpError(400, 'Give "before" or "after", not both.');
  if (body.before !== undefined) return int(body, 'before');
  return int(body, 'after') + 1;
}

const OPS: Record<string, (rt: Runtime, b: Body) => TriggerRun[] | string | void> = {
  insertRows: (rt, b) => rt.user.insertRows(text(b, 'sheet')!, insertAt(b), int(b, 'count', 1)),
  insertColumns: (rt, b) =>
    rt.user.insertColumns(text(b, 'sheet')!, insertAt(b), int(b, 'count', 1)),
  deleteRows: (rt, b) => rt.user.deleteRows(text(b, 'sheet')!, int(b, 'start'), int(b, 'count', 1)),
  deleteColumns: (rt, b) =>
    rt.user.deleteColumns(text(b, 'sheet')!, int(b, 'start'), int(b, 'count', 1)),
  moveRows: (rt, b) =>
    rt.user.moveRows(text(b, 'sheet')!, int(b, 'from'), int(b, 'count', 1), int(b, 'to')),
  moveColumns: (rt, b) =>
    rt.user.moveColumns(text(b, 'sheet')!, int(b, 'from'), int(b, 'count', 1), int(b, 'to')),
  sort: (rt, b) => {
    if (b.ascending !== undefined && typeof b.ascending !== 'boolean')
      throw new OpError(400, '"ascending" must be true or false.');
    return rt.user.sort(text(b, 'range')!, int(b, 'by'), b.ascending !== false);
  },
  renameSheet: (rt, b) => rt.user.renameSheet(text(b, 'sheet')!, text(b, 'to')!),
  addSheet: (rt, b) =>
    rt.user.addSheet(text(b, 'name', false), b.index === undefined ? undefined : int(b, 'index')),
  deleteSheet: (rt, b) => rt.user.deleteSheet(text(b, 'sheet')!),
  hideRows: (rt, b) => rt.user.hideRows(text(b, 'sheet')!, int(b, 'start'), int(b, 'count', 1)),
  showRows: (rt, b) => rt.user.showRows(text(b, 'sheet')!, int(b, 'start'), int(b, 'count', 1)),
  createFilter: (rt, b) => {
    const hidden = b.hidden ?? [];
    if (!Array.isArray(hidden) || !hidden.every((h) => typeof h === 'string'))
      throw new OpError(400, '"hidden" must be an array of strings.');
    rt.user.filter(text(b, 'range')!, b.column === undefined ? null : int(b, 'column'), hidden);
  },
  removeFilter: (rt, b) => rt.user.removeFilter(text(b, 'sheet')!),
};

export const SHEET_OPS = Object.keys(OPS);

/** Checks the request and returns the work to do; throws OpError(400) for a bad request. */
export function sheetOp(body: Body): (rt: Runtime) => TriggerRun[] | string | void {
  const op = body.op;
  if (typeof op !== 'string' || !OPS[op])
    throw new OpError(400, `"op" must be one of: ${SHEET_OPS.join(', ')}.`);
  const fields = ['sheet', 'range', 'name'].filter((f) => body[f] !== undefined);
  for (const f of fields) text(body, f);
  return (rt) => OPS[op](rt, body);
}
