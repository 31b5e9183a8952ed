/**
 * Which random streams each job uses. The model keys every stream by (seed, replication, name)
 * and never by plan, so giving replication r of every plan the same seed makes every plan see
 * exactly the same incidents (common random numbers): the differences between plans are then
 * differences of staffing, not of luck, and paired confidence intervals are narrow.
 *
 * With `independent`, each plan gets its own seed instead, so that the variance reduction of
 * common random numbers can be measured (docs/statistics.md); it is never the better choice for
 * a real comparison.
 */

/** Spacing between the seeds of independent plans; a large prime, so seeds do not line up. */
const INDEPENDENT_SEED_STEP = 1_000_003;

/**
 * The seed of a plan's jobs: `seed` for every plan (common random numbers), or with `independent`
 * `seed + (planIndex + 1) × 1,000,003`, where planIndex is the plan's position in the scenario's
 * plan list (so a plan keeps its streams whichever other plans are compared with it).
 */
export function planSeed(seed: number, planIndex: number, independent: boolean): number {
  if (!independent) return seed;
  const derived = seed + (planIndex + 1) * INDEPENDENT_SEED_STEP;
  if (!Number.isSafeInteger(derived)) throw new RangeError(`seed ${seed} is too large`);
  return derived;
}
