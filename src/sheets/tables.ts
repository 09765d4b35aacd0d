// The two tabs Prospek keeps: one row per contact, one row per activity.
import {
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  type ActivityKey,
  type ContactKey,
} from '../domain/contact/contact';
import type { TableSpec } from './sheetTable';

export const CONTACTS: TableSpec<ContactKey> = { sheetName: 'Contacts', fields: CONTACT_FIELDS };
export const ACTIVITIES: TableSpec<ActivityKey> = {
  sheetName: 'Activities',
  fields: ACTIVITY_FIELDS,
};
