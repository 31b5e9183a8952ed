/**
 * Random streams. Every random quantity in peakwatch comes from a named stream keyed by
 * (seed, replication, name), so that adding a stream, a plan or a draw elsewhere never changes
 * another stream's numbers: that is what keeps common random numbers common. This directory is
 * the only code that touches seedrandom.
 */
import seedrandom from 'seedrandom';

/**
 * The string a stream is seeded from: `${seed}/${replication}/${name}`. Seed and replication must
 * be safe integers, so neither contains '/', and the key reads back unambiguously as the text
 * before the first '/', the text between the first and second '/', and the rest: two different
 * triples never share a key, even when names contain '/' (e.g. `arrivals/<site>/<type>`).
 * @throws RangeError when seed or replication is not a safe integer, or name is empty.
 */
export function streamKey(seed: number, replication: number, name: string): string {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`random stream: seed must be a whole number, got ${seed}`);
  }
  if (!Number.isSafeInteger(replication)) {
    throw new RangeError(`random stream: replication must be a whole number, got ${replication}`);
  }
  if (name.length === 0) throw new RangeError('random stream: name must not be empty');
  return `${seed}/${replication}/${name}`;
}

/**
 * A reproducible sequence of random numbers (Alea generator, seeded from a string key). Draws
 * have 32-bit resolution: ample for simulation inputs, and half the cost of 53-bit doubles, which
 * take two.
 *
 * @example
 * ```ts
 * const stream = streamFor(42, 0, 'arrivals/gate-1/lost-item');
 * const u = stream.uniform();            // in [0, 1)
 * const gap = stream.exponential(12.5);  // minutes, mean 12.5
 * ```
 */
export class RandomStream {
  /** The key this stream was seeded from (see {@link streamKey}). */
  readonly key: string;
  private readonly next: seedrandom.PRNG;
  /** Box–Muller makes normals in pairs; the second waits here (NaN when none is waiting). */
  private spareNormal = Number.NaN;

  /** Prefer {@link streamFor}, which builds a collision-free key. */
  constructor(key: string) {
    this.key = key;
    this.next = seedrandom.alea(key);
  }

  /** A uniform draw in [0, 1). */
  uniform(): number {
    return this.next();
  }

  /** An exponential draw with the given mean (> 0, unchecked: this is on hot paths). */
  exponential(mean: number): number {
    // 1 - u is in (0, 1], so the log is finite.
    return -mean * Math.log(1 - this.next());
  }

  /** A standard normal draw (Box–Muller; consumes two uniforms every second call). */
  standardNormal(): number {
    const spare = this.spareNormal;
    if (!Number.isNaN(spare)) {
      this.spareNormal = Number.NaN;
      return spare;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    const angle = 2 * Math.PI * this.next();
    this.spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }
}

/**
 * The stream named `name` in replication `replication` of a run with master seed `seed`. The same
 * triple always gives the same sequence; different triples give independent-looking sequences.
 * @throws RangeError as {@link streamKey}.
 */
export function streamFor(seed: number, replication: number, name: string): RandomStream {
  return new RandomStream(streamKey(seed, replication, name));
}

/**
 * True with probability `p`. Always consumes exactly one draw, even for p = 0 or 1, so that the
 * stream stays aligned whatever the probability.
 * @throws RangeError when p is not in [0, 1].
 */
export function bernoulli(stream: RandomStream, p: number): boolean {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`bernoulli: p must be in [0, 1], got ${p}`);
  return stream.uniform() < p;
}
