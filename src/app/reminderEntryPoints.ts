// Reminders' public functions, re-exported by main.ts: the trigger handler, the menu item and the
// Settings tab's calls (answering with a Reply).
import { isValidationError } from '../domain/errors';
import { msg } from '../domain/messages';
import type { ReminderPrefs, ReminderSettingsView } from '../domain/settings';
import { SettingsStore } from '../sheets/settingsStore';
import type { Reply } from '../sidebarApi';
import { runDailyDigest, sendTestDigest } from './reminders';
import { reply } from './reply';
import {
  getReminderSettings as readSettings,
  saveReminderSettings as writeSettings,
} from './settings';

/** The daily trigger's handler; its name is stored in the trigger (DIGEST_HANDLER). */
export function prospekDailyDigest(event?: { triggerUid?: string }): void {
  runDailyDigest(event);
}

/** Menu: Send me a test digest now. */
export function menuSendTestDigest(): void {
  const ui = SpreadsheetApp.getUi();
  const m = msg().reminders;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (!ss) throw new Error('Prospek needs an open spreadsheet');
    const sent = sendTestDigest(ss, new SettingsStore(ss.getId()));
    ui.alert(m.testTitle, m.testSent(sent.to, sent.count), ui.ButtonSet.OK);
  } catch (e) {
    if (isValidationError(e)) ui.alert(m.testTitle, e.message, ui.ButtonSet.OK);
    else throw e;
  }
}

export function getReminderSettings(): Reply<ReminderSettingsView> {
  return reply(() => readSettings());
}

export function saveReminderSettings(form: ReminderPrefs): Reply<ReminderSettingsView> {
  return reply(() => writeSettings(form));
}
