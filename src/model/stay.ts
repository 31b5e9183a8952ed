/**
 * The stay-time kernel of the crowd model: for a visitor's stay X at a site, the expected minutes
 * present during each minute of age, I_k = ∫_k^{k+1} P(X > x) dx. With it, a minute's worth of
 * arrivals (spread evenly over the minute) contributes a_j · I_{t−1−j} to the occupancy at the
 * grid instant t, exactly.
 */
import { prepareDistribution } from '../rng/distribution.js';
import type { Distribution } from '../scenario/schema.js';

/**
 * Survival below which the kernel's tail is dropped. The occupancy lost is at most this share of
 * the visitors who arrived over the truncated span: far below anything reported.
 */
const NEGLIGIBLE_SURVIVAL = 1e-10;

/** Simpson panels per minute for continuous stays (survival functions are smooth there). */
const PANELS_PER_MINUTE = 4;

/**
 * I_k = ∫_k^{k+1} P(X > x) dx for k = 0, 1, … until the survival is negligible or `maxMinutes`
 * is reached. Point masses (constant, a degenerate normal or triangular) and empirical stays are
 * integrated exactly; continuous ones by composite Simpson on a quarter-minute grid.
 *
 * @example stayKernel({ dist: 'constant', value: 2.5 }, 100) // Float64Array [1, 1, 0.5]
 */
export function stayKernel(stay: Distribution, maxMinutes: number): Float64Array {
  const prepared = prepareDistribution(stay);
  if (stay.dist === 'empirical') {
    const weights = stay.weights ?? stay.values.map(() => 1);
    return discreteKernel(stay.values, weights, maxMinutes);
  }
  if (prepared.variance() === 0) return discreteKernel([prepared.mean()], [1], maxMinutes);
  return continuousKernel((x) => prepared.survival(x), maxMinutes);
}

/** Exact kernel of a discrete stay: value v contributes min(1, max(0, v − k)) to minute k. */
function discreteKernel(
  values: readonly number[],
  weights: readonly number[],
  maxMinutes: number,
): Float64Array {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const longest = Math.max(...values.filter((_, i) => weights[i]! > 0));
  const length = Math.min(Math.ceil(longest), maxMinutes);
  const kernel = new Float64Array(length);
  values.forEach((value, i) => {
    const p = weights[i]! / total;
    if (p === 0) return;
    for (let k = 0; k < length && k < value; k++) kernel[k]! += p * Math.min(1, value - k);
  });
  return kernel;
}

/** Simpson's rule on each minute, stopping once the survival is negligible. */
function continuousKernel(survival: (x: number) => number, maxMinutes: number): Float64Array {
  const values: number[] = [];
  const h = 1 / PANELS_PER_MINUTE;
  let left = survival(0);
  for (let k = 0; k < maxMinutes && left > NEGLIGIBLE_SURVIVAL; k++) {
    let sum = 0;
    for (let p = 0; p < PANELS_PER_MINUTE; p++) {
      const x = k + p * h;
      const mid = survival(x + h / 2);
      const right = survival(x + h);
      sum += (h / 6) * (left + 4 * mid + right);
      left = right;
    }
    values.push(sum);
  }
  return Float64Array.from(values);
}
