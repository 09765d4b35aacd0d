// The daily reminders as scripts a user would write instead (bench/reference/): they run as a
// project of their own on the same workbook, from the same time-driven trigger kind.
import { expect, type Op } from './op';

export const REFERENCE_FUNCTIONS = ['referenceBulk', 'referenceRowByRow', 'referenceCellByCell'];

function reference(name: string, fn: string, title: string): Op {
  return {
    name,
    title,
    kind: 'reference',
    needs: [],
    run: (s) => {
      s.run(fn, [{}], { kind: 'timeTrigger', authMode: 'FULL' });
      expect(s.rt.state.outbox.length > 0, 'no digest was sent');
    },
  };
}

export const BULK_REFERENCE = 'reference:bulk';
export const CELL_BY_CELL_REFERENCE = 'reference:cellByCell';

export const REFERENCE_OPS: Op[] = [
  reference(
    BULK_REFERENCE,
    'referenceBulk',
    'daily reminders, plain bulk script (getDataRange().getValues() of both tabs)',
  ),
  reference(
    'reference:rowByRow',
    'referenceRowByRow',
    'daily reminders, row-by-row script (one getValues per row)',
  ),
  reference(
    CELL_BY_CELL_REFERENCE,
    'referenceCellByCell',
    'daily reminders, cell-by-cell script (one getValue per cell)',
  ),
];
