// Thirty simulated days on the built bundle: the runtime's clock fires the real daily trigger,
// the user edits the sheet along the way, and every digest is checked: exactly one on each day
// with something due, none on the other days, and the right people in each.
import type { Runtime } from '../../../local/runtime/index';
import {
  addContacts,
  daysFrom,
  digestLog,
  digests,
  editContact,
  logConversation,
  saveOk,
  sheetWith,
} from './remindersHarness';

/** Runs day by day until `last`, applying the user's edits at noon of their day. */
function simulate(
  rt: Runtime,
  first: string,
  last: string,
  edits: Record<string, (rt: Runtime) => void> = {},
): void {
  for (const day of daysFrom(first, last)) {
    rt.advanceTo(`${day}T12:00`);
    edits[day]?.(rt);
  }
  rt.advanceTo(`${last}T23:59`);
}

/** Expected people per day from spans of days: name → [first, last] inclusive. */
function expected(spans: Record<string, [string, string][]>): Map<string, string[]> {
  const byDay = new Map<string, string[]>();
  for (const [name, ranges] of Object.entries(spans)) {
    for (const [a, b] of ranges) {
      for (const d of daysFrom(a, b)) byDay.set(d, [...(byDay.get(d) ?? []), name].sort());
    }
  }
  return new Map([...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function actual(rt: Runtime, tz: string, names: string[]): Map<string, string[]> {
  const log = digestLog(rt, tz, names);
  const days = log.map((l) => l.day);
  // Exactly one digest per day.
  expect(new Set(days).size).toBe(days.length);
  return new Map(log.map((l) => [l.day, l.names]));
}

describe('30 days in America/New_York across the end of daylight saving (1 November)', () => {
  const tz = 'America/New_York';
  const names = ['Budi Santoso', 'Citra', 'Dewi', 'Eko', 'Fajar', 'Gita', 'Hana'];

  function scenario(hour: number): Runtime {
    const rt = sheetWith([], {
      timeZone: tz,
      now: '2026-10-20T00:30',
      spreadsheet: { timeZone: tz },
    });
    addContacts(rt, [
      // Card window 27 Oct – 2 Nov, birthday 3 Nov; a follow-up far ahead keeps him off "quiet".
      {
        ID: 'C-BUDI01',
        Name: 'Budi Santoso',
        Stage: 'Prospect',
        Birthday: '1986-11-03',
        'Postal address': 'Jl. Merdeka 1, Jakarta',
        'Next follow-up': '2026-12-15',
      },
      // Due 10 Nov, overdue 11–12 Nov, then the user clears it.
      { ID: 'C-CITRA1', Name: 'Citra', Stage: 'Lead', 'Next follow-up': '2026-11-10' },
      // Said no but agreed to stay in touch: recontact on 16 Nov; the user reopens her that day.
      {
        ID: 'C-DEWI01',
        Name: 'Dewi',
        Stage: 'Said no',
        'Keep in touch': 'Yes',
        'Recontact on': '2026-11-16',
      },
      // Said no and did not agree: never reminded.
      {
        ID: 'C-EKO001',
        Name: 'Eko',
        Stage: 'Said no',
        'Keep in touch': 'No',
        'Recontact on': '2026-11-05',
      },
      // In sales, last conversation 20 Oct: quiet for more than 14 days from 4 Nov, until the
      // user logs a call on 6 Nov.
      { ID: 'C-FAJAR1', Name: 'Fajar', Stage: 'In sales' },
      // Someone else's contact ("mine" only).
      {
        ID: 'C-GITA01',
        Name: 'Gita',
        Stage: 'Lead',
        Owner: 'other@example.com',
        'Next follow-up': '2026-10-22',
      },
      // A birthday without a year: card window 11–17 Nov, birthday 18 Nov.
      { ID: 'C-HANA01', Name: 'Hana', Stage: 'Customer', Birthday: '--11-18' },
    ]);
    logConversation(rt, 'C-FAJAR1', '2026-10-20 00:10');
    saveOk(rt, { hour });
    return rt;
  }

  const edits = {
    '2026-11-06': (rt: Runtime) => logConversation(rt, 'C-FAJAR1', '2026-11-06 11:00'),
    '2026-11-12': (rt: Runtime) => editContact(rt, 'Citra', { 'Next follow-up': '2026-12-01' }),
    '2026-11-16': (rt: Runtime) =>
      editContact(rt, 'Dewi', { Stage: 'Lead', 'Keep in touch': '', 'Recontact on': '' }),
  };

  const want = expected({
    'Budi Santoso': [['2026-10-27', '2026-11-03']],
    Fajar: [['2026-11-04', '2026-11-06']],
    Citra: [['2026-11-10', '2026-11-12']],
    Hana: [['2026-11-11', '2026-11-18']],
    Dewi: [['2026-11-16', '2026-11-16']],
  });

  it.each([8, 1])(
    'sends exactly the expected digests, one a day, with the trigger at %i:00',
    (hour) => {
      const rt = scenario(hour);
      simulate(rt, '2026-10-20', '2026-11-19', edits);
      expect(actual(rt, tz, names)).toEqual(want);
      // Every digest went out within its hour on the sheet's clock, before and after the change.
      for (const m of digests(rt)) {
        const h = Number(
          new Intl.DateTimeFormat('en-GB', {
            timeZone: tz,
            hour: '2-digit',
            hourCycle: 'h23',
          }).format(new Date(m.sentAt)),
        );
        expect(h).toBe(hour);
      }
    },
  );

  it('words the items as the issue asks, with links to the rows', () => {
    const rt = scenario(8);
    simulate(rt, '2026-10-20', '2026-11-19', edits);
    const byDay = new Map(digests(rt).map((m) => [m.subject, m]));
    const oct27 = byDay.get('Prospek: 1 reminder for 27 October 2026')!;
    expect(oct27.body).toContain(
      'Send a card: Budi Santoso (Prospect) turns 40 on Tue, 3 Nov (in 7 days). Post to: Jl. Merdeka 1, Jakarta',
    );
    expect(oct27.body).toMatch(/#gid=\d+&range=A2\n/);
    const nov3 = [...byDay.values()].find((m) => m.subject.endsWith('3 November 2026'))!;
    expect(nov3.body).toContain('Budi Santoso (Prospect) turns 40 today.');
    const nov12 = [...byDay.values()].find((m) => m.subject.endsWith('12 November 2026'))!;
    expect(nov12.body).toContain('Citra (Lead) follow-up was due Tue, 10 Nov, 2 days ago.');
    expect(nov12.body).toContain('Hana (Customer) has a birthday on Wed, 18 Nov (in 6 days).');
    const nov4 = [...byDay.values()].find((m) => m.subject.endsWith('4 November 2026'))!;
    expect(nov4.body).toContain('Fajar (In sales) no conversation for 15 days.');
    const nov16 = [...byDay.values()].find((m) => m.subject.endsWith('16 November 2026'))!;
    expect(nov16.body).toContain('Dewi (Said no) agreed to stay in touch: contact them today.');
  });
});

describe('30 days in Asia/Jakarta', () => {
  const tz = 'Asia/Jakarta';

  it('a card window across 31 December, with and without a birth year', () => {
    const rt = sheetWith([], { timeZone: tz, now: '2026-12-15T05:00' });
    addContacts(rt, [
      { ID: 'C-SARI01', Name: 'Sari', Stage: 'Customer', Birthday: '--01-03' },
      {
        ID: 'C-TONO01',
        Name: 'Tono',
        Stage: 'Lead',
        Birthday: '1990-12-31',
        'Postal address': 'Jl. Sudirman 5',
      },
    ]);
    saveOk(rt, { hour: 7 });
    simulate(rt, '2026-12-15', '2027-01-13');
    expect(actual(rt, tz, ['Sari', 'Tono'])).toEqual(
      expected({ Tono: [['2026-12-24', '2026-12-31']], Sari: [['2026-12-27', '2027-01-03']] }),
    );
    const dec28 = digests(rt).find((m) => m.subject.endsWith('28 December 2026'))!;
    expect(dec28.body).toContain(
      'Send a card: Sari (Customer) has a birthday on Sun, 3 Jan (in 6 days). No postal address on file.',
    );
    expect(dec28.body).toContain(
      'Send a card: Tono (Lead) turns 36 on Thu, 31 Dec (in 3 days). Post to: Jl. Sudirman 5',
    );
  });

  it('a 29 February birthday falls on 28 February in a common year', () => {
    const rt = sheetWith([], { timeZone: tz, now: '2027-02-10T05:00' });
    addContacts(rt, [{ ID: 'C-LIA001', Name: 'Lia', Stage: 'Customer', Birthday: '1996-02-29' }]);
    saveOk(rt, { hour: 7 });
    simulate(rt, '2027-02-10', '2027-03-11');
    expect(actual(rt, tz, ['Lia'])).toEqual(expected({ Lia: [['2027-02-21', '2027-02-28']] }));
    const feb28 = digests(rt).find((m) => m.subject.endsWith('28 February 2027'))!;
    expect(feb28.body).toContain('Lia (Customer) turns 31 today.');
  });

  it('and on 29 February in a leap year', () => {
    const rt = sheetWith([], { timeZone: tz, now: '2028-02-20T05:00' });
    addContacts(rt, [{ ID: 'C-LIA001', Name: 'Lia', Stage: 'Customer', Birthday: '1996-02-29' }]);
    saveOk(rt, { hour: 7 });
    simulate(rt, '2028-02-20', '2028-03-05');
    expect(actual(rt, tz, ['Lia'])).toEqual(expected({ Lia: [['2028-02-22', '2028-02-29']] }));
    const feb29 = digests(rt).find((m) => m.subject.endsWith('29 February 2028'))!;
    expect(feb29.body).toContain('Lia (Customer) turns 32 today.');
  });
});

describe('daylight saving starts (8 March 2027 in New York has no 02:00)', () => {
  it('a 02:00 trigger still sends exactly one digest that day', () => {
    const tz = 'America/New_York';
    const rt = sheetWith([], {
      timeZone: tz,
      now: '2027-03-05T00:30',
      spreadsheet: { timeZone: tz },
    });
    // Overdue every day: a digest is due each day.
    addContacts(rt, [
      { ID: 'C-ANI001', Name: 'Ani', Stage: 'Lead', 'Next follow-up': '2027-03-01' },
    ]);
    saveOk(rt, { hour: 2 });
    simulate(rt, '2027-03-05', '2027-03-10');
    expect([...actual(rt, tz, ['Ani']).keys()]).toEqual(daysFrom('2027-03-05', '2027-03-10'));
  });
});
