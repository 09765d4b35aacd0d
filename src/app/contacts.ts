// Loading and saving one contact: validation before anything is written, the document lock around
// the read-modify-write, a conflict check against what the sidebar loaded, and the activity log.
// Only the contact's own row is read and written, whatever the number of contacts.
import { fieldLabel } from '../domain/contact/sheetWords';
import { activityForTransition, qualificationActivity } from '../domain/contact/activities';
import { contactField, emptyContact, type Activity, type Contact } from '../domain/contact/contact';
import { ValidationError } from '../domain/errors';
import { serverText } from '../domain/messages/server';
import { applyQualification } from '../domain/qualification/stages';
import { hasNotYet } from '../domain/qualification/qualification';
import { addDays, type CalendarDay } from '../domain/calendarDay';
import { settingsOf } from './reminderTriggers';
import {
  readRequestKey,
  readRowHint,
  requireRecord,
  validateContactInput,
} from '../domain/contact/validation';
import {
  appendActivities,
  findActivity,
  readTimeline,
  readTimelinePage,
  type ActivityLog,
} from '../sheets/activityLog';
import { keyedActivityId } from '../domain/contact/requestKey';
import {
  appendContact,
  contactRowOf,
  findContact,
  openContactTable,
  readContactRows,
  unusedContactId,
  writeContactRows,
  type ContactRow,
  type ContactTable,
} from '../sheets/contactStore';
import { ensureRoomForLast } from '../sheets/capacity';
import { withDocumentLock } from './locks';
import { usePageLang } from './language';
import { openTable } from '../sheets/sheetTable';
import { ACTIVITIES } from '../sheets/tables';
import type { SaveContactResult } from '../sidebarApi';
import { context, type Context } from './context';
import { retryAfterSetUp } from './setUp';
import { changedSince, contactVersion } from '../domain/contact/contactHash';

/**
 * How many activities the sidebar shows at first (the newest), and adds per "Show earlier": each
 * page is read as its own rows, so a page costs the same whatever the contact's history.
 */
export const TIMELINE_PAGE = 5;

export interface ContactView {
  contact: Contact;
  /** The contact's sheet row: the sidebar sends it back as a hint (contactStore.contactRowOf). */
  row: number;
  timeline: Activity[];
  /** The contact's entries older than `timeline`, not sent (absent with timelineAdded). */
  earlier?: number;
  version: string;
  /** `timeline` holds only the entries an action added (see TimelineAdded). */
  timelineAdded?: boolean;
}

export function getContact(id: unknown): Contact | null {
  if (typeof id !== 'string' || id === '') return null;
  const ctx = context();
  return retryAfterSetUp(ctx, () => findContact(ctx.ss, ctx.clock, id));
}

/** What an action that wrote entries sends back of the timeline, instead of reading it again. */
export interface Added {
  /** The entries it appended, in log order. */
  entries: Activity[];
  /** They are the contact's whole timeline (a new contact has no other). */
  whole: boolean;
}

/**
 * The contact in `row` as the sheet holds it now, with its timeline. `log`: the Activities tab
 * if this execution already opened it (see readTimeline). With `added`, the timeline is those
 * entries, newest first, and nothing of the log is read.
 */
export function contactView(
  ctx: Context,
  row: ContactRow,
  log?: ActivityLog | null,
  added?: Added,
): ContactView {
  const contact = row.contact as Contact;
  const version = contactVersion(contact);
  if (added) {
    // Newest first as readTimeline orders them: one action's entries share their time, so
    // the one appended last comes first.
    const timeline = [...added.entries].reverse();
    return {
      contact,
      row: row.row,
      timeline,
      version,
      ...(added.whole ? { earlier: 0 } : { timelineAdded: true }),
    };
  }
  const page = readTimelinePage(ctx.ss, ctx.clock, contact.id, TIMELINE_PAGE, log);
  return { contact, row: row.row, timeline: page.entries, earlier: page.earlier, version };
}

/**
 * Reads back a row just written (one read of one row): the version the sidebar gets is then
 * made from the cells as Sheets stored them, so the next save sees no change that isn't there,
 * even in a column whose format the user changed (where a value may be parsed as typed input).
 */
export function rereadView(
  ctx: Context,
  table: ContactTable,
  row: number,
  log?: ActivityLog | null,
  added?: Added,
): ContactView {
  return contactView(ctx, readContactRows(table, ctx.clock, row, 1)[0], log, added);
}

/**
 * For a sidebar write that ends by reading the row back (rereadView): the read applied its
 * writes, and the execution ends with the reply, which releases the lock.
 */
export const READ_LAST = { flush: () => false, releasedAtEnd: true };

/**
 * The contact's row read inside the lock (at `hint` when it still holds the contact, see
 * contactRowOf); a ValidationError on `field` when it is gone.
 */
export function lockedRow(
  ctx: Context,
  table: ContactTable,
  id: string,
  field: string,
  hint?: number,
): ContactRow & { contact: Contact } {
  const row = contactRowOf(table, ctx.clock, id, hint);
  if (!row?.contact) {
    throw new ValidationError({ field, message: serverText().contactGone });
  }
  return row as ContactRow & { contact: Contact };
}

function optionalText(obj: Record<string, unknown>, key: string): string {
  const v = obj[key];
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string')
    throw new ValidationError({ field: key, message: serverText().mustBeText(key) });
  return v;
}

/**
 * Refuses to overwrite a row changed since the sidebar loaded it, saying what and by whom. A
 * field that now holds what the form sends is no conflict: the same change, e.g. written by
 * this save's first attempt before it failed (the row's cells are written one run at a time).
 */
function checkConflict(
  ctx: Context,
  current: Contact,
  input: Partial<Contact>,
  loaded: { updated: string; version: string },
  log: ActivityLog | null,
): void {
  const loadedUpdated = loaded.updated;
  const same = (k: keyof Contact) => k in input && input[k] === current[k];
  const changed = loaded.version
    ? (changedSince(loaded.version, current)?.filter((k) => !same(k)) ?? null)
    : null;
  const conflict = changed ? changed.length > 0 : current.updated !== loadedUpdated;
  if (!conflict) return;
  const fields = (changed ?? [])
    .filter((k) => k !== 'updated' && k !== 'created')
    .map((k) => fieldLabel(contactField(k).header));
  let by = '';
  if (current.updated !== loadedUpdated) {
    // Prospek's own writes are logged: the newest entry since the load says who.
    const latest = readTimeline(ctx.ss, ctx.clock, current.id, 1, log)[0];
    if (latest && latest.when > loadedUpdated && latest.by !== ctx.me) by = latest.by;
  }
  throw new ValidationError({
    field: 'id',
    message: serverText().contactWork.changedFields(current.name, fields, by),
  });
}

/** The default Next follow-up of a contact made Not ready by a 'Not yet' answer. */
function notReadyFollowUp(ctx: Context): CalendarDay {
  return addDays(ctx.clock.today, settingsOf(ctx.ss).prefs().notReadyDays);
}

/** The fields whose value differs between `before` and `after`, with their new value. */
function changedFields(before: Contact, after: Contact): Partial<Contact> {
  const fields: Partial<Contact> = {};
  for (const k of Object.keys(after) as (keyof Contact)[]) {
    if (after[k] !== before[k]) (fields as Record<string, unknown>)[k] = after[k];
  }
  return fields;
}

/** True when saving `input` over `current` would change none of the form's fields. */
function holdsAlready(current: Contact, input: Partial<Contact>): boolean {
  return (Object.keys(input) as (keyof Contact)[]).every(
    (k) => k === 'id' || input[k] === current[k],
  );
}

/**
 * Write-ahead: a save's entries go first, under IDs made from its request key (a replay has
 * them already and comes nowhere near here). A new lead (`newRowIn`, its Contacts tab) adds to
 * both tabs: both must fit in Sheets' cell limit before this first write (a write to one tab
 * alone is checked as it appends, at no cost while the tab has free rows).
 */
function writeAhead(
  ctx: Context,
  entries: Activity[],
  key: string,
  activities: ActivityLog,
  newRowIn: GoogleAppsScript.Spreadsheet.Sheet | null,
): void {
  if (key) entries.forEach((a, i) => (a.activityId = keyedActivityId(key, i + 1)));
  const log = { sheet: activities.sheet, records: entries.length };
  if (newRowIn) ensureRoomForLast(ctx.ss, log, { sheet: newRowIn, records: 1 });
  appendActivities(ctx.ss, entries, ctx.random, activities);
}

/**
 * The entries a save logs: the stage move first (a replay reads whether the stage moved from
 * the first entry's To stage), then the answers when they changed or the contact is new.
 */
function saveEntries(
  ctx: Context,
  before: Contact,
  merged: Contact,
  q: ReturnType<typeof applyQualification>,
  isNew: boolean,
): Activity[] {
  const log: Activity[] = [];
  const when = ctx.clock.nowIso;
  if (q.from !== q.to) log.push(activityForTransition(merged, q, ctx.me, when));
  const criteriaChanged =
    isNew ||
    before.fitsMarket !== merged.fitsMarket ||
    before.canAfford !== merged.canAfford ||
    before.canDecide !== merged.canDecide;
  if (criteriaChanged) {
    const criteria = {
      fitsMarket: merged.fitsMarket,
      canAfford: merged.canAfford,
      canDecide: merged.canDecide,
    };
    log.push(qualificationActivity(merged, criteria, ctx.me, when));
  }
  return log;
}

/**
 * Saves the form. With a request key its Activities entries are written first, under IDs made
 * from the key, then the row: a retry of a save that stopped half-way finds its entries and
 * writes only the row (a new lead gets the ID its entries name), never a second copy.
 */
export function saveContact(payload: unknown): SaveContactResult {
  const request = requireRecord(payload);
  usePageLang(request);
  const loadedUpdated = optionalText(request, 'loadedUpdated');
  const loadedVersion = optionalText(request, 'loadedVersion');
  const key = readRequestKey(request);
  const timelineShown = request.timelineShown === true;
  // Where the reply that showed the contact put it: read first, searched for only if moved.
  const hint = readRowHint(request.row);
  const ctx = context();
  const input = validateContactInput(request.contact, { today: ctx.clock.today });
  return withDocumentLock(
    () =>
      retryAfterSetUp(ctx, () => {
        const table = openContactTable(ctx.ss);
        const existing = input.id ? lockedRow(ctx, table, input.id, 'id', hint) : null;
        // Opened before anything is written (a missing tab is set up and the work starts over,
        // so nothing is written twice), and once: for the replay and conflict checks, the new
        // entries and the timeline sent back.
        const activities = openTable(ctx.ss, ACTIVITIES);
        const ahead = key ? findActivity(activities, ctx.clock, keyedActivityId(key, 1)) : null;
        // A new lead whose save stopped after its entries: they name the ID it was given.
        const replayed =
          !existing && ahead ? contactRowOf(table, ctx.clock, ahead.activity.contactId) : null;
        const current = existing ?? replayed;
        if (existing && !ahead && !holdsAlready(existing.contact, input)) {
          const loaded = { updated: loadedUpdated, version: loadedVersion };
          checkConflict(ctx, existing.contact, input, loaded, activities);
        }
        const before = (current?.contact as Contact | undefined) ?? {
          ...emptyContact(),
          id: ahead?.activity.contactId || unusedContactId(table, ctx.random),
          created: ctx.clock.nowIso,
          owner: ctx.me,
        };
        const merged: Contact = {
          ...before,
          ...input,
          id: before.id,
          updated: ctx.clock.nowIso,
        } as Contact;
        const answers = {
          fitsMarket: merged.fitsMarket,
          canAfford: merged.canAfford,
          canDecide: merged.canDecide,
        };
        // A 'Not yet' makes the contact Not ready: its follow-up is the form's date, else the
        // user's default (read only then: it costs a read of the user's properties).
        const q = applyQualification(
          { ...before, nextFollowUp: merged.nextFollowUp },
          answers,
          hasNotYet(answers) ? notReadyFollowUp(ctx) : '',
          ctx.clock.today,
        );
        Object.assign(merged, q.patch);
        const log = saveEntries(ctx, before, merged, q, !current);
        // Write-ahead: the entries first. A replay (ahead) has them already.
        if (!ahead) writeAhead(ctx, log, key, activities, current ? null : table.sheet);
        let row: number;
        if (current) {
          // Only what changed is written: a cell the form didn't change keeps its exact content.
          writeContactRows(table, [{ row: current, fields: changedFields(before, merged) }]);
          row = current.row;
        } else {
          row = appendContact(table, merged, ctx.random).row;
        }
        // The timeline sent back: the new entries when nothing else can be in it (a new contact)
        // or the sidebar shows the rest; read again otherwise, and after a replay.
        const added =
          !ahead && (!current || timelineShown) ? { entries: log, whole: !current } : undefined;
        return {
          ...rereadView(ctx, table, row, activities, added),
          created: !existing,
          stageChanged: q.from !== q.to || (ahead?.activity.toStage ?? '') !== '',
        };
      }),
    // Its last call reads the row back, which applies its writes: nothing is left to flush.
    READ_LAST,
  );
}
