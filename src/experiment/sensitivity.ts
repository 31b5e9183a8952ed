/**
 * `peakwatch sensitivity`: one plan at the scenario's own values (the base point) and with each
 * uncertain input moved down and up by a stated share, one at a time, every point on the same
 * seed and replications (common random numbers). Each point is written as `peakwatch compare` of
 * the point's scenario writes it, to `point-<K>/`; sensitivity.csv holds each input's effect on
 * each headline measure and service standard, the paired difference point − base with its
 * interval, inputs sorted by the size of their effect (docs/sweep.md, "Sensitivity").
 */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NO_RECORDS } from '../output/record-selection.js';
import {
  formatSensitivityCsv,
  SENSITIVITY_FILE,
  type SensitivityRow,
} from '../output/sensitivity-csv.js';
import type { Scenario } from '../scenario/types.js';
import { HEADLINE_MEASURE_IDS, pairedBy } from '../stats/compare.js';
import { confidenceInterval } from '../stats/interval.js';
import type { ReplicationSummary } from '../stats/measures.js';
import { standardMeasureId } from '../stats/standards.js';
import type { ExperimentContext } from './context.js';
import { type SharedWorkers, withWorkers } from './executor.js';
import { experimentFolder, fillResultsFolder } from './folder-session.js';
import { commonManifestFields } from './manifest-fields.js';
import { choosePlans } from './plans.js';
import { runComparison } from './run-comparison.js';
import { MANIFEST_FILE } from './run-plan.js';
import type { SensitivityInput } from './sensitivity-inputs.js';
import { type SensitivityManifest, writeSensitivityManifest } from './sensitivity-manifest.js';
import { type PointBlock, type Shard, sweepShardBlocks } from './shard.js';
import { pointFolderName } from './sweep-grid.js';

/** A point of the analysis: the base, or one input scaled by a factor. */
export interface SensitivityPoint {
  /** Null for the base point. */
  readonly input: SensitivityInput | null;
  /** 1 for the base point, else 1 − change or 1 + change. */
  readonly factor: number;
  readonly scenario: Scenario;
  /** The `peakwatch compare` command line that writes the same point folder. */
  readonly commandLine: string;
}

/** Choices of `peakwatch sensitivity`; `scenario` is the base point's. */
export interface SensitivityOptions extends ExperimentContext {
  readonly plan: string;
  /** The share each input moves down and up, in (0, 1). */
  readonly change: number;
  /** The base point first, then each input's down and up points. */
  readonly points: readonly SensitivityPoint[];
  /** Only this shard's units of the points × replications (cut as a sweep's grid is). */
  readonly shard?: Shard | undefined;
}

/** What `runSensitivity` produced. */
export interface SensitivityResult {
  readonly folder: string;
  /** Rows of sensitivity.csv, in its order; none for a shard, which holds only parts of points. */
  readonly rows: readonly SensitivityRow[];
  /** The replications of each point that were run (every one of every point unless sharded). */
  readonly blocks: readonly PointBlock[];
}

/** The `point-<K>` folder of the K-th point (1-based). */
function pointFolder(k: number): string {
  return pointFolderName({ index: k, values: [] });
}

/**
 * Runs every point in turn (summaries only unless `records` asks for more), keeping only the
 * base point's replication summaries and each point's intervals, and writes sensitivity.csv and
 * manifest.json. A shard runs only its block of each point it touches (the points × replications
 * cut as a sweep's grid is, `sweepShardBlocks`), into point folders that record the shard, and
 * writes no sensitivity.csv (`peakwatch merge` writes it from the joined points).
 *
 * @throws as `runComparison` (PlanChoiceError for a plan the scenario lacks, before any work);
 * ShardError when there are fewer units than shards.
 */
export async function runSensitivity(options: SensitivityOptions): Promise<SensitivityResult> {
  // Refused before the folder is made, as compare refuses it.
  choosePlans(options.scenario, [options.plan]);
  const blocks = sweepShardBlocks(options.points.length, options.replications, options.shard);
  const started = new Date();
  const keys = sensitivityKeys(options.scenario);
  const { folder, value } = await fillResultsFolder(
    experimentFolder(options, 'sensitivity', started),
    async (folder) => {
      const dir = dirname(folder.file(MANIFEST_FILE));
      const runPoint = async (
        sharedWorkers: SharedWorkers,
        i: number,
        shardBlock?: readonly number[],
      ) =>
        runComparison({
          ...options,
          sharedWorkers,
          scenario: options.points[i]!.scenario,
          plans: [options.plan],
          baseline: options.plan,
          records: options.records ?? NO_RECORDS,
          resultsDir: dir,
          out: pointFolder(i + 1),
          commandLine: options.points[i]!.commandLine,
          shardBlock,
        });
      // One set of workers for every point: threads start once, not at each point.
      const rows = await withWorkers(options.workers, async (shared) => {
        if (options.shard) {
          for (const block of blocks) await runPoint(shared, block.point - 1, block.replications);
          return [];
        }
        return sensitivityRows(
          options.points,
          keys,
          async (i) => (await runPoint(shared, i)).summaries,
        );
      });
      if (!options.shard) {
        writeFileSync(folder.file(SENSITIVITY_FILE), formatSensitivityCsv(rows));
      }
      writeSensitivityManifest(folder.file(MANIFEST_FILE), {
        ...sensitivityManifestFields(options, started),
        files: options.shard ? [] : [SENSITIVITY_FILE],
      });
      return rows;
    },
  );
  return { folder, rows: value, blocks };
}

/** The measures sensitivity.csv holds: the headline measures, then each service standard. */
export function sensitivityKeys(scenario: Pick<Scenario, 'standards'>): string[] {
  return [...HEADLINE_MEASURE_IDS, ...scenario.standards.map((s) => standardMeasureId(s.id))];
}

/** What sensitivity.csv needs of a point: the input it moves (null for the base) and how far. */
export type PointMove = Pick<SensitivityPoint, 'input' | 'factor'>;

/**
 * The rows of sensitivity.csv from each point's summaries, got in turn from `summariesOf` (the
 * point's index), the base point first: only the base point's summaries and each other point's
 * intervals are kept. A sensitivity run and a merge of its shards both end so.
 */
export async function sensitivityRows(
  points: readonly PointMove[],
  keys: readonly string[],
  summariesOf: (index: number) => Promise<readonly ReplicationSummary[]>,
): Promise<SensitivityRow[]> {
  let base: readonly ReplicationSummary[] = [];
  const effects: PointEffects[] = [];
  for (const [i, point] of points.entries()) {
    const summaries = await summariesOf(i);
    if (point.input === null) base = summaries;
    else effects.push(pointEffects(point, summaries, base, keys));
  }
  return rowsOf(points, effects, base, keys);
}

/** One non-base point's estimates and paired effects, by measure key. */
interface PointEffects {
  readonly input: string;
  readonly factor: number;
  readonly byKey: ReadonlyMap<string, Pick<SensitivityRow['down'], 'estimate' | 'effect'>>;
}

function pointEffects(
  point: PointMove,
  summaries: readonly ReplicationSummary[],
  base: readonly ReplicationSummary[],
  keys: readonly string[],
): PointEffects {
  const byKey = new Map(
    keys.map((key) => [
      key,
      {
        estimate: confidenceInterval(summaries.map((s) => s.values[key] ?? Number.NaN)),
        // Replication r of the point against replication r of the base: the same random numbers.
        effect: pairedBy(summaries, base, key, 0.95),
      },
    ]),
  );
  return { input: point.input!.id, factor: point.factor, byKey };
}

/**
 * One row per measure and input, measures in `keys` order and within each the inputs by the
 * larger of their two effects in absolute value, largest first (undefined effects last).
 */
function rowsOf(
  points: readonly PointMove[],
  effects: readonly PointEffects[],
  base: readonly ReplicationSummary[],
  keys: readonly string[],
): SensitivityRow[] {
  const inputs = [...new Set(points.flatMap((p) => (p.input === null ? [] : [p.input.id])))];
  return keys.flatMap((measure) => {
    const baseEstimate = confidenceInterval(base.map((s) => s.values[measure] ?? Number.NaN));
    const rows = inputs.map((input) => {
      const [down, up] = effects
        .filter((e) => e.input === input)
        .toSorted((a, b) => a.factor - b.factor)
        .map((e) => ({ factor: e.factor, ...e.byKey.get(measure)! }));
      return { input, measure, base: baseEstimate, down: down!, up: up! };
    });
    return rows.toSorted((a, b) => swing(b) - swing(a));
  });
}

/** The larger absolute effect of a row (−1 when neither is defined, so it sorts last). */
export function swing(row: Pick<SensitivityRow, 'down' | 'up'>): number {
  const sizes = [row.down.effect.mean, row.up.effect.mean].filter(Number.isFinite).map(Math.abs);
  return sizes.length === 0 ? -1 : Math.max(...sizes);
}

/** The manifest fields of a sensitivity folder (all but `files`), as it is run. */
function sensitivityManifestFields(
  options: SensitivityOptions,
  started: Date,
): Omit<SensitivityManifest, 'files'> {
  return {
    ...commonManifestFields(options.scenario, options.commandLine, started),
    kind: 'sensitivity',
    command: 'sensitivity',
    seed: options.seed,
    replications: options.replications,
    plan: options.plan,
    change: options.change,
    workers: options.workers,
    shard: options.shard ?? null,
    mergedFrom: null,
    points: options.points.map((point, i) => ({
      point: i + 1,
      folder: pointFolder(i + 1),
      input: point.input?.id ?? null,
      factor: point.factor,
      paths: [...(point.input?.paths ?? [])],
    })),
  };
}
