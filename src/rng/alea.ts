/**
 * Baagoe's Alea generator, seeded from a string exactly as seedrandom's `alea` is (the same key
 * gives the same numbers to the last bit: test/rng/alea.test.ts holds it to seedrandom on many
 * keys). Kept here rather than called through seedrandom because a replication seeds about a
 * hundred named streams, and seedrandom builds three closures per generator and hashes the
 * constant blank seeds again each time; here the generator is one plain object and the blank
 * seeds' state is computed once.
 */

/** 2^-32: turns a 32-bit integer into a fraction in [0, 1). */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** The state of Baagoe's Mash hash before any data. */
const MASH_START = 0xefc8249d;

/**
 * Feeds `data` to a Mash hash in state `n` and returns the new state (whose value as a fraction
 * is {@link mashValue}).
 */
function mash(n: number, data: string): number {
  let state = n;
  for (let i = 0; i < data.length; i += 1) {
    state += data.charCodeAt(i);
    let h = 0.02519603282416938 * state;
    state = h >>> 0;
    h -= state;
    h *= state;
    state = h >>> 0;
    h -= state;
    state += h * 0x100000000;
  }
  return state;
}

/** The fraction in [0, 1) a Mash state stands for. */
function mashValue(n: number): number {
  return (n >>> 0) * TWO_POW_MINUS_32;
}

/** Mash's states and values after the three blank seeds that start every generator. */
const BLANK = (() => {
  const n1 = mash(MASH_START, ' ');
  const n2 = mash(n1, ' ');
  const n3 = mash(n2, ' ');
  return { s0: mashValue(n1), s1: mashValue(n2), s2: mashValue(n3), state: n3 };
})();

/** Subtracts a hash value from a seed, wrapping into [0, 1). */
function wrapDifference(seed: number, value: number): number {
  const difference = seed - value;
  return difference < 0 ? difference + 1 : difference;
}

/**
 * An Alea generator: uniform draws in [0, 1) with 32-bit resolution.
 *
 * @example new Alea('42/1/arrivals').next() // the same number as seedrandom.alea('42/1/arrivals')()
 */
export class Alea {
  private s0: number;
  private s1: number;
  private s2: number;
  private c = 1;

  /** A generator seeded from `key`. */
  constructor(key: string) {
    const n1 = mash(BLANK.state, key);
    const n2 = mash(n1, key);
    const n3 = mash(n2, key);
    this.s0 = wrapDifference(BLANK.s0, mashValue(n1));
    this.s1 = wrapDifference(BLANK.s1, mashValue(n2));
    this.s2 = wrapDifference(BLANK.s2, mashValue(n3));
  }

  /** The next draw, in [0, 1). */
  next(): number {
    const t = 2091639 * this.s0 + this.c * TWO_POW_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }
}
