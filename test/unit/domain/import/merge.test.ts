import fc from 'fast-check';
import { emptyContact, type Contact } from '../../../../src/domain/contact/contact';
import {
  CHOSEN_FIELDS,
  mergeConflicts,
  mergedRecord,
  planMerge,
  withKeptValues,
} from '../../../../src/domain/import/merge';

const contact = (id: string, fields: Partial<Contact>): Contact => ({
  ...emptyContact(),
  id,
  ...fields,
});

describe('planMerge', () => {
  it('planned again from the kept contact as it was, after its notes were written, adds no note twice', () => {
    const a = contact('C-1', {
      name: 'Dewi',
      stage: 'Customer',
      purchases: 1,
      notes: 'Met at expo',
    });
    const b = contact('C-2', {
      name: 'Dewi L.',
      stage: 'Repeat buyer',
      purchases: 2,
      notes: 'Two shops',
    });
    const now = '2026-11-27T00:00:00.000Z';
    const first = planMerge([a, b], 'C-1', { name: 'C-1', stage: 'C-2' }, now, 'ID');
    expect(first.kept.notes.split('\n\n')).toEqual([
      'Met at expo',
      'Two shops',
      expect.stringContaining('Dewi (C-1): Stage: Customer'),
      expect.stringContaining('Dewi L. (C-2): Name: Dewi L.'),
    ]);
    // The first attempt wrote the notes: the replay, from the recorded values, ends the same.
    const half = { ...a, notes: first.kept.notes };
    const again = planMerge([half, b], 'C-1', { name: 'C-1', stage: 'C-2' }, now, 'ID');
    expect(again.kept).toEqual(first.kept);
  });

  it("records the kept contact's former values in a Merge summary, read back with the rest", () => {
    const b = contact('C-2', { name: 'Dewi L.' });
    const plan = planMerge(
      [contact('C-1', { name: 'Dewi' }), b],
      'C-1',
      { name: 'C-1' },
      '2026-11-27T00:00:00.000Z',
    );
    const summary = withKeptValues(plan.records[0].summary, { stage: 'Customer', purchases: 1 });
    expect(summary.split('\n')[0]).toBe(plan.records[0].summary.split('\n')[0]);
    expect(mergedRecord(summary)).toEqual({ ...b, kept: { stage: 'Customer', purchases: 1 } });
    expect(withKeptValues(plan.records[0].summary, {})).toBe(plan.records[0].summary);
    // Too long for a cell with them: the entry goes as it was.
    const long = withKeptValues(plan.records[0].summary, { address: 'x'.repeat(50_000) });
    expect(long).toBe(plan.records[0].summary);
  });

  it('fills empty fields, sums purchases, keeps the soonest follow-up and records the others', () => {
    const a = contact('C-1', {
      name: 'Ani',
      email: 'ani@x.id',
      purchases: 1,
      nextFollowUp: '2026-12-10',
    });
    const b = contact('C-2', {
      name: 'Ani',
      phone: '0812',
      purchases: 2,
      nextFollowUp: '2026-12-01',
      notes: 'VIP',
    });
    const plan = planMerge([a, b], 'C-1', {}, '2026-11-27T00:00:00.000Z', 'ID');
    expect(plan.kept).toMatchObject({
      id: 'C-1',
      email: 'ani@x.id',
      phone: '0812',
      purchases: 3,
      nextFollowUp: '2026-12-01',
      notes: 'VIP',
    });
    expect(mergedRecord(plan.records[0].summary)).toEqual(b);
  });

  it('needs a choice for each conflict', () => {
    const a = contact('C-1', { name: 'Ani', stage: 'Prospect' });
    const b = contact('C-2', { name: 'Ani', stage: 'Lead', canAfford: 'Yes' });
    expect(mergeConflicts([a, b]).map((c) => c.field)).toEqual(['stage']);
    expect(() => planMerge([a, b], 'C-1', {}, 'now')).toThrow('different Stage values');
    expect(planMerge([a, b], 'C-1', { stage: 'C-2' }, 'now').kept).toMatchObject({
      stage: 'Lead',
      canAfford: 'Yes',
    });
  });

  it('loses no non-empty value: each one is on the kept contact or in its notes', () => {
    const text = fc.oneof(
      fc.constant(''),
      fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim() || 'x'),
    );
    const arb = fc.array(
      fc.record({ name: text, company: text, email: text, phone: text, address: text }),
      {
        minLength: 2,
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(arb, fc.nat(), (list, pick) => {
        const contacts = list.map((f, i) => contact(`C-${i}`, { ...f, name: f.name || `N${i}` }));
        const keep = contacts[pick % contacts.length].id;
        const choices = Object.fromEntries(
          mergeConflicts(contacts).map((c) => [
            c.field,
            c.options[pick % c.options.length].contactId,
          ]),
        );
        const { kept } = planMerge(contacts, keep, choices, 'now');
        for (const c of contacts)
          for (const f of ['name', 'company', 'email', 'phone', 'address'] as const) {
            if (c[f] === '') continue;
            expect(kept[f] === c[f] || kept.notes.includes(c[f])).toBe(true);
          }
      }),
      { numRuns: 200 },
    );
  });

  it('moves the chosen stage once per sale of the others, as recordSale does', () => {
    const a = contact('C-1', { name: 'Ani', stage: 'Customer', purchases: 1 });
    const b = contact('C-2', {
      name: 'Ani',
      stage: 'Customer',
      purchases: 1,
      lastPurchase: '2026-10-01',
    });
    const two = planMerge([a, b], 'C-1', {}, '2026-11-27T00:00:00.000Z');
    expect(two.kept).toMatchObject({
      stage: 'Repeat buyer',
      purchases: 2,
      lastPurchase: '2026-10-01',
    });
    expect(two.stageChange).toEqual({ from: 'Customer', to: 'Repeat buyer' });

    // A prospect merged with someone who bought: a customer.
    const p = contact('C-3', { name: 'Ani', stage: 'Prospect' });
    const bought = planMerge([p, b], 'C-3', { stage: 'C-3' }, '2026-11-27T00:00:00.000Z');
    expect(bought.kept.stage).toBe('Customer');
    expect(bought.stageChange).toEqual({ from: 'Prospect', to: 'Customer' });

    // A stage that takes no sale (a lead) stays as chosen; nothing changes, nothing to log.
    const lead = contact('C-4', { name: 'Ani', stage: 'Lead' });
    const same = planMerge([lead, contact('C-5', { name: 'Ani', purchases: 1 })], 'C-4', {}, 'now');
    expect(same.kept).toMatchObject({ stage: 'Lead', purchases: 1 });
    expect(same.stageChange).toBeNull();
  });

  it('takes Recontact on with Keep in touch, from the same contact', () => {
    const a = contact('C-1', { name: 'Ani', keepInTouch: 'No' });
    const b = contact('C-2', {
      name: 'Ani',
      stage: 'Said no',
      keepInTouch: 'Yes',
      recontactOn: '2027-03-01',
    });
    const no = planMerge([a, b], 'C-1', { keepInTouch: 'C-1', stage: 'C-2' }, 'now');
    expect(no.kept).toMatchObject({ keepInTouch: 'No', recontactOn: '' });
    // The date that went is noted, not lost.
    expect(no.kept.notes).toContain('Recontact on: 2027-03-01');
    const yes = planMerge([a, b], 'C-1', { keepInTouch: 'C-2', stage: 'C-2' }, 'now');
    expect(yes.kept).toMatchObject({ keepInTouch: 'Yes', recontactOn: '2027-03-01' });
  });

  it("fills the kept contact's empty extra cells and records every other one", () => {
    const a = contact('C-1', { name: 'Ani' });
    const b = contact('C-2', { name: 'Ani' });
    const plan = planMerge([a, b], 'C-1', {}, 'now', 'ID', {
      'C-1': { Position: 'CEO' },
      'C-2': { Position: 'Owner', URL: 'https://x.id/ani' },
    });
    expect(plan.extraFill).toEqual([{ label: 'URL', value: 'https://x.id/ani', from: 'C-2' }]);
    expect(mergedRecord(plan.records[0].summary)).toEqual({
      ...b,
      columns: { Position: 'Owner', URL: 'https://x.id/ani' },
    });
  });

  it('every chosen field is a contact field', () => {
    for (const f of CHOSEN_FIELDS) expect(Object.keys(emptyContact())).toContain(f);
  });
});
