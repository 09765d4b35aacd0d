// What the tabs share: the contact on screen, its timeline, the server's today and the
// spreadsheet's time zone. The Contact tab loads it; the Conversations tab shows and extends it;
// the Pipeline tab opens contacts in it.
import type { SidebarLoad } from '../src/sidebarApi';
import { setDateOrder } from '../src/domain/dateText';
import { DEFAULT_PREFS } from '../src/domain/reminders/settings';
import { call } from './server';

type Listener = (state: SidebarLoad) => void;

const listeners: Listener[] = [];
/** Exactly what loadSidebar returns: later replies (save, log) update parts of it. */
export const state: SidebarLoad = {
  contact: null,
  timeline: [],
  earlier: 0,
  notice: '',
  version: '',
  today: '',
  timeZone: '',
  me: '',
  dateOrder: 'dmy',
  notReadyDays: DEFAULT_PREFS.notReadyDays,
};

/** Tells every tab the contact changed (after a load, a save or a logged conversation). */
export function publish(next: Partial<SidebarLoad>): void {
  Object.assign(state, next);
  // Dates typed and birthdays read in the sidebar follow the server's order, so both agree.
  if (next.dateOrder) setDateOrder(next.dateOrder);
  for (const l of listeners) l(state);
}

export function subscribe(l: Listener): void {
  listeners.push(l);
}

/**
 * Where the last reply put contact `id` (known for the one on screen): sent back as `row`, the
 * server reads that row instead of searching the sheet for the ID, and searches if it moved.
 */
export function rowHint(id: string): { row?: number } {
  return state.contact?.id === id && state.row ? { row: state.row } : {};
}

/** The active row's contact (no id) or the one asked for (`row`: where a list put it). */
export function fetchContact(contactId?: string, row?: number): Promise<SidebarLoad> {
  if (!contactId) return call('loadSidebar', {});
  return call('loadSidebar', { contactId, ...(row ? { row } : rowHint(contactId)) });
}

/**
 * Asked before a load replaces what is on screen; answers false to keep it. The Contact tab
 * sets it: another contact must not silently replace unsaved edits.
 */
type Guard = (next: SidebarLoad) => Promise<boolean>;
let guard: Guard = () => Promise.resolve(true);
export function guardLoads(g: Guard): void {
  guard = g;
}

/** Shows a fetched contact unless the user keeps editing the one on screen; true when shown. */
export async function offer(load: SidebarLoad): Promise<boolean> {
  if (!(await guard(load))) return false;
  publish(load);
  return true;
}

/** Someone asked for another tab (the pipeline opens a contact in the Contact tab). */
let showTab: (tab: string) => void = () => {};
export function onShowTab(f: (tab: string) => void): void {
  showTab = f;
}
export function requestTab(tab: string): void {
  showTab(tab);
}

/**
 * A part of a tab that a link opens ready to use: the Contact tab's postal address (a birthday
 * card), the Log form (a follow-up call). The tab that holds it registers how to focus it.
 */
export type Part = 'address' | 'log';
const parts = new Map<Part, () => void>();
export function onFocusPart(part: Part, focus: () => void): void {
  parts.set(part, focus);
}
export function focusPart(part: Part): void {
  parts.get(part)?.();
}
