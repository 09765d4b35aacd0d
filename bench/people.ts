// The bench's contacts and their activities, as cell rows: a realistic funnel of Indonesian
// small-business contacts with 0 to 6 activities each (3 on average), a few of them repeating an
// earlier contact's email or phone, and one contact with a long history (BUSY_ACTIVITIES), so the
// sidebar can be timed on a contact with 50 activities. Seeded: the same size gives the same rows.
import {
  CONVERSATION_TYPES,
  LEAD_SOURCES,
  type ActivityKey,
  type ContactKey,
  type Stage,
} from '../src/domain/contact/contact';

export const USER = 'rep@example.com';
export const BUSY_ACTIVITIES = 50;
const DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** Asia/Jakarta has no daylight saving: one offset turns instants into wall-clock serials. */
const ZONE_OFFSET_MS = 7 * 3_600_000;
const TODAY_UTC = Date.UTC(2026, 10, 27);
const NOW_EPOCH = Date.UTC(2026, 10, 27, 2); // 09:00 in Jakarta, the runtime's NOW

const FIRST = [
  'Budi', 'Siti', 'Agus', 'Dewi', 'Rina', 'Andi', 'Putri', 'Joko', 'Sri', 'Wahyu', 'Maria',
  'Ayu', 'Rudi', 'Lina', 'Hendra', 'Fitri', 'Dian', 'Eko', 'Nur', 'Yusuf', 'Indah', 'Bayu',
  'Citra', 'Fajar', 'Gita', 'Hadi', 'Intan', 'Kevin', 'Lestari', 'Made',
]; // prettier-ignore
const LAST = [
  'Santoso', 'Wijaya', 'Pratama', 'Saputra', 'Lestari', 'Hidayat', 'Nugroho', 'Kusuma',
  'Siregar', 'Halim', 'Gunawan', 'Setiawan', 'Purnomo', 'Tanjung', 'Wibowo', 'Sihombing',
]; // prettier-ignore
const COMPANIES = [
  'Toko Maju', 'CV Sinar Jaya', 'PT Sumber Rejeki', 'Warung Bu Sri', 'Bengkel Pak Joko',
  'Apotek Sehat', 'Kopi Kenangan Lama', 'Percetakan Abadi', '', '', '',
]; // prettier-ignore
const OWNERS = [USER, USER, 'ani@example.com', 'bayu@example.com', ''];
/** A realistic funnel: most contacts are leads, few are repeat buyers. */
const STAGE_MIX: [Stage, number][] = [
  ['Lead', 0.45],
  ['Prospect', 0.15],
  ['In sales', 0.08],
  ['Customer', 0.1],
  ['Repeat buyer', 0.04],
  ['Not ready', 0.08],
  ['Said no', 0.06],
  ['Not a fit', 0.04],
];
export const STAGES = STAGE_MIX.map(([s]) => s);

export type Row = (string | number)[];

export interface Layout {
  contactColumns: Record<ContactKey, number>;
  activityColumns: Record<ActivityKey, number>;
  contactWidth: number;
  activityWidth: number;
}

export interface People {
  contactRows: Row[];
  /** Oldest first, as the append-only log holds them. */
  activityRows: Row[];
  /** 1-based sheet rows of contacts by stage. */
  rowsByStage: Record<Stage, number[]>;
  idByRow: Map<number, string>;
  /** Activities of the contact on each row: ops pick contacts with the same history at every size. */
  activitiesByRow: Map<number, number>;
}

const daySerial = (utcMidnight: number) => (utcMidnight - SERIAL_EPOCH) / DAY;
const instantSerial = (epoch: number) => (epoch + ZONE_OFFSET_MS - SERIAL_EPOCH) / DAY;

function ymd(epoch: number): [number, number, number] {
  const d = new Date(epoch);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

/** mulberry32: a small seeded generator. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The random choices a generator makes, with unique IDs. */
class Dice {
  private readonly rnd = seededRandom(20261127);
  private readonly usedIds = new Set<string>();
  next = () => this.rnd();
  pick = <T>(xs: readonly T[]): T => xs[Math.floor(this.rnd() * xs.length)];
  between = (lo: number, hi: number) => lo + Math.floor(this.rnd() * (hi - lo + 1));
  id(prefix: string, length: number): string {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (;;) {
      let s = prefix;
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(this.rnd() * 32)];
      if (!this.usedIds.has(s)) return (this.usedIds.add(s), s);
    }
  }
  stage(): Stage {
    const r = this.rnd();
    let acc = 0;
    for (const [stage, p] of STAGE_MIX) {
      acc += p;
      if (r < acc) return stage;
    }
    return 'Lead';
  }
}

export function generatePeople(size: number, layout: Layout): People {
  const dice = new Dice();
  const rowsByStage = Object.fromEntries(STAGES.map((s) => [s, [] as number[]])) as Record<
    Stage,
    number[]
  >;
  const people: People = {
    contactRows: [],
    activityRows: [],
    rowsByStage,
    idByRow: new Map(),
    activitiesByRow: new Map(),
  };
  const activities: { when: number; row: Row }[] = [];
  const busy = Math.floor(size / 2);
  for (let i = 0; i < size; i++) {
    const { row, stage, created } = contactRow(i, dice, layout, people.contactRows);
    const n = i === busy ? BUSY_ACTIVITIES : dice.between(0, 6);
    const own = activitiesOf(row, stage, created, n, dice, layout);
    activities.push(...own.rows);
    const c = layout.contactColumns;
    if (own.lastTouch)
      row[c.lastContacted] = daySerial(Date.UTC(...ymd(own.lastTouch + ZONE_OFFSET_MS)));
    row[c.updated] = instantSerial(Math.max(created, own.lastTouch));
    people.contactRows.push(row);
    rowsByStage[stage].push(i + 2);
    people.idByRow.set(i + 2, String(row[c.id]));
    people.activitiesByRow.set(i + 2, n);
  }
  activities.sort((x, y) => x.when - y.when);
  people.activityRows = activities.map((a) => a.row);
  return people;
}

/** Contact number `i`: its cells, stage and creation instant. */
function contactRow(i: number, dice: Dice, layout: Layout, earlier: Row[]) {
  const c = layout.contactColumns;
  const row: Row = new Array(layout.contactWidth).fill('');
  const set = (k: ContactKey, v: string | number) => (row[c[k]] = v);
  const stage = dice.stage();
  const first = dice.pick(FIRST);
  const last = dice.pick(LAST);
  const created = NOW_EPOCH - dice.between(1, 3 * 365) * DAY - dice.between(0, 600) * 60_000;
  set('id', dice.id('C-', 6));
  set('name', `${first} ${last}`);
  set('company', dice.pick(COMPANIES));
  let email = `${first}.${last}${i}@example.com`.toLowerCase();
  let phone = `0812${String(dice.between(0, 99_999_999)).padStart(8, '0')}`;
  // About 2% repeat an earlier contact's email or phone (in another format): real lists do.
  if (i > 10 && dice.next() < 0.02) {
    const twin = earlier[dice.between(0, earlier.length - 1)];
    if (dice.next() < 0.5) email = String(twin[c.email]).toUpperCase();
    else phone = `+62 ${String(twin[c.phone]).slice(1)}`;
  }
  set('email', email);
  set('phone', phone);
  if (dice.next() < 0.5) set('address', `Jl. Merdeka No. ${dice.between(1, 200)}, Bandung`);
  if (dice.next() < 0.6) {
    const b = new Date(Date.UTC(dice.between(1950, 2000), 0, 1) + dice.between(0, 365) * DAY);
    const mmdd = b.toISOString().slice(5, 10);
    set('birthday', dice.next() < 0.25 ? `--${mmdd}` : b.toISOString().slice(0, 10));
  }
  set('source', dice.pick(LEAD_SOURCES));
  set('owner', dice.pick(OWNERS));
  set('stage', stage);
  qualify(set, stage, dice);
  if (dice.next() < 0.2) set('notes', 'Prefers WhatsApp after 5 pm');
  set('created', instantSerial(created));
  return { row, stage, created };
}

/** Qualification, follow-ups and purchases as a contact of this stage has them. */
function qualify(set: (k: ContactKey, v: string | number) => void, stage: Stage, dice: Dice) {
  const qualified = stage !== 'Lead' && stage !== 'Not a fit';
  const crit = () => (qualified ? 'Yes' : dice.pick(['Yes', 'Unknown', 'Unknown'] as const));
  set('fitsMarket', stage === 'Not a fit' ? 'No' : crit());
  set('canAfford', crit());
  set('canDecide', crit());
  if (qualified) set('fitsMarketNote', 'Runs a shop in our area');
  set(
    'readiness',
    stage === 'In sales' ? 'Ready now' : stage === 'Not ready' ? 'Not yet' : 'Unknown',
  );
  // People who use reminders mostly keep follow-ups ahead of them; an open deal has a next step.
  const open = stage === 'Prospect' || stage === 'In sales';
  if (
    stage === 'Not ready' ||
    (open && dice.next() < 0.8) ||
    (stage !== 'Not a fit' && dice.next() < 0.2)
  )
    set('nextFollowUp', daySerial(TODAY_UTC + dice.between(-5, 45) * DAY));
  if (stage === 'Said no' && dice.next() < 0.6) {
    set('keepInTouch', 'Yes');
    set('recontactOn', daySerial(TODAY_UTC + dice.between(-30, 120) * DAY));
  } else if (stage === 'Said no') set('keepInTouch', 'No');
  if (stage === 'Customer' || stage === 'Repeat buyer') {
    set('purchases', stage === 'Customer' ? 1 : dice.between(2, 5));
    set('lastPurchase', daySerial(TODAY_UTC - dice.between(1, 300) * DAY));
  } else set('purchases', 0);
}

/** `n` activities of a contact between its creation and now, and its last conversation. */
function activitiesOf(
  contact: Row,
  stage: Stage,
  created: number,
  n: number,
  dice: Dice,
  layout: Layout,
) {
  const a = layout.activityColumns;
  const c = layout.contactColumns;
  const rows: { when: number; row: Row }[] = [];
  let lastTouch = 0;
  for (let k = 0; k < n; k++) {
    const when = created + Math.floor(dice.next() * (NOW_EPOCH - created));
    const row: Row = new Array(layout.activityWidth).fill('');
    const put = (key: ActivityKey, v: string | number) => (row[a[key]] = v);
    const type = k === 0 && stage !== 'Lead' ? 'Stage change' : dice.pick(CONVERSATION_TYPES);
    put('activityId', dice.id('A-', 8));
    put('when', instantSerial(when));
    put('contactId', contact[c.id]);
    put('contactName', contact[c.name]);
    put('type', type);
    put('by', dice.pick(OWNERS) || USER);
    if (type === 'Stage change') {
      put('fromStage', 'Lead');
      put('toStage', stage);
    } else {
      put('summary', 'Talked about the offer and prices');
      if (dice.next() < 0.5) put('questions', 'Is there a discount for 10 units?');
      if (dice.next() < 0.3) put('concerns', 'Delivery time');
      if (dice.next() < 0.3) put('followUpOn', daySerial(TODAY_UTC + dice.between(-30, 30) * DAY));
      lastTouch = Math.max(lastTouch, when);
    }
    rows.push({ when, row });
  }
  return { rows, lastTouch };
}
