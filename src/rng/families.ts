/**
 * One preparer per `dist` of the scenario's DistributionSchema. A preparer checks what the schema
 * cannot (cross-field rules such as min ≤ max), derives the parameters once (e.g. a gamma's shape
 * and scale from mean and cv), and returns the distribution's sampler, moments and survival
 * function. The quantities are non-negative (minutes, unless said otherwise), except a normal
 * given a negative `min`.
 *
 * Draw counts: a sampler consumes a fixed number of uniforms, except the gamma (rejection) and
 * the normal-based ones (normals come in pairs); point masses (constant, and degenerate normal or
 * triangular) consume none. Each sampler draws only from the stream it is given.
 */
import type { Distribution } from '../scenario/schema.js';
import {
  gammaUpperRegularized,
  logGamma,
  normalCdf,
  normalDensity,
  normalQuantile,
} from './special.js';
import type { RandomStream } from './stream.js';

/** Draws one value from a distribution using the given stream. */
export type Sampler = (stream: RandomStream) => number;

/** A validated distribution with its parameters derived once. */
export interface PreparedDistribution {
  /** Draws one value. */
  readonly sample: Sampler;
  /** E[X]. */
  mean(): number;
  /** Var[X]. */
  variance(): number;
  /** P(X > x). */
  survival(x: number): number;
}

/** The spec of one `dist` kind. */
type Spec<K extends Distribution['dist']> = Extract<Distribution, { dist: K }>;

/**
 * A truncated normal whose interval holds less than this much of the untruncated normal's
 * probability is refused: it is almost surely a typo, and below it jstat's 1e-16 absolute error in
 * Φ would start to show in the samples and the survival function.
 */
const MIN_TRUNCATED_NORMAL_MASS = 1e-9;

/** Throws unless `value` is finite and greater than 0 (zod checks this too; callers may not use zod). */
function requirePositive(dist: string, what: string, value: number): void {
  if (!(value > 0 && value < Number.POSITIVE_INFINITY)) {
    throw new Error(`${dist}: ${what} must be a finite number greater than 0, got ${value}`);
  }
}

/** Throws unless `value` is finite and 0 or more. */
function requireNonNegative(dist: string, what: string, value: number): void {
  if (!(value >= 0 && value < Number.POSITIVE_INFINITY)) {
    throw new Error(`${dist}: ${what} must be a finite number, 0 or more, got ${value}`);
  }
}

/** Throws unless low ≤ high. */
function requireOrdered(
  dist: string,
  lowName: string,
  low: number,
  highName: string,
  high: number,
): void {
  if (!(low <= high)) {
    throw new Error(`${dist}: ${lowName} (${low}) must not be greater than ${highName} (${high})`);
  }
}

/** A distribution that is always `value`; its sampler consumes no draws. */
function preparePointMass(value: number): PreparedDistribution {
  return {
    sample: () => value,
    mean: () => value,
    variance: () => 0,
    survival: (x) => (x < value ? 1 : 0),
  };
}

/** `constant`: always `value`. */
export function prepareConstant(dist: Spec<'constant'>): PreparedDistribution {
  requireNonNegative('constant', 'value', dist.value);
  return preparePointMass(dist.value);
}

/** `uniform` on [min, max]; one draw per sample. */
export function prepareUniform(dist: Spec<'uniform'>): PreparedDistribution {
  const { min, max } = dist;
  requireNonNegative('uniform', 'min', min);
  requireNonNegative('uniform', 'max', max);
  requireOrdered('uniform', 'min', min, 'max', max);
  const width = max - min;
  return {
    sample: (stream) => min + width * stream.uniform(),
    mean: () => (min + max) / 2,
    variance: () => (width * width) / 12,
    survival: (x) => (x >= max ? 0 : x < min ? 1 : (max - x) / width),
  };
}

/** `exponential` with the given mean; one draw per sample. */
export function prepareExponential(dist: Spec<'exponential'>): PreparedDistribution {
  const { mean } = dist;
  requirePositive('exponential', 'mean', mean);
  return {
    sample: (stream) => stream.exponential(mean),
    mean: () => mean,
    variance: () => mean * mean,
    survival: (x) => (x <= 0 ? 1 : Math.exp(-x / mean)),
  };
}

/** z·φ(z), taken as 0 at ±∞ (where the formula would give ∞·0). */
function zDensity(z: number): number {
  return Number.isFinite(z) ? z * normalDensity(z) : 0;
}

/**
 * `normal` truncated to [min ?? 0, max ?? ∞], sampled by inversion: u uniform on
 * [Φ(a), Φ(b)] and x = mean + sd·Φ⁻¹(u). One draw per sample whatever the truncation, and exact
 * (no rejection loop whose length depends on the parameters). sd = 0 is a point mass at `mean`.
 */
export function prepareTruncatedNormal(dist: Spec<'normal'>): PreparedDistribution {
  const { mean, sd } = dist;
  const low = dist.min ?? 0;
  const high = dist.max ?? Number.POSITIVE_INFINITY;
  if (!Number.isFinite(mean)) throw new Error(`normal: mean must be a finite number, got ${mean}`);
  requireNonNegative('normal', 'sd', sd);
  if (!(low <= high)) {
    const defaulted = dist.min === undefined ? ', the default' : '';
    throw new Error(`normal: min (${low}${defaulted}) must not be greater than max (${high})`);
  }
  if (sd === 0) {
    if (mean < low || mean > high) {
      throw new Error(`normal: with sd 0, mean (${mean}) must lie within [${low}, ${high}]`);
    }
    return preparePointMass(mean);
  }
  if (low === high) return preparePointMass(low);
  const a = (low - mean) / sd;
  const b = (high - mean) / sd;
  const cdfA = normalCdf(a);
  const cdfB = normalCdf(b);
  const mass = cdfB - cdfA;
  if (!(mass >= MIN_TRUNCATED_NORMAL_MASS)) {
    throw new Error(
      `normal: [${low}, ${high}] holds only ${mass.toPrecision(2)} of the probability of a ` +
        `normal with mean ${mean} and sd ${sd}; check mean, sd, min and max`,
    );
  }
  // Standardised mean shift of the truncated variable: (φ(a) − φ(b)) / mass.
  const shift = (normalDensity(a) - normalDensity(b)) / mass;
  return {
    sample: (stream) => {
      const z = normalQuantile(cdfA + mass * stream.uniform());
      // The quantile's own error could step just outside [a, b]; clamp it back.
      return mean + sd * Math.min(Math.max(z, a), b);
    },
    mean: () => mean + sd * shift,
    variance: () => sd * sd * (1 + (zDensity(a) - zDensity(b)) / mass - shift * shift),
    survival: (x) => {
      if (x < low) return 1;
      if (x >= high) return 0;
      return (cdfB - normalCdf((x - mean) / sd)) / mass;
    },
  };
}

/** `lognormal` with the given mean and coefficient of variation: ln X ~ N(μ, σ²). */
export function prepareLognormal(dist: Spec<'lognormal'>): PreparedDistribution {
  const { mean, cv } = dist;
  requirePositive('lognormal', 'mean', mean);
  requirePositive('lognormal', 'cv', cv);
  // E[X] = exp(μ + σ²/2) and cv² = exp(σ²) − 1.
  const sigma2 = Math.log1p(cv * cv);
  const sigma = Math.sqrt(sigma2);
  const mu = Math.log(mean) - sigma2 / 2;
  return {
    sample: (stream) => Math.exp(mu + sigma * stream.standardNormal()),
    mean: () => mean,
    variance: () => (cv * mean) ** 2,
    survival: (x) => (x <= 0 ? 1 : normalCdf(-(Math.log(x) - mu) / sigma)),
  };
}

/**
 * A standard gamma draw (scale 1) by Marsaglia and Tsang's squeeze-and-reject method, with
 * `d = shape − 1/3` and `c = 1/√(9d)` precomputed, for shape ≥ 1.
 */
function sampleStandardGamma(stream: RandomStream, d: number, c: number): number {
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = stream.standardNormal();
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = stream.uniform();
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2) return d * v;
    if (Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * `gamma` with the given mean and coefficient of variation: shape 1/cv², scale mean·cv².
 * Sampled by Marsaglia–Tsang; for shape < 1 a draw of shape + 1 is scaled by U^(1/shape)
 * (their boosting identity).
 */
export function prepareGamma(dist: Spec<'gamma'>): PreparedDistribution {
  const { mean, cv } = dist;
  requirePositive('gamma', 'mean', mean);
  requirePositive('gamma', 'cv', cv);
  const shape = 1 / (cv * cv);
  const scale = mean * cv * cv;
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const inverseShape = 1 / shape;
  return {
    sample: boosted
      ? (stream) => {
          const draw = sampleStandardGamma(stream, d, c);
          // 1 − u is in (0, 1], so the draw is never exactly 0.
          return scale * draw * (1 - stream.uniform()) ** inverseShape;
        }
      : (stream) => scale * sampleStandardGamma(stream, d, c),
    mean: () => mean,
    variance: () => (cv * mean) ** 2,
    survival: (x) => gammaUpperRegularized(shape, x / scale),
  };
}

/** `triangular` on [min, max] with the given mode, sampled by inversion (one draw). */
export function prepareTriangular(dist: Spec<'triangular'>): PreparedDistribution {
  const { min, mode, max } = dist;
  requireNonNegative('triangular', 'min', min);
  requireNonNegative('triangular', 'mode', mode);
  requireNonNegative('triangular', 'max', max);
  requireOrdered('triangular', 'min', min, 'mode', mode);
  requireOrdered('triangular', 'mode', mode, 'max', max);
  if (min === max) return preparePointMass(min);
  const width = max - min;
  const left = mode - min;
  const right = max - mode;
  const modeCdf = left / width;
  return {
    sample: (stream) => {
      const u = stream.uniform();
      return u < modeCdf
        ? min + Math.sqrt(u * width * left)
        : max - Math.sqrt((1 - u) * width * right);
    },
    mean: () => (min + mode + max) / 3,
    variance: () =>
      (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
    survival: (x) => {
      if (x <= min) return 1;
      if (x >= max) return 0;
      if (x <= mode) return 1 - (x - min) ** 2 / (width * left);
      return (max - x) ** 2 / (width * right);
    },
  };
}

/** `weibull` with P(X > x) = exp(−(x/scale)^shape), sampled by inversion (one draw). */
export function prepareWeibull(dist: Spec<'weibull'>): PreparedDistribution {
  const { shape, scale } = dist;
  requirePositive('weibull', 'shape', shape);
  requirePositive('weibull', 'scale', scale);
  const inverseShape = 1 / shape;
  // E[X^k] = scale^k Γ(1 + k/shape).
  const mean = scale * Math.exp(logGamma(1 + inverseShape));
  return {
    sample: (stream) => scale * (-Math.log(1 - stream.uniform())) ** inverseShape,
    mean: () => mean,
    variance: () => scale * scale * Math.exp(logGamma(1 + 2 * inverseShape)) - mean * mean,
    survival: (x) => (x <= 0 ? 1 : Math.exp(-((x / scale) ** shape))),
  };
}

/**
 * `empirical`: one of `values`, with probabilities proportional to `weights` (equal by default),
 * chosen by binary search on the cumulative weights (one draw).
 */
export function prepareEmpirical(dist: Spec<'empirical'>): PreparedDistribution {
  const { values } = dist;
  const weights = dist.weights ?? values.map(() => 1);
  if (values.length === 0) throw new Error('empirical: needs at least one value');
  if (weights.length !== values.length) {
    throw new Error(
      `empirical: ${weights.length} weights for ${values.length} values; give one weight per value`,
    );
  }
  for (const [i, value] of values.entries()) requireNonNegative('empirical', `values[${i}]`, value);
  for (const [i, weight] of weights.entries()) {
    requireNonNegative('empirical', `weights[${i}]`, weight);
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    cumulative.push(total);
  }
  if (!(total > 0)) throw new Error('empirical: at least one weight must be greater than 0');
  const probability = (i: number) => weights[i]! / total;
  const mean = values.reduce((sum, value, i) => sum + probability(i) * value, 0);
  return {
    sample: (stream) => {
      // First index whose cumulative weight exceeds the target; a zero weight never qualifies
      // because its cumulative equals its predecessor's.
      const target = stream.uniform() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      return values[lo]!;
    },
    mean: () => mean,
    variance: () => values.reduce((sum, value, i) => sum + probability(i) * (value - mean) ** 2, 0),
    survival: (x) => values.reduce((sum, value, i) => (value > x ? sum + probability(i) : sum), 0),
  };
}
