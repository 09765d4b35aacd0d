// Which fields of a form the user has changed since it was filled, by value. A unit is a group
// of controls that make one value together (a birthday's day, month and year): it is taken or
// kept as a whole. A unit the user changed that someone else changed too, to something else, is
// a conflict: it stays open until the user keeps theirs or takes the other value.
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type Values = Map<Control, string>;
export type Unit = readonly Control[];

export interface Conflict {
  unit: Unit;
  /** The other person's value, as the unit's controls would show it. */
  theirs: Values;
}

export interface Edits {
  /** Fills every control with `values`: nothing is unsaved or in conflict after. */
  reset(values: Values): void;
  /**
   * Takes `values` (the same record, newer) into every unit the user has not changed and keeps
   * what they typed in the others, which stay unsaved unless they now agree. Unless `own` (the
   * reply to this form's own save), a kept unit whose value changed to something else than what
   * was typed becomes a conflict. Returns the conflicts this merge opened.
   */
  merge(values: Values, own?: boolean): Conflict[];
  /** The open conflicts, in form order. */
  conflicts(): Conflict[];
  /** Resolves a conflict: `take` fills in their value, otherwise the typed value stays. */
  resolve(unit: Unit, take: boolean): void;
  /** What the controls hold now (just sent to be saved). */
  current(): Values;
  /** Counts `sent` as the saved state, so the server's answer replaces it. */
  adopt(sent: Values): void;
  dirty(): boolean;
}

/** What `c` shows for `value` (a select has no '' for an unknown option, an email input trims). */
function shown(c: Control, value: string): string {
  const probe = c.cloneNode(true) as Control;
  probe.value = value;
  return probe.value;
}

export function trackEdits(units: readonly Unit[]): Edits {
  const all = units.flat();
  let base: Values = new Map();
  const open = new Map<Unit, Values>();
  const touched = (unit: Unit) => unit.some((c) => c.value !== base.get(c));
  const same = (unit: Unit, a: Values, b: Values) => unit.every((c) => a.get(c) === b.get(c));
  const conflicts = () => {
    // Typed back to the new value: nothing left to choose.
    for (const unit of open.keys()) if (!touched(unit)) open.delete(unit);
    return units.filter((u) => open.has(u)).map((unit) => ({ unit, theirs: open.get(unit)! }));
  };
  return {
    reset(values) {
      for (const c of all) c.value = values.get(c) ?? '';
      // Read back: a select shows '' for a value it has no option for.
      base = new Map(all.map((c) => [c, c.value]));
      open.clear();
    },
    merge(values, own = false) {
      const next: Values = new Map();
      const opened: Conflict[] = [];
      for (const unit of units) {
        const theirs: Values = new Map(unit.map((c) => [c, shown(c, values.get(c) ?? '')]));
        if (!touched(unit)) {
          for (const c of unit) c.value = theirs.get(c)!;
        } else if (!own && !same(unit, theirs, base) && !open.has(unit)) {
          open.set(unit, theirs);
          opened.push({ unit, theirs });
        } else if (open.has(unit) && !same(unit, theirs, open.get(unit)!)) {
          // Changed again while the user was choosing: they choose against the newest.
          open.set(unit, theirs);
          opened.push({ unit, theirs });
        }
        for (const c of unit) next.set(c, theirs.get(c)!);
      }
      base = next;
      // A unit typed to the very value it now has is no conflict.
      const live = new Set(conflicts().map((c) => c.unit));
      return opened.filter((o) => live.has(o.unit));
    },
    conflicts,
    resolve(unit, take) {
      const theirs = open.get(unit);
      open.delete(unit);
      if (take && theirs) for (const c of unit) c.value = theirs.get(c) ?? '';
    },
    current: () => new Map(all.map((c) => [c, c.value])),
    adopt(sent) {
      base = new Map(sent);
    },
    dirty: () => units.some(touched),
  };
}
