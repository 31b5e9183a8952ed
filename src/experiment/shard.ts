/**
 * Sharding: splitting the replications of one experiment across independent processes (a Slurm
 * job array, a Kubernetes Indexed Job) whose folders `peakwatch merge` later joins.
 *
 * Shard I of N takes a contiguous block of replications, so merging is a concatenation of the
 * shards' rows in shard order, which is exactly the row order of an unsharded run.
 */
import { ExperimentUsageError } from './errors.js';
/** Shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Thrown when a `--shard` value is malformed or does not fit the replications. */
export class ShardError extends ExperimentUsageError {
  override readonly name = 'ShardError';
}

/**
 * Parses a shard written as `I/N` (1 ≤ I ≤ N), e.g. `"2/8"`.
 *
 * @throws ShardError when the text is not two whole numbers with 1 ≤ I ≤ N.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new ShardError(`--shard expects I/N, e.g. 2/8 (got "${text}")`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new ShardError(`--shard ${text}: I must be between 1 and N`);
  }
  return { index, count };
}

/**
 * The replications (numbered 1..total) that a shard simulates: the `index`-th of `count`
 * contiguous blocks whose sizes differ by at most one (the first `total mod count` blocks get the
 * extra replication). Without a shard, all of them.
 *
 * @throws ShardError when there are more shards than replications (a shard would be empty).
 */
export function shardReplications(total: number, shard?: Shard): number[] {
  if (!shard) return range(1, total);
  if (shard.count > total) {
    throw new ShardError(
      `--shard ${shard.index}/${shard.count}: cannot split ${total} replications into ${shard.count} shards`,
    );
  }
  const base = Math.floor(total / shard.count);
  const extra = total % shard.count;
  const before = (shard.index - 1) * base + Math.min(shard.index - 1, extra);
  const size = base + (shard.index <= extra ? 1 : 0);
  return range(before + 1, before + size);
}

/** The whole numbers first..last. */
function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** One point's share of a sweep shard: the replications of that point the shard simulates. */
export interface PointBlock {
  /** 1-based number of the grid point. */
  readonly point: number;
  /** Contiguous replications of the point, in order. */
  readonly replications: readonly number[];
}

/**
 * The work of a sweep shard. A sweep of `points` points × `replications` replications is
 * `points × replications` units in point-major order (point 1's replications 1..R, then point
 * 2's, ...), and shard I of N takes the I-th of N contiguous blocks of those units, as
 * {@link shardReplications} cuts replications: each shard covers a run of consecutive points,
 * the first and last of them possibly in part. Without a shard, every replication of every point.
 *
 * @throws ShardError when there are more shards than units (a shard would be empty).
 * @example sweepShardBlocks(3, 4, { index: 2, count: 3 }) // point 2 reps 1-4 (units 5-8)
 */
export function sweepShardBlocks(
  points: number,
  replications: number,
  shard?: Shard,
): PointBlock[] {
  const units = points * replications;
  if (shard && shard.count > units) {
    throw new ShardError(
      `--shard ${shard.index}/${shard.count}: cannot split ${points} point(s) × ${replications} ` +
        `replication(s) (${units} units) into ${shard.count} shards`,
    );
  }
  const blocks: { point: number; replications: number[] }[] = [];
  for (const unit of shardReplications(units, shard)) {
    const point = Math.floor((unit - 1) / replications) + 1;
    const replication = unit - (point - 1) * replications;
    const last = blocks.at(-1);
    if (last?.point === point) last.replications.push(replication);
    else blocks.push({ point, replications: [replication] });
  }
  return blocks;
}
