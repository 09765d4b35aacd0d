// What the sidebar calls through google.script.run (the contract is src/sidebarApi.ts): one line
// each, into a use case, answering with a Reply (transport.ts).
import * as contacts from '../app/contacts';
import * as conversations from '../app/conversations';
import * as duplicates from '../app/duplicates';
import * as imports from '../app/import';
import * as language from '../app/language';
import * as leadForm from '../app/leadForm';
import * as importUndo from '../app/importUndo';
import * as pipeline from '../app/pipeline';
import * as settings from '../app/settings';
import * as sheetLanguage from '../app/sheetLanguage';
import * as sidebar from '../app/sidebar';
import type { Contact } from '../domain/contact/contact';
import type { ReminderPrefs } from '../domain/reminders/settings';
import type { SidebarApi } from '../sidebarApi';
import { reply } from './transport';

type Answer<K extends keyof SidebarApi> = ReturnType<SidebarApi[K]>;

export function loadSidebar(request: unknown): Answer<'loadSidebar'> {
  return reply(() => sidebar.loadSidebar(request));
}

export function loadEarlier(request: unknown): Answer<'loadEarlier'> {
  return reply(() => sidebar.loadEarlier(request));
}

export function saveContact(request: unknown): Answer<'saveContact'> {
  return reply(() => contacts.saveContact(request));
}

export function logConversation(form: unknown): Answer<'logConversation'> {
  return reply(() => conversations.logConversation(form));
}

export function getPipeline(): Answer<'getPipeline'> {
  return reply(() => pipeline.getPipeline());
}

export function selectContactRow(contactId: unknown, row?: unknown): Answer<'selectContactRow'> {
  return reply(() => pipeline.selectContactRow(contactId, row));
}

export function getImportStatus(): Answer<'getImportStatus'> {
  return reply(() => imports.getImportStatus());
}

export function importKeys(request: unknown): Answer<'importKeys'> {
  return reply(() => imports.importKeys(request));
}

export function previewImport(request: unknown): Answer<'previewImport'> {
  return reply(() => imports.previewImport(request));
}

export function importChunk(request: unknown): Answer<'importChunk'> {
  return reply(() => imports.importChunk(request));
}

export function finishImport(batchId: unknown): Answer<'finishImport'> {
  return reply(() => imports.finishImport(batchId));
}

export function undoLastImport(): Answer<'undoLastImport'> {
  return reply(() => importUndo.undoImport());
}

export function findDuplicates(request?: unknown): Answer<'findDuplicates'> {
  return reply(() => duplicates.findDuplicates(request));
}

export function mergeContacts(request: unknown): Answer<'mergeContacts'> {
  return reply(() => duplicates.mergeContacts(request));
}

export function getReminderSettings(): Answer<'getReminderSettings'> {
  return reply(() => settings.getReminderSettings());
}

export function saveReminderSettings(form: ReminderPrefs): Answer<'saveReminderSettings'> {
  return reply(() => settings.saveReminderSettings(form));
}

/** Not the sidebar's: a contact by ID, for the local preview's API and the tests (no Reply). */
export function getContact(id: unknown): Contact | null {
  return contacts.getContact(id);
}

/** Settings: the interface language ('' = the Google account's); reopens the sidebar in it. */
export function setInterfaceLanguage(choice: unknown): Answer<'setInterfaceLanguage'> {
  return reply(() => {
    const lang = language.setInterfaceLanguage(choice);
    sidebar.openSidebar('settings');
    return { lang };
  });
}

/** Settings: the sheet language (headers, stages, types and answers in the sheet). */
export function getSheetLanguage(): Answer<'getSheetLanguage'> {
  return reply(() => sheetLanguage.getSheetLanguage());
}

/** Settings: rewrites the sheet's headers and values in another language, under the lock. */
export function setSheetLanguage(lang: unknown): Answer<'setSheetLanguage'> {
  return reply(() => sheetLanguage.setSheetLanguage(lang));
}

export function getLeadFormSettings(): Answer<'getLeadFormSettings'> {
  return reply(() => leadForm.getLeadFormSettings());
}

export function saveLeadFormSettings(settings: unknown): Answer<'saveLeadFormSettings'> {
  return reply(() => leadForm.saveLeadFormSettings(settings));
}

export function sendLeadForm(request: unknown): Answer<'sendLeadForm'> {
  return reply(() => leadForm.sendLeadForm(request));
}

export function loadSidebarPart(request: unknown): Answer<'loadSidebarPart'> {
  return reply(() => sidebar.loadSidebarPart(request));
}
