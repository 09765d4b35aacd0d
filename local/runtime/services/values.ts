// Helpers for checking the values scripts pass in. A script's values come from its own realm, so
// `instanceof Date` from here would be false: check the internal class instead.
import { EnumValue } from './enums';

export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** How Apps Script names a JavaScript value's type in a signature mismatch message. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (isDateValue(v)) return 'Date';
  if (v instanceof EnumValue) return v._enum;
  if (Array.isArray(v)) return `${v.length > 0 ? typeName(v[0]) : 'Object'}[]`;
  return 'Object';
}

/**
 * "The parameters (String,String,String) don't match the method signature for
 * Utilities.formatDate." — Apps Script's message when a method gets arguments of the wrong types
 * (quoted in many public projects' error logs).
 */
export function signatureError(method: string, args: unknown[]): string {
  return `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`;
}
