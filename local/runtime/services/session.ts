// Session: who runs the script, its time zone and the user's locale.
//
// User.getEmail() "returns a blank string" where "security policies do not allow access to the
// user's email address", e.g. "a simple onOpen(e) or onEdit(e) trigger" (reference/base/user).
// getEffectiveUser() is "the user under whose authority the script is running": for an
// installable trigger, the user who created it — which is exec.user here.
// getTemporaryActiveUserKey() is "unique to the active user but does not reveal the user
// identity"; it rotates every 30 days and is unique to the script.
import { createHash } from 'node:crypto';
import type { Runtime } from '../runtime';
import type { Implements } from './implements';
import { LOCAL_SCRIPT_ID } from './scriptApp';

class FakeUser implements Implements<GoogleAppsScript.Base.User, 'getEmail' | 'getUserLoginId'> {
  constructor(readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
  /** Deprecated alias of getEmail(). */
  getUserLoginId(): string {
    return this._email;
  }
}

type SessionMethods =
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getActiveUserLocale'
  | 'getTemporaryActiveUserKey';

class FakeSession implements Implements<GoogleAppsScript.Base.Session, SessionMethods> {
  constructor(readonly _rt: Runtime) {}

  private _user(email: string): GoogleAppsScript.Base.User {
    return userFake(this._rt, email);
  }

  getActiveUser(): GoogleAppsScript.Base.User {
    const exec = this._rt.exec();
    // Contexts that run without the user's authorization do not reveal the address.
    const hidden =
      exec.kind === 'simpleTrigger' ||
      exec.authMode === 'LIMITED' ||
      exec.authMode === 'CUSTOM_FUNCTION';
    return this._user(hidden ? '' : exec.user);
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this._user(this._rt.exec().user);
  }

  getScriptTimeZone(): string {
    return this._rt.state.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return this._rt.state.userLocale;
  }

  getTemporaryActiveUserKey(): string {
    const exec = this._rt.exec();
    const period = Math.floor(this._rt.now() / (30 * 24 * 60 * 60 * 1000));
    return createHash('sha256')
      .update(`${LOCAL_SCRIPT_ID}|${exec.user}|${period}`)
      .digest('base64')
      .slice(0, 43);
  }
}

/** A User object as the script sees it (an event's `user`, Session.getActiveUser()). */
export function userFake(rt: Runtime, email: string): GoogleAppsScript.Base.User {
  return rt.expose(new FakeUser(email), 'User') as unknown as GoogleAppsScript.Base.User;
}

export function createSession(rt: Runtime): GoogleAppsScript.Base.Session {
  return rt.expose(new FakeSession(rt), 'Session') as unknown as GoogleAppsScript.Base.Session;
}
