/**
 * `peakwatch merge` of sweep shards. A sweep shard holds a contiguous run of the grid's
 * points × replications; each point is joined as any set of point folders is
 * (`point-set-merge.ts`), and sweep.csv is then computed from the joined points as the
 * unsharded sweep computes it.
 */

import { dirname, join } from 'node:path';
import { CsvFile } from '../output/csv-file.js';
import { BREAK_POINTS_FILE } from '../output/sweep-break-points-csv.js';
import { formatSweepRows, SWEEP_FILE, sweepColumns } from '../output/sweep-csv.js';
import type { Scenario } from '../scenario/types.js';
import { fillResultsFolder } from './folder-session.js';
import { mergedManifestFields } from './manifest-fields.js';
import {
  checkSameFields,
  inShardOrder,
  type MergeOptions,
  mergedFolder,
  readShardScenario,
  SAME_SHARD_FIELDS,
} from './merge.js';
import {
  gatherPointParts,
  mergePointFolder,
  type PointParts,
  readPointSetShard,
} from './point-set-merge.js';
import { MANIFEST_FILE } from './run-plan.js';
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
interface GridPointParts extends PointParts {
  readonly point: SweepPoint;
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
  const shards = options.dirs.map((dir) => ({
    dir,
    manifest: readPointSetShard(dir, readSweepManifest),
  }));
  const ordered = checkAllSweepShards(shards);
  const first = ordered[0]!.manifest;
  const scenario = readShardScenario(ordered[0]!.dir, first);
  const points = gatherSweepPoints(ordered);
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
          const name = pointFolderName(point.point);
          const summaries = await mergePointFolder(point, name, sweepFolder, options, started);
          const { result, keys } = comparePoint(
            point.point,
            join(sweepFolder, name),
            point.scenario,
            first.baseline,
            first.plans,
            summaries,
          );
          await csv.append(
            formatSweepRows(point.point.index, point.point.values, result.comparisons, keys),
          );
          results.push(result);
        }
      } finally {
        await csv.close();
      }
      const manifest: SweepManifest = {
        ...first,
        ...mergedManifestFields(
          options.commandLine,
          ordered.map((shard) => shard.dir),
          started,
        ),
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
 * Every grid point with its blocks from the shards (in shard order), each checked as
 * `gatherPointParts` checks a point of any set: the point's overrides are the sweep's, then one
 * `--set` per varied path.
 */
function gatherSweepPoints(shards: readonly SweepShard[]): GridPointParts[] {
  const sweep = shards[0]!.manifest;
  const entries = sweep.grid.points.map((entry) => ({
    folder: entry.folder,
    overrides: sweep.grid.axes.map((axis) => ({
      kind: 'set',
      path: axis.path,
      value: entry.values[axis.path],
    })),
  }));
  const parts = gatherPointParts(
    shards.map((shard) => ({ dir: shard.dir, shard: shard.manifest.shard! })),
    { ...sweep, what: 'sweep' },
    entries,
  );
  return parts.map((point, i) => ({
    ...point,
    point: {
      index: sweep.grid.points[i]!.point,
      values: sweep.grid.axes.map((axis) => sweep.grid.points[i]!.values[axis.path]!),
    },
  }));
}
