// The operations the bench measures: one small entry each. `fn` is the entry point in the built
// dist/Code.js; `setup` runs untimed on a fresh copy of the workbook and returns the call's
// arguments and execution options (it may select rows or run other entry points first: only
// the measured execution's calls are counted); `check` rejects a result that shows the operation
// did not do its job, so a broken operation cannot post a fast time.
import type { ExecutionOptions, Runtime } from '../local/runtime/index';
import { EDITABLE_CONTACT_KEYS, type Contact, type Stage } from '../src/domain/contact/contact';
import { fileFingerprint } from '../src/domain/contact/contactHash';
import type { ImportRow } from '../src/domain/import/plan';
import { CHUNK_ROWS } from '../sidebar/importRunner';
import type { Fixture } from './workbook';

export interface Prepared {
  /** Another entry point than the op's own (e.g. finishImport after the chunks). */
  fn?: string;
  args: unknown[];
  options: ExecutionOptions;
}

export interface Op {
  name: string;
  /** What the issue calls it. */
  title: string;
  fn: string;
  /** Called by the sidebar through google.script.run: at most 5 service calls. */
  sidebarAction: boolean;
  setup(rt: Runtime, fixture: Fixture): Prepared;
  /** For operations of several executions (an import's chunks): the next one, or null. */
  next?(previous: unknown, rt: Runtime, fixture: Fixture, index: number): Prepared | null;
  /** Returns a problem, or null when the result is what the operation should produce. */
  check?(result: unknown, rt: Runtime, fixture: Fixture): string | null;
}

/** The value of a Reply ({ok, value}), or the bare result of a function that returns one. */
function replyValue(result: unknown): { value: unknown; problem: string | null } {
  if (result && typeof result === 'object' && 'ok' in result) {
    const r = result as { ok: boolean; value?: unknown; message?: string };
    return r.ok ? { value: r.value, problem: null } : { value: null, problem: String(r.message) };
  }
  return { value: result, problem: null };
}

/** Contacts of a stage with exactly 3 activities, from the middle of the sheet outwards. */
function typicalRows(fixture: Fixture, stage: Stage, count: number): number[] {
  const rows = fixture.rowsByStage[stage].filter((r) => fixture.activitiesByRow.get(r) === 3);
  const start = Math.max(0, Math.floor(rows.length / 2) - Math.floor(count / 2));
  const picked = rows.slice(start, start + count);
  if (picked.length < count) throw new Error(`Fewer than ${count} ${stage} contacts`);
  return picked;
}

/**
 * `count` rows from the middle of `rows`, no two adjacent: the selection is then 50 separate
 * ranges at every size (adjacent rows would merge into fewer blocks and change the calls).
 */
function apartRows(rows: number[], count: number): number[] {
  const picked: number[] = [];
  for (let i = Math.max(0, Math.floor(rows.length / 2) - count); i < rows.length; i++) {
    if (picked.length === count) break;
    if (picked.length === 0 || rows[i] > picked[picked.length - 1] + 1) picked.push(rows[i]);
  }
  if (picked.length < count) throw new Error(`Fewer than ${count} separate rows`);
  return picked;
}

function contactRow(fixture: Fixture, stage: Stage): number {
  return typicalRows(fixture, stage, 1)[0];
}

function selectRows(rt: Runtime, rows: number[]): void {
  const ss = rt.workbook();
  const sheet = ss.sheet('Contacts');
  if (!sheet) throw new Error('No Contacts tab');
  ss.select(
    sheet,
    rows.map((row) => ({ row, column: 1, numRows: 1, numColumns: sheet.maxColumns })),
  );
}

const sidebar: ExecutionOptions = { kind: 'sidebar' };

const IMPORT_ROWS = 10_000;
/** Chunks as the Import tab sends them (sidebar/importRunner.ts). */
const IMPORT_CHUNKS = Math.ceil(IMPORT_ROWS / CHUNK_ROWS);
const BATCH_ID = 'B-BENCH1';

/**
 * The 10,000-lead file: Name, Email, Phone, Company; about 1 in 50 rows repeats an existing
 * contact's email, and 1 in 100 an earlier row of the file.
 */
function importFile(f: Fixture): ImportRow[] {
  const rows: ImportRow[] = [];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    let email = `lead${i}@example.org`;
    if (i % 50 === 7) email = f.sampleEmails[i % f.sampleEmails.length];
    else if (i % 100 === 13 && i > 100) email = `lead${i - 100}@example.org`;
    rows.push({
      line: i + 2,
      cells: [`Lead ${i}`, email, `0813${String(i).padStart(8, '0')}`, 'PT Contoh'],
    });
  }
  return rows;
}

const IMPORT_HEADER = ['Name', 'Email', 'Phone', 'Company'];
const IMPORT_MAPPING = ['name', 'email', 'phone', 'company'] as const;

/**
 * What the Import tab keeps of a run (sidebar/importRunner.ts): each row's duplicate keys as
 * importKeys gave them, the first line of each key, and where earlier lines went.
 */
interface ImportBook {
  rows: ImportRow[];
  fingerprint: string;
  keys: string[][];
  first: Map<string, number>;
  targets: Record<string, string>;
}
const importBooks = new WeakMap<Runtime, ImportBook>();

function chunkRows(book: ImportBook, chunk: number): ImportRow[] {
  return book.rows.slice(chunk * CHUNK_ROWS, (chunk + 1) * CHUNK_ROWS);
}

/** The importKeys request of a chunk, as keysUpTo sends it. */
function keysRequest(book: ImportBook, chunk: number) {
  const rows = chunkRows(book, chunk);
  return { header: IMPORT_HEADER, mapping: [...IMPORT_MAPPING], rows, state: null, country: 'ID' };
}

/**
 * One chunk as the Import tab sends it: its rows, and of earlier chunks only the first line of
 * each duplicate key its rows share with one, and where it went.
 */
function importRequest(book: ImportBook, chunk: number) {
  const rows = chunkRows(book, chunk);
  const start = rows[0].line;
  const seen: Record<string, number> = {};
  const carried: Record<string, string> = {};
  for (let i = chunk * CHUNK_ROWS; i < chunk * CHUNK_ROWS + rows.length; i++)
    for (const k of book.keys[i]) {
      const line = book.first.get(k) as number;
      if (line >= start) continue;
      seen[k] = line;
      if (book.targets[line] !== undefined) carried[line] = book.targets[line];
    }
  return {
    header: IMPORT_HEADER,
    mapping: [...IMPORT_MAPPING],
    rows,
    state: Object.keys(seen).length > 0 ? { seen, targets: carried } : null,
    country: 'ID',
    batchId: BATCH_ID,
    fileName: 'bought-list.csv',
    fingerprint: book.fingerprint,
    source: 'Bought list',
    policy: 'skip',
    total: IMPORT_ROWS,
    offset: chunk * CHUNK_ROWS,
  };
}

export const OPS: Op[] = [
  {
    name: 'onOpen',
    title: 'onOpen',
    fn: 'onOpen',
    sidebarAction: false,
    setup: () => ({ args: [{}], options: { kind: 'simpleTrigger', authMode: 'LIMITED' } }),
    check: (_r, rt) => (rt.ui.menus.length > 0 ? null : 'no menu was added'),
  },
  {
    name: 'loadSidebar',
    title: 'loading the sidebar for one contact with its timeline',
    fn: 'loadSidebar',
    sidebarAction: true,
    setup: (_rt, f) => ({
      args: [{ contactId: f.idByRow.get(contactRow(f, 'In sales')) }],
      options: sidebar,
    }),
    check: (result) => {
      const { value, problem } = replyValue(result);
      const v = value as { contact?: Contact; timeline?: unknown[] } | null;
      return problem ?? (v?.contact && Array.isArray(v.timeline) ? null : 'no contact loaded');
    },
  },
  {
    name: 'saveContact',
    title: 'saving a qualification (Lead → Prospect)',
    fn: 'saveContact',
    sidebarAction: true,
    setup: (rt, f) => {
      // What the form holds: the contact as loaded, every criterion answered Yes.
      const id = f.idByRow.get(contactRow(f, 'Lead'));
      const loaded = rt.run<Contact>('getContact', [id], sidebar);
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
      return { args: [{ contact: form, loadedUpdated: loaded.updated }], options: sidebar };
    },
    check: (result) => {
      const { value, problem } = replyValue(result);
      const stage = (value as { contact?: Contact } | null)?.contact?.stage;
      return problem ?? (stage === 'Prospect' ? null : `stage is ${stage}, not Prospect`);
    },
  },
  {
    name: 'advance50',
    title: 'advancing 50 selected contacts (menu)',
    fn: 'menuAdvanceStage',
    sidebarAction: false,
    setup: (rt, f) => {
      selectRows(rt, apartRows(f.rowsByStage.Prospect, 50));
      return { args: [], options: { kind: 'menu', responses: ['OK', 'OK', 'OK'] } };
    },
  },
  {
    name: 'logConversation',
    title: 'logging a conversation',
    fn: 'logConversation',
    sidebarAction: true,
    setup: (_rt, f) => ({
      args: [
        {
          contactId: f.idByRow.get(contactRow(f, 'Prospect')),
          type: 'Call',
          summary: 'Walked through the price list',
          questions: 'Payment in two instalments?',
          concerns: 'Delivery before Christmas',
          nextStep: 'Send the quote',
          followUpOn: '2026-12-04',
        },
      ],
      options: sidebar,
    }),
    check: (result) => replyValue(result).problem,
  },
  {
    name: 'dailyReminders',
    title: 'the daily reminder run (time-driven trigger)',
    fn: 'prospekDailyDigest',
    sidebarAction: false,
    // The fixture has reminders turned on (see workbook.ts), so its daily trigger exists.
    setup: (rt) => {
      const trigger = rt.state.triggers.find((t) => t.handler === 'prospekDailyDigest');
      if (!trigger) throw new Error('The workbook has no daily digest trigger');
      return {
        args: [{ triggerUid: trigger.uid, authMode: 'FULL' }],
        options: { kind: 'timeTrigger', authMode: 'FULL', triggerUid: trigger.uid },
      };
    },
    check: (_r, rt) => (rt.state.outbox.length > 0 ? null : 'no digest was sent'),
  },
  {
    name: 'import10k',
    title: `importing 10,000 leads (${IMPORT_CHUNKS} chunks of ${CHUNK_ROWS}, each after its importKeys, then finish)`,
    fn: 'importChunk',
    sidebarAction: true,
    // As the Import tab's importFile does for a file whose keys it has not fetched yet: each
    // chunk's importKeys (its own google.script.run call), then the chunk; finishImport last.
    setup: (rt, f) => {
      const rows = importFile(f);
      const book: ImportBook = {
        rows,
        fingerprint: fileFingerprint(IMPORT_HEADER, rows),
        keys: [],
        first: new Map(),
        targets: {},
      };
      importBooks.set(rt, book);
      return { fn: 'importKeys', args: [keysRequest(book, 0)], options: sidebar };
    },
    next: (previous, rt, _f, index) => {
      const book = importBooks.get(rt) as ImportBook;
      const chunk = Math.floor(index / 2);
      if (chunk >= IMPORT_CHUNKS && index % 2 === 1) return null; // after finishImport
      if (index % 2 === 1) {
        // The answer to chunk's importKeys: keep its rows' keys, then send the chunk.
        const { keys } = replyValue(previous).value as { keys: string[][] };
        const rows = chunkRows(book, chunk);
        keys.forEach((ks, k) => {
          book.keys[chunk * CHUNK_ROWS + k] = ks;
          for (const key of ks) if (!book.first.has(key)) book.first.set(key, rows[k].line);
        });
        return { args: [importRequest(book, chunk)], options: sidebar };
      }
      const v = replyValue(previous).value as { targets?: Record<string, string> } | null;
      Object.assign(book.targets, v?.targets ?? {});
      if (chunk < IMPORT_CHUNKS)
        return { fn: 'importKeys', args: [keysRequest(book, chunk)], options: sidebar };
      return { fn: 'finishImport', args: [BATCH_ID], options: sidebar };
    },
    check: (result) => replyValue(result).problem,
  },
  {
    name: 'findDuplicates',
    title: 'finding duplicates (menu: lists the groups)',
    fn: 'menuFindDuplicates',
    sidebarAction: false,
    setup: () => ({ args: [], options: { kind: 'menu', responses: ['OK', 'OK'] } }),
  },
  {
    name: 'findDuplicatesSidebar',
    title: 'finding duplicates (Import tab)',
    fn: 'findDuplicates',
    sidebarAction: true,
    setup: () => ({ args: [], options: sidebar }),
    check: (result) => {
      const { value, problem } = replyValue(result);
      const groups = (value as { groups?: unknown[] } | null)?.groups;
      return problem ?? (groups && groups.length > 0 ? null : 'no duplicate groups found');
    },
  },
  {
    name: 'getPipeline',
    title: 'the pipeline view',
    fn: 'getPipeline',
    sidebarAction: true,
    setup: () => ({ args: [], options: sidebar }),
    check: (result) => replyValue(result).problem,
  },
  {
    name: 'getContact',
    title: 'reading one contact by ID (sidebar)',
    fn: 'getContact',
    sidebarAction: true,
    setup: (_rt, f) => ({ args: [f.idByRow.get(contactRow(f, 'Customer'))], options: sidebar }),
    check: (result) => ((result as Contact | null)?.stage ? null : 'contact not found'),
  },
];
