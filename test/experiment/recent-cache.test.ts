/**
 * The bounded cache of prepared experiments: it forgets the least recently used entry first and
 * never holds more than its capacity.
 */
import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../src/experiment/recent-cache.js';

describe('RecentCache', () => {
  it('evicts the least recently used entry, a read counting as a use', () => {
    const cache = new RecentCache<string, number>(2);
    expect(cache.set('a', 1)).toEqual([]);
    expect(cache.set('b', 2)).toEqual([]);
    expect(cache.get('a')).toBe(1); // b is now the least recently used
    expect(cache.evictedBy('c')).toEqual(['b']);
    expect(cache.set('c', 3)).toEqual(['b']);
    expect(cache.has('b')).toBe(false);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('replaces a held key without evicting anything', () => {
    const cache = new RecentCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.evictedBy('a')).toEqual([]);
    expect(cache.set('a', 10)).toEqual([]);
    expect(cache.get('a')).toBe(10);
    expect(cache.size).toBe(2);
  });

  it('holds no more than its capacity over a long run of new keys', () => {
    const cache = new RecentCache<number, number>(3);
    for (let key = 1; key <= 1000; key += 1) {
      cache.set(key, key);
      expect(cache.size).toBe(Math.min(key, 3));
    }
    expect([998, 999, 1000].map((key) => cache.has(key))).toEqual([true, true, true]);
    expect(cache.has(997)).toBe(false);
  });

  it('refuses a capacity that is not a whole number of at least 1', () => {
    expect(() => new RecentCache(0)).toThrow(RangeError);
    expect(() => new RecentCache(1.5)).toThrow(RangeError);
  });
});
