/**
 * The parameters of a distribution of minutes that are themselves minutes (where it lies and how
 * wide it is), as opposed to its shape (a coefficient of variation, a Weibull shape, weights).
 * Multiplying each of them by f multiplies every time the distribution gives by f: what a
 * sensitivity analysis does to "detection delays" or "on-scene times".
 */
import type { Distribution } from './types.js';

/**
 * The names of the distribution's minute-valued parameters that it holds.
 *
 * @example timeParameters({ dist: 'lognormal', mean: 15, cv: 0.8 }) // ['mean']
 * @example timeParameters({ dist: 'uniform', min: 2, max: 6 }) // ['min', 'max']
 */
export function timeParameters(distribution: Distribution): string[] {
  switch (distribution.dist) {
    case 'constant':
      return ['value'];
    case 'uniform':
      return ['min', 'max'];
    case 'exponential':
    case 'lognormal':
    case 'gamma':
      return ['mean'];
    case 'normal':
      return ['mean', 'sd', 'min', 'max'].filter(
        (key) => distribution[key as keyof typeof distribution] !== undefined,
      );
    case 'triangular':
      return ['min', 'mode', 'max'];
    case 'weibull':
      return ['scale'];
    case 'empirical':
      return ['values'];
  }
}
