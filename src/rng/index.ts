/**
 * Random streams and distributions: import from here. Only `src/rng/` touches seedrandom.
 *
 * @example
 * ```ts
 * import { compileSampler, streamFor } from '../rng/index.js';
 * const stream = streamFor(seed, replication, 'incident/gate-1/dispute');
 * const onScene = compileSampler({ dist: 'gamma', mean: 25, cv: 0.7 })(stream);
 * ```
 */
export {
  compileSampler,
  distributionMean,
  distributionVariance,
  prepareDistribution,
  survival,
} from './distribution.js';
export type { PreparedDistribution, Sampler } from './families.js';
export { bernoulli, RandomStream, streamFor, streamKey } from './stream.js';
