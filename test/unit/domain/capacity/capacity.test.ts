// How full the spreadsheet is, the verdict on an action's growth, and the words for both.
import {
  CELL_LIMIT,
  capacityVerdict,
  fullPercent,
  GROWTH_ROWS,
  growthCells,
  rowsToGrow,
  rowsToInsert,
  trustedReading,
} from '../../../../src/domain/capacity/capacity';
import { capacityText } from '../../../../src/domain/messages/capacity';
import { composeDigest } from '../../../../src/domain/reminders/digest';
import {
  DEFAULT_REMINDER_SETTINGS,
  selectReminders,
} from '../../../../src/domain/reminders/reminders';

const at = (cells: number) => ({ cells, limit: CELL_LIMIT });

describe('growing a tab', () => {
  it('by a block of rows, or by more when more are needed, never when none are', () => {
    expect(rowsToGrow(0)).toBe(0);
    expect(rowsToGrow(1)).toBe(GROWTH_ROWS);
    expect(rowsToGrow(GROWTH_ROWS + 1)).toBe(GROWTH_ROWS + 1);
  });

  it('decides on a remembered reading only while it stays under 75% with the growth', () => {
    expect(trustedReading(7_000_000, 400_000)).toBe(true);
    expect(trustedReading(7_000_000, 500_000)).toBe(false);
    expect(trustedReading(7_500_000, 0)).toBe(false);
  });
});

describe('capacityVerdict', () => {
  it('is ok below 80%, warns from 80% on', () => {
    expect(capacityVerdict(at(7_999_999))).toBe('ok');
    expect(capacityVerdict(at(8_000_000))).toBe('warn');
    expect(capacityVerdict(at(9_999_999))).toBe('warn');
  });

  it('refuses growth that would pass the limit, and only that', () => {
    expect(capacityVerdict(at(9_999_987), 13)).toBe('warn');
    expect(capacityVerdict(at(9_999_988), 13)).toBe('refuse');
    expect(capacityVerdict(at(100), CELL_LIMIT)).toBe('refuse');
    expect(capacityVerdict(at(100), 0)).toBe('ok');
  });
});

describe('growth of an action', () => {
  it('counts new rows across the columns and new columns down every row', () => {
    expect(growthCells({ maxRows: 1000, maxColumns: 13, addRows: 1, addColumns: 0 })).toBe(13);
    expect(growthCells({ maxRows: 1000, maxColumns: 27, addRows: 0, addColumns: 2 })).toBe(2000);
    // 500 rows and 2 columns: the new columns run down the new rows too.
    expect(growthCells({ maxRows: 1000, maxColumns: 27, addRows: 500, addColumns: 2 })).toBe(
      500 * 27 + 2 * 1500,
    );
  });

  it('an append into free rows inserts none', () => {
    expect(rowsToInsert(10, 5, 1000)).toBe(0);
    expect(rowsToInsert(998, 5, 1000)).toBe(3);
  });
});

describe('the words', () => {
  it('English: percent rounded down, millions with one decimal', () => {
    const en = capacityText('en');
    expect(en.status(at(8_345_000))).toBe('Spreadsheet 83% full (8.3 M of 10 M cells)');
    expect(en.status(at(52_000))).toBe('Spreadsheet 0% full (52,000 of 10 M cells)');
    expect(fullPercent(at(7_999_999))).toBe(79);
    expect(en.refused(at(9_999_990), 13)).toContain(
      "99% full (9.9 M of Google Sheets' limit of 10 M cells) and this would add 13 cells",
    );
    expect(en.refused(at(9_999_990), 13)).toContain('Nothing was written.');
  });

  it('Indonesian: decimal comma, dot for thousands', () => {
    const id = capacityText('id');
    expect(id.status(at(8_345_000))).toBe('Spreadsheet 83% penuh (8,3 jt dari 10 jt sel)');
    expect(id.refused(at(9_999_990), 1300)).toContain('menambah 1.300 sel');
    expect(id.warning(at(8_500_000))).toContain('spreadsheet arsip');
  });
});

describe('the digest', () => {
  const none = selectReminders([], new Map(), '2026-11-27', {
    ...DEFAULT_REMINDER_SETTINGS,
    me: 'rep@example.com',
  });
  const opts = {
    today: '2026-11-27',
    sheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit',
    rowLinkFor: () => '',
    isTest: true,
  };

  it('warns from 80% full, in text and HTML', () => {
    const d = composeDigest(none, { ...opts, fullness: at(8_100_000) })!;
    expect(d.text).toContain('Your Prospek spreadsheet is 81% full (8.1 M of');
    expect(d.html).toContain('archive spreadsheet');
  });

  it('says nothing of it below 80%', () => {
    const d = composeDigest(none, { ...opts, fullness: at(7_900_000) })!;
    expect(d.text).not.toContain('% full');
  });
});
