/**
 * `peakwatch run`: replications of one plan, every record streamed to CSV files in a new results
 * folder, the per-replication summaries kept for the table.
 */
import { type Manifest, writeManifest } from '../output/manifest.js';
import { RunFiles, runCsvFiles } from '../output/run-files.js';
import { STANDARDS_FILE, writeStandardsCsv } from '../output/standards-csv.js';
import { summaryMeasureKeys } from '../output/summary-csv.js';
import type { ReplicationSummary } from '../stats/measures.js';
import type { BreakdownDimension } from '../stats/standards-breakdown.js';
import { judgeStandards } from '../stats/standards-judgement.js';
import type { ExperimentContext } from './context.js';
import { experimentFolder, fillResultsFolder } from './folder-session.js';
import { commonManifestFields } from './manifest-fields.js';
import { checkPlan } from './plans.js';
import { occupancyText, ReplicationRecorder, recordSelection } from './replication-recorder.js';
import { type Shard, shardReplications } from './shard.js';
import {
  breakdownTallyFor,
  type WrittenBreakdown,
  writeStandardBreakdowns,
} from './standards-breakdown.js';
import type { ReplicationTask } from './task.js';

/** File name of the manifest in every results folder. */
export const MANIFEST_FILE = 'manifest.json';

/** Choices of `peakwatch run`. */
export interface PlanRunOptions extends ExperimentContext {
  /** The plan to simulate. */
  readonly plan: string;
  /** Only this shard's replications (`--shard I/N`). */
  readonly shard?: Shard | undefined;
  /** Breakdowns of the standards to write besides site × hour (`--by`). */
  readonly by?: readonly (readonly BreakdownDimension[])[] | undefined;
}

/** What `runPlan` produced. */
export interface PlanRunResult {
  /** The completed results folder. */
  readonly folder: string;
  /** One summary per replication simulated, in replication order. */
  readonly summaries: readonly ReplicationSummary[];
  readonly manifest: Manifest;
  /** The breakdowns of the standards written (site × hour first). */
  readonly breakdowns: readonly WrittenBreakdown[];
}

/**
 * Simulates the replications of one plan (all, or one shard's) and writes summary.csv, the
 * record files asked for (incidents.csv, responders.csv, occupancy.csv with demand.csv),
 * standards.csv, the standards' breakdowns (standards-by-site-hour.csv and those of `by`) and
 * manifest.json into a new results folder.
 *
 * @throws PlanChoiceError for an unknown plan, ShardError for a shard that does not fit,
 * OutputFolderError for a refused `out`, ReplicationError when a replication fails, and the
 * signal's reason when aborted; in the last two cases the folder is left `.incomplete`.
 */
export async function runPlan(options: PlanRunOptions): Promise<PlanRunResult> {
  const { scenario } = options;
  const plan = checkPlan(scenario, options.plan);
  const replications = shardReplications(options.replications, options.shard);
  const tasks: ReplicationTask[] = replications.map((replication) => ({
    plan,
    replication,
    seed: options.seed,
    occupancy: true,
  }));
  const keys = summaryMeasureKeys(scenario.incidentTypes, scenario.standards);
  const records = recordSelection(options);
  const tally = breakdownTallyFor(scenario, options.by ?? [], records);
  // More threads than jobs would only start and prepare the model for nothing.
  const workers = Math.min(options.workers, tasks.length);
  const started = new Date();
  const { folder, value } = await fillResultsFolder(
    experimentFolder(options, 'run', started),
    async (folder) => {
      const recorder = new ReplicationRecorder(
        options,
        workers,
        RunFiles.open((name) => folder.file(name), keys, records, occupancyText(options)),
        { total: tasks.length, unit: 'replications' },
        tally,
      );
      try {
        await recorder.record(tasks);
      } finally {
        await recorder.close();
      }
      const { summaries } = recorder;
      await writeStandardsCsv(
        folder.file(STANDARDS_FILE),
        judgeStandards(summaries, scenario.standards, plan),
      );
      const breakdowns = await writeStandardBreakdowns(scenario, tally, [plan], (name) =>
        folder.file(name),
      );
      const manifest: Manifest = {
        ...commonManifestFields(scenario, options.commandLine, started),
        kind: 'run',
        command: 'run',
        seed: options.seed,
        replications: options.replications,
        replicationRange: [replications[0]!, replications.at(-1)!],
        plans: [plan],
        baseline: null,
        independentStreams: false,
        precision: null,
        shard: options.shard ?? null,
        mergedFrom: null,
        workers,
        files: [...runCsvFiles(records), STANDARDS_FILE, ...breakdowns.map((b) => b.file)],
      };
      writeManifest(folder.file(MANIFEST_FILE), manifest);
      return { summaries, manifest, breakdowns };
    },
  );
  return { folder, ...value };
}
