import { describe, expect, it } from 'vitest';
import { parseShard, ShardError, shardReplications } from '../../src/experiment/shard.js';

describe('parseShard', () => {
  it('reads I/N', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', '1/0', '2', 'a/b', '1/2/3', '-1/4', '1.5/4', ''])(
    'refuses "%s"',
    (text) => {
      expect(() => parseShard(text)).toThrow(ShardError);
    },
  );
});

describe('shardReplications', () => {
  it('splits 10 replications into blocks 4, 3, 3 (worked by hand)', () => {
    expect(shardReplications(10, { index: 1, count: 3 })).toEqual([1, 2, 3, 4]);
    expect(shardReplications(10, { index: 2, count: 3 })).toEqual([5, 6, 7]);
    expect(shardReplications(10, { index: 3, count: 3 })).toEqual([8, 9, 10]);
  });

  it('gives every replication without a shard', () => {
    expect(shardReplications(4)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    [1, 1],
    [7, 7],
    [100, 7],
    [1000, 64],
    [13, 5],
  ])('covers 1..%i exactly once, in order, in near-equal blocks over %i shards', (total, count) => {
    const blocks = Array.from({ length: count }, (_, i) =>
      shardReplications(total, { index: i + 1, count }),
    );
    expect(blocks.flat()).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const sizes = blocks.map((b) => b.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
  });

  it('refuses more shards than replications', () => {
    expect(() => shardReplications(3, { index: 1, count: 4 })).toThrow(ShardError);
  });
});
