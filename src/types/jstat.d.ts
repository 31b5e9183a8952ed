/**
 * Minimal types for jstat 1.9.6, which ships none. Only functions checked against the library's
 * source are declared; add more the same way. Import the default export (`module.exports` is the
 * jStat object): `import jStat from 'jstat';`.
 *
 * Precision notes (measured): `erf`/`erfc` have about 1e-16 absolute error (so `erfc` of a large
 * argument loses relative precision), `gammaln` about 1e-12 relative (in Γ), `gammafn` about 3e-9
 * relative at non-integer arguments, `normal.inv` about 1e-6 absolute in the far tails.
 */
declare module 'jstat' {
  /** A continuous distribution's functions with parameters `P` after the argument. */
  interface ContinuousDistribution<P extends number[]> {
    pdf(x: number, ...parameters: P): number;
    cdf(x: number, ...parameters: P): number;
    inv(p: number, ...parameters: P): number;
  }

  interface JStat {
    /** The error function. */
    erf(x: number): number;
    /** The complementary error function, computed as 1 − erf(x). */
    erfc(x: number): number;
    /** The inverse of `erfc`, for p in (0, 2). */
    erfcinv(p: number): number;
    /** ln Γ(x), x > 0. */
    gammaln(x: number): number;
    /** Γ(x). */
    gammafn(x: number): number;
    /** The lower regularised incomplete gamma function P(a, x). */
    lowRegGamma(a: number, x: number): number;
    /** The regularised incomplete beta function I_x(a, b). */
    ibeta(x: number, a: number, b: number): number;
    normal: ContinuousDistribution<[mean: number, sd: number]>;
    lognormal: ContinuousDistribution<[mu: number, sigma: number]>;
    gamma: ContinuousDistribution<[shape: number, scale: number]>;
    studentt: ContinuousDistribution<[dof: number]>;
    chisquare: ContinuousDistribution<[dof: number]>;
  }

  const jStat: JStat;
  export default jStat;
}
