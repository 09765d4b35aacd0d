// What the document remembers about imports, in its document properties (imports are the
// sheet's, not one user's): the last import (for "Undo last import" and resuming an interrupted
// one) and the country phone numbers without a country code are read in.
import type { ImportRecord } from '../domain/import/types';
import { DEFAULT_COUNTRY, parseCountry, type CountryCode } from '../domain/import/dedupe';

const LAST = 'prospek.import.last';
const COUNTRY = 'prospek.import.country';

type Properties = GoogleAppsScript.Properties.Properties;

/** The document's properties: fetch them once when reading and writing several of these. */
export function documentProperties(): Properties {
  return PropertiesService.getDocumentProperties();
}

export function readImportRecord(props = documentProperties()): ImportRecord | null {
  const raw = props.getProperty(LAST);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as ImportRecord;
    return typeof v?.batchId === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function writeImportRecord(record: ImportRecord, props = documentProperties()): void {
  props.setProperty(LAST, JSON.stringify(record));
}

export function clearImportRecord(props = documentProperties()): void {
  props.deleteProperty(LAST);
}

export function readDefaultCountry(props = documentProperties()): CountryCode {
  return parseCountry(props.getProperty(COUNTRY)) ?? DEFAULT_COUNTRY;
}

export function writeDefaultCountry(country: CountryCode, props = documentProperties()): void {
  props.setProperty(COUNTRY, country);
}
