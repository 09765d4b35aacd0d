// Session: who is acting. Either address may be '' when Apps Script does not reveal it.
export interface SessionService {
  /** The user at the keyboard (sidebar, menu). */
  activeUserEmail(): string;
  /** Whom the script runs as (a trigger's owner). */
  effectiveUserEmail(): string;
  /** The user's language setting ('id', 'en_US'); allowed even in AuthMode.NONE. */
  activeUserLocale(): string;
}

export const session: SessionService = {
  activeUserEmail: () => Session.getActiveUser().getEmail(),
  effectiveUserEmail: () => Session.getEffectiveUser().getEmail(),
  activeUserLocale: () => Session.getActiveUserLocale(),
};
