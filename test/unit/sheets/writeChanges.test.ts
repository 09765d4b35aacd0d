// writeChanges touches only the rows that changed: rows in between keep whatever is in the sheet
// (a formula, a value someone typed since the read), however far apart the changed rows are.
import { writeChanges, type Layout, type TableSpec } from '../../../src/sheets/sheetTable';

type Key = 'id' | 'stage' | 'notes';
const SPEC: TableSpec<Key> = {
  sheetName: 'T',
  fields: [
    { key: 'id', header: 'ID', kind: 'id', maxLength: 20 },
    { key: 'stage', header: 'Stage', kind: 'enum', maxLength: 20 },
    { key: 'notes', header: 'Notes', kind: 'text', maxLength: 100 },
  ] as TableSpec<Key>['fields'],
};

function fakeSheet() {
  const writes: { row: number; column: number; values: unknown[][] }[] = [];
  const sheet = {
    getRange: (row: number, column: number, numRows: number, numColumns: number) => ({
      setValues(values: unknown[][]) {
        expect(values).toHaveLength(numRows);
        values.forEach((r) => expect(r).toHaveLength(numColumns));
        writes.push({ row, column, values });
      },
    }),
  };
  return { sheet: sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, writes };
}

describe('writeChanges', () => {
  it('writes only the changed cells: one block per run of rows changing the same columns', () => {
    const { sheet, writes } = fakeSheet();
    // Columns: ID, the user's own column, Stage, Notes.
    const layout: Layout<Key> = { sheet, columns: { id: 0, stage: 2, notes: 3 }, width: 4 };
    const rows = [2, 3, 4, 5, 6, 7].map((r) => [`C-${r}`, `mine ${r}`, 'Lead', `n${r}`]);
    writeChanges(SPEC, layout, rows, [
      { index: 0, fields: { stage: 'Prospect' } },
      { index: 1, fields: { stage: 'Prospect' } },
      { index: 5, fields: { stage: 'In sales', notes: 'called' } },
    ]);
    expect(writes).toEqual([
      {
        row: 2,
        column: 3,
        // Notes in these rows don't change: never rewritten (as read, '=… text turns formula).
        values: [['Prospect'], ['Prospect']],
      },
      { row: 7, column: 3, values: [['In sales', 'called']] },
    ]);
  });

  it('keeps a user column between two of ours out of every block', () => {
    const { sheet, writes } = fakeSheet();
    const layout: Layout<Key> = { sheet, columns: { id: 0, stage: 1, notes: 3 }, width: 4 };
    const rows = [['C-2', 'Lead', '=NOW()', 'n']];
    writeChanges(SPEC, layout, rows, [{ index: 0, fields: { stage: 'Prospect', notes: 'x' } }]);
    expect(writes.map((w) => [w.column, w.values])).toEqual([
      [2, [['Prospect']]],
      [4, [['x']]],
    ]);
  });

  it('skips a cell that already holds the value, and writes the `last` columns last', () => {
    const { sheet, writes } = fakeSheet();
    const layout: Layout<Key> = { sheet, columns: { id: 0, stage: 1, notes: 3 }, width: 4 };
    const rows = [
      ['C-2', 'Lead', 'mine', 'n'],
      ['C-3', 'Lead', 'mine', 'n'],
    ];
    writeChanges(
      SPEC,
      layout,
      rows,
      [
        { index: 0, fields: { notes: 'x', stage: 'Prospect' } },
        { index: 1, fields: { notes: 'y', stage: 'Lead' } },
      ],
      ['notes'],
    );
    // Row 3's Stage is Lead already; each row's Notes goes after its Stage.
    expect(writes.map((w) => [w.row, w.column, w.values])).toEqual([
      [2, 2, [['Prospect']]],
      [2, 4, [['x']]],
      [3, 4, [['y']]],
    ]);
  });
});
