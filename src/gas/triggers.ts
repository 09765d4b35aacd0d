// ScriptApp's triggers: listing, deleting and creating the time-driven ones, and whether the
// script runs as an installed add-on (whose triggers carry their document).
export type Trigger = Pick<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId'>;

export interface Triggers {
  isAddon(): boolean;
  /** This user's triggers for the spreadsheet (an add-on's carry their document). */
  forUser(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Trigger[];
  /** Every trigger of this user in the script project. */
  forProject(): Trigger[];
  remove(trigger: Trigger): void;
  /** Every day at `hour` in `timeZone` (the spreadsheet's, not the script's). */
  daily(handler: string, hour: number, timeZone: string): Trigger;
  /** Once, after `ms`. */
  after(handler: string, ms: number): Trigger;
}

export const scriptTriggers: Triggers = {
  isAddon: () => ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE,
  forUser: (ss) => ScriptApp.getUserTriggers(ss),
  forProject: () => ScriptApp.getProjectTriggers(),
  remove: (trigger) => ScriptApp.deleteTrigger(trigger as GoogleAppsScript.Script.Trigger),
  // inTimezone: without it the hour would be the script's zone, not the spreadsheet's.
  daily: (handler, hour, timeZone) =>
    ScriptApp.newTrigger(handler)
      .timeBased()
      .atHour(hour)
      .everyDays(1)
      .inTimezone(timeZone)
      .create(),
  after: (handler, ms) => ScriptApp.newTrigger(handler).timeBased().after(ms).create(),
};
