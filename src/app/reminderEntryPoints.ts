// Reminders' public functions, re-exported by main.ts: the trigger handler, the menu item and the
// Settings tab's calls (answering with a Reply).
import { msg } from '../domain/messages/messages';
import type { ReminderPrefs, ReminderSettingsView } from '../domain/reminders/settings';
import { SettingsStore } from '../sheets/settingsStore';
import type { Reply } from '../sidebarApi';
import { runDailyDigest, sendTestDigest } from './reminders';
import { activeSpreadsheet } from './context';
import { alertProblems, reply } from './reply';
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
  const m = msg().reminders;
  alertProblems(m.testTitle, (ui) => {
    const ss = activeSpreadsheet();
    const sent = sendTestDigest(ss, new SettingsStore(ss.getId()));
    ui.alert(m.testTitle, m.testSent(sent.to, sent.count), ui.ButtonSet.OK);
  });
}

export function getReminderSettings(): Reply<ReminderSettingsView> {
  return reply(() => readSettings());
}

export function saveReminderSettings(form: ReminderPrefs): Reply<ReminderSettingsView> {
  return reply(() => writeSettings(form));
}
