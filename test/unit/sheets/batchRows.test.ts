// Showing an import's new rows: one range per run of adjacent rows, the first row's run last
// (a range list's last range is the active one, and Sheets scrolls to it).
import type { ContactTable } from '../../../src/sheets/contactStore';
import { batchRows, selectRows } from '../../../src/sheets/batchRows';

describe('selectRows', () => {
  /** A Contacts tab three columns wide that records the range lists it activates. */
  function table() {
    const activated: string[][] = [];
    const sheet = {
      getRangeList: (a1: string[]) => ({ activate: () => activated.push(a1) }),
    };
    const t = { sheet, layout: { width: 3 } } as unknown as ContactTable;
    return { t, activated };
  }

  it('selects each run of adjacent rows, with the run holding the first row active', () => {
    const { t, activated } = table();
    selectRows(t, [5, 6, 7, 10, 12, 13]);
    expect(activated).toEqual([['A10:C10', 'A12:C13', 'A5:C7']]);
  });

  it('selects one block when the rows are adjacent', () => {
    const { t, activated } = table();
    selectRows(t, [2, 3, 4]);
    expect(activated).toEqual([['A2:C4']]);
  });

  it('selects nothing when the import added no rows', () => {
    const { t, activated } = table();
    selectRows(t, []);
    expect(activated).toEqual([]);
  });
});

describe('batchRows', () => {
  /** A Contacts tab whose Import batch column (B) holds `column` from row 1; counts getRow calls. */
  function table(column: string[]) {
    let getRow = 0;
    const sheet = {
      getRange(a: string | number, col?: number, rows?: number) {
        if (typeof a === 'string')
          return {
            createTextFinder: (text: string) => {
              const finder = {
                matchEntireCell: () => finder,
                matchCase: () => finder,
                findAll: () =>
                  column.flatMap((v, i) =>
                    v === text ? [{ getRow: () => (getRow++, i + 1) }] : [],
                  ),
              };
              return finder;
            },
          };
        expect(col).toBe(2);
        return { getValues: () => column.slice(a - 1, a - 1 + (rows ?? 0)).map((v) => [v]) };
      },
    };
    const t = { sheet, layout: { columns: { importBatch: 1 } } } as unknown as ContactTable;
    return { t, getRows: () => getRow };
  }

  it('finds an appended batch with one read of its span, not a call per row', () => {
    const column = ['Import batch', 'B-OLD111', ...Array<string>(500).fill('B-NEW222'), ''];
    const { t, getRows } = table(column);
    const rows = batchRows(t, 'B-NEW222');
    expect(rows).toHaveLength(500);
    expect(rows[0]).toBe(3);
    expect(rows[499]).toBe(502);
    expect(getRows()).toBe(2);
  });

  it('asks each match for its row when the matches are far apart', () => {
    const column = [
      'Import batch',
      'B-NEW222',
      ...Array<string>(400).fill(''),
      'B-NEW222',
      'B-NEW222',
    ];
    const { t, getRows } = table(column);
    expect(batchRows(t, 'B-NEW222')).toEqual([2, 403, 404]);
    expect(getRows()).toBe(5);
  });
});
