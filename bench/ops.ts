// The operations the bench measures: one small entry each. `fn` is the entry point in the built
// dist/Code.js; `setup` runs untimed on a fresh copy of the workbook and returns the call's
// arguments and execution options (it may select rows or run other entry points first: only
// the measured execution's calls are counted); `check` rejects a result that shows the operation
// did not do its job, so a broken operation cannot post a fast time.
import type { ExecutionOptions } from '../local/runtime/execution';
import type { Runtime } from '../local/runtime/runtime';
import { EDITABLE_CONTACT_KEYS, type Contact } from '../src/domain/contact';
import type { Fixture } from './workbook';

export interface Prepared {
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

/** A contact of the given stage from the middle of the sheet (not the first or last rows). */
function contactRow(fixture: Fixture, stage: keyof Fixture['rowsByStage']): number {
  const rows = fixture.rowsByStage[stage];
  return rows[Math.floor(rows.length / 2)];
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
    fn: 'menuAdvance',
    sidebarAction: false,
    setup: (rt, f) => {
      const rows = f.rowsByStage.Prospect;
      const start = Math.floor(rows.length / 2) - 25;
      selectRows(rt, rows.slice(start, start + 50));
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
    fn: 'dailyReminders',
    sidebarAction: false,
    setup: () => ({ args: [{}], options: { kind: 'timeTrigger', authMode: 'FULL' } }),
    check: (_r, rt) => (rt.state.outbox.length > 0 ? null : 'no digest was sent'),
  },
  {
    name: 'importChunk',
    title: 'importing 10,000 leads (per chunk)',
    fn: 'importChunk',
    sidebarAction: true,
    setup: () => ({ args: [], options: sidebar }),
  },
  {
    name: 'findDuplicates',
    title: 'finding duplicates',
    fn: 'menuFindDuplicates',
    sidebarAction: false,
    setup: () => ({ args: [], options: { kind: 'menu', responses: ['OK', 'OK'] } }),
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
