// PropertiesService: the user's properties (reminder settings, triggers) and the document's
// (imports). Only the calls Prospek makes, so a plain object can stand in for them in tests.
export type Properties = Pick<
  GoogleAppsScript.Properties.Properties,
  'getProperties' | 'getProperty' | 'setProperty' | 'deleteProperty'
>;

export interface PropertiesSeam {
  user(): Properties;
  document(): Properties;
}

export const propertiesService: PropertiesSeam = {
  user: () => PropertiesService.getUserProperties(),
  document: () => PropertiesService.getDocumentProperties(),
};
