// HtmlService: pages built from the project's HTML files.
export type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export interface Html {
  fromFile(name: string): HtmlOutput;
}

export const htmlService: Html = {
  fromFile: (name) => HtmlService.createHtmlOutputFromFile(name),
};
