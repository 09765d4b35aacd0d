// The pipeline view (the columns it counts, read whole) and selecting a contact's row from it.
import { ValidationError } from '../domain/errors';
import { serverText } from '../domain/messages/server';
import { pipelineSummary, type PipelineSummary } from '../domain/pipeline/pipeline';
import { findContactRow, openContactTable, readContactFields } from '../sheets/contactStore';
import { TableMissingError } from '../sheets/sheetTable';
import { context } from './context';
import { identifyScanned } from './typedRows';
import { PIPELINE_CONTACT_KEYS } from './viewFields';

/**
 * The pipeline. Rows typed without an ID (or copied) get their ID here, under the lock, rather
 * than being counted without one: the pipeline's lists open a contact by its ID.
 */
export function getPipeline(): PipelineSummary {
  const ctx = context();
  try {
    const scan = readContactFields(ctx.ss, ctx.clock, PIPELINE_CONTACT_KEYS);
    const { contacts } = identifyScanned(ctx, scan, PIPELINE_CONTACT_KEYS).read;
    return pipelineSummary(contacts, ctx.clock.today);
  } catch (e) {
    // Not set up yet: an empty pipeline, not an error.
    if (e instanceof TableMissingError) return pipelineSummary([], ctx.clock.today);
    throw e;
  }
}

export function selectContactRow(contactId: unknown): { row: number } {
  const m = serverText();
  if (typeof contactId !== 'string' || contactId.trim() === '') {
    throw new ValidationError({
      field: 'contactId',
      message: m.required(m.contactWork.contactIdLabel),
    });
  }
  const ctx = context();
  let table;
  try {
    table = openContactTable(ctx.ss);
  } catch (e) {
    if (!(e instanceof TableMissingError)) throw e;
  }
  const row = table ? findContactRow(table, contactId.trim()) : null;
  if (!table || row === null) {
    throw new ValidationError({ field: 'contactId', message: m.contactWork.contactNotFound });
  }
  table.sheet.getRange(row, 1, 1, table.layout.width).activate();
  return { row };
}
