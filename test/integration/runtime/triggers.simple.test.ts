// Simple triggers as a user fires them through the runtime's public API (rt.user): onEdit after
// typing or pasting, with the documented event object; onSelectionChange; their limits (30
// seconds, AuthMode.LIMITED); and an installable onEdit trigger (forSpreadsheet(...).onEdit()).
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/triggers-simple');

function runtime(): Runtime {
  const rt = new Runtime({
    now: '2026-11-27T10:00:00',
    timeZone: 'Asia/Jakarta',
    user: 'owner@example.com',
    spreadsheet: { name: 'Tasks book' },
  });
  rt.loadProject(FIXTURE);
  rt.workbook().sheets[0].name = 'Tasks';
  return rt;
}

const logRows = (rt: Runtime) =>
  rt.getDisplayValues(`Log!A1:F${rt.workbook().sheet('Log')!.lastRow()}`);

describe('onEdit(e)', () => {
  it('runs after a single cell is typed, with value, oldValue, range, source, user, authMode', () => {
    const rt = runtime();
    rt.setValues('Tasks!A2', [['old']]);
    const out = rt.user.edit('Tasks!A2', [['Call Budi']]);
    expect(out).toEqual({
      range: 'Tasks!A2',
      triggers: [{ uid: '', handler: 'onEdit', at: rt.now() }],
    });
    // e.user's email is blank in a simple trigger.
    expect(logRows(rt)).toEqual([['A2', 'Call Budi', 'old', 'LIMITED', '', 'Tasks book']]);
  });

  it('gives the whole block as e.range for a paste, and no value or oldValue', () => {
    const rt = runtime();
    rt.user.edit('Tasks!A2', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(logRows(rt)).toEqual([['A2:B3', '(none)', '(none)', 'LIMITED', '', 'Tasks book']]);
  });

  it('reports a checkbox value as TRUE and a number as its text; a first value has no oldValue', () => {
    const rt = runtime();
    rt.user.edit('Tasks!D2', [['true']]);
    rt.user.edit('Tasks!D3', [['0812']]);
    expect(logRows(rt).map((r) => [r[1], r[2]])).toEqual([
      ['TRUE', '(none)'],
      ['812', '(none)'],
    ]);
  });

  it('lets the script answer the edit: a task typed in column B gets a timestamp in C', () => {
    const rt = runtime();
    rt.user.edit('Tasks!B2', [['Send quote']]);
    expect(rt.getValues('Tasks!C2')[0][0]).toEqual(new Date(rt.now()));
  });

  it('keeps the edit when the trigger fails; services needing authorization are refused', () => {
    const rt = runtime();
    rt.setValues('Tasks!Z1', [['mail']]);
    const out = rt.user.edit('Tasks!A5', [['x']]);
    expect(out.triggers[0].error).toBe(
      'Exception: You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(rt.getValues('Tasks!A5')).toEqual([['x']]);
    expect(rt.state.outbox).toHaveLength(0);
  });

  it('stops a trigger that runs past 30 seconds', () => {
    const rt = runtime();
    rt.setValues('Tasks!Z1', [['slow']]);
    const out = rt.user.edit('Tasks!A5', [['x']]);
    expect(out.triggers[0].error).toBe('Exception: Exceeded maximum execution time');
    expect(rt.getValues('Tasks!Z2')).toEqual([['']]);
  });

  it('refuses a refused value before any trigger runs, changing nothing', () => {
    const rt = runtime();
    expect(() => rt.user.edit('Tasks!A1', [['x'.repeat(50_001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(rt.workbook().sheet('Log')).toBeUndefined();
  });

  it('grows the sheet for a paste past its edge when asked, as Sheets does', () => {
    const rt = runtime();
    const out = rt.user.edit(
      'Tasks!Z1000',
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      { grow: true },
    );
    expect(out.range).toBe('Tasks!Z1000:AB1001');
    expect(rt.workbook().sheet('Tasks')!.maxColumns).toBe(28);
    expect(rt.workbook().sheet('Tasks')!.maxRows).toBe(1001);
    expect(() => rt.user.edit('Tasks!A1001', [['x'], ['y']])).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('onSelectionChange(e) and an installable onEdit trigger', () => {
  it('onSelectionChange gets the selected range', () => {
    const rt = runtime();
    expect(rt.user.select('Tasks!B2:C4')).toHaveLength(1);
    expect(rt.run('selected')).toBe('B2:C4');
  });

  it('an installable onEdit trigger runs as its creator in AuthMode.FULL, with triggerUid', () => {
    const rt = runtime();
    const uid = rt.run<string>('installAudit');
    const out = rt.user.edit('Tasks!A2', [['x']]);
    expect(out.triggers.map((t) => t.handler)).toEqual(['onEdit', 'audit']);
    expect(rt.run('lastAudit')).toEqual({
      range: 'A2',
      authMode: 'FULL',
      triggerUid: uid,
      user: 'owner@example.com',
    });
  });
});
