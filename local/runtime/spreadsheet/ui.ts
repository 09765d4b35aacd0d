// The Ui of the spreadsheet: add-on menus, alerts, prompts, toasts and the sidebar. Dialogs are
// answered by the responses given to the execution (tests, the preview's HTTP API).
import type { Runtime } from '../runtime';
import type { Implements } from '../services/implements';

export interface MenuItem {
  caption: string;
  functionName: string | null; // null = separator
  subMenu?: MenuRecord;
}

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuItem[];
}

export interface UiState {
  menus: MenuRecord[];
  sidebar: { title: string; html: string } | null;
}

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class FakeMenu implements Implements<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  constructor(
    private readonly rt: Runtime,
    readonly _menu: MenuRecord,
  ) {}
  addItem(caption: string, functionName: string) {
    this._menu.items.push({ caption: String(caption), functionName: String(functionName) });
    return this.rt.expose(this, 'Menu');
  }
  addSeparator() {
    this._menu.items.push({ caption: '', functionName: null });
    return this.rt.expose(this, 'Menu');
  }
  addSubMenu(target: GoogleAppsScript.Base.Menu) {
    const menu = target as unknown as FakeMenu;
    this._menu.items.push({ caption: menu._menu.title, functionName: null, subMenu: menu._menu });
    return this.rt.expose(this, 'Menu');
  }
  addToUi() {
    const menus = this.rt.ui.menus.filter(
      (m) => m.title !== this._menu.title || m.addon !== this._menu.addon,
    );
    menus.push(this._menu);
    this.rt.ui.menus = menus;
  }
}

class FakePromptResponse implements Implements<
  GoogleAppsScript.Base.PromptResponse,
  'getResponseText' | 'getSelectedButton'
> {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}
  getResponseText() {
    return this.text;
  }
  getSelectedButton() {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

/**
 * The answers a person can give a dialog: its buttons, or closing it (CLOSE); null for one
 * that needs no answer (a toast, a sidebar).
 */
export function dialogButtons(record: { type: string; buttons?: string }): string[] | null {
  if (record.type !== 'alert' && record.type !== 'prompt') return null;
  return [...(BUTTONS_OF[record.buttons ?? 'OK'] ?? ['OK']), 'CLOSE'];
}

function buttonOf(response: unknown, allowed: string[]): string {
  const b =
    typeof response === 'string' ? response : (response as { button?: string } | undefined)?.button;
  const up = String(b ?? allowed[0]).toUpperCase();
  return allowed.includes(up) ? up : allowed[allowed.length - 1] === 'CANCEL' ? 'CLOSE' : up;
}

/** HtmlService's fake keeps its content in underscore fields, which expose() passes through. */
function contentOf(output: unknown): { html: string; title: string } {
  const o = output as { _content?: string; _title?: string } | null;
  return { html: String(o?._content ?? ''), title: String(o?._title ?? '') };
}

export class FakeUi implements Implements<
  GoogleAppsScript.Base.Ui,
  | 'createAddonMenu'
  | 'createMenu'
  | 'alert'
  | 'prompt'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog'
> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly rt: Runtime) {}

  createAddonMenu() {
    return this.rt.expose(
      new FakeMenu(this.rt, { title: 'Add-on', addon: true, items: [] }),
      'Menu',
    );
  }
  createMenu(caption: string) {
    return this.rt.expose(
      new FakeMenu(this.rt, { title: String(caption), addon: false, items: [] }),
      'Menu',
    );
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown) {
    const [title, message, set] =
      c !== undefined
        ? [a, String(b), String(c)]
        : typeof b === 'string' && BUTTONS_OF[b]
          ? ['', a, b]
          : ['', a, 'OK'];
    const rec = this.rt.dialog({ type: 'alert', title, message, buttons: set }, true);
    return buttonOf(
      rec.response,
      BUTTONS_OF[set] ?? ['OK'],
    ) as unknown as GoogleAppsScript.Base.Button;
  }
  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(a: string, b?: unknown, c?: unknown) {
    const [title, message, set] =
      c !== undefined
        ? [a, String(b), String(c)]
        : typeof b === 'string' && BUTTONS_OF[b]
          ? ['', a, b]
          : typeof b === 'string'
            ? [a, b, 'OK']
            : ['', a, 'OK'];
    const rec = this.rt.dialog({ type: 'prompt', title, message, buttons: set }, true);
    const r = rec.response;
    const text = typeof r === 'object' && r ? (r.text ?? '') : '';
    return this.rt.expose(
      new FakePromptResponse(text, buttonOf(r, BUTTONS_OF[set] ?? ['OK'])),
      'PromptResponse',
    );
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput) {
    const { html, title } = contentOf(userInterface);
    this.rt.ui.sidebar = { title, html };
    this.rt.dialog({ type: 'sidebar', title, message: '', html }, false);
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string) {
    this.rt.dialog(
      { type: 'modal', title: String(title), message: '', html: contentOf(userInterface).html },
      false,
    );
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string) {
    this.rt.dialog(
      { type: 'modeless', title: String(title), message: '', html: contentOf(userInterface).html },
      false,
    );
  }
}
