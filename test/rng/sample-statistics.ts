/**
 * Sample statistics the tests use to compare draws and simulated runs against theory, computed
 * here (with jStat for the t quantile) rather than by the project's own statistics code.
 */
import jStat from 'jstat';

/** Mean, unbiased variance and fourth central moment of a sample. */
export function sampleMoments(xs: readonly number[]): {
  mean: number;
  variance: number;
  fourthCentral: number;
} {
  const n = xs.length;
  const mean = xs.reduce((sum, x) => sum + x, 0) / n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  return { mean, variance: m2 / (n - 1), fourthCentral: m4 / n };
}

/**
 * Mean and 99 % Student t half-width of independent values (e.g. one per replication, or paired
 * differences between plans).
 */
export function studentInterval99(values: readonly number[]): { mean: number; halfWidth: number } {
  const n = values.length;
  const { mean, variance } = sampleMoments(values);
  return {
    mean,
    halfWidth: (jStat.studentt.inv(0.995, n - 1) * Math.sqrt(variance)) / Math.sqrt(n),
  };
}

/**
 * Kolmogorov–Smirnov statistic D = sup |F_n(x) − F(x)| of a sample against a continuous
 * distribution function `cdf`.
 */
export function ksStatistic(xs: readonly number[], cdf: (x: number) => number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  });
  return d;
}

/** The KS critical value at level 0.001 for a sample of n (asymptotic: 1.9495/√n). */
export function ksCritical001(n: number): number {
  return 1.9495 / Math.sqrt(n);
}

/** Pearson correlation of two equally long samples. */
export function correlation(xs: readonly number[], ys: readonly number[]): number {
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** `n` draws from `draw`. */
export function draws(n: number, draw: () => number): number[] {
  return Array.from({ length: n }, draw);
}
