// ScriptApp: time-driven triggers (builder, listing, deletion, limits) and the enums scripts use.
//
// Messages (word for word as Apps Script throws them):
// - "This script has too many triggers. Triggers must be deleted from the script before more can
//   be added." — 20 triggers per user per script (quotas page). No public log found in the search
//   corpus (unconfirmed).
// - "This add-on has created too many time-based triggers in this document for this Google user
//   account." — an add-on gets one trigger of each event type per user per document (seen in
//   ljay79/jira-tools#53 and in execution logs quoted by add-on projects).
// - "The recurrence interval for an Add-on trigger must be at least one hour." — add-ons may not
//   use everyMinutes (ttsukagoshi/mail-merge-for-gmail#165; the guide: "Add-ons can only use
//   time-driven triggers once an hour at most").
// - "The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30." —
//   quoted from a real execution log in a public project.
import type { Runtime } from '../runtime';
import type { TriggerEventType, TriggerSchedule, TriggerState } from '../state';
import { epochOf, isValidTimeZone, wallTime } from '../timeZone';
import {
  asEnum,
  AuthMode,
  AuthorizationStatus,
  enumName,
  EnumValue,
  EventType,
  InstallationSource,
  TriggerSource,
  WeekDay,
} from './enums';
import { exposeSelf } from './exposed';
import type { Implements } from './implements';
import { jitterMinuteFor, nearMinuteJitter } from './triggers';
import { isDateValue, signatureError } from './values';

export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const ADDON_TOO_MANY_TRIGGERS =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
export const ADDON_MIN_INTERVAL =
  'The recurrence interval for an Add-on trigger must be at least one hour.';
export const EVERY_MINUTES_INVALID =
  'The value you passed to everyMinutes was invalid. It must be one of 1, 5, 10, 15 or 30.';
// Same wording for everyHours; the accepted values are the ones the trigger editor offers. Not
// confirmed from a real log: being stricter than Apps Script keeps passing code portable.
export const EVERY_HOURS_INVALID =
  'The value you passed to everyHours was invalid. It must be one of 1, 2, 4, 6, 8 or 12.';
/** The local runtime's own message (no real one found): a clock trigger needs a frequency. */
export const NO_SCHEDULE =
  'A time-based trigger needs a frequency: call everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, onMonthDay, at, atDate or after before create().';

/** A stable, made-up script ID (real ones are 57 characters of base64url). */
export const LOCAL_SCRIPT_ID = '1LocalAppsScriptRuntimeScriptIdXXXXXXXXXXXXXXXXXXXXXXXXXX';

const MINUTES = [1, 5, 10, 15, 30];
const HOURS = [1, 2, 4, 6, 8, 12];

type TriggerMethods =
  'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId';

class FakeTrigger implements Implements<GoogleAppsScript.Script.Trigger, TriggerMethods> {
  constructor(
    readonly _uid: string,
    readonly _handler: string,
    readonly _eventType: TriggerEventType = 'CLOCK',
    readonly _sourceId: string | null = null,
  ) {}
  getUniqueId(): string {
    return this._uid;
  }
  getHandlerFunction(): string {
    return this._handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return asEnum(EventType[this._eventType]);
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return asEnum(this._eventType === 'CLOCK' ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS);
  }
  getTriggerSourceId(): string {
    // A clock trigger has no source document; a spreadsheet trigger's is the spreadsheet's ID.
    return (this._eventType === 'CLOCK' ? null : this._sourceId) as unknown as string;
  }
}

function exposeTrigger(rt: Runtime, t: TriggerState): GoogleAppsScript.Script.Trigger {
  return rt.expose(
    new FakeTrigger(t.uid, t.handler, t.eventType, t.documentId),
    'Trigger',
  ) as GoogleAppsScript.Script.Trigger;
}

/** Adds a trigger after the limits every trigger obeys; returns its uid. */
function addTrigger(
  rt: Runtime,
  fields: Pick<TriggerState, 'handler' | 'eventType' | 'documentId' | 'timeZone'>,
  schedule: (uid: string) => TriggerSchedule,
): TriggerState {
  const exec = rt.exec();
  const mine = rt.state.triggers.filter((t) => t.owner === exec.user);
  if (mine.length >= MAX_TRIGGERS_PER_USER) rt.fail(TOO_MANY_TRIGGERS);
  rt.newId('trigger');
  // Real trigger IDs are long decimal strings.
  const uid = `59${String(rt.state.counter).padStart(17, '0')}`;
  const trigger: TriggerState = {
    uid,
    ...fields,
    owner: exec.user,
    schedule: schedule(uid),
    createdAt: rt.now(),
    lastFired: null,
    jitterMinute: jitterMinuteFor(uid),
  };
  rt.state.triggers.push(trigger);
  return trigger;
}

type SpreadsheetTriggerMethods = 'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create';

/** ScriptApp.newTrigger(fn).forSpreadsheet(ss).onEdit().create() and its kin. */
class FakeSpreadsheetTriggerBuilder implements Implements<
  GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
  SpreadsheetTriggerMethods
> {
  _self: unknown;
  private _event: TriggerEventType | null = null;
  constructor(
    readonly _rt: Runtime,
    readonly _handler: string,
    readonly _sourceId: string,
  ) {}
  private _on(event: TriggerEventType) {
    this._event = event;
    return this._self as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  onOpen() {
    return this._on('ON_OPEN');
  }
  onEdit() {
    return this._on('ON_EDIT');
  }
  onChange() {
    return this._on('ON_CHANGE');
  }
  onFormSubmit() {
    return this._on('ON_FORM_SUBMIT');
  }
  create(): GoogleAppsScript.Script.Trigger {
    // (The local runtime's wording: no public log of this case was found.)
    if (!this._event)
      this._rt.fail(
        'A spreadsheet trigger needs an event: call onOpen, onEdit, onChange or onFormSubmit before create().',
      );
    const event = this._event;
    const t = addTrigger(
      this._rt,
      {
        handler: this._handler,
        eventType: event,
        documentId: this._sourceId,
        timeZone: this._rt.state.scriptTimeZone,
      },
      () => ({ kind: 'event' }),
    );
    return exposeTrigger(this._rt, t);
  }
}

class FakeTriggerBuilder implements Implements<
  GoogleAppsScript.Script.TriggerBuilder,
  'timeBased' | 'forSpreadsheet'
> {
  constructor(
    readonly _rt: Runtime,
    readonly _handler: string,
  ) {}
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return exposeSelf(
      this._rt,
      new FakeClockTriggerBuilder(this._rt, this._handler),
      'ClockTriggerBuilder',
    );
  }
  /** A spreadsheet (or its ID) whose events fire the trigger. */
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id =
      typeof sheet === 'string' ? sheet : (sheet as unknown as { getId?: () => string })?.getId?.();
    if (typeof id !== 'string' || !this._rt.spreadsheets.has(id))
      this._rt.fail(signatureError('TriggerBuilder.forSpreadsheet', [sheet]));
    return exposeSelf(
      this._rt,
      new FakeSpreadsheetTriggerBuilder(this._rt, this._handler, id),
      'SpreadsheetTriggerBuilder',
    ) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
}

type ClockMethods =
  | 'after'
  | 'at'
  | 'atDate'
  | 'atHour'
  | 'create'
  | 'everyDays'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyWeeks'
  | 'inTimezone'
  | 'nearMinute'
  | 'onMonthDay'
  | 'onWeekDay';

interface ClockSpec {
  at?: number;
  atDate?: { year: number; month: number; day: number };
  atHour?: number;
  nearMinute?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  weekday?: number;
  monthDay?: number;
  timeZone?: string;
}

class FakeClockTriggerBuilder implements Implements<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  ClockMethods
> {
  _self: unknown = null;
  readonly _spec: ClockSpec = {};
  constructor(
    readonly _rt: Runtime,
    readonly _handler: string,
  ) {}

  private _int(method: string, n: unknown, min: number, max: number): number {
    if (typeof n !== 'number') this._rt.fail(signatureError(`ClockTriggerBuilder.${method}`, [n]));
    if (!Number.isInteger(n) || n < min || n > max) {
      // Local wording: Apps Script's own message for these is not documented.
      this._rt.fail(
        `Invalid argument: ${method} must be an integer from ${min} to ${max}, not ${n}.`,
      );
    }
    return n;
  }

  after(durationMilliseconds: number): this {
    const ms = this._int('after', durationMilliseconds, 0, Number.MAX_SAFE_INTEGER);
    this._spec.at = this._rt.now() + ms;
    return this._self as this;
  }
  at(date: GoogleAppsScript.Base.Date): this {
    if (!isDateValue(date)) this._rt.fail(signatureError('ClockTriggerBuilder.at', [date]));
    this._spec.at = (date as unknown as Date).getTime();
    return this._self as this;
  }
  atDate(year: number, month: number, day: number): this {
    this._spec.atDate = {
      year: this._int('atDate', year, 1970, 9999),
      month: this._int('atDate', month, 1, 12),
      day: this._int('atDate', day, 1, 31),
    };
    return this._self as this;
  }
  atHour(hour: number): this {
    this._spec.atHour = this._int('atHour', hour, 0, 23);
    return this._self as this;
  }
  nearMinute(minute: number): this {
    this._spec.nearMinute = this._int('nearMinute', minute, 0, 59);
    return this._self as this;
  }
  everyMinutes(n: number): this {
    if (typeof n !== 'number')
      this._rt.fail(signatureError('ClockTriggerBuilder.everyMinutes', [n]));
    if (!MINUTES.includes(n)) this._rt.fail(EVERY_MINUTES_INVALID);
    this._spec.everyMinutes = n;
    return this._self as this;
  }
  everyHours(n: number): this {
    if (typeof n !== 'number') this._rt.fail(signatureError('ClockTriggerBuilder.everyHours', [n]));
    if (!HOURS.includes(n)) this._rt.fail(EVERY_HOURS_INVALID);
    this._spec.everyHours = n;
    return this._self as this;
  }
  everyDays(n: number): this {
    this._spec.everyDays = this._int('everyDays', n, 1, 366);
    return this._self as this;
  }
  everyWeeks(n: number): this {
    this._spec.everyWeeks = this._int('everyWeeks', n, 1, 52);
    return this._self as this;
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    const v = day as unknown;
    if (!(v instanceof EnumValue) || v._enum !== 'Weekday') {
      this._rt.fail(signatureError('ClockTriggerBuilder.onWeekDay', [day]));
    }
    this._spec.weekday = v._ordinal;
    return this._self as this;
  }
  onMonthDay(day: number): this {
    this._spec.monthDay = this._int('onMonthDay', day, 1, 31);
    return this._self as this;
  }
  inTimezone(timezone: string): this {
    if (typeof timezone !== 'string')
      this._rt.fail(signatureError('ClockTriggerBuilder.inTimezone', [timezone]));
    if (!isValidTimeZone(timezone)) this._rt.fail(`Invalid argument: timezone (${timezone})`);
    this._spec.timeZone = timezone;
    return this._self as this;
  }

  create(): GoogleAppsScript.Script.Trigger {
    const rt = this._rt;
    const exec = rt.exec();
    const state = rt.state;
    const timeZone = this._spec.timeZone ?? state.scriptTimeZone;
    const kind = this._schedule(timeZone, '').kind;
    const addon = state.projectKind === 'addon';
    const documentId = addon ? rt.activeDocumentId() : null;
    const mine = state.triggers.filter((t) => t.owner === exec.user);
    if (addon && kind === 'everyMinutes') rt.fail(ADDON_MIN_INTERVAL);
    if (addon && mine.some((t) => t.eventType === 'CLOCK' && t.documentId === documentId)) {
      rt.fail(ADDON_TOO_MANY_TRIGGERS);
    }
    const trigger = addTrigger(
      rt,
      { handler: this._handler, eventType: 'CLOCK', documentId, timeZone },
      (uid) => this._schedule(timeZone, uid),
    );
    return exposeTrigger(rt, trigger);
  }

  private _schedule(timeZone: string, uid: string): TriggerSchedule {
    const s = this._spec;
    const near = s.nearMinute ?? null;
    const now = wallTime(this._rt.now(), timeZone);
    const atHour = s.atHour ?? now.hour;
    if (s.at !== undefined) return { kind: 'at', at: s.at };
    if (s.atDate) {
      // "by default near midnight (+/- 15 minutes)" (ClockTriggerBuilder.atDate).
      const midnight = epochOf(s.atDate, timeZone);
      return { kind: 'at', at: midnight + nearMinuteJitter(uid) * 60_000 };
    }
    if (s.everyMinutes !== undefined) return { kind: 'everyMinutes', minutes: s.everyMinutes };
    if (s.everyHours !== undefined)
      return { kind: 'everyHours', hours: s.everyHours, nearMinute: near };
    if (s.everyWeeks !== undefined || s.weekday !== undefined) {
      return {
        kind: 'weekly',
        everyWeeks: s.everyWeeks ?? 1,
        weekday: s.weekday ?? now.weekday,
        atHour,
        nearMinute: near,
      };
    }
    if (s.monthDay !== undefined)
      return { kind: 'monthly', monthDay: s.monthDay, atHour, nearMinute: near };
    if (s.everyDays !== undefined)
      return { kind: 'daily', everyDays: s.everyDays, atHour, nearMinute: near };
    return this._rt.fail(NO_SCHEDULE);
  }
}

class FakeAuthorizationInfo implements Implements<
  GoogleAppsScript.Script.AuthorizationInfo,
  'getAuthorizationStatus' | 'getAuthorizationUrl'
> {
  constructor(readonly _required: boolean) {}
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return asEnum(this._required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED);
  }
  getAuthorizationUrl(): string {
    // Null when no authorization is needed, as documented for AuthorizationInfo.
    return this._required
      ? `https://script.google.com/macros/d/${LOCAL_SCRIPT_ID}/authorize`
      : (null as unknown as string);
  }
}

type ScriptAppMethods =
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getAuthorizationInfo'
  | 'getScriptId'
  | 'getInstallationSource';

class FakeScriptApp implements Implements<GoogleAppsScript.Script.ScriptApp, ScriptAppMethods> {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly InstallationSource = InstallationSource;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  constructor(readonly _rt: Runtime) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string')
      this._rt.fail(signatureError('ScriptApp.newTrigger', [functionName]));
    return this._rt.expose(
      new FakeTriggerBuilder(this._rt, functionName),
      'TriggerBuilder',
    ) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  /** The current user's triggers for this script (another user's are invisible). */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    const user = this._rt.exec().user;
    return this._rt.state.triggers
      .filter((t) => t.owner === user)
      .map((t) => exposeTrigger(this._rt, t));
  }

  /** The current user's triggers of this script or add-on in the given spreadsheet. */
  getUserTriggers(
    spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ): GoogleAppsScript.Script.Trigger[] {
    const id = (spreadsheet as unknown as { getId(): string }).getId();
    const user = this._rt.exec().user;
    return this._rt.state.triggers
      .filter((t) => t.owner === user && t.documentId === id)
      .map((t) => exposeTrigger(this._rt, t));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const uid = (trigger as unknown as { _uid?: string })?._uid;
    if (typeof uid !== 'string')
      this._rt.fail(signatureError('ScriptApp.deleteTrigger', [trigger]));
    const user = this._rt.exec().user;
    this._rt.state.triggers = this._rt.state.triggers.filter(
      (t) => !(t.uid === uid && t.owner === user),
    );
  }

  /**
   * REQUIRED while the add-on runs in AuthMode.NONE (installed but not yet authorized in this
   * document), NOT_REQUIRED once it runs with authorization.
   */
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
  ): GoogleAppsScript.Script.AuthorizationInfo {
    const v = authMode as unknown;
    if (!(v instanceof EnumValue) || v._enum !== 'AuthMode') {
      this._rt.fail(signatureError('ScriptApp.getAuthorizationInfo', [authMode]));
    }
    const required = this._rt.exec().authMode === 'NONE' && enumName(v) !== 'NONE';
    return this._rt.expose(
      new FakeAuthorizationInfo(required),
      'AuthorizationInfo',
    ) as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }

  getScriptId(): string {
    return LOCAL_SCRIPT_ID;
  }

  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return asEnum(
      this._rt.state.projectKind === 'addon'
        ? InstallationSource.WEB_STORE_ADD_ON
        : InstallationSource.NONE,
    );
  }
}

export function createScriptApp(rt: Runtime): GoogleAppsScript.Script.ScriptApp {
  return rt.expose(
    new FakeScriptApp(rt),
    'ScriptApp',
  ) as unknown as GoogleAppsScript.Script.ScriptApp;
}
