import fc from 'fast-check';
import { emptyContact, type Contact } from '../../../src/domain/contact';
import { CHOSEN_FIELDS, mergeConflicts, mergedRecord, planMerge } from '../../../src/domain/merge';

const contact = (id: string, fields: Partial<Contact>): Contact => ({
  ...emptyContact(),
  id,
  ...fields,
});

describe('planMerge', () => {
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

  it('every chosen field is a contact field', () => {
    for (const f of CHOSEN_FIELDS) expect(Object.keys(emptyContact())).toContain(f);
  });
});
