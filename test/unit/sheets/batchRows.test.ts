// Showing an import's new rows: one range per run of adjacent rows, the first row's run last
// (a range list's last range is the active one, and Sheets scrolls to it).
import type { ContactTable } from '../../../src/sheets/contactStore';
import { selectRows } from '../../../src/sheets/batchRows';

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
