// Fakes whose methods chain (`return this`) must hand back the exposed proxy, not the raw object:
// expose() calls methods on the raw target, so `this` inside them is unwrapped, and returning it
// would let the script bypass call recording, permission checks and faults.
import type { Runtime } from '../runtime';

export interface SelfExposed {
  /** The proxy the script holds (underscore fields are not wrapped by expose). */
  _self: unknown;
}

export function exposeSelf<T extends SelfExposed>(rt: Runtime, obj: T, className: string): T {
  const proxy = rt.expose(obj, className);
  obj._self = proxy;
  return proxy;
}
