// What the contact form's parts share: its text keys, and adding a labelled field for one.
import { fieldLabel } from '../../../src/domain/contact/sheetWords';
import {
  contactField,
  type ContactKey,
  type EditableContactKey,
} from '../../../src/domain/contact/contact';
import { field, type Field } from '../../form';

export type TextKey = Exclude<EditableContactKey, 'birthday'>;
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type Controls = Record<TextKey, Control>;
/** Adds a field for `key` and returns its group. */
export type AddField = (
  key: TextKey,
  label: string,
  control: Control,
  opts?: Parameters<typeof field>[3],
) => HTMLDivElement;

/** A field's label where it is the sheet's column header. */
export const header = (key: ContactKey) => fieldLabel(contactField(key).header);

/** An `add` that collects each field in `fields` and its control in `controls`. */
export function fieldAdder(fields: Field[], controls: Controls): AddField {
  return (key, label, control, opts) => {
    const f = field(key, label, control, opts);
    fields.push(f);
    controls[key] = control;
    return f.group;
  };
}
