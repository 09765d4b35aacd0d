// Sheet structure changes with Apps Script's semantics: inserting, deleting and moving rows and
// columns, sorting, renaming, adding and deleting sheets, hiding rows and a basic filter. Values,
// formulas, formats, validation, notes and backgrounds move with their cells, and plain A1
// references in formulas follow them as Sheets adjusts them. Runs test/fixtures/gas/sheet-ops,
// a plain Apps Script project, through the runtime's public API.
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/sheet-ops');

/** Name | Phone | Double, three people, a total under them. */
function runtime(): Runtime {
  const rt = new Runtime({ now: '2026-11-27T10:00:00', timeZone: 'Asia/Jakarta' });
  rt.loadProject(FIXTURE);
  rt.setValues('Sheet1!A1', [
    ['Name', 'Phone', 'Double'],
    ['Budi', '10', '=B2*2'],
    ['Ani', '5', '=B3*2'],
    ['Citra', '7', '=B4*2'],
    ['Total', '=SUM(B2:B4)', ''],
  ]);
  return rt;
}

const formulas = (rt: Runtime, a1: string) =>
  rt.run<{ formulas: string[][] }>('describe', [a1]).formulas;
const shown = (rt: Runtime, a1: string) => rt.getDisplayValues(a1);
const failure = (rt: Runtime, fn: string, args: unknown[]) =>
  rt.run<{ ok: boolean; message?: string }>('attempt', [fn, args]);

describe('inserting rows and columns', () => {
  it('insertColumnsAfter opens an empty column; formulas right of it follow their cells', () => {
    const rt = runtime();
    expect(rt.run('sheetCall', ['insertColumnsAfter', [1, 1]])).toBe('Sheet1');
    expect(shown(rt, 'A1:D2')).toEqual([
      ['Name', '', 'Phone', 'Double'],
      ['Budi', '', '10', '20'],
    ]);
    expect(formulas(rt, 'D2:D4').flat()).toEqual(['=C2*2', '=C3*2', '=C4*2']);
    expect(formulas(rt, 'C5')).toEqual([['=SUM(C2:C4)']]);
    expect(rt.run('sheetCall', ['getMaxColumns'])).toBe(27);
  });

  it('insertColumnsBefore(1, 2) shifts everything two columns right', () => {
    const rt = runtime();
    rt.run('sheetCall', ['insertColumnsBefore', [1, 2]]);
    expect(shown(rt, 'A1:E1')).toEqual([['', '', 'Name', 'Phone', 'Double']]);
    expect(formulas(rt, 'E2')).toEqual([['=D2*2']]);
  });

  it('insertRowsBefore inside a summed range grows the range; the inserted row is empty', () => {
    const rt = runtime();
    rt.run('sheetCall', ['insertRowsBefore', [3, 1]]);
    expect(shown(rt, 'A2:C4')).toEqual([
      ['Budi', '10', '20'],
      ['', '', ''],
      ['Ani', '5', '10'],
    ]);
    expect(formulas(rt, 'C4:C5').flat()).toEqual(['=B4*2', '=B5*2']);
    expect(formulas(rt, 'B6')).toEqual([['=SUM(B2:B5)']]);
    expect(rt.run('sheetCall', ['getMaxRows'])).toBe(1001);
  });

  it('insertRowsAfter the last data row leaves the formulas above alone', () => {
    const rt = runtime();
    rt.run('sheetCall', ['insertRowsAfter', [5, 2]]);
    expect(formulas(rt, 'B5')).toEqual([['=SUM(B2:B4)']]);
    expect(rt.run('sheetCall', ['getLastRow'])).toBe(5);
  });

  it('refuses positions outside the sheet with Apps Script words', () => {
    const rt = runtime();
    expect(failure(rt, 'sheetCall', ['insertRowsAfter', [0, 1]])).toEqual({
      ok: false,
      message: 'Those rows are out of bounds.',
    });
    expect(failure(rt, 'sheetCall', ['insertColumnsBefore', [27, 1]]).message).toBe(
      'Those columns are out of bounds.',
    );
  });
});

describe('deleting rows and columns', () => {
  it('deleteRows closes the gap; a range loses the deleted row', () => {
    const rt = runtime();
    rt.run('sheetCall', ['deleteRows', [3, 1]]);
    expect(shown(rt, 'A2:C4')).toEqual([
      ['Budi', '10', '20'],
      ['Citra', '7', '14'],
      ['Total', '17', ''],
    ]);
    expect(formulas(rt, 'B4')).toEqual([['=SUM(B2:B3)']]);
  });

  it('deleteColumns turns a reference to a deleted cell into #REF!', () => {
    const rt = runtime();
    rt.run('sheetCall', ['deleteColumns', [2, 1]]);
    expect(formulas(rt, 'B2')).toEqual([['=#REF!*2']]);
    expect(shown(rt, 'A1:B2')).toEqual([
      ['Name', 'Double'],
      ['Budi', '#REF!'],
    ]);
  });

  it('refuses to delete every row or column, as Apps Script does', () => {
    const rt = runtime();
    expect(failure(rt, 'sheetCall', ['deleteRows', [1, 1000]]).message).toBe(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(failure(rt, 'sheetCall', ['deleteColumns', [1, 26]]).message).toBe(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
    expect(failure(rt, 'sheetCall', ['deleteRows', [1000, 2]]).message).toBe(
      'Those rows are out of bounds.',
    );
  });
});

describe('moving rows and columns', () => {
  it('moveColumns(B, 4) puts Phone after Double (destination counted before the move)', () => {
    const rt = runtime();
    rt.run('moveColumns', ['B1', 4]);
    expect(shown(rt, 'A1:C2')).toEqual([
      ['Name', 'Double', 'Phone'],
      ['Budi', '20', '10'],
    ]);
    expect(formulas(rt, 'B2')).toEqual([['=C2*2']]);
    expect(formulas(rt, 'C5')).toEqual([['=SUM(C2:C4)']]);
  });

  it("moveColumns of A:B to 5 makes them C:D, the documentation's example", () => {
    const rt = runtime();
    rt.run('sheetCall', ['insertColumnsAfter', [3, 1]]);
    rt.run('moveColumns', ['A1:B1', 5]);
    expect(shown(rt, 'A1:D1')).toEqual([['Double', '', 'Name', 'Phone']]);
  });

  it('moveRows moves a row with its formula; a range around it keeps its rows', () => {
    const rt = runtime();
    rt.run('moveRows', ['A2:C2', 4]);
    expect(shown(rt, 'A2:C4')).toEqual([
      ['Ani', '5', '10'],
      ['Budi', '10', '20'],
      ['Citra', '7', '14'],
    ]);
    expect(formulas(rt, 'C3')).toEqual([['=B3*2']]);
    expect(formulas(rt, 'B5')).toEqual([['=SUM(B2:B4)']]);
  });

  it('refuses a destination inside the rows being moved', () => {
    const rt = runtime();
    // (Apps Script's wording for this case is unconfirmed.)
    expect(failure(rt, 'moveRows', ['A2:C3', 3]).ok).toBe(false);
  });
});

describe('Range.sort', () => {
  it('sorts rows by a column descending; the formulas move with their rows', () => {
    const rt = runtime();
    rt.run('sortRange', ['A2:C4', { column: 2, ascending: false }]);
    expect(shown(rt, 'A2:C4')).toEqual([
      ['Budi', '10', '20'],
      ['Citra', '7', '14'],
      ['Ani', '5', '10'],
    ]);
    expect(formulas(rt, 'C3')).toEqual([['=B3*2']]);
  });

  it('sorts text A→Z ignoring case, numbers before text, blanks last', () => {
    const rt = runtime();
    rt.setValues('Sheet1!E1', [['b'], [''], ['A'], ['3'], ['c']]);
    rt.run('sortRange', ['E1:E5', 5]);
    expect(shown(rt, 'E1:E5').flat()).toEqual(['3', 'A', 'b', 'c', '']);
    rt.run('sortRange', ['E1:E5', [{ column: 5, ascending: false }]]);
    expect(shown(rt, 'E1:E5').flat()).toEqual(['c', 'b', 'A', '3', '']);
  });

  it('refuses a sort column outside the range', () => {
    const rt = runtime();
    const out = failure(rt, 'sortRange', ['A2:B4', 3]);
    expect(out).toEqual({
      ok: false,
      message: 'The sort column 3 is outside the range being sorted.',
    });
  });
});

describe('cells carry their formats, validation, notes and backgrounds', () => {
  it('when a column moves and a row is inserted above them', () => {
    const rt = runtime();
    rt.run('decorate', ['B2', 'call first', '#ff0000', '0.00']);
    rt.run('moveColumns', ['B1', 4]);
    rt.run('sheetCall', ['insertRowsBefore', [1, 1]]);
    expect(rt.run('describe', ['C3'])).toEqual({
      values: [['10.00']],
      formulas: [['']],
      notes: [['call first']],
      backgrounds: [['#ff0000']],
      formats: [['0.00']],
      rules: [['CHECKBOX']],
    });
    expect(rt.run<{ notes: string[][] }>('describe', ['B2']).notes).toEqual([['']]);
  });
});

describe('sheets: rename, add, delete', () => {
  it('setName renames the tab and formulas that name it follow', () => {
    const rt = runtime();
    rt.run('addSheet', ['Summary', 1]);
    rt.setValues('Summary!A1', [['=Sheet1!B2+1']]);
    expect(rt.run('rename', ['Contacts'])).toEqual(['Contacts', 'Summary']);
    expect(rt.workbook().sheet('Summary')!.formula(1, 1)).toBe('=Contacts!B2+1');
    expect(rt.getValues('Summary!A1')).toEqual([[11]]);
  });

  it('refuses a name another sheet has, whatever its case', () => {
    const rt = runtime();
    rt.run('addSheet', ['Summary']);
    expect(failure(rt, 'rename', ['SUMMARY']).message).toBe(
      'A sheet with the name \u2018SUMMARY\u2019 already exists. Please enter another name.',
    );
  });

  it('insertSheet(name, index) places the sheet (0-based) and activates it', () => {
    const rt = runtime();
    expect(rt.run('addSheet', ['First', 0])).toEqual({ name: 'First', index: 1, active: 'First' });
  });

  it('deleteSheet removes it; formulas that named it show #REF!; the last one stays', () => {
    const rt = runtime();
    rt.run('addSheet', ['Summary']);
    rt.setValues('Sheet1!E1', [['=Summary!A1']]);
    expect(rt.run('removeSheet', ['Summary'])).toEqual(['Sheet1']);
    expect(rt.workbook().sheet('Sheet1')!.formula(1, 5)).toBe('=#REF!');
    expect(failure(rt, 'removeSheet', ['Sheet1']).message).toBe(
      "You can't remove all the sheets in a document.",
    );
  });
});

describe('named ranges follow their cells', () => {
  it('grow over an inserted row and move with their column', () => {
    const rt = runtime();
    rt.run('nameRange', ['Phones', 'B2:B4']);
    rt.run('sheetCall', ['insertRowsBefore', [3, 1]]);
    rt.run('moveColumns', ['B1', 4]);
    expect(rt.run('namedA1', ['Phones'])).toBe('C2:C5');
  });
});

describe('hiding rows and a basic filter', () => {
  it('hideRows and showRows', () => {
    expect(runtime().run('hideAndShow')).toEqual({
      hidden: [false, true, true, false],
      after: [false, true, false, false],
    });
  });

  it('createFilter hides the rows showing a hidden value, never the header', () => {
    const rt = runtime();
    expect(rt.run('filterOut', ['A1:C4', 1, ['Ani', 'Name']])).toEqual({
      range: 'A1:C4',
      hiddenByFilter: [false, false, true, false, false],
    });
    expect(failure(rt, 'secondFilter', ['A1:C4']).message).toBe(
      "You can't create a filter in a sheet that already has a filter.",
    );
  });
});
