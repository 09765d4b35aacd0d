// Apps Script enums are objects, not strings: `ScriptApp.AuthMode.FULL` prints as "FULL" and
// compares equal (==) to the string "FULL", but `=== 'FULL'` is false. One instance per value, so
// `trigger.getEventType() === ScriptApp.EventType.CLOCK` holds. EnumValue is a class (not a plain
// object), so the realm marshaller passes it through instead of copying it.

export class EnumValue {
  constructor(
    readonly _enum: string,
    readonly _name: string,
    readonly _ordinal: number,
  ) {}
  toString(): string {
    return this._name;
  }
  toJSON(): string {
    return this._name;
  }
  name(): string {
    return this._name;
  }
  ordinal(): number {
    return this._ordinal;
  }
}

const registry = new Map<string, Record<string, EnumValue>>();

/** The (shared, frozen) enum object with these value names, e.g. enumOf('AuthMode', [...]). */
export function enumOf<N extends string>(
  enumName: string,
  names: readonly N[],
): Record<N, EnumValue> {
  let e = registry.get(enumName);
  if (!e) {
    e = {};
    names.forEach((n, i) => {
      e![n] = Object.freeze(new EnumValue(enumName, n, i));
    });
    Object.freeze(e);
    registry.set(enumName, e);
  }
  return e as Record<N, EnumValue>;
}

/** The name of an enum value, or of a string standing for one ('FULL'); null for anything else. */
export function enumName(v: unknown): string | null {
  if (v instanceof EnumValue) return v._name;
  if (typeof v === 'string') return v;
  return null;
}

export const AuthMode = enumOf('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const AuthorizationStatus = enumOf('AuthorizationStatus', [
  'REQUIRED',
  'NOT_REQUIRED',
] as const);
export const EventType = enumOf('EventType', [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
] as const);
export const TriggerSource = enumOf('TriggerSource', [
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
] as const);
export const InstallationSource = enumOf('InstallationSource', [
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
] as const);
/** ScriptApp.WeekDay (also the global Weekday enum); ordinal = JavaScript's getDay(). */
export const WeekDay = enumOf('Weekday', [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const);
export const SandboxMode = enumOf('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = enumOf('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT'] as const);
export const Charset = enumOf('Charset', ['US_ASCII', 'UTF_8'] as const);
export const DigestAlgorithm = enumOf('DigestAlgorithm', [
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
] as const);

/** Types an EnumValue as the numeric enum that @types/google-apps-script declares. */
export function asEnum<T>(v: EnumValue): T {
  return v as unknown as T;
}
