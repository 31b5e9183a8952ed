/**
 * `peakwatch merge` of sweep shards. A sweep shard holds a contiguous run of the grid's
 * points × replications (`sweepShardBlocks`): for each point it touches, a point folder with a
 * contiguous block of that point's replications. Joining the blocks of each point in shard
 * order is joining the shards of one comparison, so each merged point folder is written exactly
 * as `merge` writes a comparison, and sweep.csv is then computed from the joined points as the
 * unsharded sweep computes it.
 */
import { dirname, join } from 'node:path';
import { CsvFile } from '../output/csv-file.js';
import { writeManifest } from '../output/manifest.js';
import { BREAK_POINTS_FILE } from '../output/sweep-break-points-csv.js';
import { formatSweepRows, SWEEP_FILE, sweepColumns } from '../output/sweep-csv.js';
import type { Scenario } from '../scenario/types.js';
import { fillResultsFolder } from './folder-session.js';
import {
  checkFinished,
  checkSameExperiment,
  checkSameFields,
  checkShardFiles,
  inShardOrder,
  joinShardFiles,
  MergeError,
  type MergeOptions,
  mergedFolder,
  mergedManifest,
  readFolderManifest,
  readShardScenario,
  SAME_SHARD_FIELDS,
  type ShardFolder,
} from './merge.js';
import { MANIFEST_FILE } from './run-plan.js';
import { sweepShardBlocks } from './shard.js';
import { comparePoint, type SweepPointResult, writeBreakPoints } from './sweep.js';
import type { SweepBreakPoint } from './sweep-break-points.js';
import { pointFolderName, type SweepPoint } from './sweep-grid.js';
import {
  readSweepManifest,
  SWEEP_FILES,
  type SweepManifest,
  writeSweepManifest,
} from './sweep-manifest.js';

/** What `mergeSweepShards` produced. */
export interface SweepMergeResult {
  readonly folder: string;
  readonly manifest: SweepManifest;
  /** The sweep's scenario (the shards' copy, with the overrides every point shares). */
  readonly scenario: Scenario;
  /** Every point joined, in grid order. */
  readonly points: readonly SweepPointResult[];
  /** Where each standard's share crosses its required share (sweep-break-points.csv). */
  readonly breakPoints: readonly SweepBreakPoint[];
}

/** A sweep shard folder and its checked manifest. */
interface SweepShard {
  readonly dir: string;
  readonly manifest: SweepManifest;
}

/** One grid point: its place in the grid, its scenario, and its blocks in shard order. */
interface PointParts {
  readonly point: SweepPoint;
  readonly scenario: Scenario;
  readonly parts: readonly ShardFolder[];
}

/**
 * Checks that `dirs` are all N shards, once each, of one sweep (same scenario, overrides, seed,
 * replications, plans, baseline, grid, peakwatch version), and that each holds point folders
 * with exactly the blocks of replications its index implies; then writes the merged sweep:
 * every point joined as `merge` joins a comparison's shards, sweep.csv and the manifest. Every
 * shard is checked before anything is written.
 *
 * @throws MergeError naming the folder and the mismatch; OutputFolderError for a refused `out`;
 * the signal's reason when aborted (the folder is then left `.incomplete` with that reason).
 */
export async function mergeSweepShards(options: MergeOptions): Promise<SweepMergeResult> {
  const shards = options.dirs.map((dir) => ({ dir, manifest: readSweepShard(dir) }));
  const ordered = checkAllSweepShards(shards);
  const first = ordered[0]!.manifest;
  const scenario = readShardScenario(ordered[0]!.dir, first);
  const points = gatherPoints(ordered);
  const started = new Date();
  const { folder, value } = await fillResultsFolder(
    mergedFolder(options, first.scenario, scenario.file, started),
    async (folder) => {
      const sweepFolder = dirname(folder.file(MANIFEST_FILE));
      const csv = CsvFile.open(
        folder.file(SWEEP_FILE),
        sweepColumns(first.grid.axes.map((axis) => axis.path)),
      );
      const results: SweepPointResult[] = [];
      try {
        for (const point of points) {
          const { result, keys } = await mergePoint(point, first, sweepFolder, options, started);
          await csv.append(
            formatSweepRows(point.point.index, point.point.values, result.comparisons, keys),
          );
          results.push(result);
        }
      } finally {
        await csv.close();
      }
      const finished = new Date();
      const manifest: SweepManifest = {
        ...first,
        command: 'merge',
        commandLine: options.commandLine,
        workers: null,
        shard: null,
        mergedFrom: ordered.map((shard) => shard.dir),
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        wallSeconds: (finished.getTime() - started.getTime()) / 1000,
        files: [...SWEEP_FILES],
      };
      const breakPoints = writeBreakPoints(
        folder.file(BREAK_POINTS_FILE),
        first.grid.axes,
        results,
      );
      writeSweepManifest(folder.file(MANIFEST_FILE), manifest);
      return { manifest, results, breakPoints };
    },
  );
  return {
    folder,
    scenario,
    manifest: value.manifest,
    breakPoints: value.breakPoints,
    // The point folders moved with the sweep folder when it was completed.
    points: value.results.map((point) => ({
      ...point,
      folder: join(folder, pointFolderName(point.point)),
    })),
  };
}

/** Joins one point's blocks into `<sweep folder>/point-K`, as `merge` joins a comparison. */
async function mergePoint(
  { point, scenario, parts }: PointParts,
  sweep: SweepManifest,
  sweepFolder: string,
  options: MergeOptions,
  started: Date,
) {
  const { folder, value } = await fillResultsFolder(
    {
      scenarioCopy: { file: scenario.file, hash: scenario.hash },
      resultsDir: sweepFolder,
      scenarioPath: parts[0]!.manifest.scenario.path,
      command: 'merge',
      out: pointFolderName(point),
      commandLine: options.commandLine,
      now: started,
    },
    async (folder) => {
      const pathOf = (name: string) => folder.file(name);
      const { summaries } = await joinShardFiles(parts, scenario, pathOf, options.signal);
      writeManifest(pathOf(MANIFEST_FILE), mergedManifest(parts, options.commandLine, started));
      return summaries;
    },
  );
  return comparePoint(point, folder, scenario, sweep.baseline, sweep.plans, value);
}

/**
 * A sweep shard's manifest, refusing unfinished folders and sweeps not run with `--shard`.
 *
 * @throws MergeError naming the folder.
 */
function readSweepShard(dir: string): SweepManifest {
  checkFinished(dir);
  let manifest: SweepManifest;
  try {
    manifest = readSweepManifest(join(dir, MANIFEST_FILE));
  } catch (error) {
    throw new MergeError((error as Error).message);
  }
  if (manifest.shard === null) {
    throw new MergeError(`${dir} is not a shard (it was not run with --shard I/N)`);
  }
  return manifest;
}

/** The fields that must agree between sweep shards, and how to name them in an error. */
const SAME_SWEEP_FIELDS: readonly [string, (m: SweepManifest) => unknown][] = [
  ...SAME_SHARD_FIELDS,
  ['grid', (m) => JSON.stringify(m.grid)],
  ['--by', (m) => m.by.map((dims) => dims.join(',')).join(' ') || '(none)'],
];

/**
 * Checks that the shards belong to one sweep and are shards 1..N, each once; returns them in
 * shard order.
 */
function checkAllSweepShards(shards: readonly SweepShard[]): SweepShard[] {
  checkSameFields(shards, SAME_SWEEP_FIELDS);
  return inShardOrder(shards);
}

/**
 * Every grid point with its blocks from the shards (in shard order), each block's folder checked:
 * a finished comparison of this sweep's settings and this point's overrides, holding exactly the
 * replications the shard's index implies, with every file its manifest lists.
 */
function gatherPoints(shards: readonly SweepShard[]): PointParts[] {
  const sweep = shards[0]!.manifest;
  const parts: ShardFolder[][] = sweep.grid.points.map(() => []);
  for (const shard of shards) {
    const blocks = sweepShardBlocks(
      sweep.grid.points.length,
      sweep.replications,
      shard.manifest.shard!,
    );
    for (const block of blocks) {
      const dir = join(shard.dir, sweep.grid.points[block.point - 1]!.folder);
      checkFinished(dir);
      const manifest = readFolderManifest(dir);
      checkBlock(dir, manifest, sweep, shard.manifest.shard, block.point, [
        block.replications[0]!,
        block.replications.at(-1)!,
      ]);
      checkShardFiles(dir, manifest.files);
      parts[block.point - 1]!.push({ dir, manifest });
    }
  }
  return sweep.grid.points.map((entry, i) => {
    const pointParts = parts[i]!;
    checkSameExperiment(pointParts);
    const point = {
      index: entry.point,
      values: sweep.grid.axes.map((axis) => entry.values[axis.path]!),
    };
    return {
      point,
      scenario: readShardScenario(pointParts[0]!.dir, pointParts[0]!.manifest),
      parts: pointParts,
    };
  });
}

/**
 * Refuses a point folder that is not the block the sweep shard should hold: another kind,
 * settings or overrides than the sweep's at this point, or other replications.
 */
function checkBlock(
  dir: string,
  manifest: ShardFolder['manifest'],
  sweep: SweepManifest,
  shard: SweepManifest['shard'],
  point: number,
  range: readonly [number, number],
): void {
  const values = sweep.grid.points[point - 1]!.values;
  const overrides = [
    ...sweep.scenario.overrides,
    ...sweep.grid.axes.map((axis) => ({ kind: 'set', path: axis.path, value: values[axis.path] })),
  ];
  const expected: [string, unknown, unknown][] = [
    ['kind', manifest.kind, 'compare'],
    ['scenario (SHA-256)', manifest.scenario.sha256, sweep.scenario.sha256],
    ['overrides', JSON.stringify(manifest.scenario.overrides), JSON.stringify(overrides)],
    ['seed', manifest.seed, sweep.seed],
    ['replications', manifest.replications, sweep.replications],
    ['plans', manifest.plans.join(','), sweep.plans.join(',')],
    ['baseline', manifest.baseline, sweep.baseline],
    ['shard', JSON.stringify(manifest.shard), JSON.stringify(shard)],
    ['replications held', manifest.replicationRange.join('-'), range.join('-')],
    ['peakwatch version', manifest.peakwatch, sweep.peakwatch],
  ];
  for (const [name, actual, wanted] of expected) {
    if (actual !== wanted) {
      throw new MergeError(
        `${dir}: ${name} is ${String(actual)}, expected ${String(wanted)} for point ${point} of the sweep`,
      );
    }
  }
}
