import { describe, expect, it } from 'vitest';
import { bernoulli, type RandomStream, streamFor, streamKey } from '../../src/rng/index.js';
import { correlation, draws, sampleMoments } from './sample-statistics.js';

const N = 20_000;

describe('stream keys', () => {
  it('joins seed, replication and name with "/"', () => {
    expect(streamKey(42, 3, 'arrivals/gate-1/lost-item')).toBe('42/3/arrivals/gate-1/lost-item');
    expect(streamFor(-7, 0, 'demand').key).toBe('-7/0/demand');
  });

  it('keeps triples that would concatenate alike apart', () => {
    const keys = [
      streamKey(1, 23, 'x'),
      streamKey(12, 3, 'x'),
      streamKey(1, 2, '3/x'),
      streamKey(1, 2, '3x'),
      streamKey(12, 3, 'x/'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses seeds and replications that are not whole numbers, and empty names', () => {
    expect(() => streamKey(1.5, 0, 'a')).toThrow(RangeError);
    expect(() => streamKey(1, Number.NaN, 'a')).toThrow(RangeError);
    expect(() => streamKey(2 ** 60, 0, 'a')).toThrow(RangeError);
    expect(() => streamKey(1, 0, '')).toThrow(RangeError);
  });
});

describe('RandomStream', () => {
  it('gives the same sequence for the same key', () => {
    const a = streamFor(7, 2, 'incident/gate-1/dispute');
    const b = streamFor(7, 2, 'incident/gate-1/dispute');
    const mixed = (s: RandomStream) => [
      s.uniform(),
      s.standardNormal(),
      s.exponential(3),
      s.uniform(),
    ];
    expect(draws(50, () => a.uniform())).toEqual(draws(50, () => b.uniform()));
    expect(mixed(a)).toEqual(mixed(b));
  });

  it('gives different, uncorrelated sequences for different seeds, replications and names', () => {
    const sequence = (seed: number, replication: number, name: string) => {
      const stream = streamFor(seed, replication, name);
      return draws(N, () => stream.uniform());
    };
    const base = sequence(1, 0, 'arrivals/a/b');
    const others = [
      sequence(2, 0, 'arrivals/a/b'),
      sequence(1, 1, 'arrivals/a/b'),
      sequence(1, 0, 'arrivals/a/c'),
      sequence(1, 0, 'arrivals/a/b/'),
      sequence(1, 0, 'arrivals/a'),
      sequence(10, 0, 'arrivals/a/b'),
    ];
    // Under independence the sample correlation has standard error about 1/sqrt(N).
    for (const other of others) {
      expect(other).not.toEqual(base);
      expect(Math.abs(correlation(base, other))).toBeLessThan(5 / Math.sqrt(N));
    }
  });

  it('is unaffected by adding another stream or drawing from it', () => {
    const alone = streamFor(5, 1, 'incident/summit/medical');
    const expected = draws(200, () => alone.uniform());

    const added = streamFor(5, 1, 'patrol/new-route');
    added.uniform();
    const again = streamFor(5, 1, 'incident/summit/medical');
    const interleaved = draws(200, () => {
      added.standardNormal();
      return again.uniform();
    });
    expect(interleaved).toEqual(expected);
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const stream = streamFor(3, 0, 'uniform-check');
    const xs = draws(N, () => stream.uniform());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const { mean, variance, fourthCentral } = sampleMoments(xs);
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / N));
    const varianceSe = Math.sqrt((fourthCentral - variance ** 2) / N);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(5 * varianceSe);
  });

  it('draws standard normals with mean 0, variance 1 and no lag-1 correlation', () => {
    const stream = streamFor(3, 0, 'normal-check');
    const xs = draws(N, () => stream.standardNormal());
    const { mean, variance } = sampleMoments(xs);
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(N));
    // Var(s²) = 2σ⁴/(n−1) for normal data.
    expect(Math.abs(variance - 1)).toBeLessThan(5 * Math.sqrt(2 / (N - 1)));
    // Box–Muller pairs come from the same two uniforms; they must still be uncorrelated.
    expect(Math.abs(correlation(xs.slice(0, -1), xs.slice(1)))).toBeLessThan(5 / Math.sqrt(N));
  });

  it('draws exponentials with the requested mean', () => {
    const stream = streamFor(3, 0, 'exponential-check');
    const { mean } = sampleMoments(draws(N, () => stream.exponential(4)));
    expect(Math.abs(mean - 4)).toBeLessThan((5 * 4) / Math.sqrt(N));
  });
});

describe('bernoulli', () => {
  it('is true with probability p', () => {
    const stream = streamFor(11, 0, 'bernoulli-check');
    const p = 0.3;
    const hits = draws(N, () => (bernoulli(stream, p) ? 1 : 0)).reduce((a, b) => a + b, 0);
    expect(Math.abs(hits / N - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
  });

  it('consumes exactly one draw, even for p = 0 and p = 1', () => {
    const stream = streamFor(11, 0, 'bernoulli-alignment');
    const twin = streamFor(11, 0, 'bernoulli-alignment');
    expect(bernoulli(stream, 0)).toBe(false);
    expect(bernoulli(stream, 1)).toBe(true);
    twin.uniform();
    twin.uniform();
    expect(stream.uniform()).toBe(twin.uniform());
  });

  it('refuses p outside [0, 1]', () => {
    const stream = streamFor(11, 0, 'bernoulli-errors');
    for (const p of [-0.1, 1.1, Number.NaN]) expect(() => bernoulli(stream, p)).toThrow(RangeError);
  });
});
