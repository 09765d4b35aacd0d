// One call of an entry point is one execution, as in Apps Script: its own global scope (the
// project is loaded afresh), an auth mode, an active user and the document locks it holds.
import type { AuthModeName } from './permissions';
import type { Realm } from './realm';

export type ExecutionKind =
  | 'editor'
  | 'simpleTrigger'
  | 'installableTrigger'
  | 'menu'
  | 'sidebar'
  | 'timeTrigger'
  | 'customFunction';

export interface ExecutionOptions {
  authMode?: AuthModeName;
  /** Who runs it; defaults to the runtime's active user. */
  user?: string;
  kind?: ExecutionKind;
  /** Answers to alerts and prompts, in order (a button name, or { button, text } for a prompt). */
  responses?: DialogResponse[];
  /** The trigger that started it, for time-driven executions. */
  triggerUid?: string;
}

export type DialogResponse = string | { button: string; text?: string };

export interface DialogRecord {
  type: 'alert' | 'prompt' | 'toast' | 'sidebar' | 'modal' | 'modeless';
  title: string;
  message: string;
  buttons?: string;
  response?: DialogResponse;
  html?: string;
}

export interface Execution {
  id: number;
  kind: ExecutionKind;
  authMode: AuthModeName;
  user: string;
  realm: Realm;
  startedAt: number;
  triggerUid: string | null;
  responses: DialogResponse[];
  dialogs: DialogRecord[];
  /** Lock scopes ('document:<id>', 'script', 'user:<email>') this execution holds. */
  locks: Set<string>;
}

/** Thrown when a script shows an alert or prompt that no scripted response answers. */
export class DialogNeedsResponse extends Error {
  constructor(readonly dialog: DialogRecord) {
    super(`No response was given for the ${dialog.type} "${dialog.title || dialog.message}"`);
    this.name = 'DialogNeedsResponse';
  }
}
