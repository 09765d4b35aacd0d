// Menu runs as a user clicks them, and the dialogs they showed.
import type { DialogRecord, DialogResponse, Runtime } from '../../local/runtime/index';
import { clickMenu } from './workbook';

/** Runs a menu item with scripted answers; returns the dialogs it showed. */
export function menu(rt: Runtime, fn: string, responses: DialogResponse[] = []): DialogRecord[] {
  return clickMenu(rt, fn, { responses }).execution.dialogs;
}

/** The message of the last alert a menu run showed. */
export function lastAlert(dialogs: DialogRecord[]): string {
  const alerts = dialogs.filter((d) => d.type === 'alert');
  return alerts[alerts.length - 1]?.message ?? '';
}
