/**
 * Argument checks shared by the analytic references. Each throws a `RangeError` that names the
 * argument and the value, so a wrong call fails at once rather than returning a number that looks
 * like an answer.
 */

/** Throws unless `value` is a finite number greater than 0. */
export function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number greater than 0 (got ${value})`);
  }
}

/** Throws unless `value` is a finite number of 0 or more. */
export function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of 0 or more (got ${value})`);
  }
}

/** Throws unless `value` is an integer in [`min`, `max`]. */
export function requireIntegerBetween(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max} (got ${value})`);
  }
}
