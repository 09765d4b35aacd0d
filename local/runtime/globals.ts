// The global objects a loaded script sees, each bound to the runtime and wrapped by expose().
import type { Runtime } from './runtime';
import { createSpreadsheetApp } from './spreadsheet/spreadsheetApp';
import { createHtmlService } from './services/htmlService';
import { createScriptApp } from './services/scriptApp';
import { createMailApp } from './services/mailApp';
import { createPropertiesService } from './services/propertiesService';
import { createLockService } from './services/lockService';
import { createSession } from './services/session';
import { createUtilities } from './services/utilities';
import { createLogger } from './services/logger';
import { createCacheService } from './services/cacheService';
import { createContentService } from './services/contentService';
import { createBrowser } from './services/browser';
import { createNotImplemented } from './services/notImplemented';
import { createFormApp } from './services/formApp';

export function createGlobals(rt: Runtime): Record<string, unknown> {
  return {
    SpreadsheetApp: createSpreadsheetApp(rt),
    HtmlService: createHtmlService(rt),
    ScriptApp: createScriptApp(rt),
    MailApp: createMailApp(rt),
    PropertiesService: createPropertiesService(rt),
    LockService: createLockService(rt),
    Session: createSession(rt),
    Utilities: createUtilities(rt),
    Logger: createLogger(rt),
    CacheService: createCacheService(rt),
    ContentService: createContentService(rt),
    Browser: createBrowser(rt),
    ...createNotImplemented(rt),
    FormApp: createFormApp(rt),
    console,
  };
}
