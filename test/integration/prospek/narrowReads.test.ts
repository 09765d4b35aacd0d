// What the whole-tab views and the single-contact paths read, counted cell by cell from the
// runtime's call log (rt.calls): the daily digest, the pipeline and find duplicates read the
// columns they use and no other; the sidebar's load, save and log read the same cells at 10
// and at 1,000 contacts, apart from the one-column searches that locate the contact and its log.
import type { CallRecord, Runtime } from '../../../local/runtime/index';
import { ACTIVITY_FIELDS, CONTACT_FIELDS } from '../../../src/domain/contact/contact';
import { DUPLICATE_CONTACT_KEYS } from '../../../src/app/viewFields';
import type { SidebarLoad } from '../../../src/sidebarApi';
import { clickMenu, prospek } from '../../support/workbook';
import { conversation } from './contactsHarness';
import { digests, saveOk } from './remindersHarness';

const TODAY = '2026-11-27';
/** A column of the user's own between Company and Email: never read by any of these views. */
const USER_COLUMN = 'Region';
const HEADER = [
  ...CONTACT_FIELDS.slice(0, 3).map((f) => f.header),
  USER_COLUMN,
  ...CONTACT_FIELDS.slice(3).map((f) => f.header),
];
const idOf = (i: number) => `C-N${String(i).padStart(5, '0')}`;

/**
 * A set-up workbook with `count` contacts (every fifth has a follow-up due today; pairs share an
 * email, for duplicates) and 3 conversations each, written straight into the model.
 */
function workbook(count: number): Runtime {
  const rt = prospek({ now: `${TODAY}T05:00` });
  clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
  const contacts = rt.workbook().sheet('Contacts')!;
  contacts.rows = [
    HEADER,
    ...Array.from({ length: count }, (_, i) =>
      HEADER.map((h) => {
        switch (h) {
          case 'ID':
            return idOf(i);
          case 'Name':
            return `Person ${i}`;
          case 'Email':
            return `p${Math.floor(i / 2)}@example.com`;
          case 'Stage':
            return i % 3 === 0 ? 'Prospect' : 'Lead';
          case 'Next follow-up':
            return i % 5 === 0 ? TODAY : '';
          case 'Purchases':
            return 0;
          case USER_COLUMN:
            return `North ${i}`;
          default:
            return '';
        }
      }),
    ),
  ];
  contacts.maxColumns = HEADER.length;
  contacts.maxRows = count + 100;
  const log = rt.workbook().sheet('Activities')!;
  // Each contact's three entries together, so a contact's history has the same shape (one run
  // of three rows) whatever the number of contacts.
  const entries: string[][] = [];
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 3; k++) {
      entries.push(
        ACTIVITY_FIELDS.map((f) => {
          if (f.key === 'activityId') return `A-N${k}${String(i).padStart(6, '0')}`;
          if (f.key === 'when') return `2026-11-${String(10 + k).padStart(2, '0')}T03:00:00.000Z`;
          if (f.key === 'contactId') return idOf(i);
          if (f.key === 'type') return 'Call';
          if (f.key === 'summary') return `Talk ${k}`;
          return '';
        }),
      );
    }
  }
  log.rows = [log.rows[0], ...entries];
  log.maxRows = entries.length + 100;
  return rt;
}

function callsDuring(rt: Runtime, run: () => void): CallRecord[] {
  const from = rt.calls.records.length;
  run();
  return rt.calls.records.slice(from);
}

const cellsRead = (calls: CallRecord[], method?: string) =>
  calls.filter((c) => !method || c.method === method).reduce((n, c) => n + c.cellsRead, 0);

describe('whole-tab views read only the columns they use', () => {
  const contactsWidth = HEADER.length; // the header row, read once ('1:1')

  it.each([10, 400])(
    'the daily digest at %i contacts: 4 contact columns whole, then only the rows it shows',
    (count) => {
      const rt = workbook(count);
      // Customers all, one follow-up due (Person 0's): one contact to show, none said no or quiet.
      const sheet = rt.workbook().sheet('Contacts')!;
      const col = (h: string) => HEADER.indexOf(h);
      sheet.rows.slice(1).forEach((r, i) => {
        r[col('Stage')] = 'Customer';
        r[col('Next follow-up')] = i === 0 ? TODAY : '';
      });
      saveOk(rt);
      const calls = callsDuring(rt, () => rt.advanceTo(`${TODAY}T12:00`));
      expect(digests(rt)).toHaveLength(1);
      expect(digests(rt)[0].body).toContain('Person 0 (Customer) follow up today.');
      // The header, Stage, Owner, Birthday and Next follow-up of every row, then Person 0's Name
      // and Company (linked by row: no ID; no birthday to post a card to: no address). Nothing
      // of Activities.
      expect(cellsRead(calls)).toBe(contactsWidth + 4 * count + 2);
    },
  );

  it('the pipeline: 7 columns whole, then only the 50 people its list shows', () => {
    const rt = workbook(300);
    const calls = callsDuring(rt, () => {
      const r = rt.run<{
        ok: boolean;
        value: { total: number; followUpsDueToday: { name: string }[]; more: object };
      }>('getPipeline', [], { kind: 'sidebar' });
      expect(r.value.total).toBe(300);
      // Every fifth contact is due today: 60, of which the reply lists 50 and counts the rest.
      expect(r.value.followUpsDueToday).toHaveLength(50);
      expect(r.value.followUpsDueToday[0].name).toBe('Person 0');
      expect(r.value.more).toEqual({ followUpsDueToday: 10, overdueFollowUps: 0, birthdays: 0 });
    });
    // The header; ID, Name, Stage, Purchases, Next follow-up, Birthday and Source of every row; then
    // Company and Postal address of the 50 listed (the first 50 by name: Person 0, 10, 100, …),
    // which lie in two blocks of 242 rows in all: reading the two columns whole costs less
    // (2 calls and 600 cells against 2 calls and 5 × 242 cells, the user's column among them).
    expect(cellsRead(calls)).toBe(contactsWidth + 7 * 300 + 2 * 300);
  });

  it('find duplicates: the 5 key columns whole (not the user column), then the members', () => {
    const rt = workbook(300);
    const calls = callsDuring(rt, () => {
      const r = rt.run<{ ok: boolean; value: { groups: unknown[]; next: number | null } }>(
        'findDuplicates',
        [],
        { kind: 'sidebar' },
      );
      expect(r.value.groups).toHaveLength(150);
      expect(r.value.next).toBeNull();
    });
    // The header; ID–Company and Email–Phone of every row (two reads, the user's Region column
    // between them skipped); then the members' rows (all 300 here) in one block, which costs
    // less than three more column reads: the 19 listed fields (ID to Updated) of 300 rows.
    const reads = calls.filter((c) => c.method === 'Range.getValues').map((c) => c.cellsRead);
    expect(reads).toEqual([contactsWidth, 3 * 300, 2 * 300, contactsWidth * 300]);
    expect(DUPLICATE_CONTACT_KEYS).toHaveLength(19);
  });
});

describe('the sidebar reads the same cells at 10 and at 1,000 contacts', () => {
  function ops(count: number) {
    const rt = workbook(count);
    // The first contact: its three entries lie before the ones this test appends at both sizes,
    // and each run of adjacent rows is read on its own, so its timeline is read the same way.
    const target = idOf(0);
    const sidebar = { kind: 'sidebar' } as const;
    const load = callsDuring(rt, () => rt.run('loadSidebar', [{ contactId: target }], sidebar));
    const loaded = rt.run<{ value: SidebarLoad }>('loadSidebar', [{ contactId: target }], sidebar);
    const save = callsDuring(rt, () =>
      rt.run(
        'saveContact',
        [
          {
            contact: { id: target, name: 'Renamed', fitsMarket: 'Yes' },
            loadedUpdated: loaded.value.contact!.updated,
            loadedVersion: loaded.value.version,
          },
        ],
        sidebar,
      ),
    );
    const log = callsDuring(rt, () =>
      rt.run('logConversation', [conversation(target, { summary: 'Quote sent' })], sidebar),
    );
    const after = rt.run<{ value: SidebarLoad }>('loadSidebar', [{ contactId: target }], sidebar);
    expect(after.value.contact!.name).toBe('Renamed');
    expect(after.value.timeline[0].summary).toBe('Quote sent');
    // The newest page: the new call, the save's entries and two of the three talks before.
    expect(after.value.timeline.filter((a) => a.type === 'Call')).toHaveLength(3);
    expect(after.value.earlier).toBe(1);
    const contactRows = rt.workbook().sheet('Contacts')!.rows.length;
    const logRows = rt.workbook().sheet('Activities')!.rows.length;
    return { load, save, log, contactRows, logRows };
  }

  it('getValues reads are identical; only the one-column searches grow with the tabs', () => {
    const small = ops(10);
    const large = ops(1000);
    for (const op of ['load', 'save', 'log'] as const) {
      // What getValues moves into the script: headers, the contact's row, its log entries.
      expect(cellsRead(large[op], 'Range.getValues')).toBe(cellsRead(small[op], 'Range.getValues'));
      expect(large[op].map((c) => c.method)).toEqual(small[op].map((c) => c.method));
      // The rest is Sheets' own search (TextFinder, which the runtime counts as the cells it
      // scans): the ID column once and the Contact ID column once, nothing else.
      const searched = cellsRead(large[op]) - cellsRead(large[op], 'Range.getValues');
      expect(searched).toBeGreaterThan(0);
      expect(large[op].filter((c) => c.method.startsWith('TextFinder.find'))).toHaveLength(2);
    }
    // Loading searches the ID column (every row, header included) and the Contact ID column.
    expect(cellsRead(large.load) - cellsRead(large.load, 'Range.getValues')).toBe(1001 + 3001);
    // A load moves a few hundred cells into the script whatever the size of the sheet.
    expect(cellsRead(large.load, 'Range.getValues')).toBeLessThan(200);
  });
});

describe('with the timeline on screen, save and log send back only what they add', () => {
  it('one search (the ID column), and the timeline is the new entries', () => {
    const rt = workbook(300);
    const sidebar = { kind: 'sidebar' } as const;
    const target = idOf(7);
    const loaded = rt.run<{ value: SidebarLoad }>('loadSidebar', [{ contactId: target }], sidebar);
    const save = callsDuring(rt, () => {
      const r = rt.run<{ value: { timeline: { type: string }[]; timelineAdded?: boolean } }>(
        'saveContact',
        [
          {
            contact: { id: target, name: 'Renamed', fitsMarket: 'Yes' },
            loadedUpdated: loaded.value.contact!.updated,
            loadedVersion: loaded.value.version,
            timelineShown: true,
          },
        ],
        sidebar,
      );
      expect(r.value.timelineAdded).toBe(true);
      expect(r.value.timeline.map((a) => a.type)).toEqual(['Qualification']);
    });
    const log = callsDuring(rt, () => {
      const form = { ...conversation(target, { summary: 'Quote sent' }), timelineShown: true };
      const r = rt.run<{ value: { timeline: { summary: string }[]; timelineAdded?: boolean } }>(
        'logConversation',
        [form],
        sidebar,
      );
      expect(r.value.timelineAdded).toBe(true);
      expect(r.value.timeline.map((a) => a.summary)).toEqual(['Quote sent']);
    });
    for (const calls of [save, log]) {
      const searches = calls.filter((c) => c.method.startsWith('TextFinder.find'));
      expect(searches).toHaveLength(1);
      expect(searches[0].cellsRead).toBe(301); // the ID column, header included
    }
    // The sheet holds it all: a load shows the whole timeline, the new entries first.
    const after = rt.run<{ value: SidebarLoad }>('loadSidebar', [{ contactId: target }], sidebar);
    expect(after.value.timeline.map((a) => a.summary).slice(0, 1)).toEqual(['Quote sent']);
    expect(after.value.timeline).toHaveLength(5);
  });
});
