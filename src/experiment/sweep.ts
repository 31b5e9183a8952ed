/**
 * `peakwatch sweep`: a comparison at every point of a grid of overridden scenarios, all on the
 * same seed and replication numbers (common random numbers across points and plans). Each point
 * is written, as `peakwatch compare` of the point's scenario writes it, to `point-<K>/` inside
 * the sweep folder; sweep.csv gathers every point's intervals and paired differences,
 * sweep-break-points.csv where each standard stops being met, and manifest.json records the grid.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CsvFile } from '../output/csv-file.js';
import { NO_RECORDS } from '../output/record-selection.js';
import { summaryMeasureKeys } from '../output/summary-csv.js';
import { BREAK_POINTS_FILE, formatBreakPointsCsv } from '../output/sweep-break-points-csv.js';
import { formatSweepRows, SWEEP_FILE, sweepColumns } from '../output/sweep-csv.js';
import type { Scenario } from '../scenario/types.js';
import { comparePlans, type PlanComparison } from '../stats/compare.js';
import type { ReplicationSummary } from '../stats/measures.js';
import type { BreakdownDimension } from '../stats/standards-breakdown.js';
import { judgeStandards, type StandardJudgement } from '../stats/standards-judgement.js';
import type { ExperimentContext } from './context.js';
import { withWorkers } from './executor.js';
import { experimentFolder, fillResultsFolder } from './folder-session.js';
import { commonManifestFields } from './manifest-fields.js';
import { chooseBaseline, choosePlans } from './plans.js';
import { runComparison } from './run-comparison.js';
import { MANIFEST_FILE } from './run-plan.js';
import { type PointBlock, type Shard, sweepShardBlocks } from './shard.js';
import { type SweepBreakPoint, sweepBreakPoints } from './sweep-break-points.js';
import { pointFolderName, type SweepAxis, type SweepPoint } from './sweep-grid.js';
import { SWEEP_FILES, writeSweepManifest } from './sweep-manifest.js';

/** One grid point, its scenario already loaded with the point's overrides. */
export interface SweepPointScenario {
  readonly point: SweepPoint;
  readonly scenario: Scenario;
  /** The `peakwatch compare` command line that writes the same point folder (its manifest). */
  readonly commandLine: string;
}

/** Choices of `peakwatch sweep`; `scenario` is the scenario without the grid's overrides. */
export interface SweepOptions extends ExperimentContext {
  readonly axes: readonly SweepAxis[];
  /** Every point of the grid, in order. */
  readonly points: readonly SweepPointScenario[];
  /** Plans to compare at each point (default every plan of the scenario). */
  readonly plans?: readonly string[] | undefined;
  /** The baseline of each point's comparison (default the scenario's default plan). */
  readonly baseline?: string | undefined;
  /** Only this shard's units of the grid (points × replications; see `sweepShardBlocks`). */
  readonly shard?: Shard | undefined;
  /** Breakdowns of the standards every point writes (`--by`), as `compare --by` writes them. */
  readonly by?: readonly (readonly BreakdownDimension[])[] | undefined;
}

/** What one point's comparison gave. */
export interface SweepPointResult {
  readonly point: SweepPoint;
  /** The point's folder (inside the sweep folder). */
  readonly folder: string;
  /** Every plan against the baseline on every measure of the point's scenario. */
  readonly comparisons: readonly PlanComparison[];
  /** Every plan against every service standard. */
  readonly judgements: readonly StandardJudgement[];
}

/** What `runSweep` produced. */
export interface SweepResult {
  readonly folder: string;
  readonly plans: readonly string[];
  readonly baseline: string;
  /** Every point's result; none for a shard, which holds only parts of points. */
  readonly points: readonly SweepPointResult[];
  /** The replications of each point that were run (every one of every point unless sharded). */
  readonly blocks: readonly PointBlock[];
  /** Where each standard's share crosses its required share (sweep-break-points.csv); none for a shard. */
  readonly breakPoints: readonly SweepBreakPoint[];
}

/**
 * Runs the comparison of every point in turn into the sweep folder (summaries only unless
 * `records` asks for more), appending its rows to sweep.csv as it finishes so that only the
 * intervals, never the replications, are kept; then writes manifest.json with the grid. A shard
 * runs only its block of each point it touches, into point folders that record the shard, and
 * writes no sweep.csv (`peakwatch merge` writes it from the joined points).
 *
 * @throws as `runComparison` (PlanChoiceError for a plan or baseline the scenario lacks, before
 * any work); ShardError when the grid has fewer units than shards.
 */
export async function runSweep(options: SweepOptions): Promise<SweepResult> {
  const plans = choosePlans(options.scenario, options.plans);
  const baseline = chooseBaseline(options.scenario, plans, options.baseline);
  const blocks = sweepShardBlocks(options.points.length, options.replications, options.shard);
  const started = new Date();
  const { folder, value } = await fillResultsFolder(
    experimentFolder(options, 'sweep', started),
    async (folder) => {
      const sweepFolder = dirname(folder.file(MANIFEST_FILE));
      // One set of workers for every point: threads start once, not at each point.
      const points = await withWorkers(options.workers, (sharedWorkers) => {
        const onShared = { ...options, sharedWorkers };
        return options.shard
          ? runShardBlocks(onShared, blocks, sweepFolder, plans)
          : runWholePoints(onShared, folder.file(SWEEP_FILE), sweepFolder, plans);
      });
      const breakPoints = options.shard
        ? []
        : writeBreakPoints(folder.file(BREAK_POINTS_FILE), options.axes, points);
      writeSweepManifest(folder.file(MANIFEST_FILE), {
        ...sweepManifestFields(options, plans, baseline, started),
        workers: options.workers,
        shard: options.shard ?? null,
        files: options.shard ? [] : [...SWEEP_FILES],
      });
      return { points, breakPoints };
    },
  );
  return {
    folder,
    plans,
    baseline,
    blocks,
    breakPoints: value.breakPoints,
    // The point folders moved with the sweep folder when it was completed.
    points: value.points.map((point) => ({
      ...point,
      folder: join(folder, pointFolderName(point.point)),
    })),
  };
}

/**
 * Finds where each standard's share crosses its required share along each numeric axis, and
 * writes them to sweep-break-points.csv at `path`; a whole sweep and a merge of its shards both
 * end so.
 */
export function writeBreakPoints(
  path: string,
  axes: readonly SweepAxis[],
  points: readonly SweepPointResult[],
): SweepBreakPoint[] {
  const breakPoints = sweepBreakPoints(axes, points);
  writeFileSync(
    path,
    formatBreakPointsCsv(
      axes.map((axis) => axis.path),
      breakPoints,
    ),
  );
  return breakPoints;
}

/** Runs every point whole, appending each point's rows to sweep.csv (at `csvPath`) in turn. */
async function runWholePoints(
  options: SweepOptions,
  csvPath: string,
  sweepFolder: string,
  plans: readonly string[],
): Promise<SweepPointResult[]> {
  const csv = CsvFile.open(csvPath, sweepColumns(options.axes.map((axis) => axis.path)));
  const points: SweepPointResult[] = [];
  try {
    for (const point of options.points) {
      const { result, keys } = await runPoint(options, point, sweepFolder, plans);
      await csv.append(
        formatSweepRows(point.point.index, point.point.values, result.comparisons, keys),
      );
      points.push(result);
    }
  } finally {
    await csv.close();
  }
  return points;
}

/** Runs a shard's block of each point it touches, each into its point folder. */
async function runShardBlocks(
  options: SweepOptions,
  blocks: readonly PointBlock[],
  sweepFolder: string,
  plans: readonly string[],
): Promise<SweepPointResult[]> {
  for (const block of blocks) {
    const { point, scenario, commandLine } = options.points[block.point - 1]!;
    await runComparison({
      ...pointComparison(options, scenario, sweepFolder, plans),
      out: pointFolderName(point),
      commandLine,
      shard: options.shard,
      shardBlock: block.replications,
    });
  }
  return [];
}

/** The manifest fields of a sweep folder: the scenario, the settings of every point, the grid. */
function sweepManifestFields(
  options: SweepOptions,
  plans: readonly string[],
  baseline: string,
  started: Date,
) {
  return {
    ...commonManifestFields(options.scenario, options.commandLine, started),
    kind: 'sweep' as const,
    command: 'sweep' as const,
    seed: options.seed,
    replications: options.replications,
    plans: [...plans],
    baseline,
    by: (options.by ?? []).map((dims) => [...dims]),
    mergedFrom: null,
    grid: {
      axes: options.axes.map(({ path, spec, values }) => ({ path, spec, values: [...values] })),
      points: options.points.map(({ point }) => ({
        point: point.index,
        folder: pointFolderName(point),
        values: Object.fromEntries(options.axes.map((axis, i) => [axis.path, point.values[i]!])),
      })),
    },
  };
}

/**
 * Runs one point's comparison into `<sweep folder>/point-<K>` and compares its plans on every
 * measure of the point's scenario (`keys`).
 */
async function runPoint(
  options: SweepOptions,
  { point, scenario, commandLine }: SweepPointScenario,
  sweepFolder: string,
  plans: readonly string[],
): Promise<{ readonly result: SweepPointResult; readonly keys: readonly string[] }> {
  const result = await runComparison({
    ...pointComparison(options, scenario, sweepFolder, plans),
    out: pointFolderName(point),
    commandLine,
  });
  return comparePoint(point, result.folder, scenario, result.baseline, plans, result.summaries);
}

/**
 * One point's plans compared with the baseline on every measure of the point's scenario
 * (`keys`, the columns of its summaries) and judged against its service standards: what
 * sweep.csv and the table show of the point, whether it was just run or joined from shards.
 */
export function comparePoint(
  point: SweepPoint,
  folder: string,
  scenario: Scenario,
  baseline: string,
  plans: readonly string[],
  summaries: readonly ReplicationSummary[],
): { readonly result: SweepPointResult; readonly keys: readonly string[] } {
  const keys = summaryMeasureKeys(scenario.incidentTypes, scenario.standards);
  const byPlan = inPlanOrder(plans, summaries);
  return {
    keys,
    result: {
      point,
      folder,
      comparisons: comparePlans(byPlan, baseline, keys),
      judgements: judgeStandards(byPlan, scenario.standards, baseline),
    },
  };
}

function inPlanOrder(
  plans: readonly string[],
  summaries: readonly ReplicationSummary[],
): ReplicationSummary[] {
  return plans.flatMap((plan) => summaries.filter((s) => s.plan === plan));
}

/** What every point's comparison shares: the sweep's settings, the point's scenario and folder. */
function pointComparison(
  options: SweepOptions,
  scenario: Scenario,
  sweepFolder: string,
  plans: readonly string[],
) {
  return {
    ...options,
    scenario,
    plans,
    baseline: options.baseline,
    records: options.records ?? NO_RECORDS,
    resultsDir: sweepFolder,
  };
}
