// Which fields of a form the user has changed since it was filled, by value. A unit is a group
// of controls that make one value together (a birthday's day, month and year): it is taken or
// kept as a whole.
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type Values = Map<Control, string>;

export interface Edits {
  /** Fills every control with `values`: nothing is unsaved after. */
  reset(values: Values): void;
  /**
   * Takes `values` (the same record, newer) into every unit the user has not changed and keeps
   * what they typed in the others, which stay unsaved unless they now agree.
   */
  merge(values: Values): void;
  /** What the controls hold now (just sent to be saved). */
  current(): Values;
  /** Counts `sent` as the saved state, so the server's answer replaces it. */
  adopt(sent: Values): void;
  dirty(): boolean;
}

export function trackEdits(units: readonly (readonly Control[])[]): Edits {
  const all = units.flat();
  let base: Values = new Map();
  const touched = (unit: readonly Control[]) => unit.some((c) => c.value !== base.get(c));
  return {
    reset(values) {
      for (const c of all) c.value = values.get(c) ?? '';
      // Read back: a select shows '' for a value it has no option for.
      base = new Map(all.map((c) => [c, c.value]));
    },
    merge(values) {
      const next: Values = new Map();
      for (const unit of units) {
        const keep = touched(unit);
        for (const c of unit) {
          if (!keep) c.value = values.get(c) ?? '';
          next.set(c, keep ? (values.get(c) ?? '') : c.value);
        }
      }
      base = next;
    },
    current: () => new Map(all.map((c) => [c, c.value])),
    adopt(sent) {
      base = new Map(sent);
    },
    dirty: () => units.some(touched),
  };
}
