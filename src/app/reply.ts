// Sidebar calls answer with a Reply: problems the user can fix (a ValidationError) come back as
// `{ ok: false, message, issues }` so the form can mark its fields; google.script.run's failure
// handler would only see a message. Anything else is a bug or an outage: logged, then thrown
// on to the failure handler.
import { isValidationError } from '../domain/errors';
import type { Reply } from '../sidebarApi';

export function reply<T>(work: () => T): Reply<T> {
  try {
    return { ok: true, value: work() };
  } catch (e) {
    if (isValidationError(e)) {
      return { ok: false, message: e.message, issues: e.issues.map((i) => ({ ...i })) };
    }
    console.error(e);
    throw e;
  }
}
