// What a person does in the spreadsheet, with the simple and installable triggers it fires: typing
// or pasting a block (onEdit), selecting cells (onSelectionChange), opening the file (onOpen) and
// changing its structure (onChange). Tests use it to act as a user does: rt.user.edit(...).
import type { Runtime, TriggerRun } from './runtime';
import type { ExecutionOptions } from './execution';
import { changeEvent, editEvent, openEvent, selectionEvent } from './events';
import { blockA1, blockOf, setValues } from './spreadsheet/outside';
import type { TriggerEventType, TriggerState } from './state';
import { AuthMode } from './services/enums';

export interface EditResult {
  /** The block written, 'Sheet!A1:B2'. */
  range: string;
  /** Each onEdit handler run (the simple trigger, then installable ones), with its error. */
  triggers: TriggerRun[];
}

export interface EditOptions {
  /** Add rows and columns when the block runs past the sheet's edge, as a paste does. */
  grow?: boolean;
}

const SIMPLE: ExecutionOptions = { kind: 'simpleTrigger', authMode: 'LIMITED' };

export class UserActions {
  constructor(private readonly rt: Runtime) {}

  /**
   * Types a block as a person does (strings are typed input) starting at a cell or filling a
   * range, then fires onEdit with e.range the whole block. Throws Apps Script's message, changing
   * nothing, when a value is refused.
   */
  edit(a1: string, values: unknown[][], options: EditOptions = {}): EditResult {
    const ss = this.rt.workbook();
    const start = blockOf(ss, a1);
    if (options.grow) {
      const rows = start.rect.row + values.length - 1;
      const columns = start.rect.column + (values[0]?.length ?? 0) - 1;
      const extra =
        Math.max(0, rows - start.sheet.maxRows) * Math.max(columns, start.sheet.maxColumns) +
        Math.max(0, columns - start.sheet.maxColumns) * start.sheet.maxRows;
      const limit = ss.cellLimitError(extra);
      if (limit) throw new Error(limit);
      start.sheet.maxRows = Math.max(start.sheet.maxRows, rows);
      start.sheet.maxColumns = Math.max(start.sheet.maxColumns, columns);
    }
    const before = start.sheet.get(start.rect.row, start.rect.column);
    const block = setValues(ss, a1, values, this.rt.now());
    const triggers: TriggerRun[] = [];
    const event = (t: { uid: string; user: string } | null) =>
      editEvent(this.rt, ss, block.sheet, block.rect, before, t);
    if (this.rt.hasFunction('onEdit')) this.fire(triggers, 'onEdit', event);
    for (const t of this.installed('ON_EDIT')) this.fire(triggers, t.handler, event, t);
    return { range: blockA1(block), triggers };
  }

  /** Selects a range as a click does; fires onSelectionChange when the project has one. */
  select(a1: string): TriggerRun[] {
    const ss = this.rt.workbook();
    const { sheet, rect } = blockOf(ss, a1);
    ss.select(sheet, [rect]);
    const triggers: TriggerRun[] = [];
    if (this.rt.hasFunction('onSelectionChange'))
      this.fire(triggers, 'onSelectionChange', () => selectionEvent(this.rt, ss, sheet, rect));
    return triggers;
  }

  /** Opens the spreadsheet: the simple onOpen, then installable ON_OPEN triggers. */
  open(): TriggerRun[] {
    const triggers: TriggerRun[] = [];
    if (this.rt.hasFunction('onOpen')) this.fire(triggers, 'onOpen', () => openEvent(this.rt));
    for (const t of this.installed('ON_OPEN'))
      this.fire(
        triggers,
        t.handler,
        () => ({ ...openEvent(this.rt), authMode: AuthMode.FULL, triggerUid: t.uid }),
        t,
      );
    return triggers;
  }

  /** The structure changed (INSERT_ROW, REMOVE_COLUMN, ...): installable onChange triggers run. */
  changed(changeType: string): TriggerRun[] {
    const ss = this.rt.workbook();
    const triggers: TriggerRun[] = [];
    for (const t of this.installed('ON_CHANGE'))
      this.fire(triggers, t.handler, (who) => changeEvent(this.rt, ss, changeType, who!), t);
    return triggers;
  }

  private installed(event: TriggerEventType) {
    const id = this.rt.workbook().id;
    return this.rt.state.triggers.filter((t) => t.eventType === event && t.documentId === id);
  }

  /** Runs one handler as its own execution: a simple trigger (t null) or an installable one. */
  private fire(
    out: TriggerRun[],
    handler: string,
    make: (t: { uid: string; user: string } | null) => unknown,
    t: TriggerState | null = null,
  ): void {
    const run: TriggerRun = { uid: t?.uid ?? '', handler, at: this.rt.now() };
    try {
      if (!t) this.rt.execute(handler, [make(null)], SIMPLE);
      else
        this.rt.execute(handler, [make({ uid: t.uid, user: t.owner })], {
          kind: 'installableTrigger',
          authMode: 'FULL',
          user: t.owner,
          triggerUid: t.uid,
        });
    } catch (err) {
      run.error = err instanceof Error ? err.message : String(err);
    }
    out.push(run);
  }
}
