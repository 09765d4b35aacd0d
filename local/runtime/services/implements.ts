/** A fake implements the named methods of a real Apps Script interface: the names must exist there, it must accept the real parameters, and primitive return types must match. */
export type Implements<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R
    ? (...args: A) => R extends object ? unknown : R
    : T[P];
};
