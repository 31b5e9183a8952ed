/**
 * Ranking and selection: the fully sequential procedure of Kim & Nelson (2001), "KN", which picks
 * the best of k systems (plans) simulated on common random numbers, with a probability of correct
 * selection of at least 1 − α whenever the best system's mean beats every other by at least the
 * indifference zone δ.
 *
 * Under KN's assumptions (each system's outputs i.i.d. normal across replications, jointly normal
 * across systems within a replication, so common random numbers are allowed) the guarantee holds
 * for any variances and correlations. Simulated shares over many incidents are close to normal;
 * that is the approximation peakwatch relies on (docs/optimize.md, "Method").
 *
 * The procedure, for larger-is-better (smaller-is-better negates every output):
 * 1. η = ½[(2α/(k−1))^(−2/(n0−1)) − 1], h² = 2η(n0−1) ({@link knConstants}).
 * 2. Take n0 replications of every system; S²_il is the sample variance of the differences
 *    X_i − X_l over those n0 replications ({@link differenceVariances}).
 * 3. At each checkpoint r, system i survives unless, for some other survivor l,
 *    X̄_i(r) < X̄_l(r) − W_il(r), with W_il(r) = max{0, (δ/2r)(h²S²_il/δ² − r)}
 *    ({@link eliminationStep}).
 * 4. Stop when one system is left; otherwise take more replications of the survivors.
 *
 * A replication is an expensive simulation, so replications are asked for in blocks and the
 * screening runs only at the end of each block (r = n0, n0 + b, n0 + 2b, …). Checking at fewer
 * instants can only eliminate later, never wrongly: the bound behind KN's proof holds for any
 * increasing sequence of checking instants (Jennison, Johnstone & Turnbull 1980), so the guarantee
 * stands and the price is some extra replications.
 */

/**
 * Draws replications for some systems. It returns `values[i][r]`: the output of system
 * `systems[i]` in replication number `from + r`, for r in [0, count). Every system is asked for the
 * same replication numbers, and replication number n must use the same random numbers for every
 * system (common random numbers); asking again for the same numbers must give the same values.
 */
export type SelectionSampler = (
  systems: readonly number[],
  from: number,
  count: number,
) => Promise<number[][]>;

/** Settings of {@link selectBest}. */
export interface SelectionOptions {
  /** δ > 0: the indifference zone, the smallest difference of means worth detecting. */
  readonly delta: number;
  /** α in (0, 1 − 1/k): the allowed probability of an incorrect selection. */
  readonly alpha: number;
  /** n0 ≥ 2: replications of every system in the first stage. */
  readonly firstStage: number;
  /** Replications asked for at once after the first stage; elimination is checked after each block. */
  readonly blockSize: number;
  /** The most replications of any one system (at least `firstStage`). */
  readonly maxReplications: number;
  /** True when a larger output is better (a share within target), false when smaller is. */
  readonly larger: boolean;
  /**
   * The first replication number (default 0). Start past the replications a search used to pick
   * the systems: KN's guarantee assumes the selection's data are independent of that choice.
   */
  readonly firstReplication?: number;
}

/** The outcome of {@link selectBest}. */
export interface SelectionResult {
  /** The selected system (an index in [0, k)). */
  readonly best: number;
  /** The systems not eliminated when the procedure stopped, in increasing order. */
  readonly survivors: readonly number[];
  /** Replications used per system (eliminated systems stop being sampled). */
  readonly replications: readonly number[];
  /** Sample mean of each system's outputs over its replications (in the outputs' own sign). */
  readonly means: readonly number[];
  /** True when more than one system survived at `maxReplications`: the pick is then the best
   * sample mean among the survivors. */
  readonly stoppedAtLimit: boolean;
  /** Whether KN's guarantee P(correct selection) ≥ 1 − α applies (false when stopped at the limit). */
  readonly guaranteeHolds: boolean;
  /** The constants used. */
  readonly constants: KnConstants;
}

/** The constants of KN for given k, α and n0. */
export interface KnConstants {
  /** η = ½[(2α/(k−1))^(−2/(n0−1)) − 1]. */
  readonly eta: number;
  /** h² = 2η(n0 − 1) (KN with c = 1). */
  readonly h2: number;
}

/**
 * KN's constants η and h² (Kim & Nelson 2001, with c = 1).
 *
 * @param systems k ≥ 2
 * @param alpha α in (0, 1 − 1/k)
 * @param firstStage n0 ≥ 2
 * @example knConstants(2, 0.05, 10) // η = ½(0.1^(−2/9) − 1) ≈ 0.3340, h² = 18η ≈ 6.012
 */
export function knConstants(systems: number, alpha: number, firstStage: number): KnConstants {
  requireInteger('k (systems)', systems, 2);
  requireInteger('firstStage', firstStage, 2);
  if (!(alpha > 0 && alpha < 1 - 1 / systems)) {
    throw new RangeError(
      `alpha must be in (0, 1 − 1/k) = (0, ${1 - 1 / systems}) for k = ${systems} (got ${alpha})`,
    );
  }
  const eta = 0.5 * ((2 * alpha) / (systems - 1)) ** (-2 / (firstStage - 1)) - 0.5;
  return { eta, h2: 2 * eta * (firstStage - 1) };
}

/**
 * S²_il: the sample variance (divisor n − 1) of the differences `values[i][r] − values[l][r]`
 * over the replications given, for every ordered pair (symmetric, 0 on the diagonal).
 *
 * @param values values[i][r] of system i in replication r; at least 2 replications each, the same
 *   number for every system
 * @example differenceVariances([[1, 2, 3], [1, 1, 1]])[0][1] // variance of 0, 1, 2 = 1
 */
export function differenceVariances(values: readonly (readonly number[])[]): number[][] {
  const n = values[0]?.length ?? 0;
  if (n < 2 || values.some((row) => row.length !== n)) {
    throw new RangeError('difference variances need at least 2 replications of every system');
  }
  return values.map((a, i) =>
    values.map((b, l) => {
      if (i === l) return 0;
      const differences = a.map((x, r) => x - b[r]!);
      const mean = differences.reduce((sum, d) => sum + d, 0) / n;
      return differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (n - 1);
    }),
  );
}

/**
 * W_il(r) = max{0, (δ/2r)(h²S²_il/δ² − r)}: how far system i's mean may fall below system l's
 * after r replications before i is eliminated. It shrinks to 0 at r = h²S²_il/δ².
 *
 * @example eliminationAllowance(10, 2, 6, 1) // (1/20)(12 − 10) = 0.1
 */
export function eliminationAllowance(
  replications: number,
  differenceVariance: number,
  h2: number,
  delta: number,
): number {
  const r = replications;
  return Math.max(0, (delta / (2 * r)) * ((h2 * differenceVariance) / delta ** 2 - r));
}

/** What one screening of KN looks at. */
export interface ScreeningState {
  /** The systems still in contention. */
  readonly survivors: readonly number[];
  /** Sample mean of every system over the first `replications` replications, oriented so that
   * larger is better (entries of eliminated systems are ignored). */
  readonly means: readonly number[];
  /** r: replications every survivor has. */
  readonly replications: number;
  /** S²_il from the first stage ({@link differenceVariances}). */
  readonly variances: readonly (readonly number[])[];
  /** h² ({@link knConstants}). */
  readonly h2: number;
  /** δ. */
  readonly delta: number;
}

/**
 * One screening of KN: the survivors i with X̄_i(r) ≥ X̄_l(r) − W_il(r) for every other survivor l
 * (every comparison against the survivors at the start of the screening, as KN prescribes).
 *
 * One refinement: two systems whose first-stage differences were all exactly zero (S²_il = 0
 * and equal means) produced the same output in every replication so far, as happens when a
 * change to a plan is never exercised; they are equal within the indifference zone, so the later
 * one in index order is dropped rather than both being sampled to the limit. The caller's order
 * (for example cheapest first) breaks such ties.
 *
 * @example
 * ```ts
 * eliminationStep({ survivors: [0, 1], means: [1, 0.5], replications: 10,
 *   variances: [[0, 2], [2, 0]], h2: 6, delta: 1 }); // [0]: 0.5 < 1 − 0.1
 * ```
 */
export function eliminationStep(state: ScreeningState): number[] {
  const { survivors, means, replications, variances, h2, delta } = state;
  return survivors.filter((i) =>
    survivors.every((l) => {
      if (l === i) return true;
      const variance = variances[i]![l]!;
      if (variance === 0 && means[i] === means[l]) return i < l;
      return means[i]! >= means[l]! - eliminationAllowance(replications, variance, h2, delta);
    }),
  );
}

/**
 * Selects the best of `k` systems by KN with common random numbers. Replications are numbered
 * from `firstReplication` (f, default 0): the first stage asks for [f, f + n0), later blocks for
 * the survivors only. `replications` in the result counts each system's replications, whatever f.
 *
 * @param k the number of systems (1 or more; with one system nothing is sampled)
 * @param sample draws replications ({@link SelectionSampler})
 * @example
 * ```ts
 * const result = await selectBest(3, sampler, {
 *   delta: 0.01, alpha: 0.05, firstStage: 10, blockSize: 5, maxReplications: 200, larger: true,
 * });
 * result.best; // the plan index, with P(correct) ≥ 0.95 when result.guaranteeHolds
 * ```
 */
export async function selectBest(
  k: number,
  sample: SelectionSampler,
  options: SelectionOptions,
): Promise<SelectionResult> {
  requireInteger('k (systems)', k, 1);
  checkOptions(options);
  const { delta, alpha, firstStage, blockSize, maxReplications, larger } = options;
  if (k === 1) {
    return {
      best: 0,
      survivors: [0],
      replications: [0],
      means: [Number.NaN],
      stoppedAtLimit: false,
      guaranteeHolds: true,
      constants: { eta: 0, h2: 0 },
    };
  }
  const constants = knConstants(k, alpha, firstStage);
  const systems = Array.from({ length: k }, (_, i) => i);
  const sign = larger ? 1 : -1;
  const offset = options.firstReplication ?? 0;
  const first = await drawBlock(sample, systems, offset, firstStage);
  const variances = differenceVariances(first);
  const sums = first.map((row) => row.reduce((sum, x) => sum + x, 0));
  const replications = systems.map(() => firstStage);
  let survivors: number[] = systems;
  let r = firstStage;
  for (;;) {
    const means = sums.map((sum, i) => (sign * sum) / replications[i]!);
    survivors = eliminationStep({
      survivors,
      means,
      replications: r,
      variances,
      ...constants,
      delta,
    });
    if (survivors.length === 1 || r >= maxReplications) break;
    const count = Math.min(blockSize, maxReplications - r);
    const block = await drawBlock(sample, survivors, offset + r, count);
    survivors.forEach((i, n) => {
      sums[i]! += block[n]!.reduce((sum, x) => sum + x, 0);
      replications[i] = r + count;
    });
    r += count;
  }
  const means = sums.map((sum, i) => sum / replications[i]!);
  const best = survivors.reduce((a, b) => (sign * means[b]! > sign * means[a]! ? b : a));
  const stoppedAtLimit = survivors.length > 1;
  return {
    best,
    survivors,
    replications,
    means,
    stoppedAtLimit,
    guaranteeHolds: !stoppedAtLimit,
    constants,
  };
}

/** Asks the sampler for a block and checks its shape, so a faulty sampler fails loudly. */
async function drawBlock(
  sample: SelectionSampler,
  systems: readonly number[],
  from: number,
  count: number,
): Promise<number[][]> {
  const values = await sample(systems, from, count);
  const wellFormed =
    values.length === systems.length &&
    values.every((row) => row.length === count && row.every((x) => Number.isFinite(x)));
  if (!wellFormed) {
    throw new Error(
      `the selection sampler must return ${systems.length} rows of ${count} finite numbers ` +
        `(systems ${systems.join(', ')}, replications ${from}–${from + count - 1})`,
    );
  }
  return values;
}

/** Validates the options of {@link selectBest}. */
function checkOptions(options: SelectionOptions): void {
  if (!(Number.isFinite(options.delta) && options.delta > 0)) {
    throw new RangeError(`delta must be a finite number greater than 0 (got ${options.delta})`);
  }
  if (!(options.alpha > 0 && options.alpha < 1)) {
    throw new RangeError(`alpha must be in (0, 1) (got ${options.alpha})`);
  }
  requireInteger('firstStage', options.firstStage, 2);
  requireInteger('blockSize', options.blockSize, 1);
  requireInteger('maxReplications', options.maxReplications, options.firstStage);
  requireInteger('firstReplication', options.firstReplication ?? 0, 0);
}

/** Throws unless `value` is an integer of at least `min`. */
function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer of ${min} or more (got ${value})`);
  }
}
