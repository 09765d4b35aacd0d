// Writes touch exactly the cells they change (issue 13, item 2): text typed with an apostrophe
// and formulas, put into every column of a contact's row, stay exactly as they were (value,
// formula, format) through every action that does not change that column.
import { Runtime } from '../../../local/runtime/index';
import { CONTACT_FIELDS, type ContactKey } from '../../../src/domain/contact/contact';
import type { Reply } from '../../../src/sidebarApi';
import { DIST, clickMenu, columnLetter, sheetWith } from '../../support/workbook';
import { colOf, selectRows } from './contactsHarness';

const people = [
  { name: 'Ani', stage: 'Lead', email: 'ani@example.com' },
  { name: 'Budi', stage: 'Prospect', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' },
  { name: 'Citra', stage: 'Qualified', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' },
  { name: 'Dewi', stage: 'Customer', purchases: 1, lastPurchase: '2026-10-01' },
  { name: 'Eko', stage: 'Not a fit' },
];

function call(rt: Runtime, fn: string, ...args: unknown[]): void {
  const r = rt.run<Reply<unknown>>(fn, args, { kind: 'sidebar' });
  if (!r.ok) throw new Error(r.message);
}

function menuOn(fn: string, row: number, responses: unknown[]) {
  return (rt: Runtime) => {
    selectRows(rt, [row, row]);
    clickMenu(rt, fn, { responses: responses as never });
  };
}

const answer = (text: string) => ({ button: 'OK', text });

/** Each action and the row it works on. */
const ACTIONS: { name: string; row: number; act: (rt: Runtime) => void; sets?: ContactKey[] }[] = [
  {
    name: 'save contact',
    row: 2,
    act: (rt) =>
      call(rt, 'saveContact', {
        contact: { id: 'C-T00001', name: 'Ani', phone: '0812 3456 789' },
        loadedUpdated: '',
      }),
    // The form sends the name (it is required): a different name in the sheet is a change.
    sets: ['name'],
  },
  {
    name: 'log conversation',
    row: 3,
    act: (rt) =>
      call(rt, 'logConversation', {
        contactId: 'C-T00002',
        type: 'Call',
        summary: 'Asked about prices',
        questions: '',
        concerns: '',
        nextStep: '',
        followUpOn: '2026-12-01',
      }),
  },
  { name: 'advance', row: 3, act: menuOn('menuAdvanceStage', 3, ['OK']) },
  { name: 'not ready', row: 3, act: menuOn('menuMarkNotReady', 3, [answer('14'), 'OK']) },
  {
    name: 'said no',
    row: 4,
    act: menuOn('menuMarkSaidNo', 4, ['YES', answer(''), 'OK']),
    // Said no clears the next follow-up by design (empty already in the run that finds columns).
    sets: ['nextFollowUp'],
  },
  { name: 'record a sale', row: 5, act: menuOn('menuRecordSale', 5, [answer(''), 'OK']) },
  { name: 'reopen', row: 6, act: menuOn('menuReopen', 6, ['OK']) },
];

/** What the user typed: text that starts with an apostrophe, and a formula. */
const TYPED = ["'=1+1", "'-none-", '=TODAY()'];

const base = JSON.stringify(sheetWith(people).toJSON());
const fresh = () =>
  Runtime.fromJSON(JSON.parse(base)).loadProject(DIST, { filter: (f) => f.endsWith('Code.js') });

function cell(rt: Runtime, row: number, col: number) {
  const sheet = rt.workbook().sheet('Contacts')!;
  return {
    value: sheet.get(row, col),
    formula: sheet.formula(row, col),
    format: sheet.format(row, col),
  };
}

/** The columns an action changes in its row, from a run on the sheet as set up. */
function changedColumns(action: (typeof ACTIONS)[number]): Set<number> {
  const rt = fresh();
  const width = CONTACT_FIELDS.length;
  const before = Array.from({ length: width }, (_, i) => cell(rt, action.row, i + 1));
  action.act(rt);
  const out = new Set<number>((action.sets ?? []).map(colOf));
  before.forEach((b, i) => {
    if (JSON.stringify(cell(rt, action.row, i + 1)) !== JSON.stringify(b)) out.add(i + 1);
  });
  return out;
}

describe.each(ACTIONS.map((a) => [a.name, a] as const))('%s', (_name, action) => {
  it('leaves every cell it does not change as typed: value, formula and format', () => {
    const changes = changedColumns(action);
    expect(changes.size).toBeGreaterThan(0);
    const rewritten: string[] = [];
    let cases = 0;
    // Every column but the ID (a formula there is no contact Prospek can find).
    for (let col = 2; col <= CONTACT_FIELDS.length; col++) {
      if (changes.has(col)) continue;
      for (const typed of TYPED) {
        const rt = fresh();
        rt.setValues(`Contacts!${columnLetter(col)}${action.row}`, [[typed]]);
        const before = cell(rt, action.row, col);
        try {
          action.act(rt);
        } catch {
          // A refusal (e.g. a Stage it can't read) must leave the cell alone just the same.
        }
        cases++;
        const after = cell(rt, action.row, col);
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          rewritten.push(`${CONTACT_FIELDS[col - 1].header} ${typed}: ${JSON.stringify(after)}`);
        }
      }
    }
    if (process.env.FAULT_REPORT) console.log(`${action.name}: ${rewritten.length}/${cases}`);
    expect(rewritten).toEqual([]);
  });
});
