// The one error type for problems the user can fix. Anything else thrown is a bug.

/** One user-facing problem with one field of a payload. */
export interface FieldIssue {
  /** Field key ('email', 'followUpOn', ...) so the sidebar can mark the input. */
  field: string;
  /** Complete sentence naming the field by its label. */
  message: string;
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: readonly FieldIssue[];

  constructor(issues: FieldIssue | readonly FieldIssue[]) {
    const list = Array.isArray(issues) ? [...issues] : [issues as FieldIssue];
    if (list.length === 0) throw new Error('ValidationError needs at least one issue');
    // The message lists every issue: google.script.run's failure handler only sees the message.
    super(list.map((i) => i.message).join(' '));
    this.issues = list;
  }

  /** The first field at fault (the one to focus). */
  get field(): string {
    return this.issues[0].field;
  }

  toJSON(): { name: 'ValidationError'; message: string; issues: FieldIssue[] } {
    return {
      name: this.name,
      message: this.message,
      issues: this.issues.map((i) => ({ ...i })),
    };
  }
}

/**
 * Recognises a ValidationError even from another realm (the local runtime loads the bundle in
 * a vm context, where instanceof fails).
 */
export function isValidationError(e: unknown): e is ValidationError {
  if (e instanceof ValidationError) return true;
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { name?: unknown }).name === 'ValidationError' &&
    Array.isArray((e as { issues?: unknown }).issues)
  );
}
