// The pipeline view (a few columns whole, then the rows it lists) and selecting a contact's row from it.
import { ValidationError } from '../domain/errors';
import { serverText } from '../domain/messages/server';
import { contactFromCells, type Contact } from '../domain/contact/contact';
import {
  PIPELINE_DECIDE_KEYS,
  pipelineInSteps,
  type BoundedPipeline,
  type PipelineView,
  type FillContacts,
} from '../domain/pipeline/steps';
import { openContactTable, readContactFields, rowHoldingId } from '../sheets/contactStore';
import { readRowHint } from '../domain/contact/validation';
import { cellsReader, readFieldsAt, TableMissingError } from '../sheets/sheetTable';
import { CONTACTS } from '../sheets/tables';
import { context, type Context } from './context';
import { currentFullness } from '../sheets/capacity';
import { identifyScanned } from './typedRows';

/**
 * The pipeline, read in steps (domain/pipeline/steps.ts): a few columns of every contact, the
 * rest only of those who said no and of the people listed. Rows typed without an ID (or copied)
 * get their ID here, under the lock, rather than being counted without one: the pipeline's
 * lists open a contact by its ID.
 */
export function getPipeline(): PipelineView {
  const ctx = context();
  // A few calls, no cell read: the tab shows how full the spreadsheet is.
  const fullness = currentFullness(ctx.ss);
  return { ...pipelineOf(ctx), fullness };
}

function pipelineOf(ctx: Context): BoundedPipeline {
  const none = (c: Contact[]) => pipelineInSteps(c, () => undefined, ctx.clock.today);
  try {
    const scan = readContactFields(ctx.ss, ctx.clock, PIPELINE_DECIDE_KEYS);
    const { read } = identifyScanned(ctx, scan, PIPELINE_DECIDE_KEYS);
    const rows = read.rowCount;
    const byId = new Map(read.contacts.map((c) => [c.id, c]));
    const fill: FillContacts = (ids, keys) => {
      const indexes = ids.map((id) => read.indexById.get(id) as number);
      const got = readFieldsAt(read.layout, keys, indexes, rows);
      const byIndex = new Map(ids.map((id, k) => [indexes[k], id]));
      const cellsAt = cellsReader(CONTACTS, got, ctx.clock);
      for (const [i, values] of got.rows) {
        const c = byId.get(byIndex.get(i) as string) as Contact;
        const more = contactFromCells(cellsAt(values));
        for (const k of keys) (c as unknown as Record<string, unknown>)[k] = more[k];
      }
    };
    const view = pipelineInSteps(read.contacts, fill, ctx.clock.today);
    // Each person listed with their row: opening one sends it back, and is spared a search.
    for (const item of [...view.followUpsDueToday, ...view.overdueFollowUps, ...view.birthdays]) {
      const index = read.indexById.get(item.id);
      if (index !== undefined) item.row = index + 2;
    }
    return view;
  } catch (e) {
    // Not set up yet: an empty pipeline, not an error.
    if (e instanceof TableMissingError) return none([]);
    throw e;
  }
}

/**
 * Selects the contact's row. `row`: where the reply that showed the contact put it; its ID cell
 * is read, and the ID column searched only when the contact is no longer there.
 */
export function selectContactRow(contactId: unknown, row?: unknown): { row: number } {
  const m = serverText();
  if (typeof contactId !== 'string' || contactId.trim() === '') {
    throw new ValidationError({
      field: 'contactId',
      message: m.required(m.contactWork.contactIdLabel),
    });
  }
  const hint = readRowHint(row);
  const ctx = context();
  let table;
  try {
    table = openContactTable(ctx.ss);
  } catch (e) {
    if (!(e instanceof TableMissingError)) throw e;
  }
  const at = table ? rowHoldingId(table, contactId.trim(), hint) : null;
  if (!table || at === null) {
    throw new ValidationError({ field: 'contactId', message: m.contactWork.contactNotFound });
  }
  table.sheet.getRange(at, 1, 1, table.layout.width).activate();
  return { row: at };
}
