// The lead form's questions: which there are, how each is asked (the seller's wording from
// Settings, else the default in the form's language), and the choices of the yes/no ones. The
// form is made in the sheet language; its choices are the sheet's own words for Yes, Not yet
// and No, so an answer reads back with matchOption like any cell.
import { valueIn } from '../contact/sheetWords';
import { leadFormText } from '../messages/leadForm';
import type { Lang } from '../messages/lang';

export const QUESTION_KEYS = [
  'name',
  'company',
  'phone',
  'email',
  'birthday',
  'fitsMarket',
  'canAfford',
  'canDecide',
  'consent',
] as const;
export type QuestionKey = (typeof QUESTION_KEYS)[number];

export type QuestionKind = 'text' | 'date' | 'yesNo' | 'yesNotYetNo';

const KINDS: Record<QuestionKey, QuestionKind> = {
  name: 'text',
  company: 'text',
  phone: 'text',
  email: 'text',
  birthday: 'date',
  fitsMarket: 'yesNo',
  canAfford: 'yesNotYetNo',
  canDecide: 'yesNo',
  consent: 'yesNo',
};

/** What the seller set in Settings: their wording per question ('' = default), their business. */
export interface LeadFormSettings {
  business: string;
  questions: Partial<Record<QuestionKey, string>>;
}

export const MAX_QUESTION_LENGTH = 300;
export const MAX_BUSINESS_LENGTH = 100;

export function emptyLeadFormSettings(): LeadFormSettings {
  return { business: '', questions: {} };
}

/** Settings as stored or sent: unknown keys dropped, text trimmed and cut to length. */
export function parseLeadFormSettings(raw: unknown): LeadFormSettings {
  const out = emptyLeadFormSettings();
  if (typeof raw !== 'object' || raw === null) return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.business === 'string')
    out.business = r.business.trim().slice(0, MAX_BUSINESS_LENGTH);
  const q = (typeof r.questions === 'object' && r.questions !== null ? r.questions : {}) as Record<
    string,
    unknown
  >;
  for (const k of QUESTION_KEYS) {
    const v = q[k];
    if (typeof v === 'string' && v.trim() !== '')
      out.questions[k] = v.trim().slice(0, MAX_QUESTION_LENGTH);
  }
  return out;
}

export interface Question {
  key: QuestionKey;
  kind: QuestionKind;
  title: string;
  required: boolean;
  /** The choices shown (sheet words in the form's language); [] for text and date. */
  choices: string[];
}

/** The form's questions in `lang`, in order; titles made unique (Google keys columns by them). */
export function leadFormQuestions(settings: LeadFormSettings, lang: Lang): Question[] {
  const defaults = leadFormText(lang).questions;
  const seen = new Set<string>();
  return QUESTION_KEYS.map((key) => {
    let title = settings.questions[key] || defaults[key];
    while (seen.has(title)) title += ' ';
    seen.add(title);
    const kind = KINDS[key];
    const words =
      kind === 'yesNotYetNo' ? ['Yes', 'Not yet', 'No'] : kind === 'yesNo' ? ['Yes', 'No'] : [];
    return {
      key,
      kind,
      title,
      required: key === 'name',
      choices: words.map((w) => valueIn(lang, w)),
    };
  });
}

/** What the Settings tab shows of the lead form. */
export interface LeadFormView {
  settings: LeadFormSettings;
  /** The default wording of each question in the sheet language (the fields' placeholders). */
  defaults: Record<QuestionKey, string>;
  form: { publishedUrl: string; editUrl: string } | null;
}
