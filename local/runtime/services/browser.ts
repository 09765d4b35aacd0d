// Browser: the older dialogs of a spreadsheet (msgBox, inputBox). They answer with the clicked
// button's name in lower case ("ok", "yes", "cancel"), or the typed text for inputBox
// (reference/base/browser). Answers come from the execution's responses, as for Ui.alert.
import type { Runtime } from '../runtime';
import type { Implements } from './implements';
import { ButtonSet } from '../spreadsheet/ui';

const BUTTONS: Record<string, string> = { ...ButtonSet };

class FakeBrowser implements Implements<GoogleAppsScript.Base.Browser, 'msgBox' | 'inputBox'> {
  readonly Buttons = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  constructor(private readonly rt: Runtime) {}
  /** msgBox(prompt), msgBox(prompt, buttons), msgBox(title, prompt, buttons). */
  msgBox(a: string, b?: unknown, c?: unknown) {
    const [title, message, set] =
      c !== undefined
        ? [String(a), String(b), String(c)]
        : typeof b === 'string' && BUTTONS[b]
          ? ['', String(a), b]
          : ['', String(a), 'OK'];
    const rec = this.rt.dialog({ type: 'alert', title, message, buttons: set }, true);
    const r = rec.response;
    const button = typeof r === 'string' ? r : (r?.button ?? 'OK');
    return button.toLowerCase();
  }
  /** inputBox(prompt), inputBox(prompt, buttons), inputBox(title, prompt, buttons). */
  inputBox(a: string, b?: unknown, c?: unknown) {
    const [title, message, set] =
      c !== undefined
        ? [String(a), String(b), String(c)]
        : typeof b === 'string' && BUTTONS[b]
          ? ['', String(a), b]
          : typeof b === 'string'
            ? [String(a), b, 'OK_CANCEL']
            : ['', String(a), 'OK_CANCEL'];
    const rec = this.rt.dialog({ type: 'prompt', title, message, buttons: set }, true);
    const r = rec.response;
    const button = (typeof r === 'string' ? r : (r?.button ?? 'OK')).toUpperCase();
    if (button === 'CANCEL' || button === 'CLOSE' || button === 'NO') return 'cancel';
    return typeof r === 'object' && r ? (r.text ?? '') : '';
  }
}

export function createBrowser(rt: Runtime): object {
  return rt.expose(new FakeBrowser(rt), 'Browser');
}
