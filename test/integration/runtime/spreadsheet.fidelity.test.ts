// Pins the offline runtime to what real Sheets does, by running a plain Apps Script project
// (test/fixtures/gas/fidelity) that is not Prospek.
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/fidelity');

function runtime(): Runtime {
  return new Runtime({ now: '2026-11-27T10:00:00', timeZone: 'Asia/Jakarta' }).loadProject(FIXTURE);
}

describe('typed input on setValues', () => {
  it('reads 0812345 back as the number 812345 from a General cell, and as text from an @ cell', () => {
    const rt = runtime();
    expect(rt.run('writeAndRead', ['A1', [['0812345']]])).toEqual([[812345]]);
    expect(rt.run('writeAndRead', ['B1', [['0812345']], '@'])).toEqual([['0812345']]);
  });

  it('makes =1+1 a formula whose value is 2, but keeps it text in an @ cell', () => {
    const rt = runtime();
    rt.run('writeAndRead', ['A1', [['=1+1']]]);
    expect(rt.run('describeCell', ['A1'])).toMatchObject({ value: 2, formula: '=1+1' });
    rt.run('writeAndRead', ['B1', [['=1+1']], '@']);
    expect(rt.run('describeCell', ['B1'])).toMatchObject({ value: '=1+1', formula: '' });
  });

  it('turns a typed +62 phone number into a formula error unless the cell is plain text', () => {
    const rt = runtime();
    rt.run('writeAndRead', ['A1', [['+62 812 3456 789']]]);
    expect(rt.run('describeCell', ['A1'])).toMatchObject({
      value: '#ERROR!',
      formula: '=+62 812 3456 789',
    });
    expect(rt.run('writeAndRead', ['B1', [['+62 812 3456 789']], '@'])).toEqual([
      ['+62 812 3456 789'],
    ]);
  });

  it('hides an apostrophe prefix in an automatic cell, and keeps it as text in an @ cell', () => {
    // As in Sheets: the apostrophe is an input escape, not part of the value, except in a
    // plain-text cell, where nothing typed is parsed and it is text like any other character.
    const rt = runtime();
    expect(rt.run('writeAndRead', ['A1', [["'+62 811-1000-2000"]]])).toEqual([
      ['+62 811-1000-2000'],
    ]);
    expect(rt.getDisplayValues('Sheet1!A1')).toEqual([['+62 811-1000-2000']]);
    expect(rt.run('writeAndRead', ['B1', [["'+62 811-1000-2000"]], '@'])).toEqual([
      ["'+62 811-1000-2000"],
    ]);
    expect(rt.getDisplayValues('Sheet1!B1')).toEqual([["'+62 811-1000-2000"]]);
  });

  it('makes 2026-03-01 a Date inside the script, at midnight in the spreadsheet time zone', () => {
    const rt = runtime();
    rt.run('writeAndRead', ['A1', [['2026-03-01']]]);
    const cell = rt.run<{ isDate: boolean; iso: string; format: string }>('describeCell', ['A1']);
    expect(cell.isDate).toBe(true);
    expect(cell.iso).toBe('2026-02-28T17:00:00.000Z'); // 2026-03-01 00:00 in Asia/Jakarta (UTC+7)
    expect(cell.format).toBe('yyyy-mm-dd');
  });

  it('reads 1-2 as a date in the current year, TRUE as a boolean and an apostrophe prefix as text', () => {
    const rt = runtime();
    const out = rt.run<unknown[][]>('writeAndRead', ['A1:C1', [['1-2', 'true', "'0812"]]]);
    expect(out[0][1]).toBe(true);
    expect(out[0][2]).toBe('0812');
    expect(rt.run<{ iso: string }>('describeCell', ['A1']).iso).toBe('2026-01-01T17:00:00.000Z');
  });

  it('returns the value types getValues returns: numbers, booleans, Dates and empty strings', () => {
    const rt = runtime();
    rt.run('writeAndRead', [
      'A1:D2',
      [
        ['x', 1.5, true, '2026-12-12'],
        ['', 0, false, ''],
      ],
    ]);
    expect(rt.run('rowsAndTypes')).toEqual({
      isArray: true,
      types: [
        ['string', 'number', 'boolean', 'date'],
        ['string', 'number', 'boolean', 'string'],
      ],
    });
  });
});

describe('TODAY() and NOW()', () => {
  it('read the runtime clock in the spreadsheet time zone, and move with it', () => {
    const rt = runtime(); // 27 Nov 2026 10:00 in Jakarta
    rt.run('writeAndRead', ['A1:B1', [['=TODAY()', '=NOW()']]]);
    expect(rt.run('describeCell', ['A1'])).toMatchObject({
      iso: '2026-11-26T17:00:00.000Z', // midnight in Jakarta
      formula: '=TODAY()',
      display: '11/27/2026',
    });
    expect(rt.run('describeCell', ['B1'])).toMatchObject({
      iso: '2026-11-27T03:00:00.000Z',
      display: '11/27/2026 10:00:00',
    });
    rt.advanceTo('2026-11-28T08:30');
    expect(rt.getDisplayValues('Sheet1!A1:B1')).toEqual([['11/28/2026', '11/28/2026 8:30:00']]);
  });
});

describe("Apps Script's errors", () => {
  it('refuses 1x2 data written to a 2x2 range with the documented message', () => {
    const rt = runtime();
    expect(rt.run('tryCall', ['setValuesShape', ['A1:B2', [['a', 'b']]]])).toEqual({
      ok: false,
      isError: true,
      name: 'Exception',
      message:
        'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    });
    expect(rt.run('tryCall', ['setValuesShape', ['A1:B1', [['a', 'b', 'c']]]])).toMatchObject({
      message:
        'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    });
  });

  it('refuses a range outside the sheet in Apps Script’s current words', () => {
    const rt = runtime();
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(rt.run('tryCall', ['getRangeRC', [1001, 1, 1, 1]])).toMatchObject({ message: outside });
    expect(rt.run('tryCall', ['getRangeRC', [1, 27, 1, 1]])).toMatchObject({ message: outside });
    expect(rt.run('tryCall', ['getRangeRC', [0, 1, 1, 1]])).toMatchObject({
      message: 'The starting row of the range is too small.',
    });
    expect(rt.run('tryCall', ['getRangeRC', [1, 0, 1, 1]])).toMatchObject({
      message: 'The starting column of the range is too small.',
    });
    expect(rt.run('getRangeRC', [2, 1, 3, 2])).toBe('A2:B4');
  });

  it('says the same words to a tool reading cells from outside a script', () => {
    const rt = runtime();
    expect(() => rt.getValues('Sheet1!A1001')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => rt.setValues('Sheet1!Z1', [['a', 'b']])).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('refuses more than 50,000 characters in a cell, writing nothing', () => {
    const rt = runtime();
    const out = rt.run('tryCall', ['setValuesShape', ['A1:B1', [['kept?', 'x'.repeat(50001)]]]]);
    expect(out).toMatchObject({
      message: 'Your input contains more than the maximum of 50000 characters in a single cell.',
    });
    expect(rt.workbook().sheets[0].get(1, 1)).toBe('');
  });

  it('refuses to grow the workbook past 10 million cells', () => {
    const rt = runtime();
    expect(rt.run('growRows', [1000])).toBe(2000);
    expect(rt.run('tryCall', ['growRows', [400000]])).toMatchObject({
      message:
        'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    });
  });

  it('rejects a value outside a dropdown that rejects invalid input', () => {
    const rt = runtime();
    rt.run('addDropdown', ['A2:A100', ['Lead', 'Prospect']]);
    expect(rt.run('writeAndRead', ['A2', [['Prospect']]])).toEqual([['Prospect']]);
    expect(rt.run('tryCall', ['setValuesShape', ['A3', [['Maybe']]]])).toMatchObject({
      message:
        'The data you entered in cell A3 violates the data validation rules set on this cell.',
    });
  });
});

describe('finding, selection, Ui and auth modes', () => {
  it('finds a whole-cell match with the text finder in one call', () => {
    const rt = runtime();
    rt.run('writeAndRead', ['A1:A3', [['C-1'], ['C-12'], ['C-123']]]);
    const before = rt.calls.records.length;
    expect(rt.run('findRow', ['C-12'])).toBe(2);
    const methods = rt.calls.records.slice(before).map((r) => r.method);
    expect(methods.filter((m) => m === 'TextFinder.findNext')).toHaveLength(1);
  });

  it('reports the user selection as ranges', () => {
    const rt = runtime();
    const ss = rt.workbook();
    ss.select(ss.sheets[0], [
      { row: 2, column: 1, numRows: 3, numColumns: 1 },
      { row: 8, column: 2, numRows: 1, numColumns: 2 },
    ]);
    expect(rt.run('activeSelection')).toEqual(['A2:A4', 'B8:C8']);
  });

  it('builds an add-on menu in AuthMode.NONE but refuses properties there', () => {
    const rt = runtime();
    rt.run('menu', [], { authMode: 'NONE' });
    expect(rt.ui.menus[0].items).toEqual([{ caption: 'Say hi', functionName: 'sayHi' }]);
    expect(() => rt.run('readProperty', [], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });

  it('answers alerts from the scripted responses', () => {
    const rt = runtime();
    expect(rt.run('sayHi', [], { responses: ['NO'] })).toBe('NO');
    expect(() => rt.run('sayHi')).toThrow('No response was given');
  });
});

describe('call records and faults', () => {
  it('records every call with the cells it read and wrote', () => {
    const rt = runtime();
    const from = rt.calls.records.length;
    rt.run('writeAndRead', ['A1:C4', Array.from({ length: 4 }, () => ['a', 'b', 'c'])]);
    const calls = rt.calls.records.slice(from);
    expect(calls.find((c) => c.method === 'Range.setValues')).toMatchObject({
      cellsWritten: 12,
      cellsRead: 0,
    });
    expect(calls.find((c) => c.method === 'Range.getValues')).toMatchObject({
      cellsRead: 12,
      cellsWritten: 0,
    });
    expect(rt.calls.summary(from)).toMatchObject({ cellsRead: 12, cellsWritten: 12 });
  });

  it("times the runtime's own work inside each call, apart from the script's", () => {
    // The bench takes this from an execution's CPU time: in Apps Script a search or a copy of
    // cells is the service's work, which round trips and cells already cost.
    const rt = runtime();
    const rows = Array.from({ length: 1000 }, (_, i) => [`r${i}`, i, 'x', 'y', 'z']);
    const from = rt.calls.records.length;
    const t0 = process.cpuUsage();
    rt.run('writeAndRead', ['A1:E1000', rows]);
    const dt = process.cpuUsage(t0);
    const calls = rt.calls.records.slice(from);
    const read = calls.find((c) => c.method === 'Range.getValues');
    expect(read?.serviceMs).toBeGreaterThan(0);
    // Only the outermost call is timed, so the calls' time never exceeds the execution's.
    const service = calls.reduce((n, c) => n + c.serviceMs, 0);
    expect(service).toBeLessThanOrEqual((dt.user + dt.system) / 1000);
  });

  it('makes the nth call of a method throw the given Apps Script error, and only that one', () => {
    const rt = runtime();
    rt.faults.failCall(
      'Range.setValues',
      'Service Spreadsheets timed out while accessing document with id x.',
      2,
    );
    expect(rt.run('tryCall', ['setValuesShape', ['A1', [['first']]]])).toMatchObject({ ok: true });
    expect(rt.run('tryCall', ['setValuesShape', ['A2', [['second']]]])).toMatchObject({
      ok: false,
      name: 'Exception',
      message: 'Service Spreadsheets timed out while accessing document with id x.',
    });
    expect(rt.run('tryCall', ['setValuesShape', ['A3', [['third']]]])).toMatchObject({ ok: true });
    // The failed call wrote nothing.
    const sheet = rt.workbook().sheets[0];
    expect([1, 2, 3].map((row) => sheet.get(row, 1))).toEqual(['first', '', 'third']);
  });

  it("counts every service call with '*', so the nth call of a run fails whatever it is", () => {
    const rt = runtime();
    const from = rt.calls.records.length;
    rt.run('tryCall', ['setValuesShape', ['A1', [['clean']]]]);
    const methods = rt.calls.records.slice(from).map((r) => r.method);
    expect(methods.length).toBeGreaterThan(1);
    rt.faults.failCall(
      '*',
      'Service Spreadsheets failed while accessing document.',
      methods.length,
    );
    expect(rt.run('tryCall', ['setValuesShape', ['A2', [['faulted']]]])).toMatchObject({
      ok: false,
      message: 'Service Spreadsheets failed while accessing document.',
    });
    expect(rt.workbook().sheets[0].get(2, 1)).toBe('');
  });
});
