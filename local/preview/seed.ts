// The demo workbook of a first `npm start`: about 40 contacts of Indonesian small businesses in
// every stage, with birthdays, follow-ups and conversation history. The tabs come from the real
// "Set up sheet" menu handler; the rows are then typed in as a user would type them, under the
// headers that set-up wrote (typed-input rules apply; the add-on's text columns are plain text,
// so what is typed there is kept as it is). Nothing here imports the add-on's code: the demo
// knows only what a user sees, the headers, the stage names and the shape of an ID. Dates are
// relative to the runtime's clock and IDs come from a seeded generator, so every first start
// produces the same workbook.
import { quoteSheetName, toA1, wallTime } from '../runtime/index';
import type { PreviewSession } from './session';
import { HEADERS_ID, SENTENCES_ID, TEXT_ID, VALUES_ID } from './seedWords';

/** The language of the demo's rows: the one Set up sheet wrote the headers in. */
type DemoLang = 'en' | 'id';

/** Columns whose cells hold one of the sheet's words (stages, answers, sources, types). */
const WORD_COLUMNS = new Set([
  'Stage',
  'Fits target market',
  'Can afford',
  'Can decide',
  'Readiness',
  'Keep in touch',
  'Lead source',
  'Type',
]);

/** A header and what is typed under it, in the demo's language. */
function inLang(lang: DemoLang, header: string, value: string | number): [string, string] {
  if (lang === 'en') return [header, String(value)];
  const v = String(value);
  const words = WORD_COLUMNS.has(header) ? VALUES_ID : TEXT_ID;
  return [HEADERS_ID[header] ?? header, words[v] ?? v];
}

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

const STAGE_ORDER = ['Lead', 'Prospect', 'In sales', 'Customer', 'Repeat buyer'] as const;
type Stage = (typeof STAGE_ORDER)[number] | 'Not ready' | 'Said no' | 'Not a fit';

/** The characters of the add-on's IDs ('C-' and six for a contact, 'A-' and eight for an activity). */
const ID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function demoId(prefix: string, length: number, random: () => number, taken: Set<string>): string {
  for (;;) {
    let id = prefix;
    for (let i = 0; i < length; i++)
      id +=
        ID_ALPHABET[Math.min(ID_ALPHABET.length - 1, Math.floor(random() * ID_ALPHABET.length))];
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

interface Person {
  name: string;
  company: string;
  city: string;
  stage: Stage;
  source: string;
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
  const w = wallTime(nowMs, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day) + days * DAY).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:mm' wall time, `days` before now at hour:minute. */
function wallAt(nowMs: number, timeZone: string, days: number, hour: number, minute = 0): string {
  return `${dayFrom(nowMs, timeZone, days)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** What a row holds: header -> what is typed under it. */
type Row = Record<string, string | number>;

function criteriaFor(p: Person, i: number): Row {
  const [fits, afford, decide] =
    p.stage === 'Lead'
      ? [i % 2 ? 'Yes' : 'Unknown', 'Unknown', 'Unknown']
      : p.stage === 'Not a fit'
        ? ['No', 'Unknown', 'No']
        : ['Yes', 'Yes', 'Yes'];
  return { 'Fits target market': fits, 'Can afford': afford, 'Can decide': decide };
}

interface Conversation {
  type: string;
  summary: string;
  questions?: string;
  concerns?: string;
  nextStep?: string;
}

function conversationsFor(p: Person, lang: DemoLang): Conversation[] {
  const first = p.name.split(' ')[0];
  const intro: Conversation = {
    type: p.source === 'In person' ? 'In person' : 'Call',
    summary:
      lang === 'id'
        ? SENTENCES_ID.firstTalk(first, p.company)
        : `First talk with ${first} about ${p.company}.`,
    questions: 'How long does setting it up take?',
    nextStep: 'Send the price list on WhatsApp',
  };
  const list: Conversation[] = [intro];
  const at = stageRank(p.stage);
  if (at >= 1 || p.stage === 'Not ready' || p.stage === 'Said no') {
    list.push({
      type: 'Meeting',
      summary:
        lang === 'id'
          ? SENTENCES_ID.visited(p.company, p.city)
          : `Visited ${p.company} in ${p.city}; showed the demo.`,
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
  if (at >= 3) {
    const agreed =
      lang === 'id' ? SENTENCES_ID.agreed(first) : `${first} agreed; first order placed.`;
    list.push({ type: 'Call', summary: agreed });
  }
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

/** A stage's place on the way to repeat buyer, or -1 for the stages off that path. */
function stageRank(stage: Stage): number {
  return (STAGE_ORDER as readonly string[]).indexOf(stage);
}

const normalize = (header: unknown) => String(header).trim().toLowerCase();

/** Types `rows` under the header row of `sheetName`, each value under its header, in one block. */
function typeRows(session: PreviewSession, sheetName: string, rows: Row[], lang: DemoLang): void {
  session.change((rt) => {
    const sheet = rt.workbook().sheet(sheetName);
    if (!sheet) throw new Error(`The demo needs the ${sheetName} tab that Set up sheet creates`);
    const tab = quoteSheetName(sheetName);
    const width = sheet.lastColumn();
    const headers = rt.getValues(`${tab}!${toA1(1, 1, 1, width)}`)[0].map(normalize);
    const grid = rows.map((r) => {
      const line: string[] = new Array<string>(width).fill('');
      for (const [english, typed] of Object.entries(r)) {
        const [header, value] = inLang(lang, english, typed);
        const at = headers.indexOf(normalize(header));
        if (at < 0) throw new Error(`The demo needs a "${header}" column on ${sheetName}`);
        line[at] = String(value);
      }
      return line;
    });
    rt.setValues(`${tab}!A${sheet.lastRow() + 1}`, grid);
  });
}

/** The clock, user and ID generator the demo's rows are made with. */
interface DemoContext {
  now: number;
  tz: string;
  me: string;
  random: () => number;
  ids: Set<string>;
  lang: DemoLang;
}

/** The day to contact `p` again: their own, else a later one for Not ready and kept Said no. */
function nextFollowUp(p: Person, i: number, now: number, tz: string): string {
  if (p.followUp !== null) return dayFrom(now, tz, p.followUp);
  const again = p.stage === 'Not ready' || (p.stage === 'Said no' && i % 2 === 1);
  return again ? dayFrom(now, tz, 30 + i * 3) : '';
}

/** One person's Contacts row (by header) and their conversations' Activities rows. */
function rowsFor(p: Person, i: number, c: DemoContext): { contact: Row; activities: Row[] } {
  const { now, tz, me } = c;
  const id = demoId('C-', 6, c.random, c.ids);
  const talks = conversationsFor(p, c.lang);
  // Conversations every few days, the last one a little before today.
  const lastDaysAgo = 1 + (i % 9);
  const firstDaysAgo = lastDaysAgo + 4 * (talks.length - 1) + (i % 5);
  const [, relDays, relYear] = p.birthday.split(':');
  const birthday = p.birthday.startsWith('rel:')
    ? `${relYear}${dayFrom(now, tz, Number(relDays)).slice(4)}`
    : p.birthday;
  const at = stageRank(p.stage);
  const purchases = at === 3 ? 1 : at === 4 ? 2 + (i % 4) : 0;
  const digits = `8${11 + (i % 8)}-${1000 + i * 37}-${2000 + i * 53}`;
  const street = ['Merdeka', 'Sudirman', 'Diponegoro', 'Gajah Mada', 'Pemuda'][i % 5];
  const contact: Row = {
    ID: id,
    Name: p.name,
    Company: p.company,
    Email: `${p.name.split(' ')[0].toLowerCase()}@${p.company.toLowerCase().replace(/[^a-z]+/g, '')}.co.id`,
    Phone: i % 3 === 0 ? `+62 ${digits}` : `0${digits}`,
    'Postal address': `Jl. ${street} No. ${i + 3}, ${p.city}`,
    Birthday: birthday,
    'Lead source': p.source,
    Owner: i % 4 === 3 ? '' : me,
    Stage: p.stage,
    ...criteriaFor(p, i),
    Readiness: at >= 2 ? 'Ready now' : p.stage === 'Not ready' ? 'Not yet' : 'Unknown',
    // One rule (stages.ts): the day to contact a Not ready or Said no contact again is Next
    // follow-up; Recontact on stays empty.
    'Next follow-up': nextFollowUp(p, i, now, tz),
    'Last contacted': dayFrom(now, tz, -lastDaysAgo),
    'Keep in touch': p.stage === 'Said no' ? (i % 2 ? 'Yes' : 'No') : '',
    'Recontact on': '',
    Purchases: purchases,
    'Last purchase': purchases > 0 ? dayFrom(now, tz, -lastDaysAgo) : '',
    Notes: p.note,
    Created: wallAt(now, tz, -firstDaysAgo - 1, 8 + (i % 9), (i * 7) % 60),
    Updated: wallAt(now, tz, -lastDaysAgo, 16, i % 60),
  };
  const activities = talks.map((t, k): Row => {
    const daysAgo = lastDaysAgo + 4 * (talks.length - 1 - k) + (k === 0 ? i % 5 : 0);
    const last = k === talks.length - 1;
    return {
      'Activity ID': demoId('A-', 8, c.random, c.ids),
      When: wallAt(now, tz, -daysAgo, 9 + ((i + k) % 8), (i * 11 + k * 13) % 60),
      'Contact ID': id,
      'Contact name': p.name,
      Type: t.type,
      Summary: t.summary,
      'Their questions': t.questions ?? '',
      'Their concerns': t.concerns ?? '',
      'Next step': t.nextStep ?? '',
      'Follow-up date': last && p.followUp !== null ? dayFrom(now, tz, p.followUp) : '',
      By: me,
    };
  });
  return { contact, activities };
}

/** Fills a fresh session with the demo workbook. */
export function seedDemo(session: PreviewSession): void {
  const setup = session.execute('menuSetUpSheet', [], { kind: 'menu', responses: ['OK'] });
  if (setup.error || setup.pending) {
    throw new Error(`Set up sheet failed: ${setup.error ?? setup.pending?.message}`);
  }
  const rt = session.rt;
  const header = rt.getValues(`${quoteSheetName('Contacts')}!1:1`)[0].map(String);
  const lang: DemoLang = header.includes(HEADERS_ID.Name) ? 'id' : 'en';
  const context: DemoContext = {
    now: rt.now(),
    tz: rt.timeZone(),
    me: rt.state.activeUser,
    random: seededRandom(20261127),
    ids: new Set(),
    lang,
  };
  const rows = PEOPLE.map((p, i) => rowsFor(p, i, context));
  // The Activities log is in time order, as the app appends it.
  const activities = rows
    .flatMap((r) => r.activities)
    .sort((a, b) => String(a.When).localeCompare(String(b.When)));
  typeRows(
    session,
    'Contacts',
    rows.map((r) => r.contact),
    lang,
  );
  typeRows(session, 'Activities', activities, lang);
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
