// FormApp: making the lead form, opening it again (for its links and pre-filled links), and the
// spreadsheet trigger its responses run.
export type Form = GoogleAppsScript.Forms.Form;

export interface Forms {
  create(title: string): Form;
  /** The form, or null when it was deleted (or this user can't open it). */
  open(id: string): Form | null;
  spreadsheetDestination(): GoogleAppsScript.Forms.DestinationType;
  /** An installable trigger running `handler` on each response of a form linked to `ss`. */
  onSubmit(
    handler: string,
    ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ): Pick<GoogleAppsScript.Script.Trigger, 'getUniqueId'>;
}

export const formApp: Forms = {
  create: (title) => FormApp.create(title),
  open: (id) => {
    try {
      return FormApp.openById(id);
    } catch {
      return null;
    }
  },
  spreadsheetDestination: () => FormApp.DestinationType.SPREADSHEET,
  onSubmit: (handler, ss) =>
    ScriptApp.newTrigger(handler).forSpreadsheet(ss).onFormSubmit().create(),
};
