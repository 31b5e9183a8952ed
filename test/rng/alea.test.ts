/** The in-house Alea against seedrandom's, the reference it must match to the last bit. */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { Alea } from '../../src/rng/alea.js';

/** Keys of every shape the model builds, and some it never does (empty, non-ASCII, long). */
const KEYS = [
  '',
  ' ',
  '0/0/x',
  '42/1/arrivals/gate-1/lost-item',
  '9007199254740991/1000000/service/黄石寨/迷路',
  '-7/3/patrol 🚓 route',
  'x'.repeat(1000),
  ...Array.from({ length: 200 }, (_, i) => `${i * 7919}/${i % 13}/stream-${i}`),
];

describe('Alea', () => {
  it('draws exactly what seedrandom.alea draws from the same key', () => {
    for (const key of KEYS) {
      const ours = new Alea(key);
      const reference = seedrandom.alea(key);
      const draws = Array.from({ length: 500 }, () => ours.next());
      expect(draws, key).toEqual(Array.from({ length: 500 }, () => reference()));
    }
  });

  it('draws in [0, 1) and differs between keys', () => {
    const a = Array.from({ length: 1000 }, (_, i) => new Alea(`a${i}`).next());
    expect(a.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(new Set(a).size).toBe(1000);
  });
});
