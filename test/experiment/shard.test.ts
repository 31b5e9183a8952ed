import { describe, expect, it } from 'vitest';
import {
  parseShard,
  ShardError,
  shardReplications,
  sweepShardBlocks,
} from '../../src/experiment/shard.js';

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

describe('sweepShardBlocks', () => {
  it('cuts 3 points × 4 replications into 5 shards of 3, 3, 2, 2, 2 units (worked by hand)', () => {
    const shard = (index: number) => sweepShardBlocks(3, 4, { index, count: 5 });
    // Units 1-3: point 1 reps 1-3.
    expect(shard(1)).toEqual([{ point: 1, replications: [1, 2, 3] }]);
    // Units 4-6: point 1 rep 4, point 2 reps 1-2.
    expect(shard(2)).toEqual([
      { point: 1, replications: [4] },
      { point: 2, replications: [1, 2] },
    ]);
    // Units 7-8, 9-10, 11-12.
    expect(shard(3)).toEqual([{ point: 2, replications: [3, 4] }]);
    expect(shard(4)).toEqual([{ point: 3, replications: [1, 2] }]);
    expect(shard(5)).toEqual([{ point: 3, replications: [3, 4] }]);
  });

  it('gives every replication of every point without a shard', () => {
    expect(sweepShardBlocks(2, 2)).toEqual([
      { point: 1, replications: [1, 2] },
      { point: 2, replications: [1, 2] },
    ]);
  });

  it.each([
    [1, 1, 1],
    [4, 3, 12],
    [5, 7, 3],
    [8, 40, 10],
  ])('covers %i points × %i replications exactly once over %i shards', (points, reps, count) => {
    const units = Array.from({ length: count }, (_, i) =>
      sweepShardBlocks(points, reps, { index: i + 1, count }),
    ).flatMap((blocks) => blocks.flatMap((b) => b.replications.map((r) => `${b.point}:${r}`)));
    const expected = Array.from({ length: points * reps }, (_, u) => {
      return `${Math.floor(u / reps) + 1}:${(u % reps) + 1}`;
    });
    expect(units).toEqual(expected);
  });

  it('refuses more shards than units, naming the grid', () => {
    expect(() => sweepShardBlocks(2, 3, { index: 1, count: 7 })).toThrow(
      /cannot split 2 point\(s\) × 3 replication\(s\) \(6 units\) into 7 shards/,
    );
  });
});
