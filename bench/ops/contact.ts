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
}

function loadContact(activities: number): Op {
  return {
    name: `loadContact${activities}`,
    title: `load a contact with ${activities} activities in the sidebar`,
    kind: 'oneContact',
    needs: ['loadSidebar'],
    prepare: (_rt, f) => idOf(f, rowsWith(f, activities === 3 ? 'In sales' : null, activities)[0]),
    run: (s, _f, contactId: string) => {
      const v = ok<Loaded>(s.run('loadSidebar', [{ contactId }], sidebar));
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

const getContact: Op = {
  name: 'getContact',
  title: 'read one contact by ID (sidebar)',
  kind: 'oneContact',
  needs: ['getContact'],
  prepare: (_rt, f) => idOf(f, rowsWith(f, 'Customer', 3)[0]),
  run: (s, _f, id: string) => {
    const c = ok<Contact | null>(s.run('getContact', [id], sidebar));
    expect(c?.id === id, 'contact not found');
  },
};

/** What the form holds: the contact as loaded, every criterion answered Yes. */
function qualificationForm(rt: Runtime, f: Fixture) {
  const id = idOf(f, rowsWith(f, 'Lead', 3)[0]);
  const loaded = ok<Contact>(rt.run('getContact', [id], sidebar));
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
  // As the sidebar sends it: its timeline on screen is this contact's; its page's language.
  return { contact: form, loadedUpdated: loaded.updated, timelineShown: true, lang: 'en' };
}

const saveContact: Op = {
  name: 'saveContact',
  title: 'save a contact (qualification: Lead → Prospect)',
  kind: 'oneContact',
  needs: ['saveContact', 'getContact'],
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
  needs: ['logConversation'],
  prepare: (_rt, f) => idOf(f, rowsWith(f, 'Prospect', 3)[0]),
  run: (s, _f, contactId: string) => {
    const entry = {
      contactId,
      type: 'Call',
      summary: 'Walked through the price list',
      questions: 'Payment in two instalments?',
      concerns: 'Delivery before Christmas',
      nextStep: 'Send the quote',
      followUpOn: '2026-12-04',
      // As the sidebar sends it: its timeline on screen is this contact's.
      timelineShown: true,
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
  needs: ['selectContactRow'],
  prepare: (_rt, f) => idOf(f, rowsWith(f, 'In sales', 3)[0]),
  run: (s, _f, id: string) => {
    const v = ok<{ row: number }>(s.run('selectContactRow', [id], sidebar));
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
