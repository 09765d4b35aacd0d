// Contacts for domain tests: a full Contact from the few fields a test cares about.
import { emptyContact, type Contact } from '../../../src/domain/contact/contact';

let counter = 0;

export function makeContact(fields: Partial<Contact> = {}): Contact {
  counter += 1;
  return {
    ...emptyContact(),
    id: `C-${String(counter).padStart(6, '0')}`,
    name: `Contact ${counter}`,
    ...fields,
  };
}
