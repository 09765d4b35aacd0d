// Which OAuth scope each service method needs, and what each auth mode allows. Apps Script
// refuses a call whose scope the manifest does not declare, and in AuthMode.NONE (an add-on's
// onOpen before it is used in a document) it refuses everything but building the add-on menu.

const SHEETS = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/spreadsheets',
];
const SHEETS_ANY = ['https://www.googleapis.com/auth/spreadsheets'];
const UI = ['https://www.googleapis.com/auth/script.container.ui'];
const MAIL = ['https://www.googleapis.com/auth/script.send_mail'];
const SCRIPTAPP = ['https://www.googleapis.com/auth/script.scriptapp'];
const EMAIL = ['https://www.googleapis.com/auth/userinfo.email'];
// forms.currentonly covers only the form a script is bound to (FormApp.getActiveForm); making a
// form (FormApp.create) and opening one by ID need the full forms scope (reference/forms/form-app).
const FORMS = ['https://www.googleapis.com/auth/forms'];
const FORMS_CURRENT = ['https://www.googleapis.com/auth/forms.currentonly', ...FORMS];

/** Methods that need a scope: 'Class.method' or 'Class.*', most specific first. */
const SCOPES: Record<string, string[]> = {
  'SpreadsheetApp.openById': SHEETS_ANY,
  'SpreadsheetApp.openByUrl': SHEETS_ANY,
  'SpreadsheetApp.create': SHEETS_ANY,
  'SpreadsheetApp.getUi': [],
  'SpreadsheetApp.newDataValidation': [],
  'SpreadsheetApp.newFilterCriteria': [],
  'SpreadsheetApp.*': SHEETS,
  'Spreadsheet.*': SHEETS,
  'Sheet.*': SHEETS,
  'Range.*': SHEETS,
  'RangeList.*': SHEETS,
  'TextFinder.*': SHEETS,
  'Selection.*': SHEETS,
  'Filter.*': SHEETS,
  'NamedRange.*': SHEETS,
  'Ui.showSidebar': UI,
  'Ui.showModalDialog': UI,
  'Ui.showModelessDialog': UI,
  'Ui.alert': UI,
  'Ui.prompt': UI,
  'MailApp.*': MAIL,
  'Browser.*': UI,
  'ScriptApp.newTrigger': SCRIPTAPP,
  'ScriptApp.getProjectTriggers': SCRIPTAPP,
  'ScriptApp.getUserTriggers': SCRIPTAPP,
  'ScriptApp.deleteTrigger': SCRIPTAPP,
  'TriggerBuilder.*': SCRIPTAPP,
  'ClockTriggerBuilder.*': SCRIPTAPP,
  'SpreadsheetTriggerBuilder.*': SCRIPTAPP,
  'User.getEmail': EMAIL,
  'FormApp.getActiveForm': FORMS_CURRENT,
  'FormApp.*': FORMS,
  'Form.*': FORMS,
  'TextItem.*': FORMS,
  'ParagraphTextItem.*': FORMS,
  'MultipleChoiceItem.*': FORMS,
  'DateItem.*': FORMS,
  'FormResponse.*': FORMS,
  'ItemResponse.*': FORMS,
};

/** What AuthMode.NONE allows: building menus, reading enums and asking for authorization. */
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
  'ScriptApp.getAuthorizationInfo',
  'AuthorizationInfo.getAuthorizationStatus',
  'AuthorizationInfo.getAuthorizationUrl',
  'Session.getActiveUserLocale',
  'Session.getScriptTimeZone',
  'Logger.log',
]);

/** Services that need no authorization at all work in every mode. */
const NEEDS_NO_AUTH =
  /^(Utilities|HtmlService|HtmlOutput|HtmlTemplate|CacheService|Cache|ContentService|TextOutput)\./;

/** A custom function may read the spreadsheet but not change it (guides/sheets/functions). */
const WRITES =
  /^(Range\.(set|clear|insert|delete|sort|activate|createFilter)|Sheet\.(insert|delete|move|set|append|clear|sort|hide|show|activate|copyTo)|Spreadsheet\.(insert|delete|set|rename|add|toast)|SpreadsheetApp\.(getUi|flush)|Ui\.|Browser\.|CacheService\.getDocumentCache|PropertiesService\.getDocumentProperties)/;

/**
 * LIMITED (simple triggers, add-ons in LIMITED mode) also may touch the current document and Ui.
 * User.getEmail is allowed: it "returns a blank string" there (reference/base/user).
 */
const DENIED_IN_LIMITED =
  /^(MailApp|FormApp|Form\.|ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)|TriggerBuilder|ClockTriggerBuilder|SpreadsheetTriggerBuilder|SpreadsheetApp\.open|PropertiesService\.getUserProperties|PropertiesService\.getScriptProperties)/;

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export function requiredScopes(method: string): string[] {
  const exact = SCOPES[method];
  if (exact) return exact;
  const cls = method.split('.')[0];
  return SCOPES[`${cls}.*`] ?? [];
}

/** The message Apps Script throws when a call is not permitted, or null when it is. */
export function permissionError(
  method: string,
  authMode: AuthModeName,
  declaredScopes: string[] | null,
): string | null {
  const needed = requiredScopes(method);
  const denied =
    (authMode === 'NONE' && !ALLOWED_IN_NONE.has(method) && !NEEDS_NO_AUTH.test(method)) ||
    (authMode === 'LIMITED' && DENIED_IN_LIMITED.test(method)) ||
    (authMode === 'CUSTOM_FUNCTION' && (DENIED_IN_LIMITED.test(method) || WRITES.test(method))) ||
    (declaredScopes !== null &&
      needed.length > 0 &&
      !needed.some((s) => declaredScopes.includes(s)));
  if (!denied) return null;
  const suffix = needed.length > 0 ? ` Required permissions: ${needed.join(', ')}` : '';
  return `You do not have permission to call ${method}.${suffix}`;
}
