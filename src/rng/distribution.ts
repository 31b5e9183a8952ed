/**
 * Distributions as the scenario writes them (`{ dist: lognormal, mean: 20, cv: 0.5 }`): compiled
 * samplers for the model, and analytic mean, variance and survival for the crowd model and tests.
 */
import type { Distribution } from '../scenario/schema.js';
import {
  type PreparedDistribution,
  prepareConstant,
  prepareEmpirical,
  prepareExponential,
  prepareGamma,
  prepareLognormal,
  prepareTriangular,
  prepareTruncatedNormal,
  prepareUniform,
  prepareWeibull,
  type Sampler,
} from './families.js';

/**
 * Validates a distribution and derives its parameters once. Use it to call `survival` many times
 * (as the crowd model does) without re-deriving the parameters on each call.
 * @throws Error with a clear message when the parameters are inconsistent (e.g. uniform min > max).
 *
 * @example
 * ```ts
 * const stay = prepareDistribution({ dist: 'gamma', mean: 90, cv: 0.6 });
 * const stillThere = stay.survival(120); // P(stay > 120 minutes)
 * ```
 */
export function prepareDistribution(dist: Distribution): PreparedDistribution {
  switch (dist.dist) {
    case 'constant':
      return prepareConstant(dist);
    case 'uniform':
      return prepareUniform(dist);
    case 'exponential':
      return prepareExponential(dist);
    case 'normal':
      return prepareTruncatedNormal(dist);
    case 'lognormal':
      return prepareLognormal(dist);
    case 'gamma':
      return prepareGamma(dist);
    case 'triangular':
      return prepareTriangular(dist);
    case 'weibull':
      return prepareWeibull(dist);
    case 'empirical':
      return prepareEmpirical(dist);
    default:
      return unknownDistribution(dist);
  }
}

/** Reached only if a value escaped the type system (e.g. unchecked JSON). */
function unknownDistribution(dist: never): never {
  throw new Error(`unknown distribution ${JSON.stringify((dist as { dist?: unknown }).dist)}`);
}

/**
 * A function drawing from `dist` (parameters checked and derived once, here).
 * @throws Error when the parameters are inconsistent.
 *
 * @example
 * ```ts
 * const onScene = compileSampler({ dist: 'lognormal', mean: 20, cv: 0.5 });
 * const minutes = onScene(streamFor(seed, replication, 'incident/gate-1/dispute'));
 * ```
 */
export function compileSampler(dist: Distribution): Sampler {
  return prepareDistribution(dist).sample;
}

/** E[X] for `dist` (for the normal, of the truncated variable). */
export function distributionMean(dist: Distribution): number {
  return prepareDistribution(dist).mean();
}

/** Var[X] for `dist` (for the normal, of the truncated variable). */
export function distributionVariance(dist: Distribution): number {
  return prepareDistribution(dist).variance();
}

/** P(X > x) for `dist`. */
export function survival(dist: Distribution, x: number): number {
  return prepareDistribution(dist).survival(x);
}
