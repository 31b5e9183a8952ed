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
import { judgeStandards, type StandardJudgement } from '../stats/standards-judgement.js';
import type { ExperimentContext } from './context.js';
import { experimentFolder, fillResultsFolder } from './folder-session.js';
import { commonManifestFields } from './manifest-fields.js';
import { chooseBaseline, choosePlans } from './plans.js';
import { runComparison } from './run-comparison.js';
import { MANIFEST_FILE } from './run-plan.js';
import { type SweepBreakPoint, sweepBreakPoints } from './sweep-break-points.js';
import { pointFolderName, type SweepAxis, type SweepPoint } from './sweep-grid.js';

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
  readonly points: readonly SweepPointResult[];
  /** Where each standard's share crosses its required share (sweep-break-points.csv). */
  readonly breakPoints: readonly SweepBreakPoint[];
}

/**
 * Runs the comparison of every point in turn into the sweep folder (summaries only unless
 * `records` asks for more), appending its rows to sweep.csv as it finishes so that only the
 * intervals, never the replications, are kept; then writes manifest.json with the grid.
 *
 * @throws as `runComparison` (PlanChoiceError for a plan or baseline the scenario lacks, before
 * any work).
 */
export async function runSweep(options: SweepOptions): Promise<SweepResult> {
  const plans = choosePlans(options.scenario, options.plans);
  const baseline = chooseBaseline(options.scenario, plans, options.baseline);
  const started = new Date();
  const { folder, value } = await fillResultsFolder(
    experimentFolder(options, 'sweep', started),
    async (folder) => {
      const csv = CsvFile.open(
        folder.file(SWEEP_FILE),
        sweepColumns(options.axes.map((axis) => axis.path)),
      );
      const points: SweepPointResult[] = [];
      try {
        for (const point of options.points) {
          const { result, keys } = await runPoint(
            options,
            point,
            dirname(folder.file(SWEEP_FILE)),
            plans,
          );
          await csv.append(
            formatSweepRows(point.point.index, point.point.values, result.comparisons, keys),
          );
          points.push(result);
        }
      } finally {
        await csv.close();
      }
      const breakPoints = sweepBreakPoints(options.axes, points);
      const paths = options.axes.map((axis) => axis.path);
      writeFileSync(folder.file(BREAK_POINTS_FILE), formatBreakPointsCsv(paths, breakPoints));
      writeSweepManifest(folder.file(MANIFEST_FILE), options, plans, baseline, started);
      return { points, breakPoints };
    },
  );
  return {
    folder,
    plans,
    baseline,
    breakPoints: value.breakPoints,
    // The point folders moved with the sweep folder when it was completed.
    points: value.points.map((point) => ({
      ...point,
      folder: join(folder, pointFolderName(point.point)),
    })),
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
    ...options,
    scenario,
    plans,
    baseline: options.baseline,
    records: options.records ?? NO_RECORDS,
    resultsDir: sweepFolder,
    out: pointFolderName(point),
    commandLine,
  });
  const keys = summaryMeasureKeys(scenario.incidentTypes, scenario.standards);
  const summaries = inPlanOrder(plans, result.summaries);
  return {
    keys,
    result: {
      point,
      folder: result.folder,
      comparisons: comparePlans(summaries, result.baseline, keys),
      judgements: judgeStandards(summaries, scenario.standards, result.baseline),
    },
  };
}

function inPlanOrder(
  plans: readonly string[],
  summaries: readonly ReplicationSummary[],
): ReplicationSummary[] {
  return plans.flatMap((plan) => summaries.filter((s) => s.plan === plan));
}

/** manifest.json of a sweep folder: the common fields, the settings and the grid. */
function writeSweepManifest(
  path: string,
  options: SweepOptions,
  plans: readonly string[],
  baseline: string,
  started: Date,
): void {
  const manifest = {
    ...commonManifestFields(options.scenario, options.commandLine, started),
    kind: 'sweep',
    command: 'sweep',
    seed: options.seed,
    replications: options.replications,
    plans,
    baseline,
    workers: options.workers,
    grid: {
      axes: options.axes.map(({ path, spec, values }) => ({ path, spec, values })),
      points: options.points.map(({ point }) => ({
        point: point.index,
        folder: pointFolderName(point),
        values: Object.fromEntries(options.axes.map((axis, i) => [axis.path, point.values[i]])),
      })),
    },
    files: [SWEEP_FILE, BREAK_POINTS_FILE],
  };
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
