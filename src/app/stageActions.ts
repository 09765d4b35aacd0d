// Menu actions on the selected rows of the Contacts tab. Each contact's move is decided by
// stages.ts; refused contacts change nothing and the summary says why, per contact.
//
// Order: read the selection (to answer an empty or header-only one plainly, and to name the
// contacts in the questions), ask the questions outside the lock (nobody waits on a dialog),
// then under the lock re-read the same rows, apply, write only the changed rows and append one
// log entry per changed contact. Cancelling any question writes nothing. An action that asks
// nothing, on a few rows, takes the lock first and reads the rows once (no dialog waits on it).
import { fieldLabel } from '../domain/contact/sheetWords';
import { activityForTransition, saleActivity } from '../domain/contact/activities';
import { addDays, compareDays, describeDay, type CalendarDay } from '../domain/calendarDay';
import { dayExample, parseDayText } from '../domain/dateText';
import { contactField, stageUnknown, type Activity, type Contact } from '../domain/contact/contact';
import { isValidationError } from '../domain/errors';
import { serverText } from '../domain/messages/server';
import {
  advance,
  availableActions,
  defaultRecontactOn,
  markNotAFit,
  markNotReady,
  markSaidNo,
  moveBack,
  recordSale,
  refuseUnknownStage,
  reopen,
  type StageAction,
  type Transition,
} from '../domain/qualification/stages';
import { validateStageActionInput, type StageActionInput } from '../domain/contact/validation';
import {
  appendActivities,
  findActivitiesMatching,
  openActivityLog,
  type ActivityLog,
} from '../sheets/activityLog';
import {
  actionEntryId,
  donePart,
  pendingPart,
  RETRY_WINDOW_MS,
} from '../domain/contact/requestKey';
import {
  findContactRow,
  openContactTable,
  readContactRows,
  writeContactRows,
  type ContactRow,
  type ContactTable,
} from '../sheets/contactStore';
import { withDocumentLock } from './locks';
import { selectedRows, type SelectedRows } from '../sheets/selection';
import type { SheetClock } from '../sheets/sheetClock';
import { openTable, TableMissingError } from '../sheets/sheetTable';
import { ACTIVITIES } from '../sheets/tables';
import { context, services, type Context } from './context';
import { fixNotes, identifyRows } from './typedRows';
import { contactsTabGone } from './setUp';

type Ui = GoogleAppsScript.Base.Ui;

/** What the questions established; the same for every selected contact. */
type Answers = StageActionInput extends infer T
  ? T extends unknown
    ? Omit<T, 'contactId'>
    : never
  : never;

const MAX_TRIES = 3;
const REASON_MAX = 2000;

export interface ActionOutcome {
  changed: string[];
  refused: string[];
  /** Per contact, its outcome's group (big moves report counts per group, see summary). */
  changedBy?: Grouped[];
  refusedBy?: Grouped[];
}

/** One contact in an outcome: `key` names the group, `example` says it in full. */
interface Grouped {
  key: string;
  name: string;
  example: string;
}

/** More selected contacts than this and the action asks first, and reports in counts. */
export const BIG_MOVE = 10;
/** Names a big move's report gives per outcome. */
const FIRST_NAMES = 3;

/** Visible, non-blank selected rows (first occurrence of each row), and the empty ones. */
function readSelection(
  table: ContactTable,
  clock: SheetClock,
  sel: SelectedRows,
): { rows: ContactRow[]; empty: number[] } {
  const seen = new Set<number>();
  const rows: ContactRow[] = [];
  const empty: number[] = [];
  for (const b of sel.blocks) {
    for (const r of readContactRows(table, clock, b.first, b.count)) {
      if (seen.has(r.row) || sel.hidden.has(r.row)) continue;
      seen.add(r.row);
      if (r.contact) rows.push(r);
      else empty.push(r.row);
    }
  }
  rows.sort((a, b) => a.row - b.row);
  empty.sort((a, b) => a - b);
  return { rows, empty };
}

type Parsed = { day: CalendarDay } | { problem: string };

/** A date, or (when allowed) a number of days from today; '' gives `empty` if there is one. */
function parseDayAnswer(
  text: string,
  today: CalendarDay,
  opts: { days: boolean; empty?: CalendarDay; rule: 'notPast' | 'notFuture'; label: string },
): Parsed {
  const m = serverText();
  const s = text.trim();
  let day: CalendarDay | null = null;
  if (s === '' && opts.empty) day = opts.empty;
  else if (opts.days && /^\+?\d{1,4}(\s*days?)?$/i.test(s))
    day = addDays(today, parseInt(s.replace('+', ''), 10));
  else day = parseDayText(s, { today });
  if (day === null) {
    const example = dayExample();
    return {
      problem: opts.days
        ? m.stageActions.dayOrDaysNeeded(example)
        : m.stageActions.dayNeeded(example),
    };
  }
  if (opts.rule === 'notPast' && compareDays(day, today) < 0)
    return { problem: m.dayInPast(opts.label) };
  if (opts.rule === 'notFuture' && compareDays(day, today) > 0) {
    return { problem: m.dayInFuture(opts.label) };
  }
  return { day };
}

/** Prompts until the answer parses; null when cancelled (or after too many bad answers). */
function askDay(
  ui: Ui,
  title: string,
  question: string,
  parse: (text: string) => Parsed,
): CalendarDay | null {
  let prompt = question;
  for (let i = 0; i < MAX_TRIES; i++) {
    const r = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
    if (r.getSelectedButton() !== ui.Button.OK) return null;
    const parsed = parse(r.getResponseText());
    if ('day' in parsed) return parsed.day;
    prompt = serverText().stageActions.tryAgain(parsed.problem, question);
  }
  ui.alert(title, serverText().stageActions.gaveUp, ui.ButtonSet.OK);
  return null;
}

/** Asks what the action needs; null = the user cancelled, so nothing is written. */
function ask(
  action: StageAction,
  ui: Ui,
  title: string,
  who: string,
  today: CalendarDay,
): Answers | null {
  const m = serverText();
  const s = m.stageActions;
  switch (action) {
    case 'markNotReady': {
      const day = askDay(ui, title, s.askNotReady(who, dayExample()), (t) =>
        parseDayAnswer(t, today, { days: true, rule: 'notPast', label: m.followUpDateLabel }),
      );
      return day === null ? null : { action, followUpOn: day };
    }
    case 'markSaidNo': {
      const keep = ui.alert(title, s.askKeepInTouch(who), ui.ButtonSet.YES_NO_CANCEL);
      if (keep === ui.Button.NO) return { action, keepInTouch: false, recontactOn: '' };
      if (keep !== ui.Button.YES) return null;
      const suggested = defaultRecontactOn(today);
      const day = askDay(
        ui,
        title,
        s.askRecontact(who, describeDay(suggested), dayExample()),
        (t) =>
          parseDayAnswer(t, today, {
            days: true,
            empty: suggested,
            rule: 'notPast',
            label: fieldLabel(contactField('recontactOn').header),
          }),
      );
      return day === null ? null : { action, keepInTouch: true, recontactOn: day };
    }
    case 'markNotAFit': {
      let prompt = s.askNotAFitReason(who);
      for (let i = 0; i < MAX_TRIES; i++) {
        const r = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
        if (r.getSelectedButton() !== ui.Button.OK) return null;
        const reason = r.getResponseText().trim();
        if (reason.length <= REASON_MAX) return { action, reason };
        prompt = s.tryAgain(m.tooLong(m.reasonLabel, REASON_MAX), s.askNotAFitReason(who));
      }
      return null;
    }
    case 'recordSale': {
      const day = askDay(ui, title, s.askSaleDay(who, describeDay(today), dayExample()), (t) =>
        parseDayAnswer(t, today, {
          days: false,
          empty: today,
          rule: 'notFuture',
          label: m.saleDayLabel,
        }),
      );
      return day === null ? null : { action, day };
    }
    default:
      return { action } as Answers;
  }
}

/** Valid answers for an action, to learn why a contact's stage refuses it without asking. */
function probe(action: StageAction, today: CalendarDay): StageActionInput {
  const contactId = '';
  switch (action) {
    case 'markNotReady':
      return { action, contactId, followUpOn: addDays(today, 1) };
    case 'markSaidNo':
      return { action, contactId, keepInTouch: false, recontactOn: '' };
    case 'markNotAFit':
      return { action, contactId, reason: '' };
    case 'recordSale':
      return { action, contactId, day: today };
    default:
      return { action, contactId };
  }
}

function transition(input: StageActionInput, c: Contact, today: CalendarDay): Transition {
  // A Stage cell Prospek can't read is refused whatever the action: never guessed, never overwritten.
  const unknown = refuseUnknownStage(c);
  if (unknown) return unknown;
  switch (input.action) {
    case 'advance':
      return advance(c);
    case 'moveBack':
      return moveBack(c);
    case 'reopen':
      return reopen(c);
    case 'markNotReady':
      return markNotReady(c, input.followUpOn, today);
    case 'markSaidNo':
      return markSaidNo(c, input.keepInTouch, input.recontactOn, today);
    case 'markNotAFit':
      return markNotAFit(c, input.reason);
    case 'recordSale':
      return recordSale(c, input.day);
  }
}

/** One selected contact, located again under the lock, with what the action would do to it. */
interface Planned {
  row: ContactRow & { contact: Contact };
  name: string;
  input: StageActionInput;
  t: Transition;
  /** actionEntryId's parts for the row as it is: before the action, and as if done. */
  pending: string;
  done: string;
}

/**
 * Each contact seen before the questions, found again (by ID if its row moved meanwhile), with
 * its validated input, its transition and the entry IDs before and after; refusals go to `out`.
 */
function planSelected(
  ctx: Context,
  table: ContactTable,
  now: ReadonlyMap<number, ContactRow>,
  expected: readonly ContactRow[],
  answers: Answers,
  out: ActionOutcome,
): Planned[] {
  const m = serverText().stageActions;
  const today = ctx.clock.today;
  const taken = new Set<number>();
  const planned: Planned[] = [];
  for (const before of expected) {
    const id = (before.contact as Contact).id;
    const name = (before.contact as Contact).name || id;
    let row = now.get(before.row);
    if (row?.contact?.id !== id) {
      const at = findContactRow(table, id);
      row = at === null ? undefined : readContactRows(table, ctx.clock, at, 1)[0];
    }
    if (!row?.contact || row.contact.id !== id || taken.has(row.row)) {
      out.refused.push(m.rowMoved(name));
      continue;
    }
    taken.add(row.row);
    let input: StageActionInput;
    try {
      input = validateStageActionInput({ ...answers, contactId: id }, { today });
    } catch (e) {
      if (!isValidationError(e)) throw e;
      out.refused.push(m.badId(row.row));
      continue;
    }
    const c = row.contact;
    const t = transition(input, c, today);
    const pending = pendingPart(input, c);
    planned.push({ row: row as Planned['row'], name, input, t, pending, done: donePart(input, c) });
  }
  return planned;
}

/** The patterns that find a planned row's entries: written for it as it is, or as if done. */
function entryPatterns(p: Pick<Planned, 'pending' | 'done'>): string[] {
  return [`M-${p.pending}-[0-9A-Z]+`, `M-[0-9A-Z]+-${p.done}`];
}

/**
 * Under the lock: re-reads the selected rows (unless `read` has them, read under this lock),
 * applies the action to each contact seen before the questions (found again by ID if its row
 * moved meanwhile), appends their log entries, then writes the changed cells, each row's Updated
 * last. Everything is decided before the first write.
 *
 * Run again on the same rows (a retry after a failure, or a second click), it converges: each
 * entry's ID names the contact's Updated before the action and the state the action leaves it
 * in (actionEntryId), and the entry is written before the row. A contact whose row is in the
 * state of such an entry written moments ago is not changed twice. One whose entry is written
 * but whose row still shows the Updated it had before (not written, or written in part) gets the
 * rest of its row written, without a second entry.
 */
export function applyToRows(
  ctx: Context,
  sel: SelectedRows,
  expected: readonly ContactRow[],
  answers: Answers,
  read?: { table: ContactTable; rows: readonly ContactRow[] },
): ActionOutcome {
  const table = read?.table ?? openContactTable(ctx.ss);
  const log = openTable(ctx.ss, ACTIVITIES);
  const now = new Map<number, ContactRow>();
  const rows = read
    ? read.rows
    : sel.blocks.flatMap((b) => readContactRows(table, ctx.clock, b.first, b.count));
  for (const r of rows) now.set(r.row, r);
  const out: ActionOutcome = { changed: [], refused: [], changedBy: [], refusedBy: [] };
  const planned = planSelected(ctx, table, now, expected, answers, out);
  const written = [
    ...findActivitiesMatching(log, ctx.clock, planned.flatMap(entryPatterns)).values(),
  ];
  const changes: { row: ContactRow; fields: Partial<Contact> }[] = [];
  const entries: Activity[] = [];
  for (const p of planned) {
    const entry = planRow(ctx, p, written, out);
    if (entry) entries.push(entry);
    if (p.t.ok) changes.push({ row: p.row, fields: p.t.patch });
  }
  // Write-ahead: the entries first, then the rows (see above).
  appendActivities(ctx.ss, entries, ctx.random, log);
  writeContactRows(table, changes);
  return out;
}

/**
 * What to do with one planned row, given the entries already written for it: `p.t` becomes the
 * patch to write (Updated included), or a refusal when nothing is to be written; returns the
 * new entry to append, if any.
 */
function planRow(
  ctx: Context,
  p: Planned,
  written: readonly Activity[],
  out: ActionOutcome,
): Activity | null {
  const m = serverText().stageActions;
  const c = p.row.contact;
  const when = ctx.clock.nowIso;
  const id = (a: Activity) => a.activityId;
  const pending = written.find((a) => id(a).startsWith(`M-${p.pending}-`));
  const done = written.find(
    (a) =>
      id(a).endsWith(`-${p.done}`) &&
      (a === pending || Math.abs(Date.parse(when) - Date.parse(a.when)) <= RETRY_WINDOW_MS),
  );
  if (done) {
    // Done already; a row whose every cell but Updated is written gets its Updated.
    const finish = Date.parse(c.updated) !== Date.parse(done.when);
    p.t = finish ? { ...ok(c), patch: { updated: done.when } } : { ok: false, reason: '' };
    out.changed.push(m.alreadyDone(p.name, c.stage));
    out.changedBy?.push({ key: c.stage, name: p.name, example: m.alreadyDone(p.name, c.stage) });
    return null;
  }
  if (pending) {
    // Entry written, row not finished: the action again from the stage the entry started at
    // (Purchases, counted up, is written just before Updated, so it still holds its old value).
    const from = pending.fromStage || c.stage;
    p.t = transition(p.input, { ...c, stage: from }, ctx.clock.today);
  }
  const t = p.t;
  if (!t.ok) {
    out.refused.push(t.reason);
    out.refusedBy?.push({ key: c.stage, name: p.name, example: t.reason });
    return null;
  }
  const at = pending?.when ?? when;
  t.patch = { ...t.patch, updated: at };
  const line =
    p.input.action === 'recordSale'
      ? m.sale(p.name, t.patch.purchases ?? 0, t.to)
      : m.moved(p.name, t.from, t.to);
  out.changed.push(line);
  out.changedBy?.push({ key: `${t.from} → ${t.to}`, name: p.name, example: line });
  if (pending) return null;
  const entryId = actionEntryId(p.input, c, { ...c, ...t.patch });
  return p.input.action === 'recordSale'
    ? saleActivity(c, p.input.day, t, ctx.me, at, undefined, entryId)
    : activityForTransition(c, t, ctx.me, at, entryId);
}

/** A transition that only writes (the stage stays). */
function ok(c: Contact): Extract<Transition, { ok: true }> {
  return { ok: true, patch: {}, from: c.stage, to: c.stage };
}

/**
 * Selected rows an earlier run of `action` left not finished (its entry written, the row's
 * Updated not yet): found with one search, so a retry finishes them even when the action no
 * longer applies to the stage the row was half-moved to.
 */
function unfinished(ctx: Context, action: StageAction, rows: readonly ContactRow[]): ContactRow[] {
  const log: ActivityLog | null = openActivityLog(ctx.ss);
  if (!log) return [];
  const tags = rows.map((r) => pendingPart({ action }, r.contact as Contact));
  const found = [
    ...findActivitiesMatching(
      log,
      ctx.clock,
      tags.map((t) => `M-${t}-[0-9A-Z]+`),
    ).keys(),
  ];
  return rows.filter((_, i) => found.some((id) => id.startsWith(`M-${tags[i]}-`)));
}

/** Lines an alert lists per heading; beyond this the rest are counted, so it stays readable. */
export const SUMMARY_LINES = 25;

function bullets(heading: string, lines: readonly string[]): string {
  const shown = lines.slice(0, SUMMARY_LINES).map((l) => `• ${l}`);
  if (lines.length > SUMMARY_LINES)
    shown.push(serverText().stageActions.andMore(lines.length - SUMMARY_LINES));
  return [heading, ...shown].join('\n');
}

/** A big move's outcomes in counts, each with its first few names, in order of first seen. */
function groups(items: readonly Grouped[], refused: boolean): string[] {
  const m = serverText().stageActions;
  const by = new Map<string, Grouped[]>();
  for (const g of items) by.set(g.key, [...(by.get(g.key) ?? []), g]);
  return [...by.entries()].map(([key, list]) => {
    const what = refused ? m.refusedKey(key, list[0].example) : key;
    const names = list.slice(0, FIRST_NAMES).map((g) => g.name);
    return m.group(what, list.length, names, list.length - names.length);
  });
}

function summary(out: ActionOutcome, notes: string[]): string {
  const m = serverText().stageActions;
  const parts: string[] = [];
  const big = out.changed.length + out.refused.length > BIG_MOVE;
  // A big move in counts per outcome; a small one contact by contact. Contacts refused before
  // the lock (no group) keep their own line.
  const changed =
    big && out.changedBy?.length === out.changed.length
      ? groups(out.changedBy, false)
      : out.changed;
  const refused =
    big && out.refusedBy?.length === out.refused.length ? groups(out.refusedBy, true) : out.refused;
  if (out.changed.length) parts.push(bullets(m.changedHeading(out.changed.length), changed));
  else parts.push(m.nothingChanged);
  if (out.refused.length) parts.push(bullets(m.unchangedHeading(out.refused.length), refused));
  if (notes.length) parts.push(notes.join(' '));
  return parts.join('\n\n');
}

/** Asks before acting on many contacts, counting them per stage; true to go ahead. */
function confirmBig(ui: Ui, title: string, rows: readonly ContactRow[]): boolean {
  const m = serverText().stageActions;
  const count = new Map<string, number>();
  for (const r of rows) {
    const stage = (r.contact as Contact).stage;
    count.set(stage, (count.get(stage) ?? 0) + 1);
  }
  const perStage = [...count].map(([stage, n]) => m.stageCount(stage, n)).join(', ');
  const answer = ui.alert(title, m.confirmBig(title, rows.length, perStage), ui.ButtonSet.YES_NO);
  return answer === ui.Button.YES;
}

/** Actions that ask no question: on a few rows they run under the lock from their first read. */
const ASKS_NOTHING: ReadonlySet<StageAction> = new Set(['advance', 'moveBack', 'reopen']);

/** The selected contacts that can take the action (with what to note), or what to say instead. */
type Prepared =
  | { say: string }
  | { table: ContactTable; rows: ContactRow[]; able: ContactRow[]; notes: string[] };

/**
 * Reads the selected rows (typed or copied rows get their own ID first, under the lock), and
 * keeps those that can take `action`; when none can, says why per contact.
 */
function prepare(ctx: Context, sel: SelectedRows, action: StageAction): Prepared {
  const m = serverText().stageActions;
  const table = openContactTable(ctx.ss);
  let { rows, empty } = readSelection(table, ctx.clock, sel);
  const fixes = identifyRows(ctx, table, rows);
  if (fixes.length > 0) ({ rows, empty } = readSelection(table, ctx.clock, sel));
  if (rows.length === 0) {
    if (sel.hidden.size > 0 && empty.length === 0) return { say: m.onlyHidden };
    const blank = [...empty, ...sel.belowData];
    return { say: blank.length ? m.noContacts(blank) : m.headerOnly };
  }
  const notes: string[] = fixNotes(fixes);
  if (sel.header) notes.push(m.skippedHeader);
  if (empty.length) notes.push(m.skippedEmpty(empty));
  if (sel.hidden.size) notes.push(m.skippedHidden(sel.hidden.size));
  // Nobody selected can take this step: say why per contact instead of asking a question
  // whose answer could not be used.
  let able = rows.filter(
    (r) =>
      !stageUnknown(r.contact as Contact) &&
      availableActions((r.contact as Contact).stage).includes(action),
  );
  if (able.length === 0) able = unfinished(ctx, action, rows);
  if (able.length === 0) {
    const today = ctx.clock.today;
    const refused = rows.flatMap((r) => {
      const t = transition(probe(action, today), r.contact as Contact, today);
      return t.ok ? [] : [t.reason];
    });
    return { say: summary({ changed: [], refused }, notes) };
  }
  return { table, rows, able, notes };
}

/**
 * An action that asks nothing, on a few rows: no dialog comes before its writes, so it takes the
 * lock first and reads the rows once (the summary is shown after the lock is released).
 */
function runUnasked(ctx: Context, sel: SelectedRows, action: StageAction): string {
  const done = withDocumentLock(
    () => {
      const p = prepare(ctx, sel, action);
      if ('say' in p) return { text: p.say, wrote: false };
      const out = applyToRows(ctx, sel, p.rows, { action } as Answers, p);
      return { text: summary(out, p.notes), wrote: true };
    },
    { flush: (r) => r.wrote },
  );
  return done.text;
}

/** A menu action on the selected rows, from the first question to the summary. */
export function runStageAction(action: StageAction): void {
  const ui = services().spreadsheet.ui();
  const m = serverText().stageActions;
  const title = m.menu[action];
  const say = (text: string) => ui.alert(title, text, ui.ButtonSet.OK);
  try {
    const ctx = context();
    const sel = selectedRows(ctx.ss);
    if (!sel.onContacts) {
      if (contactsTabGone(ctx.ss)) return void say(serverText().contactsTabGone);
      return void say(m.otherTab(sel.tab));
    }
    const selected = sel.blocks.reduce((n, b) => n + b.count, 0);
    if (ASKS_NOTHING.has(action) && selected <= BIG_MOVE) {
      return void say(runUnasked(ctx, sel, action));
    }
    const p = prepare(ctx, sel, action);
    if ('say' in p) return void say(p.say);
    const { rows, able, notes } = p;
    if (rows.length > BIG_MOVE && !confirmBig(ui, title, rows)) return;
    const first = able[0].contact as Contact;
    const who = m.these(able.length, first.name || first.id);
    const answers = ask(action, ui, title, who, ctx.clock.today);
    if (answers === null) return;
    const out = withDocumentLock(() => applyToRows(ctx, sel, rows, answers));
    say(summary(out, notes));
  } catch (e) {
    if (e instanceof TableMissingError) {
      const m = serverText();
      return void say(
        contactsTabGone(context().ss) ? m.contactsTabGone : m.stageActions.needsSetUp,
      );
    }
    if (isValidationError(e)) return void say(e.message);
    throw e;
  }
}
