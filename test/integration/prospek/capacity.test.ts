// The spreadsheet's 10-million-cell limit, on the built bundle: a write that would pass it is
// refused before anything is written, with a message saying how full the sheet is; the
// pipeline and the set-up report say how full it is, and the digest warns from 80%.
import type { Runtime } from '../../../local/runtime/index';
import type { PipelineView } from '../../../src/domain/pipeline/steps';
import { clickMenu, idOf, sheetWith, snapshot } from '../../support/workbook';
import { call, callOk } from '../../support/sidebar';
import { activityRows, conversation } from './contactsHarness';
import { fixture, importParsed } from './importHarness';

const LIMIT = 10_000_000;

const totalCells = (rt: Runtime) =>
  rt.workbook().sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);

/**
 * Fills the workbook to `LIMIT - free` cells cheaply: a tab of the user's own (all tabs count)
 * of one column and millions of empty rows, as a big pasted list would leave.
 */
function fillTo(rt: Runtime, free: number): void {
  const filler = rt.workbook().addSheet('Old list');
  filler.maxColumns = 1;
  filler.maxRows = 1;
  filler.maxRows = LIMIT - free - totalCells(rt) + 1;
  expect(totalCells(rt)).toBe(LIMIT - free);
}

/** A tab trimmed to its last used row, so the next append must insert rows. */
function trimToLastRow(rt: Runtime, tab: string): void {
  const sheet = rt.workbook().sheet(tab)!;
  sheet.maxRows = Math.max(1, sheet.lastRow());
}

/** A sheet with one contact whose tabs have no free row left. */
function fullTabs(): Runtime {
  const rt = sheetWith([{ name: 'Budi Santoso', stage: 'Prospect' }]);
  trimToLastRow(rt, 'Contacts');
  trimToLastRow(rt, 'Activities');
  return rt;
}

const ACTIVITY_COLUMNS = 13;
const CONTACT_COLUMNS = 27;

describe('a write that would pass the cell limit', () => {
  it('logging a conversation is refused with nothing written, and runs when the row fits', () => {
    const rt = fullTabs();
    expect(rt.workbook().sheet('Activities')!.maxColumns).toBe(ACTIVITY_COLUMNS);
    fillTo(rt, ACTIVITY_COLUMNS - 1);
    const before = snapshot(rt);
    const r = call(rt, 'logConversation', conversation(idOf(1), { summary: 'Quote sent' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe(
      'This spreadsheet is 99% full (9.9 M of Google Sheets\' limit of 10 M cells) and this would add 13 cells, more than fit. Nothing was written. Move old activities to an archive spreadsheet, or delete empty rows and columns at the end of your tabs, then try again (see "When the spreadsheet is full" in Prospek\'s user guide).',
    );
    expect(snapshot(rt)).toEqual(before);

    // One cell more and the row fits: the sheet is then exactly full.
    rt.workbook().sheet('Old list')!.maxRows -= 1;
    callOk(rt, 'logConversation', conversation(idOf(1), { summary: 'Quote sent' }));
    expect(activityRows(rt).map((a) => a.summary)).toEqual(['Quote sent']);
    expect(totalCells(rt)).toBe(LIMIT);
  });

  it('a new lead needs room on both tabs: refused before its entries are written', () => {
    const rt = fullTabs();
    // Room for the contact's row (27 cells) but not for it and its Qualification entry too.
    fillTo(rt, CONTACT_COLUMNS + ACTIVITY_COLUMNS - 1);
    const before = snapshot(rt);
    const r = call(rt, 'saveContact', { contact: { name: 'Sari', fitsMarket: 'Yes' } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('this would add 40 cells, more than fit. Nothing was');
    expect(snapshot(rt)).toEqual(before);

    rt.workbook().sheet('Old list')!.maxRows -= 1;
    callOk(rt, 'saveContact', { contact: { name: 'Sari', fitsMarket: 'Yes' } });
    expect(totalCells(rt)).toBe(LIMIT);
  });

  it('writes into free rows are never refused, however full the sheet', () => {
    const rt = sheetWith([{ name: 'Budi Santoso', stage: 'Prospect' }]);
    fillTo(rt, 0);
    callOk(rt, 'logConversation', conversation(idOf(1), { summary: 'Quote sent' }));
    callOk(rt, 'saveContact', { contact: { name: 'Sari', fitsMarket: 'Yes' } });
    expect(activityRows(rt)).toHaveLength(2);
    expect(totalCells(rt)).toBe(LIMIT);
  });

  it('an import chunk that would not fit is refused whole: no entry, no row, no column', async () => {
    const rt = fullTabs();
    fillTo(rt, 100);
    const tabs = () => ['Contacts', 'Activities'].map((t) => rt.workbook().sheet(t)!.toData());
    const before = tabs();
    await expect(importParsed(rt, fixture('plain-list.csv'))).rejects.toThrow(
      /this would add [\d,]+ cells, more than fit\. Nothing was written\./,
    );
    expect(tabs()).toEqual(before);
  });

  it('Set up sheet refuses to create a tab that would not fit, and changes nothing', () => {
    const rt = sheetWith([{ name: 'Budi' }]);
    rt.workbook().removeSheet(rt.workbook().sheet('Activities')!);
    fillTo(rt, 1000);
    const before = snapshot(rt);
    const run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs.map((d) => d.message).join(' ')).toContain(
      'this would add 26,000 cells, more than fit. Nothing was written.',
    );
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('the check costs almost nothing while the sheet has room', () => {
  /** What one logged conversation calls, by method. */
  function logCalls(rt: Runtime, summary: string): Record<string, number> {
    const from = rt.calls.records.length;
    callOk(rt, 'logConversation', conversation(idOf(1), { summary }));
    return rt.calls.summary(from).byMethod;
  }

  it('a full tab grows by a block of rows, so the next appends need no growth and no check', () => {
    const rt = fullTabs();
    const activities = rt.workbook().sheet('Activities')!;
    const first = logCalls(rt, 'First call');
    expect(first['Sheet.insertRowsAfter']).toBe(1);
    expect(activities.maxRows - activities.lastRow()).toBe(99);
    const next = logCalls(rt, 'Second call');
    expect(next['Sheet.insertRowsAfter']).toBeUndefined();
    expect(next['Sheet.getMaxColumns']).toBeUndefined();
    expect(next['Sheet.getMaxRows']).toBe(1);
    expect(activityRows(rt).map((a) => a.summary)).toEqual(['First call', 'Second call']);
  });

  it('a growth uses the reading remembered from the last one, until a tab is added', () => {
    const rt = fullTabs();
    logCalls(rt, 'First call');
    trimToLastRow(rt, 'Activities');
    // The tab's own rows and columns; no other tab is read.
    const remembered = logCalls(rt, 'Second call');
    expect(remembered['Sheet.getMaxRows']).toBe(1);
    expect(remembered['Sheet.getMaxColumns']).toBe(1);
    rt.workbook().addSheet('My notes');
    trimToLastRow(rt, 'Activities');
    const tabs = rt.workbook().sheets.length;
    const reread = logCalls(rt, 'Third call');
    expect(reread['Sheet.getMaxRows']).toBe(1 + tabs);
    expect(activityRows(rt)).toHaveLength(3);
  });

  it('a remembered reading Sheets proves stale gives the same refusal, with nothing changed', () => {
    const rt = fullTabs();
    fillTo(rt, 3_000_000);
    // The pipeline remembers the sheet 70% full; then a tab of the user's grows by hand.
    callOk<PipelineView>(rt, 'getPipeline');
    rt.workbook().sheet('Old list')!.maxRows += 3_000_000 - (ACTIVITY_COLUMNS - 1);
    expect(totalCells(rt)).toBe(LIMIT - (ACTIVITY_COLUMNS - 1));
    const before = snapshot(rt);
    const from = rt.calls.records.length;
    const r = call(rt, 'logConversation', conversation(idOf(1), { summary: 'Quote sent' }));
    // The remembered reading let the tab try to grow; Sheets refused, the sheet was read again.
    expect(rt.calls.summary(from).byMethod['Sheet.insertRowsAfter']).toBe(1);
    expect(!r.ok && r.message).toContain('this would add 13 cells, more than fit. Nothing was');
    expect(snapshot(rt)).toEqual(before);
  });

  it('when Sheets refuses the blocks of a chunk, the tabs get back their rows and then just enough', async () => {
    const rt = fullTabs();
    fillTo(rt, 3_000_000);
    callOk<PipelineView>(rt, 'getPipeline');
    // Room for a block of Activities rows (1,300 cells) but not for one of Contacts rows too.
    const free = 2_000;
    rt.workbook().sheet('Old list')!.maxRows += 3_000_000 - free;
    const growth = { Activities: ACTIVITY_COLUMNS, Contacts: CONTACT_COLUMNS };
    const sizes = () =>
      Object.keys(growth).map((t) => {
        const sheet = rt.workbook().sheet(t)!;
        return sheet.maxRows - sheet.lastRow();
      });
    await importParsed(rt, fixture('plain-list.csv'));
    // Every tab exactly full: the rows inserted for the blocks were deleted again.
    expect(sizes()).toEqual([0, 0]);
    const added = rt.workbook().sheet('Contacts')!.lastRow() - 2;
    expect(added).toBeGreaterThan(0);
    expect(totalCells(rt)).toBe(LIMIT - free + added * (ACTIVITY_COLUMNS + CONTACT_COLUMNS));
  });
});

describe('how full the spreadsheet is', () => {
  it('the pipeline reply counts every tab, the user’s own too', () => {
    const rt = sheetWith([{ name: 'Budi' }]);
    fillTo(rt, 1_700_000);
    const p = callOk<PipelineView>(rt, 'getPipeline');
    expect(p.fullness).toEqual({ cells: 8_300_000, limit: LIMIT });
    expect(p.total).toBe(1);
  });

  it('the set-up report ends with it, and from 80% says what to do', () => {
    const rt = sheetWith([{ name: 'Budi' }]);
    let run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toMatch(
      /Spreadsheet 0% full \([\d,]+ of 10 M cells\)\.$/,
    );
    fillTo(rt, 1_500_000);
    run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toContain(
      "Your Prospek spreadsheet is 85% full (8.5 M of Google Sheets' limit of 10 M cells). Move old activities to an archive spreadsheet",
    );
  });

  it('Set up on a full Contacts tab in a full spreadsheet selects no contact to type over', () => {
    const rt = fullTabs();
    fillTo(rt, 10);
    rt.workbook().selection = [{ row: 1, column: 1, numRows: 1, numColumns: 1 }];
    const before = snapshot(rt);
    const run = clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    expect(run.execution.dialogs[0].message).toMatch(/^Everything was already set up/);
    // No row could be added for a new contact: the selection stays, not on Budi's Name cell.
    expect(rt.workbook().selection).toEqual([{ row: 1, column: 1, numRows: 1, numColumns: 1 }]);
    expect(snapshot(rt)).toEqual(before);
  });

  it('the digest warns from 80% full, and not below', () => {
    const rt = sheetWith([{ name: 'Budi', stage: 'Lead', nextFollowUp: '2026-11-27' }]);
    fillTo(rt, 1_900_000);
    clickMenu(rt, 'menuSendTestDigest', { responses: ['OK'] });
    rt.workbook().sheet('Old list')!.maxRows -= 200_000;
    clickMenu(rt, 'menuSendTestDigest', { responses: ['OK'] });
    const [warned, quiet] = rt.state.outbox;
    expect(warned.body).toContain('Your Prospek spreadsheet is 81% full');
    expect(quiet.body).not.toContain('% full');
  });
});
