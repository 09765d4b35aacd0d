// One small, typed seam per Google service. Use cases reach them through app/context.ts's
// services(), so a test can hand them plain fakes; sheets/ adapters get what they need passed in.
import { cacheService, type CacheSeam } from './cache';
import { formApp, type Forms } from './forms';
import { htmlService, type Html } from './html';
import { lockService, type Locks } from './locks';
import { mailApp, type Mail } from './mail';
import { propertiesService, type PropertiesSeam } from './properties';
import { session, type SessionService } from './session';
import { spreadsheetService, type SpreadsheetService } from './spreadsheet';
import { scriptTriggers, type Triggers } from './triggers';
import { utilities, type UtilitiesService } from './utilities';

export interface Services {
  spreadsheet: SpreadsheetService;
  properties: PropertiesSeam;
  locks: Locks;
  triggers: Triggers;
  mail: Mail;
  session: SessionService;
  html: Html;
  utilities: UtilitiesService;
  forms: Forms;
  cache: CacheSeam;
}

/** The real services, as Apps Script provides them. */
export const appsScript: Services = {
  spreadsheet: spreadsheetService,
  properties: propertiesService,
  locks: lockService,
  triggers: scriptTriggers,
  mail: mailApp,
  session,
  html: htmlService,
  utilities,
  forms: formApp,
  cache: cacheService,
};
