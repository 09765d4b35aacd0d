// Adding the Prospek menu to the spreadsheet's add-on menu.
import { services } from './context';

/** A menu item (its label and the Apps Script function it runs) or a separator (null). */
export type MenuEntry<F extends string = string> = readonly [label: string, functionName: F] | null;

export function addMenu(entries: readonly MenuEntry[]): void {
  const menu = services().spreadsheet.ui().createAddonMenu();
  for (const e of entries) {
    if (e) menu.addItem(e[0], e[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}
