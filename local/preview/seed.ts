// The demo workbook of a first `npm start`: about 40 contacts of Indonesian small businesses in
// every stage, with birthdays, follow-ups and conversation history. The tabs come from the real
// "Set up sheet" menu handler; the rows are then typed in as a user would type them (typed-input
// rules apply, headers are looked up by name). Dates are relative to the runtime's clock and IDs
// come from a seeded generator, so every first start produces the same workbook.
import {
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  mapHeaders,
  newActivityId,
  newContactId,
  type Activity,
  type Contact,
  type FieldSpec,
  type Stage,
} from '../../src/domain/contact/contact';
import { encodeCellText } from '../../src/domain/contact/cellText';
import { readValues, writeValues } from '../runtime/spreadsheet/cells';
import { offsetMs } from '../runtime/timeZone';
import type { PreviewSession } from './session';

/** mulberry32: a tiny seeded generator, enough for demo IDs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  name: string;
  company: string;
  city: string;
  stage: Stage;
  source: Contact['source'];
  /** Days from today of the next follow-up (negative = overdue), or null for none. */
  followUp: number | null;
  /** Birthday: days from today this year (with birth year) or 'MM-DD' / '--MM-DD' text. */
  birthday: string;
  note: string;
}

// Birthdays written 'rel:N:YYYY' fall N days from today (year kept); '--MM-DD' has no year.
const PEOPLE: Person[] = [
  {
    name: 'Siti Rahmawati',
    company: 'Warung Makan Bu Siti',
    city: 'Yogyakarta',
    stage: 'Lead',
    source: 'In person',
    followUp: 0,
    birthday: 'rel:3:1984',
    note: 'Met in the queue at Superindo; runs a busy lunch warung.',
  },
  {
    name: 'Budi Santoso',
    company: 'Toko Bangunan Santoso',
    city: 'Semarang',
    stage: 'Lead',
    source: 'Phone book',
    followUp: -2,
    birthday: '1979-04-12',
    note: 'Hardware store, two branches.',
  },
  {
    name: 'Dewi Lestari',
    company: 'Dewi Batik Collection',
    city: 'Solo',
    stage: 'Lead',
    source: 'Internet search',
    followUp: 5,
    birthday: '--12-02',
    note: 'Sells batik tulis online and at Pasar Klewer.',
  },
  {
    name: 'Agus Prasetyo',
    company: 'Bengkel Motor Jaya',
    city: 'Malang',
    stage: 'Lead',
    source: 'Bought list',
    followUp: null,
    birthday: '',
    note: '',
  },
  {
    name: 'Rina Wulandari',
    company: 'Rina Cake & Bakery',
    city: 'Bandung',
    stage: 'Lead',
    source: 'Referral',
    followUp: 1,
    birthday: 'rel:10:1990',
    note: 'Referred by Bu Siti. Custom birthday cakes.',
  },
  {
    name: 'Hendra Gunawan',
    company: 'CV Gunawan Elektrik',
    city: 'Surabaya',
    stage: 'Lead',
    source: 'Event',
    followUp: null,
    birthday: '1975-08-30',
    note: 'Card from the UMKM expo at Grand City.',
  },
  {
    name: 'Yuliana Sari',
    company: 'Salon Cantik Yuli',
    city: 'Denpasar',
    stage: 'Lead',
    source: 'In person',
    followUp: 12,
    birthday: '--06-15',
    note: '',
  },
  {
    name: 'Fajar Nugroho',
    company: 'Fajar Printing',
    city: 'Depok',
    stage: 'Lead',
    source: 'Internet search',
    followUp: null,
    birthday: '',
    note: 'Digital printing, banners and stickers.',
  },
  {
    name: 'Wahyu Hidayat',
    company: 'Kopi Kenangan Wahyu',
    city: 'Bogor',
    stage: 'Prospect',
    source: 'In person',
    followUp: 0,
    birthday: 'rel:0:1988',
    note: 'Coffee shop near IPB campus.',
  },
  {
    name: 'Sri Mulyani',
    company: 'Katering Sehat Sri',
    city: 'Jakarta Selatan',
    stage: 'Prospect',
    source: 'Referral',
    followUp: -5,
    birthday: '1982-02-20',
    note: 'Office catering, 300 boxes a day.',
  },
  {
    name: 'Andi Wijaya',
    company: 'Apotek Sehat Wijaya',
    city: 'Makassar',
    stage: 'Prospect',
    source: 'Phone book',
    followUp: 3,
    birthday: 'rel:13:1971',
    note: '',
  },
  {
    name: 'Nur Aini',
    company: 'Butik Aini Hijab',
    city: 'Medan',
    stage: 'Prospect',
    source: 'Internet search',
    followUp: 7,
    birthday: '--03-08',
    note: 'Hijab boutique, strong Instagram following.',
  },
  {
    name: 'Rudi Hartono',
    company: 'Laundry Kilat Rudi',
    city: 'Bekasi',
    stage: 'Prospect',
    source: 'Event',
    followUp: null,
    birthday: '1986-10-05',
    note: '',
  },
  {
    name: 'Maya Puspita',
    company: 'Maya Florist',
    city: 'Bandung',
    stage: 'Prospect',
    source: 'In person',
    followUp: 2,
    birthday: '1993-07-21',
    note: 'Flower arrangements for weddings.',
  },
  {
    name: 'Joko Susilo',
    company: 'Mebel Jati Susilo',
    city: 'Jepara',
    stage: 'Prospect',
    source: 'Bought list',
    followUp: -1,
    birthday: '',
    note: 'Teak furniture maker, exports a little.',
  },
  {
    name: 'Ratna Dewi',
    company: 'Klinik Gigi Ratna',
    city: 'Tangerang',
    stage: 'In sales',
    source: 'Referral',
    followUp: 0,
    birthday: 'rel:6:1980',
    note: 'Dental clinic, three chairs.',
  },
  {
    name: 'Eko Saputra',
    company: 'Eko Travel & Umroh',
    city: 'Palembang',
    stage: 'In sales',
    source: 'Internet search',
    followUp: 4,
    birthday: '1977-01-17',
    note: '',
  },
  {
    name: 'Indah Permata',
    company: 'Toko Emas Permata',
    city: 'Pekanbaru',
    stage: 'In sales',
    source: 'In person',
    followUp: -3,
    birthday: '--11-29',
    note: 'Gold shop; careful with money, wants a trial.',
  },
  {
    name: 'Bambang Setiawan',
    company: 'PT Setiawan Logistik',
    city: 'Surabaya',
    stage: 'In sales',
    source: 'Event',
    followUp: 9,
    birthday: '1968-05-09',
    note: 'Small trucking company, 12 trucks.',
  },
  {
    name: 'Lina Marlina',
    company: 'Marlina Snack Kiloan',
    city: 'Cirebon',
    stage: 'In sales',
    source: 'Phone book',
    followUp: 1,
    birthday: '1991-09-14',
    note: '',
  },
  {
    name: 'Teguh Wibowo',
    company: 'Wibowo Tour Bromo',
    city: 'Probolinggo',
    stage: 'In sales',
    source: 'Internet search',
    followUp: null,
    birthday: '',
    note: 'Jeep tours to Bromo sunrise.',
  },
  {
    name: 'Putri Anggraini',
    company: 'Putri Kosmetik',
    city: 'Jakarta Barat',
    stage: 'Customer',
    source: 'Referral',
    followUp: 14,
    birthday: 'rel:8:1995',
    note: 'Bought the starter package in October.',
  },
  {
    name: 'Slamet Riyadi',
    company: 'Bakso Pak Slamet',
    city: 'Wonogiri',
    stage: 'Customer',
    source: 'In person',
    followUp: 30,
    birthday: '1965-12-25',
    note: 'Famous bakso stall, opening a second one.',
  },
  {
    name: 'Ayu Kusuma',
    company: 'Ayu Spa & Massage',
    city: 'Ubud',
    stage: 'Customer',
    source: 'Internet search',
    followUp: -4,
    birthday: '--01-30',
    note: '',
  },
  {
    name: 'Dimas Pratama',
    company: 'Dimas Distro Clothing',
    city: 'Bandung',
    stage: 'Customer',
    source: 'Event',
    followUp: 20,
    birthday: '1997-06-02',
    note: 'Streetwear distro.',
  },
  {
    name: 'Fitri Handayani',
    company: 'Rumah Jahit Fitri',
    city: 'Padang',
    stage: 'Customer',
    source: 'Phone book',
    followUp: null,
    birthday: 'rel:1:1987',
    note: 'Tailor shop; pays on time.',
  },
  {
    name: 'Yusuf Maulana',
    company: 'Maulana Mart',
    city: 'Banda Aceh',
    stage: 'Customer',
    source: 'Bought list',
    followUp: 45,
    birthday: '1983-03-27',
    note: '',
  },
  {
    name: 'Kartika Sari',
    company: 'Kartika Kue Lapis',
    city: 'Medan',
    stage: 'Repeat buyer',
    source: 'Referral',
    followUp: 10,
    birthday: '1978-11-11',
    note: 'Third order in a year; likes WhatsApp.',
  },
  {
    name: 'Hadi Kurniawan',
    company: 'Toko Sepatu Hadi',
    city: 'Bandung',
    stage: 'Repeat buyer',
    source: 'In person',
    followUp: 60,
    birthday: 'rel:12:1974',
    note: '',
  },
  {
    name: 'Wulan Septiani',
    company: 'Wulan Homemade Sambal',
    city: 'Bali',
    stage: 'Repeat buyer',
    source: 'Internet search',
    followUp: 25,
    birthday: '--09-09',
    note: 'Sambal bottled for tourists.',
  },
  {
    name: 'Rizky Ramadhan',
    company: 'Rizky Cell & Service',
    city: 'Balikpapan',
    stage: 'Repeat buyer',
    source: 'Event',
    followUp: -6,
    birthday: '1999-04-01',
    note: 'Phone repair shop; reorders every quarter.',
  },
  {
    name: 'Sutrisno',
    company: 'Tani Makmur Sutrisno',
    city: 'Klaten',
    stage: 'Not ready',
    source: 'In person',
    followUp: null,
    birthday: '1962-07-17',
    note: 'Rice farmer group; decides after harvest.',
  },
  {
    name: 'Anita Rahayu',
    company: 'Anita Daycare',
    city: 'Sidoarjo',
    stage: 'Not ready',
    source: 'Referral',
    followUp: null,
    birthday: 'rel:4:1989',
    note: '',
  },
  {
    name: 'Gilang Ramadhan',
    company: 'Gilang Barbershop',
    city: 'Yogyakarta',
    stage: 'Not ready',
    source: 'Internet search',
    followUp: null,
    birthday: '',
    note: 'Opening a new branch first.',
  },
  {
    name: 'Mega Wati',
    company: 'Mega Frozen Food',
    city: 'Pontianak',
    stage: 'Not ready',
    source: 'Phone book',
    followUp: null,
    birthday: '1985-02-14',
    note: '',
  },
  {
    name: 'Dodi Firmansyah',
    company: 'Dodi Rental Mobil',
    city: 'Lombok',
    stage: 'Said no',
    source: 'Bought list',
    followUp: null,
    birthday: '1981-08-08',
    note: 'Uses a competitor; open to hearing again next year.',
  },
  {
    name: 'Lestari Handoko',
    company: 'Lestari Minimarket',
    city: 'Kediri',
    stage: 'Said no',
    source: 'Phone book',
    followUp: null,
    birthday: '--05-20',
    note: '',
  },
  {
    name: 'Arif Budiman',
    company: 'Arif Sablon Kaos',
    city: 'Tasikmalaya',
    stage: 'Said no',
    source: 'Internet search',
    followUp: null,
    birthday: '',
    note: 'Price was the issue.',
  },
  {
    name: 'Taufik Hidayat',
    company: 'Warung Kopi Taufik',
    city: 'Garut',
    stage: 'Not a fit',
    source: 'In person',
    followUp: null,
    birthday: '',
    note: 'Too small: one table and a kettle.',
  },
  {
    name: 'Nanda Prasetya',
    company: 'Nanda Student Housing',
    city: 'Malang',
    stage: 'Not a fit',
    source: 'Event',
    followUp: null,
    birthday: '1994-10-19',
    note: 'Landlord, not the buyer; the owner lives abroad.',
  },
];

const DAY = 86_400_000;

/** 'YYYY-MM-DD' of the runtime's today plus `days`, in the spreadsheet's time zone. */
function dayFrom(nowMs: number, timeZone: string, days: number): string {
  return new Date(nowMs + offsetMs(nowMs, timeZone) + days * DAY).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:mm' wall time, `days` before now at hour:minute. */
function wallAt(nowMs: number, timeZone: string, days: number, hour: number, minute = 0): string {
  return `${dayFrom(nowMs, timeZone, days)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const STAGE_ORDER: Stage[] = ['Lead', 'Prospect', 'In sales', 'Customer', 'Repeat buyer'];

function criteriaFor(
  p: Person,
  i: number,
): Pick<Contact, 'fitsMarket' | 'canAfford' | 'canDecide'> {
  if (p.stage === 'Lead') {
    return { fitsMarket: i % 2 ? 'Yes' : 'Unknown', canAfford: 'Unknown', canDecide: 'Unknown' };
  }
  if (p.stage === 'Not a fit') return { fitsMarket: 'No', canAfford: 'Unknown', canDecide: 'No' };
  return { fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' };
}

interface Conversation {
  type: Activity['type'];
  summary: string;
  questions?: string;
  concerns?: string;
  nextStep?: string;
}

function conversationsFor(p: Person): Conversation[] {
  const first = p.name.split(' ')[0];
  const intro: Conversation = {
    type: p.source === 'In person' ? 'In person' : 'Call',
    summary: `First talk with ${first} about ${p.company}.`,
    questions: 'How long does setting it up take?',
    nextStep: 'Send the price list on WhatsApp',
  };
  const list: Conversation[] = [intro];
  const at = STAGE_ORDER.indexOf(p.stage);
  if (at >= 1 || p.stage === 'Not ready' || p.stage === 'Said no') {
    list.push({
      type: 'Meeting',
      summary: `Visited ${p.company} in ${p.city}; showed the demo.`,
      questions: 'Can my staff use it on their phones?',
      concerns: 'Monthly cost during the slow season',
      nextStep: 'Prepare an offer',
    });
  }
  if (at >= 2) {
    list.push({
      type: 'Email',
      summary: 'Sent the offer with two payment options.',
      concerns: 'Wants to pay in two instalments',
      nextStep: 'Call back to close',
    });
  }
  if (at >= 3) list.push({ type: 'Call', summary: `${first} agreed; first order placed.` });
  if (at >= 4)
    list.push({ type: 'Message', summary: 'Reordered by WhatsApp. Happy with delivery.' });
  if (p.stage === 'Not ready') {
    list.push({
      type: 'Call',
      summary: 'Not now: cash is tight until next season.',
      nextStep: 'Try again in three months',
    });
  }
  if (p.stage === 'Said no') {
    list.push({
      type: 'Call',
      summary: 'Said no for now. Asked to stay on our list.',
      concerns: 'Price',
    });
  }
  if (p.stage === 'Not a fit') {
    list.push({ type: 'Note', summary: 'Does not fit our target market.' });
  }
  return list;
}

/** Writes `records` under the header row of `sheetName` as typed input, one block. */
function typeRows<K extends string>(
  session: PreviewSession,
  sheetName: string,
  fields: readonly FieldSpec<K>[],
  records: Partial<Record<K, string | number>>[],
): void {
  session.change((rt) => {
    const ss = rt.workbook();
    const sheet = ss.sheet(sheetName);
    if (!sheet) throw new Error(`The demo needs the ${sheetName} tab that Set up sheet creates`);
    const width = sheet.lastColumn();
    const header = readValues(ss, sheet, { row: 1, column: 1, numRows: 1, numColumns: width })[0];
    const { columns } = mapHeaders(header, fields);
    const rows = records.map((r) => {
      const row: (string | number)[] = new Array(width).fill('');
      for (const f of fields) {
        const col = columns[f.key];
        const v = r[f.key];
        if (col === undefined || v === undefined) continue;
        row[col] =
          typeof v === 'string' && (f.kind === 'text' || f.kind === 'id') ? encodeCellText(v) : v;
      }
      return row;
    });
    const rect = { row: sheet.lastRow() + 1, column: 1, numRows: rows.length, numColumns: width };
    writeValues(ss, sheet, rect, rows, rt.now(), (m) => {
      throw new Error(m);
    });
  });
}

/** Fills a fresh session with the demo workbook. */
export function seedDemo(session: PreviewSession): void {
  const setup = session.execute('menuSetUpSheet', [], { kind: 'menu', responses: ['OK'] });
  if (setup.error || setup.pending) {
    throw new Error(`Set up sheet failed: ${setup.error ?? setup.pending?.message}`);
  }
  const rt = session.rt;
  const tz = rt.timeZone();
  const now = rt.now();
  const me = rt.state.activeUser;
  const random = seededRandom(20261127);
  const ids = new Set<string>();
  const activityIds = new Set<string>();
  const contacts: Partial<Record<keyof Contact, string | number>>[] = [];
  const activities: Partial<Record<keyof Activity, string | number>>[] = [];

  PEOPLE.forEach((p, i) => {
    const id = newContactId(random, ids);
    ids.add(id);
    const talks = conversationsFor(p);
    // Conversations every few days, the last one a little before today.
    const lastDaysAgo = 1 + (i % 9);
    const firstDaysAgo = lastDaysAgo + 4 * (talks.length - 1) + (i % 5);
    const created = wallAt(now, tz, -firstDaysAgo - 1, 8 + (i % 9), (i * 7) % 60);
    const birthday = p.birthday.startsWith('rel:')
      ? (() => {
          const [, days, year] = p.birthday.split(':');
          return `${year}${dayFrom(now, tz, Number(days)).slice(4)}`;
        })()
      : p.birthday;
    const at = STAGE_ORDER.indexOf(p.stage);
    const purchases = at === 3 ? 1 : at === 4 ? 2 + (i % 4) : 0;
    contacts.push({
      id,
      name: p.name,
      company: p.company,
      email: `${p.name.split(' ')[0].toLowerCase()}@${p.company.toLowerCase().replace(/[^a-z]+/g, '')}.co.id`,
      phone:
        i % 3 === 0
          ? `+62 8${11 + (i % 8)}-${1000 + i * 37}-${2000 + i * 53}`
          : `08${11 + (i % 8)}-${1000 + i * 37}-${2000 + i * 53}`,
      address: `Jl. ${['Merdeka', 'Sudirman', 'Diponegoro', 'Gajah Mada', 'Pemuda'][i % 5]} No. ${i + 3}, ${p.city}`,
      birthday,
      source: p.source,
      owner: i % 4 === 3 ? '' : me,
      stage: p.stage,
      ...criteriaFor(p, i),
      readiness: at >= 2 ? 'Ready now' : p.stage === 'Not ready' ? 'Not yet' : 'Unknown',
      nextFollowUp: p.followUp === null ? '' : dayFrom(now, tz, p.followUp),
      lastContacted: dayFrom(now, tz, -lastDaysAgo),
      keepInTouch: p.stage === 'Said no' ? (i % 2 ? 'Yes' : 'No') : '',
      recontactOn:
        p.stage === 'Not ready' || (p.stage === 'Said no' && i % 2)
          ? dayFrom(now, tz, 30 + i * 3)
          : '',
      purchases,
      lastPurchase: purchases > 0 ? dayFrom(now, tz, -lastDaysAgo) : '',
      notes: p.note,
      created,
      updated: wallAt(now, tz, -lastDaysAgo, 16, i % 60),
    });
    talks.forEach((t, k) => {
      const daysAgo = lastDaysAgo + 4 * (talks.length - 1 - k) + (k === 0 ? i % 5 : 0);
      const activityId = newActivityId(random, activityIds);
      activityIds.add(activityId);
      activities.push({
        activityId,
        when: wallAt(now, tz, -daysAgo, 9 + ((i + k) % 8), (i * 11 + k * 13) % 60),
        contactId: id,
        contactName: p.name,
        type: t.type,
        summary: t.summary,
        questions: t.questions ?? '',
        concerns: t.concerns ?? '',
        nextStep: t.nextStep ?? '',
        followUpOn:
          k === talks.length - 1 && p.followUp !== null ? dayFrom(now, tz, p.followUp) : '',
        by: me,
      });
    });
  });
  // The Activities log is in time order, as the app appends it.
  activities.sort((a, b) => String(a.when).localeCompare(String(b.when)));
  typeRows(session, 'Contacts', CONTACT_FIELDS, contacts);
  typeRows(session, 'Activities', ACTIVITY_FIELDS, activities);
  session.change((r) => {
    const ss = r.workbook();
    const sheet = ss.sheet('Contacts');
    if (sheet) ss.select(sheet, [{ row: 2, column: 2, numRows: 1, numColumns: 1 }]);
  });
  turnRemindersOn(session);
}

/**
 * Daily reminders on, through the add-on's own settings functions (as the Settings tab would),
 * so that moving the clock past the reminder hour sends the digest to the outbox.
 */
function turnRemindersOn(session: PreviewSession): void {
  const fns = session.functions;
  if (!fns.includes('getReminderSettings') || !fns.includes('saveReminderSettings')) return;
  const got = session.execute('getReminderSettings', [], { kind: 'sidebar' }).result as {
    ok?: boolean;
    value?: { prefs?: Record<string, unknown> };
  } | null;
  if (!got?.ok || !got.value?.prefs) return;
  const prefs = { ...got.value.prefs, enabled: true };
  const saved = session.execute('saveReminderSettings', [prefs], { kind: 'sidebar' });
  const reply = saved.result as { ok?: boolean; message?: string } | undefined;
  if (saved.error || !reply?.ok)
    console.warn(
      `The demo's daily reminders could not be turned on: ${saved.error ?? reply?.message}`,
    );
}
