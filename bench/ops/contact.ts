// One-contact actions: what a seller does many times a day in the sidebar or from the menu. Each
// works on a contact with the same history at every size, so only the sheet's size changes.
import type { Runtime } from '../../local/runtime/index';
import { EDITABLE_CONTACT_KEYS, type Contact } from '../../src/domain/contact/contact';
import { BUSY_ACTIVITIES } from '../people';
import type { Fixture } from '../workbook';
import { expect, idOf, menu, ok, rowsWith, selectRows, sidebar, type Op } from './op';

interface Loaded {
  contact: Contact | null;
  timeline: unknown[];
  /** Older entries not sent (the sidebar pages its timeline); absent in older builds. */
  earlier?: number;
  version?: string;
  /** The contact's sheet row, sent back as a hint (absent in older builds). */
  row?: number;
}

/**
 * The contact as a reply showed it to the sidebar (untimed): every later request about it
 * carries the row that reply gave, as the sidebar sends it (sidebar/store.ts rowHint).
 */
function shown(rt: Runtime, contactId: string): Loaded & { contact: Contact } {
  const v = ok<Loaded>(rt.run('loadSidebar', [{ contactId }], sidebar));
  expect(v.contact?.id === contactId, 'the contact was not loaded');
  return v as Loaded & { contact: Contact };
}

/** `{ row }` as the sidebar adds it to a request, or nothing when the build gave none. */
const hint = (v: Loaded) => (v.row ? { row: v.row } : {});

function loadContact(activities: number): Op {
  return {
    name: `loadContact${activities}`,
    title: `load a contact with ${activities} activities in the sidebar`,
    kind: 'oneContact',
    needs: ['loadSidebar'],
    // Loaded again by ID (the banner's "Load again", a pipeline card): with the row a reply gave.
    prepare: (rt, f) => {
      const contactId = idOf(f, rowsWith(f, activities === 3 ? 'In sales' : null, activities)[0]);
      return { contactId, ...hint(shown(rt, contactId)) };
    },
    run: (s, _f, request: { contactId: string }) => {
      const { contactId } = request;
      const v = ok<Loaded>(s.run('loadSidebar', [request], sidebar));
      expect(v.contact?.id === contactId, 'the contact was not loaded');
      const found = v.timeline.length + (v.earlier ?? 0);
      expect(found >= activities, `${found} activities shown or counted`);
    },
  };
}

const openSidebarOnRow: Op = {
  name: 'openSidebarOnRow',
  title: 'open the sidebar on the selected row (menu, then the load it asks for)',
  kind: 'oneContact',
  needs: ['menuOpenSidebar', 'loadSidebar'],
  prepare: (rt, f) => selectRows(rt, rowsWith(f, 'Prospect', 3)),
  run: (s) => {
    s.run('menuOpenSidebar', [], menu());
    const v = ok<Loaded>(s.run('loadSidebar', [{}], sidebar));
    expect(v.contact, 'no contact loaded for the selected row');
  },
};

// Not a sidebar call (the preview's API and tests): nothing gives it a row, so it searches.
const getContact: Op = {
  name: 'getContact',
  title: 'read one contact by ID (getContact, the API)',
  kind: 'oneContact',
  needs: ['getContact'],
  prepare: (_rt, f) => idOf(f, rowsWith(f, 'Customer', 3)[0]),
  run: (s, _f, id: string) => {
    const c = ok<Contact | null>(s.run('getContact', [id], sidebar));
    expect(c?.id === id, 'contact not found');
  },
};

/** What the form holds: the contact as the sidebar loaded it, every criterion answered Yes. */
function qualificationForm(rt: Runtime, f: Fixture) {
  const view = shown(rt, idOf(f, rowsWith(f, 'Lead', 3)[0]));
  const loaded = view.contact;
  const form: Record<string, string> = { id: loaded.id };
  for (const k of EDITABLE_CONTACT_KEYS) form[k] = String(loaded[k] ?? '');
  Object.assign(form, {
    fitsMarket: 'Yes',
    fitsMarketNote: 'Owns two shops downtown',
    canAfford: 'Yes',
    canAffordNote: 'Budget approved',
    canDecide: 'Yes',
    canDecideNote: 'Owner',
  });
  // As the sidebar sends it: the version and row it loaded, its timeline on screen is this
  // contact's, its page's language.
  return {
    contact: form,
    loadedUpdated: loaded.updated,
    ...(view.version ? { loadedVersion: view.version } : {}),
    timelineShown: true,
    lang: 'en',
    ...hint(view),
  };
}

const saveContact: Op = {
  name: 'saveContact',
  title: 'save a contact (qualification: Lead → Prospect)',
  kind: 'oneContact',
  needs: ['saveContact', 'loadSidebar'],
  prepare: qualificationForm,
  run: (s, _f, form: object) => {
    const v = ok<{ contact?: Contact }>(s.run('saveContact', [form], sidebar));
    expect(v.contact?.stage === 'Prospect', `stage is ${v.contact?.stage}, not Prospect`);
  },
};

const logConversation: Op = {
  name: 'logConversation',
  title: 'log a conversation',
  kind: 'oneContact',
  needs: ['logConversation', 'loadSidebar'],
  prepare: (rt, f) => shown(rt, idOf(f, rowsWith(f, 'Prospect', 3)[0])),
  run: (s, _f, view: Loaded & { contact: Contact }) => {
    const entry = {
      contactId: view.contact.id,
      type: 'Call',
      summary: 'Walked through the price list',
      questions: 'Payment in two instalments?',
      concerns: 'Delivery before Christmas',
      nextStep: 'Send the quote',
      followUpOn: '2026-12-04',
      // As the sidebar sends it: its timeline on screen is this contact's, and its row.
      timelineShown: true,
      ...hint(view),
    };
    ok(s.run('logConversation', [entry], sidebar));
  },
};

/** Stage actions answer each question with OK; a summary alert closes them. */
export const STAGE_ANSWERS = menu('OK', 'OK', 'OK', 'OK');

const advanceOne: Op = {
  name: 'advance1',
  title: 'a stage action on one selected row (menu: Advance)',
  kind: 'oneContact',
  needs: ['menuAdvanceStage'],
  prepare: (rt, f) => selectRows(rt, rowsWith(f, 'Prospect', 3)),
  run: (s) => void s.run('menuAdvanceStage', [], STAGE_ANSWERS),
};

const selectContactRow: Op = {
  name: 'selectContactRow',
  title: "open a contact's row from the pipeline",
  kind: 'oneContact',
  needs: ['selectContactRow', 'loadSidebar'],
  // The pipeline's card loads the contact first; its row comes with the selection's request.
  prepare: (rt, f) => shown(rt, idOf(f, rowsWith(f, 'In sales', 3)[0])),
  run: (s, _f, view: Loaded & { contact: Contact }) => {
    const args = view.row ? [view.contact.id, view.row] : [view.contact.id];
    const v = ok<{ row: number }>(s.run('selectContactRow', args, sidebar));
    expect(v.row > 1, 'no row selected');
  },
};

export const CONTACT_OPS: Op[] = [
  loadContact(0),
  loadContact(3),
  loadContact(BUSY_ACTIVITIES),
  openSidebarOnRow,
  getContact,
  saveContact,
  logConversation,
  advanceOne,
  selectContactRow,
];
