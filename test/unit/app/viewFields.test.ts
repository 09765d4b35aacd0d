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
import { PIPELINE_DECIDE_KEYS, pipelineInSteps } from '../../../src/domain/pipeline/steps';
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
    const listArb = fc.integer({ min: 1, max: 30 });
    fc.assert(
      fc.property(contactsArb, pick(['mine', 'everyone'] as const), listArb, (cs, scope, shown) => {
        const settings = {
          cardLeadDays: 7,
          staleDays: 14,
          keepInTouch: true,
          scope,
          me: 'me@x.id',
        };
        // Unique IDs, as the digest has them (it keys a copied row by its row).
        const seen = new Set<string>();
        const full = cs.filter((c) => c.id !== '' && !seen.has(c.id) && seen.add(c.id));
        // Each row keyed by its index until its ID is filled in, as the digest keys its rows.
        const rows = asRead(full, REMINDER_DECIDE_KEYS).map((c, i) => ({ ...c, id: `#${i}` }));
        const filled = new Set<number>();
        const fill = (indexes: readonly number[], keys: readonly ContactKey[]) => {
          for (const i of indexes) {
            filled.add(i);
            for (const k of keys) (rows[i] as unknown as Record<string, unknown>)[k] = full[i][k];
          }
        };
        const stepped = selectRemindersInSteps(rows, fill, TODAY, settings, shown);
        const whole = selectReminders(full, new Map(), TODAY, settings);
        // Items keep their row's key unless the ID was filled (the digest links by row).
        const realId = (key: string) => (key.startsWith('#') ? full[Number(key.slice(1))].id : key);
        const reminded = new Set<string>();
        for (const l of Object.keys(whole) as (keyof typeof whole)[]) {
          if (l === 'today') continue;
          const all = whole[l] as { id: string }[];
          const got = stepped[l] as { id: string }[];
          // Every item counted; the first `shown` whole, in the order the whole list has them.
          expect(got).toHaveLength(all.length);
          const listed = got.slice(0, shown).map((x) => ({ ...x, id: realId(x.id) }));
          expect(listed).toEqual(all.filter((i) => listed.some((x) => x.id === i.id)));
          // The items listed are the first by their dates (names order only those listed).
          if (all.length > shown) expect(listed.length).toBe(shown);
          for (const x of listed) reminded.add(x.id);
        }
        // Rows neither said no, open without a follow-up, nor listed are never filled.
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

  it('pipeline in steps: the same counts; each list its first people, the rest counted', () => {
    fc.assert(
      fc.property(contactsArb, fc.integer({ min: 1, max: 4 }), (raw, limit) => {
        // IDs are unique on a read pipeline (copies get their own first).
        const seen = new Set<string>();
        const cs = raw.filter((c) => c.id !== '' && !seen.has(c.id) && seen.add(c.id));
        const rows = asRead(cs, PIPELINE_DECIDE_KEYS);
        const filled = new Set<string>();
        const fill = (ids: readonly string[], keys: readonly ContactKey[]) => {
          for (const id of ids) {
            filled.add(id);
            const row = rows.find((c) => c.id === id) as unknown as Record<string, unknown>;
            const full = cs.find((c) => c.id === id)!;
            for (const k of keys) row[k] = full[k];
          }
        };
        const stepped = pipelineInSteps(rows, fill, TODAY, limit);
        const whole = pipelineSummary(cs, TODAY);
        const { followUpsDueToday, overdueFollowUps, birthdays, more, ...counts } = stepped;
        const { followUpsDueToday: d, overdueFollowUps: o, birthdays: b, ...wholeCounts } = whole;
        expect(counts).toEqual(wholeCounts);
        for (const [list, all, left] of [
          [followUpsDueToday, d, more.followUpsDueToday],
          [overdueFollowUps, o, more.overdueFollowUps],
          [birthdays, b, more.birthdays],
        ] as const) {
          expect(list.length).toBe(Math.min(limit, all.length));
          expect(left).toBe(all.length - list.length);
          // Whole items as the unbounded list has them, in its order.
          const listed = (all as { id: string }[]).filter((i) => list.some((x) => x.id === i.id));
          expect(list).toEqual(listed);
        }
        // Only those who said no and the people listed are read further.
        const listed = new Set(
          [...followUpsDueToday, ...overdueFollowUps, ...birthdays].map((i) => i.id),
        );
        for (const id of filled) {
          const c = cs.find((x) => x.id === id)!;
          expect(c.stage === 'Said no' || listed.has(id)).toBe(true);
        }
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
