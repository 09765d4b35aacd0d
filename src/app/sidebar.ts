// Opening the sidebar on one of its tabs, and what it loads first: the contact of the active row
// (or the one asked for) with its timeline, in one round trip.
import { activeDateOrder } from '../domain/dateText';
import { ValidationError } from '../domain/errors';
import { serverText } from '../domain/messages/server';
import { readRowHint, requireRecord } from '../domain/contact/validation';
import {
  contactRowOf,
  openContactTable,
  readContactRows,
  type ContactRow,
} from '../sheets/contactStore';
import { activeRow } from '../sheets/selection';
import { TableMissingError } from '../sheets/sheetTable';
import {
  SIDEBAR_PARTS,
  SIDEBAR_TABS,
  type EarlierEntries,
  type SidebarLoad,
  type SidebarTab,
} from '../sidebarApi';
import { contactView, TIMELINE_PAGE } from './contacts';
import { readTimelinePage } from '../sheets/activityLog';
import { fixNotes, identifyRows } from './typedRows';
import { contactsTabGone } from './setUp';
import { stageUnknown } from '../domain/contact/contact';
import { requireLang, sidebarPage, sidebarPartPage } from './language';
import { activeLang } from '../domain/messages/lang';
import { context, services } from './context';
import { settingsOf } from './reminderTriggers';

/** Sets the tab the page opens on: `data-tab` of `<main id="app">`, added if absent. */
export function withTab(html: string, tab: SidebarTab): string {
  return html.replace(/<main\b[^>]*\bid="app"[^>]*>/, (tag) =>
    /\sdata-tab="[^"]*"/.test(tag)
      ? tag.replace(/\sdata-tab="[^"]*"/, ` data-tab="${tab}"`)
      : tag.replace(/\s*>$/, ` data-tab="${tab}">`),
  );
}

/**
 * Shows the sidebar in this execution's language: every entry point set it (useUserLang) before
 * it got here, so the user's property is not read a second time.
 */
export function openSidebar(tab: SidebarTab = 'contact'): void {
  const chosen: SidebarTab = SIDEBAR_TABS.includes(tab) ? tab : 'contact';
  const page = services().html.fromFile(sidebarPage(activeLang()));
  page
    .setContent(withTab(page.getContent(), chosen))
    .setTitle(serverText().contactWork.sidebarTitle);
  services().spreadsheet.ui().showSidebar(page);
}

/** Log a conversation: the Conversations tab when the active row holds a contact. */
export function openConversationsForActiveRow(): void {
  const ctx = context();
  const { row } = activeRow(ctx.ss);
  let found = false;
  try {
    if (row !== null && row > 1) {
      found = readContactRows(openContactTable(ctx.ss), ctx.clock, row, 1)[0].contact !== null;
    }
  } catch (e) {
    if (!(e instanceof TableMissingError)) throw e;
  }
  if (found) return openSidebar('conversations');
  const ui = services().spreadsheet.ui();
  const m = serverText();
  ui.alert(m.stageActions.menu.logConversation, m.contactWork.selectRowFirst, ui.ButtonSet.OK);
}

export function loadSidebar(request: unknown): SidebarLoad {
  const m = serverText();
  const { contactId, row: sentRow } = requireRecord(request ?? {});
  if (contactId !== undefined && contactId !== null && typeof contactId !== 'string') {
    throw new ValidationError({
      field: 'contactId',
      message: m.mustBeText(m.contactWork.contactIdLabel),
    });
  }
  // The row a reply put the contact on (a reload, a pipeline card): no search while it holds it.
  const hint = readRowHint(sentRow);
  const ctx = context();
  const out: SidebarLoad = {
    contact: null,
    timeline: [],
    earlier: 0,
    notice: '',
    version: '',
    today: ctx.clock.today,
    // ss.getSpreadsheetTimeZone(), already read once by the clock: no further service call.
    timeZone: ctx.clock.timeZone,
    me: ctx.me,
    dateOrder: activeDateOrder(),
    notReadyDays: settingsOf(ctx.ss).prefs().notReadyDays,
  };
  const show = (row: ContactRow | undefined, notice: string, said: string[] = []): SidebarLoad => {
    if (!row?.contact) return { ...out, notice };
    const c = row.contact;
    if (stageUnknown(c)) said.push(m.contactWork.unknownStageNotice(c.unreadStage as string));
    return { ...out, ...contactView(ctx, row), notice: said.join(' ') };
  };
  try {
    const table = openContactTable(ctx.ss);
    if (contactId) {
      const row = contactRowOf(table, ctx.clock, contactId, hint) ?? undefined;
      return show(row, m.contactWork.contactNotFound);
    }
    const active = activeRow(ctx.ss);
    if (active.row === null) return show(undefined, m.contactWork.otherTabSelected(active.tab));
    if (active.row === 1) return show(undefined, m.contactWork.headerRowSelected);
    let row = readContactRows(table, ctx.clock, active.row, 1)[0];
    // A row typed without an ID, or copied from another, gets its own ID before it is shown,
    // so the form saves it like any contact.
    const fixes = identifyRows(ctx, table, [row]);
    if (fixes.length > 0) row = readContactRows(table, ctx.clock, active.row, 1)[0];
    return show(row, m.contactWork.emptyRowSelected(active.row), fixNotes(fixes));
  } catch (e) {
    // Not set up yet: a blank form; the first save sets the sheet up. A deleted Contacts tab:
    // the user is told, and Set up sheet makes a new one (a save never does).
    if (e instanceof TableMissingError)
      return contactsTabGone(ctx.ss) ? { ...out, notice: m.contactsTabGone } : out;
    throw e;
  }
}

/**
 * "Show earlier conversations": the page of the contact's entries after the `shown` newest ones.
 * One search of the log and a read per run of the page's rows: the same cost for every page.
 */
export function loadEarlier(request: unknown): EarlierEntries {
  const m = serverText();
  const { contactId, shown } = requireRecord(request ?? {});
  if (typeof contactId !== 'string' || contactId === '') {
    throw new ValidationError({
      field: 'contactId',
      message: m.mustBeText(m.contactWork.contactIdLabel),
    });
  }
  const skip = typeof shown === 'number' && Number.isInteger(shown) && shown > 0 ? shown : 0;
  const ctx = context();
  return readTimelinePage(ctx.ss, ctx.clock, contactId, TIMELINE_PAGE, undefined, skip);
}

/**
 * A part of the sidebar fetched on first use (Import, Settings): the script built for it in the
 * page's own language, which the page runs once. Not a page: HtmlService only reads the file.
 */
export function loadSidebarPart(request: unknown): { script: string } {
  const { part, lang } = requireRecord(request ?? {});
  if (!(SIDEBAR_PARTS as readonly unknown[]).includes(part))
    throw new ValidationError({ field: 'part', message: serverText().unknownField(String(part)) });
  const file = services()
    .html.fromFile(sidebarPartPage(part as string, requireLang(lang)))
    .getContent();
  // The file is one <script> element (scripts/build.mjs); the page wants the script alone.
  return { script: file.replace(/^\s*<script>/, '').replace(/<\/script>\s*$/, '') };
}
