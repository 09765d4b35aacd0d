import { adjacentRuns } from '../../../src/sheets/sheetTable';

describe('adjacentRuns', () => {
  it('groups adjacent numbers, in any order and with repeats, into ascending runs', () => {
    expect(adjacentRuns([8, 0, 2, 1, 5, 7, 2])).toEqual([
      [0, 2],
      [5, 5],
      [7, 8],
    ]);
    expect(adjacentRuns([])).toEqual([]);
  });

  it('with a step, joins numbers up to that far apart', () => {
    expect(adjacentRuns([2, 5, 30, 31, 60], 3)).toEqual([
      [2, 5],
      [30, 31],
      [60, 60],
    ]);
    expect(adjacentRuns([2, 5], 2)).toEqual([
      [2, 2],
      [5, 5],
    ]);
  });
});
