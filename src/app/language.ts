// Which language each user gets: their own choice in Settings (a user property), else their
// Google account's locale (id, id_ID → Bahasa Indonesia), else English. Set once per execution
// (setActiveLang), at the entry points, so every catalog call after it speaks it.
import { dateOrderOf, setDateOrder } from '../domain/dateText';
import { ValidationError } from '../domain/errors';
import { activeLang, LANGS, langOfLocale, setActiveLang, type Lang } from '../domain/messages/lang';
import { serverText } from '../domain/messages/server';
import { services } from './context';

/** The user property holding a user's chosen interface language. */
export const LANG_PROPERTY = 'prospek.lang';

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

let propertiesAllowed = true;

/** onOpen in AuthMode.NONE: don't ask for the user's properties, Apps Script would refuse. */
export function withoutProperties(): void {
  propertiesAllowed = false;
}

/** The user's chosen language, if any. Properties are off limits in AuthMode.NONE: none then. */
function chosenLang(): Lang | null {
  if (!propertiesAllowed) return null;
  try {
    const value = services().properties.user().getProperty(LANG_PROPERTY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The acting user's language. Session.getActiveUserLocale is one of the few calls Apps Script
 * allows in AuthMode.NONE (an add-on's onOpen in a document where it was never used), so even
 * that menu follows the user's locale; if it answers nothing, English.
 */
export function userLang(): Lang {
  const chosen = chosenLang();
  if (chosen) return chosen;
  try {
    return langOfLocale(services().session.activeUserLocale());
  } catch {
    return 'en';
  }
}

/** The user property holding the language of the user's Google account, seen interactively. */
export const ACCOUNT_LANG_PROPERTY = 'prospek.lang.account';

/**
 * Records the language of the user's account while they are here (saving reminder settings), for
 * their digest: a time-driven run has no one at the keyboard, and Apps Script documents no active
 * user there, so its Session locale is not relied on first.
 */
export function rememberAccountLang(): void {
  try {
    const locale = services().session.activeUserLocale();
    if (locale)
      services().properties.user().setProperty(ACCOUNT_LANG_PROPERTY, langOfLocale(locale));
  } catch {
    // Nothing to record: the digest falls back as below.
  }
}

/**
 * The digest's language, in the trigger owner's time-driven run: their Settings choice, else the
 * language recorded from their account, else the Session locale, else the spreadsheet's locale,
 * else English. Sets it for this execution and returns it.
 */
export function useDigestLang(spreadsheetLocale: () => string): Lang {
  let lang: Lang | null = chosenLang();
  if (!lang) {
    try {
      const recorded = services().properties.user().getProperty(ACCOUNT_LANG_PROPERTY);
      if (isLang(recorded)) lang = recorded;
    } catch {
      // Properties unreadable: go on with what the session says.
    }
  }
  for (const locale of [() => services().session.activeUserLocale(), spreadsheetLocale]) {
    if (lang) break;
    try {
      const l = locale();
      if (l) lang = langOfLocale(l);
    } catch {
      // Not allowed here: the next one.
    }
  }
  setActiveLang(lang ?? 'en');
  return lang ?? 'en';
}

/**
 * Sets this execution's language to the acting user's, looked up when first needed (reading the
 * user's choice costs a call to their properties, which an action that says nothing skips).
 */
export function useUserLang(): void {
  setActiveLang(userLang);
  // Numeric dates: day first in Indonesian or an Indonesian sheet, else the sheet's locale's
  // order. Read when a date is first parsed (onOpen in AuthMode.NONE has no spreadsheet).
  setDateOrder(() =>
    dateOrderOf(activeLang(), services().spreadsheet.active()?.getSpreadsheetLocale()),
  );
}

/**
 * A sidebar request's `lang`, the language of the page that sent it: its words (a log entry, a
 * message) then match the page, and the user's choice need not be read (a call to their
 * properties). Absent: the user's language as usual.
 */
export function usePageLang(request: Record<string, unknown>): void {
  if (request.lang !== undefined) setActiveLang(requireLang(request.lang));
}

/** `value` as a language Prospek speaks, else a ValidationError on the `lang` field. */
export function requireLang(value: unknown): Lang {
  if (isLang(value)) return value;
  throw new ValidationError({ field: 'lang', message: serverText().unknownField(String(value)) });
}

/** Settings: the user's own choice ('' = follow the Google account's language). */
export function setInterfaceLanguage(choice: unknown): Lang {
  const props = services().properties.user();
  if (choice === '') props.deleteProperty(LANG_PROPERTY);
  else props.setProperty(LANG_PROPERTY, requireLang(choice));
  useUserLang();
  return activeLang();
}

/** The sidebar page of a language: each carries only its own catalogs (scripts/build.mjs). */
export function sidebarPage(lang: Lang): string {
  return lang === 'id' ? 'SidebarId' : 'Sidebar';
}

/** The file of a part the sidebar fetches on first use: SidebarImport, SidebarImportId, ... */
export function sidebarPartPage(part: string, lang: Lang): string {
  const name = `Sidebar${part[0].toUpperCase()}${part.slice(1)}`;
  return lang === 'id' ? `${name}Id` : name;
}
