/**
 * Joining the shards of a set of point folders: a sweep's grid points or a sensitivity
 * analysis's moved inputs. Each point is a comparison of its own scenario (the set's overrides,
 * then the point's own); a shard holds a contiguous run of the set's points × replications
 * (`sweepShardBlocks`), so for each point it touches a point folder with a contiguous block of
 * that point's replications. Joining the blocks of one point in shard order is joining the
 * shards of one comparison, so each merged point folder is written exactly as `merge` writes a
 * comparison. The set's own files (sweep.csv, sensitivity.csv) are then computed by its owner
 * from the joined points.
 */
import { join } from 'node:path';
import { writeManifest } from '../output/manifest.js';
import type { Scenario } from '../scenario/types.js';
import type { ReplicationSummary } from '../stats/measures.js';
import { fillResultsFolder } from './folder-session.js';
import {
  checkFinished,
  checkSameExperiment,
  checkShardFiles,
  joinShardFiles,
  MergeError,
  type MergeOptions,
  mergedManifest,
  readFolderManifest,
  readShardScenario,
  type ShardFolder,
} from './merge.js';
import { MANIFEST_FILE } from './run-plan.js';
import { type Shard, sweepShardBlocks } from './shard.js';

/** What every point of a set shares, as the set's manifest records it. */
export interface PointSetIdentity {
  /** "sweep" or "sensitivity analysis", for the errors. */
  readonly what: string;
  readonly scenario: { readonly sha256: string; readonly overrides: readonly unknown[] };
  readonly seed: number;
  readonly replications: number;
  readonly plans: readonly string[];
  readonly baseline: string;
  readonly peakwatch: string;
}

/** One point of the set, as the set's manifest records it. */
export interface PointEntry {
  /** The point's folder inside a shard or the set's folder (`point-K`, checked by the schema). */
  readonly folder: string;
  /** The point's own overrides, applied after the set's. */
  readonly overrides: readonly unknown[];
}

/** A shard of the set: its folder and the shard it holds. */
export interface PointSetShard {
  readonly dir: string;
  readonly shard: Shard;
}

/** One point: its scenario (the shards' copy) and its blocks in shard order. */
export interface PointParts {
  readonly scenario: Scenario;
  readonly parts: readonly ShardFolder[];
}

/**
 * The manifest of a set's shard folder, read and checked by `read`, refusing unfinished folders
 * and folders not run with `--shard`.
 *
 * @throws MergeError naming the folder.
 */
export function readPointSetShard<M extends { readonly shard: Shard | null }>(
  dir: string,
  read: (path: string) => M,
): M {
  checkFinished(dir);
  let manifest: M;
  try {
    manifest = read(join(dir, MANIFEST_FILE));
  } catch (error) {
    throw new MergeError((error as Error).message);
  }
  if (manifest.shard === null) {
    throw new MergeError(`${dir} is not a shard (it was not run with --shard I/N)`);
  }
  return manifest;
}

/**
 * Every point with its blocks from the shards (given in shard order), each block's folder
 * checked: a finished comparison of the set's settings and the point's overrides, holding
 * exactly the replications the shard's index implies, with every file its manifest lists; the
 * blocks of a point agree with each other as a comparison's shards must.
 *
 * @throws MergeError naming the point folder and the difference.
 */
export function gatherPointParts(
  shards: readonly PointSetShard[],
  set: PointSetIdentity,
  points: readonly PointEntry[],
): PointParts[] {
  const parts: ShardFolder[][] = points.map(() => []);
  for (const { dir: shardDir, shard } of shards) {
    for (const block of sweepShardBlocks(points.length, set.replications, shard)) {
      const dir = join(shardDir, points[block.point - 1]!.folder);
      checkFinished(dir);
      const manifest = readFolderManifest(dir);
      checkBlock(dir, manifest, set, shard, block.point, points[block.point - 1]!, [
        block.replications[0]!,
        block.replications.at(-1)!,
      ]);
      checkShardFiles(dir, manifest.files);
      parts[block.point - 1]!.push({ dir, manifest });
    }
  }
  return parts.map((pointParts) => {
    checkSameExperiment(pointParts);
    const first = pointParts[0]!;
    return { scenario: readShardScenario(first.dir, first.manifest), parts: pointParts };
  });
}

/**
 * Refuses a point folder that is not the block the shard should hold: another kind, settings or
 * overrides than the set's at this point, or other replications.
 */
function checkBlock(
  dir: string,
  manifest: ShardFolder['manifest'],
  set: PointSetIdentity,
  shard: Shard,
  point: number,
  entry: PointEntry,
  range: readonly [number, number],
): void {
  const overrides = [...set.scenario.overrides, ...entry.overrides];
  const expected: [string, unknown, unknown][] = [
    ['kind', manifest.kind, 'compare'],
    ['scenario (SHA-256)', manifest.scenario.sha256, set.scenario.sha256],
    ['overrides', JSON.stringify(manifest.scenario.overrides), JSON.stringify(overrides)],
    ['seed', manifest.seed, set.seed],
    ['replications', manifest.replications, set.replications],
    ['plans', manifest.plans.join(','), set.plans.join(',')],
    ['baseline', manifest.baseline, set.baseline],
    ['shard', JSON.stringify(manifest.shard), JSON.stringify(shard)],
    ['replications held', manifest.replicationRange.join('-'), range.join('-')],
    ['peakwatch version', manifest.peakwatch, set.peakwatch],
  ];
  for (const [name, actual, wanted] of expected) {
    if (actual !== wanted) {
      throw new MergeError(
        `${dir}: ${name} is ${String(actual)}, expected ${String(wanted)} for point ${point} of the ${set.what}`,
      );
    }
  }
}

/**
 * Joins one point's blocks into `<set folder>/<name>`, as `merge` joins a comparison's shards;
 * returns the joined summaries (replication order).
 */
export async function mergePointFolder(
  { scenario, parts }: PointParts,
  name: string,
  setFolder: string,
  options: MergeOptions,
  started: Date,
): Promise<readonly ReplicationSummary[]> {
  const { value } = await fillResultsFolder(
    {
      scenarioCopy: { file: scenario.file, hash: scenario.hash },
      resultsDir: setFolder,
      scenarioPath: parts[0]!.manifest.scenario.path,
      command: 'merge',
      out: name,
      commandLine: options.commandLine,
      now: started,
    },
    async (folder) => {
      const pathOf = (file: string) => folder.file(file);
      const { summaries } = await joinShardFiles(parts, scenario, pathOf, options.signal);
      writeManifest(pathOf(MANIFEST_FILE), mergedManifest(parts, options.commandLine, started));
      return summaries;
    },
  );
  return value;
}
