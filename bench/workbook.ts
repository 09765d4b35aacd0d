// Deterministic benchmark workbooks: N contacts with about 3 activities each, written straight
// into the runtime's SpreadsheetModel after the real "Set up sheet" has created the tabs (one
// execution, not N). Values are stored the way Sheets stores them: text as strings under the
// '@' format, days and date-times as serial numbers under their date formats.
import fs from 'node:fs';
import path from 'node:path';
import {
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  CONVERSATION_TYPES,
  LEAD_SOURCES,
  mapHeaders,
  type ActivityKey,
  type ContactKey,
  type FieldSpec,
  type Stage,
} from '../src/domain/contact/contact';
import { seededRandom } from '../local/preview/seed';
import { Runtime, type RuntimeState, type SheetModel } from '../local/runtime/index';

export const DIST = path.join(__dirname, '../../dist');
export const TIME_ZONE = 'Asia/Jakarta';
/** Asia/Jakarta has no daylight saving: one offset turns instants into wall-clock serials. */
const ZONE_OFFSET_MS = 7 * 3_600_000;
export const NOW = '2026-11-27T09:00';
export const USER = 'rep@example.com';
const DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const TODAY_UTC = Date.UTC(2026, 10, 27);
const NOW_EPOCH = Date.UTC(2026, 10, 27, 2); // 09:00 in Jakarta

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

export interface Fixture {
  size: number;
  /** The whole runtime after set-up and generation: every run starts from a copy of it. */
  state: RuntimeState;
  activityCount: number;
  /** 1-based sheet rows of contacts by stage, for ops that need a particular kind of contact. */
  rowsByStage: Record<Stage, number[]>;
  idByRow: Map<number, string>;
  /** Activities of the contact on each row: ops pick contacts with the same history at every size. */
  activitiesByRow: Map<number, number>;
  /** Emails of existing contacts, for an import file that repeats some of them. */
  sampleEmails: string[];
}

type Row = (string | number)[];

function daySerial(utcMidnight: number): number {
  return (utcMidnight - SERIAL_EPOCH) / DAY;
}

function instantSerial(epoch: number): number {
  return (epoch + ZONE_OFFSET_MS - SERIAL_EPOCH) / DAY;
}

/** Runs the real set-up, then fills Contacts and Activities directly in the model. */
export function generateWorkbook(size: number): Fixture {
  const rt = new Runtime({ now: NOW, timeZone: TIME_ZONE, user: USER }).loadProject(DIST, {
    filter: (f) => f.endsWith('Code.js'),
  });
  rt.execute('menuSetUpSheet', [], { kind: 'menu', responses: ['OK', 'OK', 'OK'] });
  const ss = rt.workbook();
  const contactSheet = ss.sheet('Contacts');
  const activitySheet = ss.sheet('Activities');
  if (!contactSheet || !activitySheet) throw new Error('Set up did not create both tabs');

  const rnd = seededRandom(20261127);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

  const cCols = columnsOf(contactSheet, CONTACT_FIELDS);
  const aCols = columnsOf(activitySheet, ACTIVITY_FIELDS);
  const cWidth = contactSheet.rows[0].length;
  const aWidth = activitySheet.rows[0].length;
  const rowsByStage = Object.fromEntries(STAGE_MIX.map(([s]) => [s, [] as number[]])) as Record<
    Stage,
    number[]
  >;
  const idByRow = new Map<number, string>();
  const activitiesByRow = new Map<number, number>();
  const contactRows: Row[] = [];
  const activities: { when: number; row: Row }[] = [];
  const usedIds = new Set<string>();
  const id = (prefix: string, length: number) => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (;;) {
      let s = prefix;
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(rnd() * 32)];
      if (!usedIds.has(s)) return (usedIds.add(s), s);
    }
  };

  for (let i = 0; i < size; i++) {
    const row: Row = new Array(cWidth).fill('');
    const set = (k: ContactKey, v: string | number) => (row[cCols[k]] = v);
    const stage = stageFor(rnd());
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${first} ${last}`;
    const contactId = id('C-', 6);
    const created = NOW_EPOCH - between(1, 3 * 365) * DAY - between(0, 600) * 60_000;
    set('id', contactId);
    set('name', name);
    set('company', pick(COMPANIES));
    let email = `${first}.${last}${i}@example.com`.toLowerCase();
    let phone = `0812${String(between(0, 99_999_999)).padStart(8, '0')}`;
    // About 2% repeat an earlier contact's email or phone (in another format): real lists do.
    if (i > 10 && rnd() < 0.02) {
      const earlier = contactRows[between(0, contactRows.length - 1)];
      if (rnd() < 0.5) email = String(earlier[cCols.email]).toUpperCase();
      else phone = `+62 ${String(earlier[cCols.phone]).slice(1)}`;
    }
    set('email', email);
    set('phone', phone);
    if (rnd() < 0.5) set('address', `Jl. Merdeka No. ${between(1, 200)}, Bandung`);
    if (rnd() < 0.6) {
      const b = new Date(Date.UTC(between(1950, 2000), 0, 1) + between(0, 365) * DAY);
      const mmdd = b.toISOString().slice(5, 10);
      set('birthday', rnd() < 0.25 ? `--${mmdd}` : b.toISOString().slice(0, 10));
    }
    set('source', pick(LEAD_SOURCES));
    set('owner', pick(OWNERS));
    set('stage', stage);
    const qualified = stage !== 'Lead' && stage !== 'Not a fit';
    const crit = () => (qualified ? 'Yes' : pick(['Yes', 'Unknown', 'Unknown'] as const));
    set('fitsMarket', stage === 'Not a fit' ? 'No' : crit());
    set('canAfford', crit());
    set('canDecide', crit());
    if (qualified) set('fitsMarketNote', 'Runs a shop in our area');
    set(
      'readiness',
      stage === 'In sales' ? 'Ready now' : stage === 'Not ready' ? 'Not yet' : 'Unknown',
    );
    // People who use reminders mostly keep follow-ups ahead of them; an open deal has a next step.
    const pipeline = stage === 'Prospect' || stage === 'In sales';
    if (
      stage === 'Not ready' ||
      (pipeline && rnd() < 0.8) ||
      (stage !== 'Not a fit' && rnd() < 0.2)
    ) {
      set('nextFollowUp', daySerial(TODAY_UTC + between(-5, 45) * DAY));
    }
    if (stage === 'Said no' && rnd() < 0.6) {
      set('keepInTouch', 'Yes');
      set('recontactOn', daySerial(TODAY_UTC + between(-30, 120) * DAY));
    } else if (stage === 'Said no') set('keepInTouch', 'No');
    if (stage === 'Customer' || stage === 'Repeat buyer') {
      set('purchases', stage === 'Customer' ? 1 : between(2, 5));
      set('lastPurchase', daySerial(TODAY_UTC - between(1, 300) * DAY));
    } else set('purchases', 0);
    if (rnd() < 0.2) set('notes', 'Prefers WhatsApp after 5 pm');
    set('created', instantSerial(created));

    // Activities: 0..6 per contact (3 on average), between creation and now.
    let lastTouch = 0;
    const n = between(0, 6);
    for (let k = 0; k < n; k++) {
      const when = created + Math.floor(rnd() * (NOW_EPOCH - created));
      const a: Row = new Array(aWidth).fill('');
      const put = (key: ActivityKey, v: string | number) => (a[aCols[key]] = v);
      const type = k === 0 && stage !== 'Lead' ? 'Stage change' : pick(CONVERSATION_TYPES);
      put('activityId', id('A-', 8));
      put('when', instantSerial(when));
      put('contactId', contactId);
      put('contactName', name);
      put('type', type);
      put('by', pick(OWNERS) || USER);
      if (type === 'Stage change') {
        put('fromStage', 'Lead');
        put('toStage', stage);
      } else {
        put('summary', 'Talked about the offer and prices');
        if (rnd() < 0.5) put('questions', 'Is there a discount for 10 units?');
        if (rnd() < 0.3) put('concerns', 'Delivery time');
        if (rnd() < 0.3) put('followUpOn', daySerial(TODAY_UTC + between(-30, 30) * DAY));
        lastTouch = Math.max(lastTouch, when);
      }
      activities.push({ when, row: a });
    }
    if (lastTouch) set('lastContacted', daySerial(Date.UTC(...ymd(lastTouch + ZONE_OFFSET_MS))));
    set('updated', instantSerial(Math.max(created, lastTouch)));
    contactRows.push(row);
    rowsByStage[stage].push(i + 2);
    idByRow.set(i + 2, contactId);
    activitiesByRow.set(i + 2, n);
  }
  // The log is append-only: oldest first.
  activities.sort((x, y) => x.when - y.when);

  fill(contactSheet, contactRows);
  fill(
    activitySheet,
    activities.map((a) => a.row),
  );
  // Reminders on, as a user who wants the daily digest sets them (this installs its trigger).
  if (exportedNames().has('saveReminderSettings')) {
    rt.run('saveReminderSettings', [REMINDER_PREFS], { kind: 'sidebar' });
  }
  rt.calls.clear();
  return {
    size,
    state: rt.toJSON(),
    activityCount: activities.length,
    rowsByStage,
    idByRow,
    activitiesByRow,
    sampleEmails: contactRows.slice(0, 500).map((r) => String(r[cCols.email])),
  };
}

const REMINDER_PREFS = {
  enabled: true,
  hour: 7,
  recipient: '',
  scope: 'mine',
  cardLeadDays: 7,
  staleDays: 14,
  keepInTouch: true,
};

/** The entry points the build generated (the footer of dist/Code.js). */
export function exportedNames(dir = DIST): Set<string> {
  const code = fs.readFileSync(path.join(dir, 'Code.js'), 'utf8');
  return new Set([...code.matchAll(/^function (\w+)\(\) \{ return /gm)].map((m) => m[1]));
}

function ymd(epoch: number): [number, number, number] {
  const d = new Date(epoch);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

function stageFor(r: number): Stage {
  let acc = 0;
  for (const [stage, p] of STAGE_MIX) {
    acc += p;
    if (r < acc) return stage;
  }
  return 'Lead';
}

function columnsOf<K extends string>(
  sheet: SheetModel,
  fields: readonly FieldSpec<K>[],
): Record<K, number> {
  const { columns, missing } = mapHeaders(sheet.rows[0] ?? [], fields);
  if (missing.length) throw new Error(`${sheet.name} lacks ${missing.join(', ')}`);
  return columns as Record<K, number>;
}

/**
 * Puts data rows under the header and sizes the tab to fit them, extending each column's format
 * and dropdown (as set up on row 2) over the new rows. The tab keeps only its used columns: a
 * new tab's 26 default columns over 300,000 activity rows would alone pass 7.8 million of the
 * workbook's 10 million cells.
 */
function fill(sheet: SheetModel, rows: Row[]): void {
  const width = sheet.rows[0].length;
  sheet.rows.length = 1;
  for (const r of rows) sheet.rows.push(r);
  sheet.maxRows = rows.length + 1;
  sheet.maxColumns = width;
  for (let c = 1; c <= width; c++) {
    sheet.setFormat(2, c, rows.length, sheet.format(2, c));
    const rule = sheet.validation(2, c);
    if (rule) sheet.setValidation(2, c, rows.length, rule);
  }
}

/** A copy of a fixture's state for one run: cell rows are copied, not shared. */
export function cloneState(state: RuntimeState): RuntimeState {
  const { spreadsheets, ...rest } = state;
  return {
    ...structuredClone(rest),
    spreadsheets: spreadsheets.map((ss) => {
      const { sheets, ...meta } = ss;
      return {
        ...structuredClone(meta),
        sheets: sheets.map((sh) => {
          const { rows, ...props } = sh;
          return { ...structuredClone(props), rows: rows.map((r) => r.slice()) };
        }),
      };
    }),
  };
}

/** A fresh runtime on a copy of the fixture, with a built project (default: the add-on) loaded. */
export function runtimeFor(fixture: Fixture, projectDir = DIST): Runtime {
  return Runtime.fromJSON(cloneState(fixture.state)).loadProject(projectDir, {
    filter: (f) => f.endsWith('Code.js'),
  });
}
