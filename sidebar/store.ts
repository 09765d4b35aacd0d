// What the tabs share: the contact on screen, its timeline, and the server's today. The Contact
// tab loads it; the Conversations tab shows and extends it; the Pipeline tab opens contacts in it.
import type { CalendarDay } from '../src/domain/calendarDay';
import type { Activity, Contact } from '../src/domain/contact';
import type { SidebarLoad } from '../src/sidebarApi';
import { call } from './server';

export interface Loaded {
  contact: Contact | null;
  timeline: Activity[];
  notice: string;
  /** The server's token for the contact as loaded: sent back on save to detect conflicts. */
  version: string;
  today: CalendarDay;
  me: string;
}

type Listener = (state: Loaded) => void;

const listeners: Listener[] = [];
export const state: Loaded = {
  contact: null,
  timeline: [],
  notice: '',
  version: '',
  today: '',
  me: '',
};

/** Tells every tab the contact changed (after a load, a save or a logged conversation). */
export function publish(next: Partial<Loaded>): void {
  Object.assign(state, next);
  for (const l of listeners) l(state);
}

export function subscribe(l: Listener): void {
  listeners.push(l);
}

/** Loads the active row's contact (no id) or the one asked for, and publishes it. */
export async function loadContact(contactId?: string): Promise<SidebarLoad> {
  const load = await call('loadSidebar', contactId ? { contactId } : {});
  publish(load);
  return load;
}

/** Someone asked for another tab (the pipeline opens a contact in the Contact tab). */
let showTab: (tab: string) => void = () => {};
export function onShowTab(f: (tab: string) => void): void {
  showTab = f;
}
export function requestTab(tab: string): void {
  showTab(tab);
}
