// What the document remembers about imports, in its document properties (imports are the
// sheet's, not one user's): the last import (for "Undo last import" and resuming an interrupted
// one) and the country phone numbers without a country code are read in. `props` is the
// document's properties: fetched once by the caller when it reads and writes several of these.
import type { Properties } from '../gas/properties';
import type { ImportRecord } from '../domain/import/batch';
import { DEFAULT_COUNTRY, parseCountry, type CountryCode } from '../domain/import/dedupe';

const LAST = 'prospek.import.last';
const COUNTRY = 'prospek.import.country';

export function readImportRecord(props: Properties): ImportRecord | null {
  const raw = props.getProperty(LAST);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as ImportRecord;
    return typeof v?.batchId === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function writeImportRecord(props: Properties, record: ImportRecord): void {
  props.setProperty(LAST, JSON.stringify(record));
}

export function clearImportRecord(props: Properties): void {
  props.deleteProperty(LAST);
}

export function readDefaultCountry(props: Properties): CountryCode {
  return parseCountry(props.getProperty(COUNTRY)) ?? DEFAULT_COUNTRY;
}

export function writeDefaultCountry(props: Properties, country: CountryCode): void {
  props.setProperty(COUNTRY, country);
}
