// A fault at every service call of every write path, then the retry the UI makes, ends exactly
// as the fault-free run: no duplicate contact or activity, no double-counted sale, no missing
// history entry, no orphaned activity (issue 13, item 4). The method is in faultHarness.ts.
import type { Runtime } from '../../../local/runtime/index';
import { EDITABLE_CONTACT_KEYS, type Contact } from '../../../src/domain/contact/contact';
import type { DuplicatesResult } from '../../../src/sidebarApi';
import type { Reply } from '../../../src/sidebarApi';
import { clickMenu, prospek, setUpSheet, sheetWith } from '../../support/workbook';
import { suggestMapping } from '../../../src/domain/import/mapping';
import { fixture, runner } from './importHarness';
import { selectRows } from './contactsHarness';
import { faultRuns, type WritePath } from './faultHarness';

/** A sidebar call as the page makes it: a refusal or an error is an error the user sees. */
function call<T>(rt: Runtime, fn: string, ...args: unknown[]): T {
  const r = rt.run<Reply<T>>(fn, args, { kind: 'sidebar' });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const people = [
  { name: 'Ani', stage: 'Lead', email: 'ani@example.com' },
  { name: 'Budi', stage: 'Prospect', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' },
  { name: 'Citra', stage: 'Qualified', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' },
  { name: 'Dewi', stage: 'Customer', purchases: 1, lastPurchase: '2026-10-01' },
  { name: 'Eko', stage: 'Not a fit' },
];

/** The contact as the sidebar loaded it: what a save of an existing contact sends back. */
/** The form's fields as the sidebar sends them (only the editable ones, and the ID). */
function form(c: Contact, changes: Partial<Contact>): Partial<Contact> {
  const out: Record<string, unknown> = { id: c.id };
  for (const k of EDITABLE_CONTACT_KEYS) out[k] = c[k];
  return { ...out, ...changes };
}

type View = { contact: Contact; version: string; row: number };
function loaded(rt: Runtime, id: string): View {
  return call<View>(rt, 'loadSidebar', { contactId: id });
}

const start = () => sheetWith(people);

function menuPath(name: string, fn: string, rows: [number, number][], responses: unknown[]) {
  return {
    name,
    start,
    act: (rt: Runtime) => {
      selectRows(rt, ...rows);
      clickMenu(rt, fn, { responses: responses as never });
    },
  };
}

const OK = 'OK';
const answer = (text: string) => ({ button: 'OK', text });

export const PATHS: Record<string, WritePath> = {
  'save new contact': {
    name: 'save new contact',
    start,
    act: (rt) =>
      call(rt, 'saveContact', {
        contact: { name: 'Fajar', phone: '+62 811-1000-2000', fitsMarket: 'Yes' },
        loadedUpdated: '',
        requestKey: 'K-000000000001',
      }),
  },
  'save existing contact': {
    name: 'save existing contact',
    start,
    prepare: (rt) => loaded(rt, 'C-T00001'),
    act: (rt, view) => {
      const { contact, version } = view as View;
      // With the row the load gave, as the sidebar sends it: the retry reads that row again.
      return call(rt, 'saveContact', {
        contact: form(contact, { phone: '0812 3456 789', notes: 'Called back' }),
        loadedUpdated: contact.updated,
        loadedVersion: version,
        requestKey: 'K-000000000002',
        row: (view as View).row,
      });
    },
  },
  qualification: {
    name: 'qualification',
    start,
    prepare: (rt) => loaded(rt, 'C-T00001'),
    act: (rt, view) => {
      const { contact, version } = view as View;
      return call(rt, 'saveContact', {
        contact: form(contact, { fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' }),
        loadedUpdated: contact.updated,
        loadedVersion: version,
        requestKey: 'K-000000000003',
      });
    },
  },
  'log conversation': {
    name: 'log conversation',
    start,
    prepare: (rt) => loaded(rt, 'C-T00002'),
    act: (rt, view) =>
      call(rt, 'logConversation', {
        row: (view as View).row,
        contactId: 'C-T00002',
        type: 'Call',
        summary: 'Asked about prices',
        questions: '',
        concerns: '',
        nextStep: 'Send the price list',
        followUpOn: '2026-12-01',
        requestKey: 'K-000000000004',
      }),
  },
  advance: menuPath('advance', 'menuAdvanceStage', [[2, 4]], [OK]),
  'move back': menuPath('move back', 'menuMoveBackStage', [[3, 4]], [OK]),
  'not ready': menuPath('not ready', 'menuMarkNotReady', [[2, 3]], [answer('14'), OK]),
  'said no': menuPath('said no', 'menuMarkSaidNo', [[2, 4]], ['YES', answer(''), OK]),
  'not a fit': menuPath('not a fit', 'menuMarkNotAFit', [[2, 3]], [answer('wholesale only'), OK]),
  reopen: menuPath('reopen', 'menuReopen', [[6, 6]], [OK]),
  'record a sale': menuPath('record a sale', 'menuRecordSale', [[4, 5]], [answer(''), OK]),
  merge: {
    name: 'merge',
    start: () =>
      sheetWith([
        { name: 'Budi Santoso', email: 'budi@example.com', notes: 'Met at the expo' },
        { name: 'B. Santoso', email: 'BUDI@example.com', phone: '0812 3456 789' },
        { name: 'Siti', email: 'siti@example.com' },
      ]),
    prepare: (rt) => call<DuplicatesResult>(rt, 'findDuplicates').groups[0],
    act: (rt, group) => {
      const g = group as DuplicatesResult['groups'][number];
      return call(rt, 'mergeContacts', {
        keepId: g.contacts[0].id,
        ids: g.contacts.map((c) => c.id),
        choices: { name: g.contacts[0].id },
        versions: g.versions,
        requestKey: 'K-000000000005',
      });
    },
  },
  // Two customers' sales add up in the kept contact, whose Stage the user takes from the other:
  // a fault after its Stage write, or between its Purchases and its Updated write, then the
  // retry, must count each sale once, note its former Stage once and add no note twice.
  'merge with purchases': {
    name: 'merge with purchases',
    start: () =>
      sheetWith([
        {
          name: 'Dewi Lestari',
          email: 'dewi@example.com',
          stage: 'Customer',
          purchases: 1,
          lastPurchase: '2026-09-01',
        },
        {
          name: 'Dewi L.',
          email: 'DEWI@example.com',
          stage: 'Repeat buyer',
          purchases: 2,
          lastPurchase: '2026-10-15',
          notes: 'Two shops',
        },
      ]),
    prepare: (rt) => call<DuplicatesResult>(rt, 'findDuplicates').groups[0],
    act: (rt, group) => {
      const g = group as DuplicatesResult['groups'][number];
      return call(rt, 'mergeContacts', {
        keepId: g.contacts[0].id,
        ids: g.contacts.map((c) => c.id),
        choices: { name: g.contacts[0].id, stage: g.contacts[1].id },
        versions: g.versions,
        requestKey: 'K-000000000006',
      });
    },
  },
};

// The add-on logs each failure it passes on; here every failure is one we injected.
beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => {}));

/** The Import tab's calls; a call that fails is sent again once, as the tab's retry does. */
function retryingCaller(rt: Runtime) {
  const again = <T>(fn: string, req: unknown): T => {
    try {
      return call<T>(rt, fn, req);
    } catch {
      return call<T>(rt, fn, req);
    }
  };
  return {
    importKeys: async (req: never) => again<never>('importKeys', req),
    previewImport: async (req: never) => again<never>('previewImport', req),
    importChunk: async (req: never) => again<never>('importChunk', req),
  };
}

const leads = fixture('plain-list.csv');

async function importLeads(rt: Runtime, batchId: string): Promise<void> {
  const mapping = suggestMapping(leads.header);
  const settings = {
    mapping,
    country: 'ID',
    batchId,
    fileName: 'leads.csv',
    source: 'Bought list',
    policy: 'skip' as const,
    fingerprint: runner.fingerprintOf(leads),
  };
  await runner.previewFile(retryingCaller(rt), leads, mapping, 'ID', () => {});
  await runner.importFile(retryingCaller(rt), leads, settings, () => {});
}

PATHS['import chunk'] = {
  name: 'import chunk',
  start: () => {
    const rt = setUpSheet();
    call(rt, 'saveContact', { contact: { name: 'Ani Wijaya', email: 'ani@example.com' } });
    return rt;
  },
  act: (rt) => importLeads(rt, 'B-7K3QX9'),
};

/** The request for leads' data rows from..to (0-based, to exclusive), sent as one chunk. */
function leadsChunk(batchId: string, from: number, to: number) {
  return {
    header: leads.header,
    mapping: suggestMapping(leads.header),
    rows: leads.rows.slice(from, to),
    state: null,
    country: 'ID',
    dateOrder: null,
    phoneChoices: {},
    batchId,
    fileName: 'leads.csv',
    source: 'Bought list',
    policy: 'skip',
    fingerprint: runner.fingerprintOf(leads),
    total: leads.rows.length,
    offset: from,
  };
}

// A later chunk finds the batch's record: it searches the log only when a send of its lines
// began (recorded before its first write), so a retry after any fault must still find them.
PATHS['import later chunk'] = {
  name: 'import later chunk',
  start: () => {
    const rt = setUpSheet();
    call(rt, 'importChunk', leadsChunk('B-7K3QX9', 0, 2));
    return rt;
  },
  act: (rt) => retryingCaller(rt).importChunk(leadsChunk('B-7K3QX9', 2, 5) as never),
};

PATHS['undo import'] = {
  name: 'undo import',
  start: async () => {
    const rt = setUpSheet();
    await importLeads(rt, 'B-7K3QX9');
    return rt;
  },
  act: (rt) => clickMenu(rt, 'menuUndoLastImport', { responses: ['YES', 'OK'] }),
};

PATHS['set up'] = {
  name: 'set up',
  start: () => prospek(),
  act: (rt) => clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] }),
};

describe.each(Object.keys(PATHS))('%s', (name) => {
  it('ends as the fault-free run after a fault at any call and the retry', async () => {
    const { clean, calls, runs } = await faultRuns(PATHS[name]);
    expect(calls).toBeGreaterThan(3);
    const differing = runs.filter((r) => JSON.stringify(r.state) !== JSON.stringify(clean));
    if (process.env.FAULT_REPORT) {
      console.log(
        `${name}: ${differing.length}/${calls} differ`,
        differing.map((r) => r.n),
      );
    }
    expect(differing.map((r) => ({ n: r.n, error: r.error }))).toEqual([]);
  });
});
