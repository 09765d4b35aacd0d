// The contract between the sidebar and the server: every function the sidebar may call through
// google.script.run, with the JSON-safe shapes it sends and gets back (instants as ISO strings,
// days as 'YYYY-MM-DD'). src/main.ts is checked against it at compile time and
// sidebar/server.ts derives its typed, promise-returning wrapper from it, so the two sides
// cannot drift apart. Each feature adds its own functions here.
//
// Problems the user can fix come back as `{ ok: false, message, issues }` rather than thrown:
// google.script.run's failure handler receives only a message, and the form needs the field
// keys to mark its inputs. Anything thrown is a bug or an outage and reaches the failure
// handler as usual.
import type { FieldIssue } from './domain/errors';

export type Reply<T> =
  { ok: true; value: T } | { ok: false; message: string; issues: FieldIssue[] };

/** The value a Reply carries when it succeeds. */
export type ReplyValue<R> = R extends { ok: true; value: infer T } ? T : never;

/** The sidebar's parts; the server opens the sidebar on one of them (data-tab on #app). */
export const SIDEBAR_TABS = ['contact', 'conversations', 'pipeline', 'settings', 'import'] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

export interface SidebarApi {
  // Issue 4 (contact, conversations, pipeline) — shapes are filled in with the feature.
  [fn: string]: (...args: never[]) => Reply<unknown>;
}
