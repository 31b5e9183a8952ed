/**
 * `peakwatch compare`: every chosen plan on the same replications (common random numbers),
 * optionally adding replications until a precision target is met, with each plan's summaries and
 * records, the crowd's occupancy and the comparison against the baseline written to a new
 * results folder.
 */
import { COMPARISON_COLUMNS, formatComparisonRows } from '../output/comparison-csv.js';
import {
  COMPARISON_FILE,
  ComparisonFiles,
  comparisonCsvFiles,
} from '../output/comparison-files.js';
import { CsvFile } from '../output/csv-file.js';
import { type Manifest, writeManifest } from '../output/manifest.js';
import type { RunFolder } from '../output/run-folder.js';
import { STANDARDS_FILE, writeStandardsCsv } from '../output/standards-csv.js';
import { summaryMeasureKeys } from '../output/summary-csv.js';
import { comparePlans } from '../stats/compare.js';
import type { ReplicationSummary } from '../stats/measures.js';
import type { BreakdownDimension } from '../stats/standards-breakdown.js';
import { judgeStandards } from '../stats/standards-judgement.js';
import type { ExperimentContext } from './context.js';
import { ExperimentUsageError } from './errors.js';
import { experimentFolder, fillResultsFolder } from './folder-session.js';
import { commonManifestFields } from './manifest-fields.js';
import { chooseBaseline, choosePlans } from './plans.js';
import { checkPrecision, type PrecisionRule, type PrecisionStatus } from './precision.js';
import { occupancyText, ReplicationRecorder, recordSelection } from './replication-recorder.js';
import { MANIFEST_FILE } from './run-plan.js';
import { type Shard, shardReplications } from './shard.js';
import {
  breakdownTallyFor,
  type WrittenBreakdown,
  writeStandardBreakdowns,
} from './standards-breakdown.js';
import { planSeed } from './streams.js';
import type { ReplicationTask } from './task.js';

/** Choices of `peakwatch compare`. */
export interface ComparisonOptions extends ExperimentContext {
  /** Plans to compare (`--plans`; default every plan of the scenario). */
  readonly plans?: readonly string[] | undefined;
  /** The baseline (`--baseline`; default the scenario's default plan). */
  readonly baseline?: string | undefined;
  /** Add replications until this rule is met (`--precision`), instead of `replications`. */
  readonly precision?: PrecisionRule | undefined;
  /** Only this shard's replications (not with `precision`). */
  readonly shard?: Shard | undefined;
  /**
   * The replications `shard` holds when they are not its share of `replications`: a sweep
   * shard's contiguous block of one point (docs/sweep.md, "Shards").
   */
  readonly shardBlock?: readonly number[] | undefined;
  /** Give each plan its own random streams (to measure what common random numbers gain). */
  readonly independentStreams?: boolean | undefined;
  /** Breakdowns of the standards to write besides site × hour (`--by`). */
  readonly by?: readonly (readonly BreakdownDimension[])[] | undefined;
}

/** What `runComparison` produced. */
export interface ComparisonResult {
  readonly folder: string;
  readonly plans: readonly string[];
  readonly baseline: string;
  /** Every summary, replication by replication, plans in order within each. */
  readonly summaries: readonly ReplicationSummary[];
  /** Replications per plan that were run. */
  readonly replications: number;
  /** How the precision rule ended (null without `precision`). */
  readonly precision: PrecisionStatus | null;
  readonly manifest: Manifest;
  /** The breakdowns of the standards written (site × hour first). */
  readonly breakdowns: readonly WrittenBreakdown[];
}

/**
 * Runs the comparison and writes into a new results folder, for each plan, summary-<plan>.csv
 * and (as `--outputs` asks) incidents-<plan>.csv and responders-<plan>.csv; occupancy.csv once
 * and demand.csv from the baseline's replications (the crowd does not depend on the plan; under
 * independent streams it is the baseline's crowd); comparison.csv (every measure, every plan,
 * against the baseline), standards.csv (every plan against every service standard), the
 * standards' breakdowns (standards-by-site-hour.csv and those of `by`) and manifest.json.
 *
 * @throws as `runPlan`, and PlanChoiceError for a baseline not among the plans or precision
 * combined with a shard.
 */
export async function runComparison(options: ComparisonOptions): Promise<ComparisonResult> {
  const { scenario } = options;
  const plans = choosePlans(scenario, options.plans);
  const baseline = chooseBaseline(scenario, plans, options.baseline);
  if (options.precision && options.shard) {
    throw new ExperimentUsageError(
      '--precision cannot be combined with --shard (the rule needs every replication)',
    );
  }
  const keys = summaryMeasureKeys(scenario.incidentTypes, scenario.standards);
  const independent = options.independentStreams ?? false;
  const records = recordSelection(options);
  const tally = breakdownTallyFor(scenario, options.by ?? [], records);
  const tasksFor = (batch: readonly number[]): ReplicationTask[] =>
    batch.flatMap((replication) =>
      plans.map((plan) => ({
        plan,
        replication,
        seed: planSeed(
          options.seed,
          scenario.plans.findIndex((p) => p.name === plan),
          independent,
        ),
        occupancy: plan === baseline,
      })),
    );
  const replications = options.precision
    ? undefined
    : [...(options.shardBlock ?? shardReplications(options.replications, options.shard))];
  // More threads than jobs would only start and prepare the model for nothing.
  const workers = Math.min(
    options.workers,
    plans.length * (replications?.length ?? options.precision!.cap),
  );
  const started = new Date();
  const { folder, value } = await fillResultsFolder(
    experimentFolder(options, 'compare', started),
    async (folder) => {
      const recorder = new ReplicationRecorder(
        options,
        workers,
        ComparisonFiles.open(
          (name) => folder.file(name),
          plans,
          keys,
          baseline,
          records,
          occupancyText(options),
        ),
        // With --precision the work stops when precise enough: its progress is against the cap.
        options.precision
          ? { total: options.precision.cap * plans.length, unit: 'plan-replications', cap: true }
          : { total: 0, unit: 'plan-replications' },
        tally,
      );
      const { summaries } = recorder;
      const run = async (batch: readonly number[], total: number) => {
        if (!options.precision) recorder.progress.setTotal(total * plans.length);
        await recorder.record(tasksFor(batch));
      };
      let outcome: { replications: number[]; precision: PrecisionStatus | null };
      try {
        outcome = options.precision
          ? await runToPrecision(options.precision, plans, summaries, run)
          : await runFixed(replications!, run);
      } finally {
        await recorder.close();
      }
      await writeComparisonCsv(folder, plans, summaries, baseline, keys);
      await writeStandardsCsv(
        folder.file(STANDARDS_FILE),
        judgeStandards(inPlanOrder(plans, summaries), scenario.standards, baseline),
      );
      const breakdowns = await writeStandardBreakdowns(scenario, tally, plans, (name) =>
        folder.file(name),
      );
      const manifest: Manifest = {
        ...commonManifestFields(scenario, options.commandLine, started),
        kind: 'compare',
        command: 'compare',
        seed: options.seed,
        replications: options.precision ? outcome.replications.length : options.replications,
        replicationRange: [outcome.replications[0]!, outcome.replications.at(-1)!],
        plans,
        baseline,
        independentStreams: independent,
        precision: options.precision
          ? { ...options.precision, reached: outcome.precision?.reached ?? false }
          : null,
        shard: options.shard ?? null,
        mergedFrom: null,
        workers,
        files: [
          ...comparisonCsvFiles(plans, records),
          STANDARDS_FILE,
          ...breakdowns.map((b) => b.file),
        ],
      };
      writeManifest(folder.file(MANIFEST_FILE), manifest);
      return { summaries, manifest, breakdowns, ...outcome };
    },
  );
  return {
    folder,
    plans,
    baseline,
    summaries: value.summaries,
    replications: value.replications.length,
    precision: value.precision,
    manifest: value.manifest,
    breakdowns: value.breakdowns,
  };
}

/** Runs a job list of the given replications; `total` is the replications expected in all. */
type BatchRunner = (replications: readonly number[], total: number) => Promise<void>;

/** Runs a fixed list of replications. */
async function runFixed(replications: number[], run: BatchRunner) {
  await run(replications, replications.length);
  return { replications, precision: null };
}

/** Runs batches until the precision rule is met or the cap is reached. */
async function runToPrecision(
  rule: PrecisionRule,
  plans: readonly string[],
  summaries: readonly ReplicationSummary[],
  run: BatchRunner,
) {
  let done = 0;
  for (;;) {
    const next = Math.min(done + rule.batch, rule.cap);
    await run(
      Array.from({ length: next - done }, (_, i) => done + i + 1),
      next,
    );
    done = next;
    const status = checkPrecision(summaries, plans, rule.target);
    if (status.reached || done >= rule.cap) {
      return { replications: Array.from({ length: done }, (_, i) => i + 1), precision: status };
    }
  }
}

/** Writes comparison.csv: every measure of every plan, with differences against the baseline. */
export async function writeComparisonCsv(
  folder: Pick<RunFolder, 'file'>,
  plans: readonly string[],
  summaries: readonly ReplicationSummary[],
  baseline: string,
  keys: readonly string[],
): Promise<void> {
  const file = CsvFile.open(folder.file(COMPARISON_FILE), COMPARISON_COLUMNS);
  const byPlan = inPlanOrder(plans, summaries);
  await file.append(formatComparisonRows(comparePlans(byPlan, baseline, keys), keys));
  await file.close();
}

/** The summaries grouped by plan, in the order of `plans`. */
function inPlanOrder(
  plans: readonly string[],
  summaries: readonly ReplicationSummary[],
): ReplicationSummary[] {
  return plans.flatMap((plan) => summaries.filter((s) => s.plan === plan));
}
