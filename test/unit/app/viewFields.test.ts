// The whole-tab views read only some columns (src/app/viewFields.ts). Property: on any contacts,
// the reminders, the pipeline and the duplicate groups computed from just those fields (the
// others at their empty value, as contactFromCells leaves an unread field) are exactly the ones
// computed from whole rows. A domain change that starts using another field fails here.
import fc from 'fast-check';
import { addDays } from '../../../src/domain/calendarDay';
import {
  CRITERION,
  emptyContact,
  KEEP_IN_TOUCH,
  READINESS,
  STAGES,
  type Contact,
  type ContactKey,
} from '../../../src/domain/contact/contact';
import { findDuplicateGroups } from '../../../src/domain/import/dedupe';
import { mergeConflicts } from '../../../src/domain/import/merge';
import { pipelineSummary } from '../../../src/domain/pipeline/pipeline';
import { selectReminders } from '../../../src/domain/reminders/reminders';
import { REMINDER_DECIDE_KEYS, selectRemindersInSteps } from '../../../src/domain/reminders/steps';
import {
  DUPLICATE_CONTACT_KEYS,
  PIPELINE_CONTACT_KEYS,
  REMINDER_CONTACT_KEYS,
} from '../../../src/app/viewFields';

const TODAY = '2026-12-28';
const near = fc.integer({ min: -40, max: 40 }).map((n) => addDays(TODAY, n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(''), arb);
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const text = maybe(pick(['Budi', 'Sari', 'Toko Maju', 'x', ' Budi ']));

const contactArb: fc.Arbitrary<Contact> = fc.record({
  id: maybe(pick(['C-1', 'C-2', 'C-3', 'C-4', 'C-5', 'C-6'])),
  name: text,
  company: text,
  email: maybe(pick(['budi@x.id', 'BUDI@x.id ', 'sari@y.id'])),
  phone: maybe(pick(['0812 3456 789', '+62 812-3456-789', '021 555 1234'])),
  address: maybe(pick(['Jl. Merdeka 1', 'Jl. Sudirman 5'])),
  birthday: maybe(
    fc.oneof(
      near.map((d) => `1986${d.slice(4)}`),
      near.map((d) => `--${d.slice(5)}`),
      fc.constant('1984-02-29'),
    ),
  ),
  source: maybe(pick(['Referral', 'Event'] as const)),
  owner: maybe(pick(['me@x.id', 'other@x.id', 'ME@x.id'])),
  stage: pick(STAGES),
  fitsMarket: pick(CRITERION),
  fitsMarketNote: text,
  canAfford: pick(CRITERION),
  canAffordNote: text,
  canDecide: pick(CRITERION),
  canDecideNote: text,
  readiness: pick(READINESS),
  nextFollowUp: maybe(near),
  lastContacted: maybe(near),
  keepInTouch: maybe(pick(KEEP_IN_TOUCH)),
  recontactOn: maybe(near),
  purchases: fc.integer({ min: 0, max: 3 }),
  lastPurchase: maybe(near),
  notes: text,
  importBatch: maybe(fc.constant('B-1')),
  created: maybe(near.map((d) => `${d}T08:00:00.000Z`)),
  updated: maybe(near.map((d) => `${d}T09:30:00.000Z`)),
}) as fc.Arbitrary<Contact>;

/** What readContactFields returns for a row: rows with an ID, only `keys` filled in. */
function asRead(contacts: readonly Contact[], keys: readonly ContactKey[]): Contact[] {
  return contacts
    .filter((c) => c.id !== '')
    .map((c) => {
      const out = emptyContact() as unknown as Record<string, unknown>;
      for (const k of keys) out[k] = c[k];
      return out as unknown as Contact;
    });
}

const contactsArb = fc.array(contactArb, { maxLength: 25 });
const runs = { numRuns: 400 };

describe('views computed from the fields they read', () => {
  it('daily reminders: the same items, for mine and for everyone', () => {
    const lastArb = fc.dictionary(pick(['C-1', 'C-2', 'C-3']), near);
    fc.assert(
      fc.property(contactsArb, lastArb, pick(['mine', 'everyone'] as const), (cs, last, scope) => {
        const settings = {
          cardLeadDays: 7,
          staleDays: 14,
          keepInTouch: true,
          scope,
          me: 'me@x.id',
        };
        const lastMap = new Map(Object.entries(last));
        expect(
          selectReminders(asRead(cs, REMINDER_CONTACT_KEYS), lastMap, TODAY, settings),
        ).toEqual(selectReminders(cs, lastMap, TODAY, settings));
      }),
      runs,
    );
  });

  it('daily reminders in steps: the same items, filling only the rows asked for', () => {
    fc.assert(
      fc.property(contactsArb, pick(['mine', 'everyone'] as const), (cs, scope) => {
        const settings = {
          cardLeadDays: 7,
          staleDays: 14,
          keepInTouch: true,
          scope,
          me: 'me@x.id',
        };
        const full = cs.filter((c) => c.id !== '');
        // Each row keyed by its index until its ID is filled in, as the digest keys its rows.
        const rows = asRead(full, REMINDER_DECIDE_KEYS).map((c, i) => ({ ...c, id: `#${i}` }));
        const filled = new Set<number>();
        const fill = (indexes: readonly number[], keys: readonly ContactKey[]) => {
          for (const i of indexes) {
            filled.add(i);
            for (const k of keys) (rows[i] as unknown as Record<string, unknown>)[k] = full[i][k];
          }
        };
        const stepped = selectRemindersInSteps(rows, fill, TODAY, settings);
        expect(stepped).toEqual(selectReminders(full, new Map(), TODAY, settings));
        // Rows neither said no, open without a follow-up, nor reminded are never filled.
        const reminded = new Set(
          Object.values(stepped)
            .flat()
            .map((r) => (r as { id?: string }).id),
        );
        full.forEach((c, i) => {
          const candidate =
            c.stage === 'Said no' ||
            ((c.stage === 'Prospect' || c.stage === 'In sales') && c.nextFollowUp === '');
          if (!candidate && !reminded.has(c.id)) expect(filled.has(i)).toBe(false);
        });
      }),
      runs,
    );
  });

  it('pipeline: the same counts, conversions, follow-ups and birthdays', () => {
    fc.assert(
      fc.property(contactsArb, (cs) => {
        expect(pipelineSummary(asRead(cs, PIPELINE_CONTACT_KEYS), TODAY)).toEqual(
          pipelineSummary(cs, TODAY),
        );
      }),
      runs,
    );
  });

  it('duplicates: the same groups, conflicts, and the fields the merge form shows', () => {
    const shown = ['id', 'name', 'company', 'email', 'phone', 'stage', 'updated'] as const;
    fc.assert(
      fc.property(contactsArb, (cs) => {
        const read = asRead(cs, DUPLICATE_CONTACT_KEYS);
        const groups = findDuplicateGroups(read, 'ID');
        expect(groups).toEqual(findDuplicateGroups(cs, 'ID'));
        // Both lists have the same contacts with an ID, in the same order.
        const full = cs.filter((c) => c.id !== '');
        for (const g of groups) {
          const members = (list: Contact[]) => g.ids.map((id) => list.find((c) => c.id === id)!);
          expect(mergeConflicts(members(read), 'ID')).toEqual(mergeConflicts(members(full), 'ID'));
          for (const k of shown) {
            expect(members(read).map((c) => c[k])).toEqual(members(full).map((c) => c[k]));
          }
        }
      }),
      runs,
    );
  });
});
