// Services out of the runtime's scope (Gmail, Drive, UrlFetch, ...): present, so a script that
// uses one fails with the runtime's clear "not implemented" error instead of a ReferenceError.
import type { Runtime } from '../runtime';

const OUT_OF_SCOPE = [
  'GmailApp',
  'DriveApp',
  'UrlFetchApp',
  'CalendarApp',
  'DocumentApp',
  'SlidesApp',
  'ContactsApp',
  'LanguageApp',
  'Maps',
  'XmlService',
  'Charts',
  'Jdbc',
];

export function createNotImplemented(rt: Runtime): Record<string, unknown> {
  return Object.fromEntries(OUT_OF_SCOPE.map((name) => [name, rt.expose({}, name)]));
}
