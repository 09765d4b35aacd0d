// The public surface of Prospek. Every export becomes a top-level Apps Script function.

/** Builds the Prospek menu. Runs in AuthMode.NONE too, so it only touches the Ui. */
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open Prospek', 'showSidebar').addToUi();
}

/** Add-on install: Apps Script calls onInstall, not onOpen, the first time. */
export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Prospek');
  SpreadsheetApp.getUi().showSidebar(html);
}
