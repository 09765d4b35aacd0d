// The lead form's record (which form, its links, its responses tab, the question behind each
// column) and the seller's question settings, in the user's properties keyed by spreadsheet ID,
// as the reminder settings are (settingsStore.ts says why: the triggers run as this user, and
// an add-on's time-driven run has no document properties).
import {
  parseLeadFormSettings,
  type LeadFormSettings,
  type QuestionKey,
} from '../domain/leadForm/questions';
import type { Lang } from '../domain/messages/lang';
import type { Properties } from '../gas/properties';
import { parseStored } from './settingsStore';

const RECORD = 'prospek.leadForm.';
const SETTINGS = 'prospek.leadFormQuestions.';

export interface LeadFormRecord {
  formId: string;
  publishedUrl: string;
  editUrl: string;
  /** The responses tab's sheet ID and name when the form was linked. */
  sheetId: number | null;
  sheetName: string;
  lang: Lang;
  /** Each question's title (its column's header) and item ID. */
  titles: Partial<Record<QuestionKey, string>>;
  itemIds: Partial<Record<QuestionKey, number>>;
}

export function readLeadForm(props: Properties, ssId: string): LeadFormRecord | null {
  const r = parseStored<LeadFormRecord>(props.getProperty(RECORD + ssId));
  return r && typeof r.formId === 'string' && r.formId !== '' ? r : null;
}

export function writeLeadForm(props: Properties, ssId: string, record: LeadFormRecord): void {
  props.setProperty(RECORD + ssId, JSON.stringify(record));
}

export function readLeadFormSettings(props: Properties, ssId: string): LeadFormSettings {
  return parseLeadFormSettings(parseStored(props.getProperty(SETTINGS + ssId)));
}

export function writeLeadFormSettings(
  props: Properties,
  ssId: string,
  settings: LeadFormSettings,
): void {
  props.setProperty(SETTINGS + ssId, JSON.stringify(settings));
}
