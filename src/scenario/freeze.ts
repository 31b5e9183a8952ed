/** Deep freezing, so a loaded scenario cannot be changed by the code that reads it. */

/**
 * Freezes a value and everything reachable from it (objects and arrays), in place.
 *
 * @example deepFreeze({ a: [1] }).a.push(2) // throws TypeError in strict mode
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
