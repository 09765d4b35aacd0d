// "Set up sheet" from the menu: creates or repairs the tabs under the lock and says what it did.
import { msg } from '../domain/messages/messages';
import { withDocumentLock } from './locks';
import { setUpSheets } from '../sheets/setup';
import { context } from './context';

export function setUpSheet(ui: GoogleAppsScript.Base.Ui): void {
  const m = msg().setup;
  const ctx = context();
  const report = withDocumentLock(() => setUpSheets(ctx.ss, ctx.clock, ctx.random));
  ui.alert(m.title, m.done(report), ui.ButtonSet.OK);
}
