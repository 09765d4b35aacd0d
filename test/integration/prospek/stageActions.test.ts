// Every stage action of the Prospek menu on the built bundle: single rows, several ranges, a
// filtered view, refusals named per contact, and prompts answered, re-asked and cancelled.
import type { Runtime } from '../../../local/runtime/index';
import { idOf, prospek, sheetWith, snapshot, typeInto } from '../../support/workbook';
import { lastAlert, menu } from '../../support/menu';
import {
  activityRows,
  bigSheet,
  contact,
  selectRows,
  typeCell,
  type Seed,
} from './contactsHarness';

const YES = { fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' };
// Row 2.. : one contact per row; row 11 is left empty, Indra is on row 12.
const PEOPLE: Seed[] = [
  { name: 'Budi', stage: 'Lead', ...YES },
  { name: 'Sari', stage: 'Lead', fitsMarket: 'Yes', canDecide: 'Yes' },
  { name: 'Ani', stage: 'Prospect', ...YES },
  { name: 'Dewi', stage: 'In sales', ...YES },
  { name: 'Eko', stage: 'Customer', ...YES, purchases: 1, lastPurchase: '2026-10-01' },
  {
    name: 'Fajar',
    stage: 'Not ready',
    ...YES,
    readiness: 'Not yet',
    nextFollowUp: '2026-12-01',
  },
  { name: 'Gita', stage: 'Said no', ...YES, keepInTouch: 'Yes', recontactOn: '2027-01-01' },
  { name: 'Hadi', stage: 'Not a fit', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'No' },
  { name: 'Joko', stage: 'Lead' },
];
const ROW = { Budi: 2, Sari: 3, Ani: 4, Dewi: 5, Eko: 6, Fajar: 7, Gita: 8, Hadi: 9, Joko: 10 };
const ID = Object.fromEntries(Object.entries(ROW).map(([n, r]) => [n, idOf(r - 1)])) as Record<
  keyof typeof ROW,
  string
>;

function workbook(): Runtime {
  const rt = sheetWith(PEOPLE);
  // An empty row 11, then one more contact: the selection may span the gap.
  const sheet = rt.workbook().sheet('Contacts')!;
  sheet.rows.push(sheet.rows[1].map(() => ''));
  const indra = [...sheet.rows[1]];
  indra[0] = 'C-T00099';
  indra[1] = 'Indra';
  sheet.rows.push(indra);
  return rt;
}

const rowOf = (rt: Runtime, r: number) =>
  JSON.stringify(rt.workbook().sheet('Contacts')!.rows[r - 1]);
const OK = 'OK';
const answer = (text: string) => ({ button: 'OK', text });

describe('Advance stage', () => {
  it('moves one lead whose criteria are all Yes to Prospect and logs the change', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Budi, ROW.Budi]);
    const dialogs = menu(rt, 'menuAdvanceStage', [OK]);
    expect(lastAlert(dialogs)).toBe('Changed 1 contact:\n• Budi: Lead → Prospect');
    const budi = contact(rt, ID.Budi);
    expect(budi.stage).toBe('Prospect');
    expect(budi.updated).toBe('2026-11-27T02:00:00.000Z');
    expect(activityRows(rt)).toEqual([
      expect.objectContaining({
        contactId: ID.Budi,
        contactName: 'Budi',
        type: 'Stage change',
        fromStage: 'Lead',
        toStage: 'Prospect',
        by: 'rep@example.com',
        summary: 'Stage changed from Lead to Prospect.',
      }),
    ]);
  });

  it('on several ranges: the others proceed, each refusal is named, refused rows untouched', () => {
    const rt = workbook();
    const sari = rowOf(rt, ROW.Sari);
    const fajar = rowOf(rt, ROW.Fajar);
    selectRows(rt, [ROW.Budi, ROW.Ani], [ROW.Fajar, ROW.Fajar]);
    const summary = lastAlert(menu(rt, 'menuAdvanceStage', [OK]));
    expect(summary).toBe(
      [
        'Changed 2 contacts:',
        '• Budi: Lead → Prospect',
        '• Ani: Prospect → In sales',
        '',
        'Not changed (2):',
        '• Sari is still a lead: Can afford must be Yes before they become a prospect.',
        '• Fajar is marked "Not ready": reopen them first.',
      ].join('\n'),
    );
    expect(rowOf(rt, ROW.Sari)).toBe(sari);
    expect(rowOf(rt, ROW.Fajar)).toBe(fajar);
    expect(activityRows(rt).map((a) => [a.contactName, a.fromStage, a.toStage])).toEqual([
      ['Budi', 'Lead', 'Prospect'],
      ['Ani', 'Prospect', 'In sales'],
    ]);
  });

  it('in a filtered view skips the rows the filter hides', () => {
    const rt = workbook();
    const sheet = rt.workbook().sheet('Contacts')!;
    sheet.hiddenByFilter = new Set([ROW.Sari, ROW.Ani]);
    const hidden = [rowOf(rt, ROW.Sari), rowOf(rt, ROW.Ani)];
    selectRows(rt, [ROW.Budi, ROW.Dewi]);
    const summary = lastAlert(menu(rt, 'menuAdvanceStage', [OK]));
    expect(summary).toContain('• Budi: Lead → Prospect');
    expect(summary).toContain('• Dewi becomes a customer when you record a sale.');
    expect(summary).toContain('2 rows hidden by a filter were left alone.');
    expect(summary).not.toMatch(/Sari|Ani/);
    expect([rowOf(rt, ROW.Sari), rowOf(rt, ROW.Ani)]).toEqual(hidden);
  });

  it('a selection with the header and an empty row says what it skipped', () => {
    const rt = workbook();
    selectRows(rt, [1, 2], [11, 12]);
    const summary = lastAlert(menu(rt, 'menuAdvanceStage', [OK]));
    expect(summary).toContain('• Budi: Lead → Prospect');
    expect(summary).toContain('• Indra: Lead → Prospect');
    expect(summary).toContain('The header row was skipped. Row 11 is empty and was skipped.');
  });

  it.each([
    [
      'only the header',
      [[1, 1]],
      "Only the header row is selected. Select one or more contacts' rows",
    ],
    ['an empty row', [[11, 11]], 'Row 11 has no contact.'],
    ['rows below the data', [[40, 45]], 'Rows 40–42 have no contact.'],
  ] as [string, [number, number][], string][])(
    'on %s answers plainly and writes nothing',
    (_what, ranges, message) => {
      const rt = workbook();
      selectRows(rt, ...ranges);
      const before = snapshot(rt);
      const dialogs = menu(rt, 'menuAdvanceStage', [OK]);
      expect(dialogs).toHaveLength(1);
      expect(dialogs[0].message).toContain(message);
      expect(snapshot(rt)).toEqual(before);
      expect(rt.workbook().sheet('Activities')!.rows).toHaveLength(1);
    },
  );

  it('on another tab says where to select, and writes nothing', () => {
    const rt = workbook();
    const ss = rt.workbook();
    ss.select(ss.sheet('Activities')!, [{ row: 2, column: 1, numRows: 3, numColumns: 1 }]);
    const before = snapshot(rt);
    const dialogs = menu(rt, 'menuAdvanceStage', [OK]);
    expect(dialogs[0].message).toMatch(
      /Stage actions work on the Contacts tab, but the selection is on "Activities"/,
    );
    expect(snapshot(rt)).toEqual(before);
  });

  it('on a Contacts tab that is not set up says to run Set up sheet', () => {
    const rt = prospek();
    rt.workbook().sheets[0].name = 'Contacts';
    typeInto(rt, 'Contacts!A1:B2', [
      ['Who', 'What'],
      ['Budi', 'x'],
    ]);
    selectRows(rt, [2, 2]);
    const before = snapshot(rt);
    expect(lastAlert(menu(rt, 'menuAdvanceStage', [OK]))).toMatch(/Choose Set up sheet first/);
    expect(snapshot(rt)).toEqual(before);
  });

  it('says Prospek is busy when another change holds the lock, and writes nothing', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Budi, ROW.Budi]);
    const before = snapshot(rt);
    rt.holdLockElsewhere(`document:${rt.workbook().id}`, 60_000);
    const dialogs = menu(rt, 'menuAdvanceStage', [OK]);
    expect(lastAlert(dialogs)).toMatch(/Prospek is busy/);
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('Move back a stage', () => {
  it('steps back along the main path; a lead has no step back', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Budi, ROW.Eko]);
    const summary = lastAlert(menu(rt, 'menuMoveBackStage', [OK]));
    expect(summary).toContain('• Ani: Prospect → Lead');
    expect(summary).toContain('• Dewi: In sales → Prospect');
    expect(summary).toContain('• Eko: Customer → In sales');
    expect(summary).toContain("• Budi is a lead, the first stage: there's no step back.");
    // Purchases are facts: moving back keeps them.
    expect(contact(rt, ID.Eko)).toMatchObject({ stage: 'In sales', purchases: 1 });
  });
});

describe('Not ready — follow up on…', () => {
  it('takes a number of days: stage, readiness and next follow-up set, refusals named', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Budi, ROW.Budi], [ROW.Ani, ROW.Dewi]);
    const dialogs = menu(rt, 'menuMarkNotReady', [answer('14'), OK]);
    expect(dialogs[0]).toMatchObject({ type: 'prompt', title: 'Not ready — follow up on…' });
    // The question counts only the contacts it applies to (Budi is a lead).
    expect(dialogs[0].message).toMatch(/When should you follow up with these 2 contacts\?/);
    const summary = lastAlert(dialogs);
    expect(summary).toContain('• Ani: Prospect → Not ready');
    expect(summary).toContain('• Dewi: In sales → Not ready');
    expect(summary).toContain(
      'Only prospects and contacts in sales can be marked not ready; Budi is "Lead".',
    );
    expect(contact(rt, ID.Ani)).toMatchObject({
      stage: 'Not ready',
      readiness: 'Not yet',
      nextFollowUp: '2026-12-11',
    });
    expect(contact(rt, ID.Budi).stage).toBe('Lead');
  });

  it('re-asks after an answer that is not a date, and after a day in the past', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Ani, ROW.Ani]);
    const dialogs = menu(rt, 'menuMarkNotReady', [
      answer('next week'),
      answer('2026-01-05'),
      answer('2026-12-24'),
      OK,
    ]);
    expect(dialogs.map((d) => d.type)).toEqual(['prompt', 'prompt', 'prompt', 'alert']);
    expect(dialogs[1].message).toMatch(
      /^Type a date like 12\/15\/2026 or Dec 15, or a number of days from today\./,
    );
    expect(dialogs[1].message).toContain('When should you follow up with Ani?');
    expect(dialogs[2].message).toMatch(/^Follow-up date can't be before today\./);
    expect(contact(rt, ID.Ani).nextFollowUp).toBe('2026-12-24');
  });

  it('reads a day-first date in Indonesian: 15/12/2026, 15-12-2026, 15 Desember 2026, 15 Des', () => {
    for (const typed of ['15/12/2026', '15-12-2026', '15 Desember 2026', '15 Des', '12/15/2026']) {
      const rt = workbook();
      rt.state.userLocale = 'id_ID';
      selectRows(rt, [ROW.Ani, ROW.Ani]);
      const dialogs = menu(rt, 'menuMarkNotReady', [answer(typed), OK]);
      expect(dialogs[0].message).toContain('15/12/2026 atau 15 Des');
      expect(contact(rt, ID.Ani).nextFollowUp).toBe('2026-12-15');
    }
  });

  it('in English on a US sheet, 05/01/2027 is May 1; on an Indonesian sheet, 5 January', () => {
    const us = workbook();
    selectRows(us, [ROW.Ani, ROW.Ani]);
    menu(us, 'menuMarkNotReady', [answer('05/01/2027'), OK]);
    expect(contact(us, ID.Ani).nextFollowUp).toBe('2027-05-01');
    const id = workbook();
    id.workbook().locale = 'id_ID';
    selectRows(id, [ROW.Ani, ROW.Ani]);
    const dialogs = menu(id, 'menuMarkNotReady', [answer('05/01/2027'), OK]);
    expect(dialogs[0].message).toContain('like 15/12/2026 or 15 Dec,');
    expect(contact(id, ID.Ani).nextFollowUp).toBe('2027-01-05');
  });

  it('cancelling the question writes nothing and says nothing more', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Ani, ROW.Dewi]);
    const before = snapshot(rt);
    const dialogs = menu(rt, 'menuMarkNotReady', [{ button: 'CANCEL' }]);
    expect(dialogs.map((d) => d.type)).toEqual(['prompt']);
    expect(snapshot(rt)).toEqual(before);
  });

  it('gives up after three answers it cannot use, writing nothing', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Ani, ROW.Ani]);
    const before = snapshot(rt);
    const dialogs = menu(rt, 'menuMarkNotReady', [
      answer('soon'),
      answer('later'),
      answer('?'),
      OK,
    ]);
    expect(lastAlert(dialogs)).toMatch(/^Nothing was changed/);
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('Said no — keep in touch?', () => {
  it('yes, with the suggested date: recontact in 90 days', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Ani, ROW.Ani]);
    const dialogs = menu(rt, 'menuMarkSaidNo', ['YES', answer(''), OK]);
    expect(dialogs[0]).toMatchObject({ type: 'alert', buttons: 'YES_NO_CANCEL' });
    expect(dialogs[0].message).toBe(
      'Did Ani agree to stay on your list, so you can contact them again later?',
    );
    expect(dialogs[1].message).toContain('Leave it empty for 25 February 2027.');
    expect(contact(rt, ID.Ani)).toMatchObject({
      stage: 'Said no',
      keepInTouch: 'Yes',
      // One place for the day to contact again, the one the digest reads.
      recontactOn: '',
      nextFollowUp: '2027-02-25',
    });
    const log = activityRows(rt);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ fromStage: 'Prospect', toStage: 'Said no' });
  });

  it('no: kept off the list; a customer is refused', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Dewi, ROW.Eko]);
    const summary = lastAlert(menu(rt, 'menuMarkSaidNo', ['NO', OK]));
    expect(summary).toContain('• Dewi: In sales → Said no');
    expect(summary).toContain(
      'Eko is "Customer": only leads, prospects, contacts in sales and those not ready can be marked as having said no.',
    );
    expect(contact(rt, ID.Dewi)).toMatchObject({ keepInTouch: 'No', recontactOn: '' });
    expect(contact(rt, ID.Eko).stage).toBe('Customer');
  });

  it.each([
    ['the permission question', ['CANCEL']],
    ['the date question', ['YES', { button: 'CANCEL' }]],
  ])('cancelling %s writes nothing', (_what, responses) => {
    const rt = workbook();
    selectRows(rt, [ROW.Ani, ROW.Ani]);
    const before = snapshot(rt);
    menu(rt, 'menuMarkSaidNo', responses as never);
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('Not a fit', () => {
  it('records the reason in the log; a customer is refused', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Sari, ROW.Sari], [ROW.Eko, ROW.Eko]);
    const summary = lastAlert(menu(rt, 'menuMarkNotAFit', [answer('only sells wholesale'), OK]));
    expect(summary).toContain('• Sari: Lead → Not a fit');
    expect(summary).toContain('Eko is "Customer" and can\'t be marked not a fit.');
    expect(activityRows(rt)[0].summary).toBe(
      'Stage changed from Lead to Not a fit. only sells wholesale',
    );
  });

  it('the reason is optional; cancelling writes nothing', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Joko, ROW.Joko]);
    const before = snapshot(rt);
    menu(rt, 'menuMarkNotAFit', [{ button: 'CANCEL' }]);
    expect(snapshot(rt)).toEqual(before);
    menu(rt, 'menuMarkNotAFit', [answer(''), OK]);
    expect(contact(rt, ID.Joko).stage).toBe('Not a fit');
  });
});

describe('Reopen', () => {
  it('brings outcomes back to the pipeline; a contact in the pipeline is refused', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Fajar, ROW.Hadi], [ROW.Budi, ROW.Budi]);
    const summary = lastAlert(menu(rt, 'menuReopen', [OK]));
    expect(summary).toContain('• Fajar: Not ready → Prospect');
    expect(summary).toContain('• Gita: Said no → Prospect');
    expect(summary).toContain('• Hadi: Not a fit → Lead');
    expect(summary).toContain('Budi is "Lead", already in the pipeline');
    expect(contact(rt, ID.Hadi)).toMatchObject({ stage: 'Lead', canDecide: 'Unknown' });
    expect(contact(rt, ID.Gita)).toMatchObject({ keepInTouch: '', recontactOn: '' });
  });
});

describe('Record a sale', () => {
  it('today by default: first sale makes a customer, a later one a repeat buyer', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Budi, ROW.Eko]);
    const dialogs = menu(rt, 'menuRecordSale', [answer(''), OK]);
    const summary = lastAlert(dialogs);
    expect(summary).toContain('• Ani: sale recorded (purchase number 1), now Customer');
    expect(summary).toContain('• Dewi: sale recorded (purchase number 1), now Customer');
    expect(summary).toContain('• Eko: sale recorded (purchase number 2), now Repeat buyer');
    expect(summary).toContain(
      'Budi is a lead: qualify them as a prospect before recording a sale.',
    );
    expect(contact(rt, ID.Ani)).toMatchObject({
      stage: 'Customer',
      purchases: 1,
      lastPurchase: '2026-11-27',
    });
    expect(contact(rt, ID.Eko)).toMatchObject({
      stage: 'Repeat buyer',
      purchases: 2,
      lastPurchase: '2026-11-27',
    });
    const sales = activityRows(rt).filter((a) => a.type === 'Sale');
    expect(sales.map((a) => [a.contactName, a.fromStage, a.toStage])).toEqual([
      ['Ani', 'Prospect', 'Customer'],
      ['Dewi', 'In sales', 'Customer'],
      ['Eko', 'Customer', 'Repeat buyer'],
    ]);
  });

  it('re-asks for a day in the future; an earlier sale never moves Last purchase back', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Eko, ROW.Eko]);
    const dialogs = menu(rt, 'menuRecordSale', [answer('2026-12-31'), answer('2026-09-15'), OK]);
    expect(dialogs[1].message).toMatch(/^Sale date can't be after today\./);
    expect(contact(rt, ID.Eko)).toMatchObject({ purchases: 2, lastPurchase: '2026-10-01' });
  });
});

describe('writes', () => {
  it('writes only the changed cells of the changed rows, after one log append', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Budi, ROW.Dewi], [ROW.Hadi, ROW.Hadi]);
    const from = rt.calls.records.length;
    menu(rt, 'menuAdvanceStage', [OK]);
    const writes = rt.calls.records.slice(from).filter((r) => r.method === 'Range.setValues');
    // The log's one append first (two entries), then Budi (row 2) and Ani (row 4): their Stage
    // and Updated cells only, one write each, the cells in between never rewritten.
    expect(writes.map((w) => w.cellsWritten)).toEqual([26, 1, 1, 1, 1]);
  });
});

describe('a big move (more than 10 contacts)', () => {
  it('asks first, counting the contacts per stage; No changes nothing', () => {
    const rt = bigSheet(44);
    typeCell(rt, 3, 'stage', 'Prospect');
    selectRows(rt, [2, 45]);
    const before = snapshot(rt);
    const dialogs = menu(rt, 'menuAdvanceStage', ['NO']);
    expect(dialogs.map((d) => d.message)).toEqual([
      'Advance stage for 44 contacts? Selected: Lead 43, Prospect 1.',
    ]);
    expect(snapshot(rt)).toEqual(before);
  });

  it('reports counts per outcome with the first few names, not a list cut off', () => {
    const rt = bigSheet(60);
    for (const row of [3, 4, 5, 6]) typeCell(rt, row, 'stage', 'Prospect');
    selectRows(rt, [2, 61]);
    const text = lastAlert(menu(rt, 'menuAdvanceStage', ['YES', OK]));
    expect(text).toContain(
      'Changed 4 contacts:\n• Prospect → In sales: 4 (Person 2, Person 3, Person 4 and 1 more)',
    );
    expect(text).toContain('Not changed (56):\n• Still Lead, e.g. ');
    expect(text).toMatch(/: 56 \(Person 1, Person 6, Person 7 and 53 more\)$/m);
    expect(text).not.toContain('… and');
  });
});

describe('an action nobody selected can take', () => {
  it('asks no question and says per contact why (Not ready on two leads)', () => {
    const rt = workbook();
    selectRows(rt, [ROW.Budi, ROW.Sari]);
    const before = snapshot(rt);
    const dialogs = menu(rt, 'menuMarkNotReady', [OK]);
    expect(dialogs.map((d) => d.type)).toEqual(['alert']);
    const text = lastAlert(dialogs);
    expect(text).toMatch(
      /^Nothing was changed\.\n\nNot changed \(2\):\n• .*Budi is "Lead".*\n• .*Sari/,
    );
    expect(snapshot(rt)).toEqual(before);
  });
});
