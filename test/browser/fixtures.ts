// Known workbooks for the sidebar tests. The runtime's today is 2026-11-27 (Asia/Jakarta).
import type { Activity, Contact } from '../../src/domain/contact/contact';

export const TODAY = '2026-11-27';

/** One lead, nothing qualified yet. */
export const SARI: Partial<Contact> = {
  id: 'C-5AR1WL',
  name: 'Sari Wulandari',
  company: 'Warung Sari Rasa',
  email: 'sari@sarirasa.co.id',
  phone: '0812 3456 7890',
  address: 'Jl. Kaliurang 12, Yogyakarta 55281',
  birthday: '--12-12',
  source: 'In person',
  owner: 'rep@example.com',
  stage: 'Lead',
  fitsMarket: 'Unknown',
  canAfford: 'Unknown',
  canDecide: 'Unknown',
  readiness: 'Unknown',
  purchases: 0,
  created: '2026-11-20T02:00:00.000Z',
  updated: '2026-11-20T02:00:00.000Z',
};

function person(
  id: string,
  name: string,
  stage: Contact['stage'],
  more: Partial<Contact> = {},
): Partial<Contact> {
  const qualified = ['Prospect', 'In sales', 'Customer', 'Repeat buyer', 'Not ready'].includes(
    stage,
  );
  const answer = qualified ? 'Yes' : 'Unknown';
  return {
    id,
    name,
    stage,
    fitsMarket: answer,
    canAfford: answer,
    canDecide: answer,
    readiness: 'Unknown',
    purchases: 0,
    created: '2026-10-01T02:00:00.000Z',
    updated: '2026-10-01T02:00:00.000Z',
    ...more,
  };
}

/**
 * 12 contacts: Lead 3, Prospect 2, In sales 1, Customer 2, Repeat buyer 1, Not ready 1,
 * Said no 1, Not a fit 1. Reached: lead 12, prospect 7, customer 3, repeat buyer 1.
 * Overdue follow-up: Budi (2026-11-20, 7 days). Due today: Dewi. Birthday: Rina on 3 December.
 */
export const PIPELINE: Partial<Contact>[] = [
  SARI,
  person('C-00000B', 'Budi Santoso', 'Prospect', {
    company: 'Toko Besi Santoso',
    nextFollowUp: '2026-11-20',
  }),
  person('C-00000C', 'Dewi Lestari', 'In sales', {
    company: 'Batik Lestari',
    nextFollowUp: TODAY,
  }),
  person('C-00000D', 'Rina Kusuma', 'Customer', {
    purchases: 1,
    lastPurchase: '2026-11-02',
    birthday: '1984-12-03',
    address: 'Jl. Malioboro 5, Yogyakarta',
  }),
  person('C-00000E', 'Agus Pratama', 'Repeat buyer', { purchases: 3 }),
  person('C-00000F', 'Putri Anggraini', 'Prospect'),
  person('C-00000G', 'Hendra Wijaya', 'Customer', { purchases: 1 }),
  person('C-00000H', 'Yusuf Hidayat', 'Not ready', { nextFollowUp: '2027-01-15' }),
  person('C-00000J', 'Maya Sari', 'Lead'),
  person('C-00000K', 'Eko Prasetyo', 'Lead'),
  person('C-00000M', 'Lina Marlina', 'Said no', { keepInTouch: 'No' }),
  person('C-00000N', 'Joko Susilo', 'Not a fit', { fitsMarket: 'No' }),
];

export const SARI_TIMELINE: Partial<Activity>[] = [
  {
    activityId: 'A-00000001',
    when: '2026-11-20T02:00:00.000Z',
    contactId: SARI.id,
    contactName: SARI.name,
    type: 'In person',
    summary: 'Met at the Pasar Beringharjo stall; she runs a busy warung.',
    questions: 'Does the POS work offline?',
    concerns: 'Price of the monthly plan.',
    nextStep: 'Send the price list',
    followUpOn: '2026-11-25',
    by: 'rep@example.com',
  },
];

/** Sari half-way through qualification, with a few conversations: the README's screenshots. */
export const SARI_QUALIFYING: Partial<Contact> = {
  ...SARI,
  fitsMarket: 'Yes',
  fitsMarketNote: 'Warung with 2 tills, 40+ orders a day',
  canAfford: 'Yes',
  canAffordNote: 'Pays Rp 2 juta a month for her current till',
  canDecide: 'Unknown',
  canDecideNote: 'Her husband co-owns the warung',
  readiness: 'Not yet',
  nextFollowUp: '2026-12-03',
  lastContacted: '2026-11-25',
  notes: 'Prefers WhatsApp after 2 pm.',
};

export const SARI_CONVERSATIONS: Partial<Activity>[] = [
  {
    activityId: 'A-00000003',
    when: '2026-11-25T07:30:00.000Z',
    contactId: SARI.id,
    contactName: SARI.name,
    type: 'Call',
    summary: 'Walked her through the price list; she wants to talk to her husband first.',
    questions: 'Is there a discount for paying yearly?',
    concerns: 'Her husband decides on big purchases.',
    nextStep: 'Call both of them on Thursday',
    followUpOn: '2026-12-03',
    by: 'rep@example.com',
  },
  {
    activityId: 'A-00000002',
    when: '2026-11-20T02:05:00.000Z',
    contactId: SARI.id,
    contactName: SARI.name,
    type: 'Stage change',
    summary: 'Added as a new lead.',
    fromStage: '',
    toStage: 'Lead',
    by: 'rep@example.com',
  },
  ...SARI_TIMELINE,
];
