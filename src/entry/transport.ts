// How the entry points answer a problem the user can fix (a ValidationError): applied here once,
// so use cases just return or throw. Sidebar calls answer with a Reply, `{ ok: false, message,
// issues }`, so the form can mark its fields (google.script.run's failure handler would only see
// a message); menu items say it in an alert. Anything else is a bug or an outage: logged, then
// thrown on (to the failure handler, or to Apps Script's own error bar for a menu item).
import { isValidationError } from '../domain/errors';
import { services } from '../app/context';
import { useUserLang } from '../app/language';
import type { Ui } from '../gas/spreadsheet';
import type { Reply } from '../sidebarApi';

export function reply<T>(work: () => T): Reply<T> {
  try {
    useUserLang();
    return { ok: true, value: work() };
  } catch (e) {
    if (isValidationError(e)) {
      return { ok: false, message: e.message, issues: e.issues.map((i) => ({ ...i })) };
    }
    console.error(e);
    throw e;
  }
}

/** Runs a menu item's work; a problem the user can fix is said in an alert under `title`. */
export function alertProblems(title: string, work: (ui: Ui) => void): void {
  const ui = services().spreadsheet.ui();
  try {
    work(ui);
  } catch (e) {
    if (!isValidationError(e)) throw e;
    ui.alert(title, e.message, ui.ButtonSet.OK);
  }
}
