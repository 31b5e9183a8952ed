/**
 * `peakwatch merge`: joining the folders of a sharded run or comparison into the folder an
 * unsharded one would have written. Shards are contiguous blocks of replications, so every CSV
 * is the shards' files joined in shard order; comparison.csv and standards.csv are recomputed
 * from the joined summaries (read back exactly: numbers are written in round-trip form).
 */

import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { COMPARISON_FILE, planSummaryFile } from '../output/comparison-files.js';
import { concatenateCsvFiles } from '../output/csv-concat.js';
import { type Manifest, readManifest, writeManifest } from '../output/manifest.js';
import { RUN_CSV_FILES } from '../output/run-files.js';
import { INCOMPLETE_NOTE, INCOMPLETE_SUFFIX } from '../output/run-folder.js';
import { BREAKDOWN_PREFIX } from '../output/standards-breakdown-csv.js';
import { STANDARDS_FILE, writeStandardsCsv } from '../output/standards-csv.js';
import { parseSummaryCsv } from '../output/summary-csv.js';
import { parseCsvTable } from '../report/csv-table.js';
import { readStandardJudgements, standardDefinitions } from '../report/standards-rows.js';
import type { ReplicationSummary } from '../stats/measures.js';
import { judgeStandards, type StandardJudgement } from '../stats/standards-judgement.js';
import { ExperimentUsageError } from './errors.js';
import { fillResultsFolder } from './folder-session.js';
import { writeComparisonCsv } from './run-comparison.js';
import { MANIFEST_FILE } from './run-plan.js';
import { shardReplications } from './shard.js';
import { mergeBreakdownFiles } from './standards-breakdown.js';

/** Thrown when the folders given to merge are not the complete shards of one experiment. */
export class MergeError extends ExperimentUsageError {
  override readonly name = 'MergeError';
}

/** Choices of `peakwatch merge`. */
export interface MergeOptions {
  /** The shard folders, in any order. */
  readonly dirs: readonly string[];
  readonly resultsDir: string;
  readonly out?: string | undefined;
  readonly commandLine: string;
}

/** What `mergeShards` produced. */
export interface MergeResult {
  readonly folder: string;
  readonly manifest: Manifest;
  /** Every summary, in replication order (within each, plans in order). */
  readonly summaries: readonly ReplicationSummary[];
  /** The standards judged again on every replication; null when the shards had no standards.csv. */
  readonly standards: readonly StandardJudgement[] | null;
}

/**
 * Checks that `dirs` are all N shards, once each, of one experiment (same scenario hash, seed,
 * replications, plans, baseline, streams, peakwatch version and files) and writes the merged
 * folder.
 *
 * @throws MergeError naming the folder and the mismatch; OutputFolderError for a refused `out`.
 */
export async function mergeShards(options: MergeOptions): Promise<MergeResult> {
  const shards = options.dirs.map((dir) => ({ dir, manifest: readShardManifest(dir) }));
  checkSameExperiment(shards);
  const ordered = checkAllShardsOnce(shards);
  const first = ordered[0]!.manifest;
  const started = new Date();
  const { folder, value } = await fillResultsFolder(
    {
      resultsDir: options.resultsDir,
      scenarioPath: first.scenario.path,
      command: 'merge',
      out: options.out,
      commandLine: options.commandLine,
      now: started,
    },
    async (folder) => {
      const breakdowns = first.files.filter((file) => file.startsWith(BREAKDOWN_PREFIX));
      const joined = first.files.filter(
        (file) => file !== COMPARISON_FILE && file !== STANDARDS_FILE && !breakdowns.includes(file),
      );
      for (const file of breakdowns) {
        await mergeBreakdownFiles(
          ordered.map((s) => join(s.dir, file)),
          first.plans,
          folder.file(file),
        );
      }
      for (const file of joined) {
        await concatenateCsvFiles(
          ordered.map((s) => join(s.dir, file)),
          folder.file(file),
        );
      }
      const summaries =
        first.kind === 'run'
          ? readSummaries(folder.file(RUN_CSV_FILES.summary)).summaries
          : await mergeComparison(first, (name) => folder.file(name));
      const standards = first.files.includes(STANDARDS_FILE)
        ? await judgeMergedStandards(first, ordered[0]!.dir, summaries, folder.file(STANDARDS_FILE))
        : null;
      const finished = new Date();
      const manifest: Manifest = {
        ...first,
        command: 'merge',
        commandLine: options.commandLine,
        replicationRange: [1, first.replications],
        shard: null,
        mergedFrom: ordered.map((s) => s.dir),
        workers: null,
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        wallSeconds: (finished.getTime() - started.getTime()) / 1000,
      };
      writeManifest(folder.file(MANIFEST_FILE), manifest);
      return { manifest, summaries, standards };
    },
  );
  return { folder, ...value };
}

/** A shard folder's manifest, refusing unfinished folders and folders that are not shards. */
function readShardManifest(dir: string): Manifest {
  if (basename(dir).endsWith(INCOMPLETE_SUFFIX) || existsSync(join(dir, INCOMPLETE_NOTE))) {
    throw new MergeError(
      `${dir} is an unfinished run (see its ${INCOMPLETE_NOTE}); rerun that shard`,
    );
  }
  if (!existsSync(join(dir, MANIFEST_FILE))) {
    throw new MergeError(`${dir} has no ${MANIFEST_FILE}: not a peakwatch results folder`);
  }
  let manifest: Manifest;
  try {
    manifest = readManifest(join(dir, MANIFEST_FILE));
  } catch (error) {
    throw new MergeError((error as Error).message);
  }
  if (manifest.shard === null) {
    throw new MergeError(`${dir} is not a shard (it was not run with --shard I/N)`);
  }
  return manifest;
}

/** The fields that must agree between shards, and how to name them in an error. */
const SAME_FIELDS: readonly [string, (m: Manifest) => unknown][] = [
  ['command', (m) => m.kind],
  ['scenario (SHA-256)', (m) => m.scenario.sha256],
  ['seed', (m) => m.seed],
  ['replications', (m) => m.replications],
  ['plans', (m) => m.plans.join(',')],
  ['baseline', (m) => m.baseline],
  ['independent streams', (m) => m.independentStreams],
  ['shard count N', (m) => m.shard?.count],
  ['peakwatch version', (m) => m.peakwatch],
  ['files', (m) => m.files.join(',')],
];

/** Checks that every shard belongs to the first one's experiment. */
function checkSameExperiment(shards: readonly { dir: string; manifest: Manifest }[]): void {
  const [first, ...rest] = shards;
  if (!first) throw new MergeError('merge needs at least one shard folder');
  for (const shard of rest) {
    for (const [name, field] of SAME_FIELDS) {
      const a = field(first.manifest);
      const b = field(shard.manifest);
      if (a !== b) {
        throw new MergeError(
          `${shard.dir} does not belong with ${first.dir}: ${name} differs (${String(b)} vs ${String(a)})`,
        );
      }
    }
  }
}

/**
 * Checks that shards 1..N are each present exactly once and hold the replications their index
 * implies; returns them in shard order.
 */
function checkAllShardsOnce(
  shards: readonly { dir: string; manifest: Manifest }[],
): { dir: string; manifest: Manifest }[] {
  const count = shards[0]!.manifest.shard!.count;
  const byIndex = new Map<number, { dir: string; manifest: Manifest }>();
  for (const shard of shards) {
    const index = shard.manifest.shard!.index;
    const other = byIndex.get(index);
    if (other)
      throw new MergeError(`shard ${index}/${count} is given twice: ${other.dir} and ${shard.dir}`);
    const expected = shardReplications(shard.manifest.replications, shard.manifest.shard!);
    const [low, high] = shard.manifest.replicationRange;
    if (low !== expected[0] || high !== expected.at(-1)) {
      throw new MergeError(
        `${shard.dir}: holds replications ${low}-${high}, expected ${expected[0]}-${expected.at(-1)}`,
      );
    }
    byIndex.set(index, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new MergeError(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')}`,
    );
  }
  return Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!);
}

/** Reads a joined summary file. */
function readSummaries(path: string) {
  return parseSummaryCsv(readFileSync(path, 'utf8'), path);
}

/**
 * Recomputes comparison.csv from the joined per-plan summaries; returns the summaries in
 * replication order (plans in order within each), as `runComparison` collects them.
 */
async function mergeComparison(
  manifest: Manifest,
  pathOf: (name: string) => string,
): Promise<ReplicationSummary[]> {
  const perPlan = manifest.plans.map((plan) => readSummaries(pathOf(planSummaryFile(plan))));
  const keys = perPlan[0]!.keys;
  const planMajor = perPlan.flatMap((table) => table.summaries);
  await writeComparisonCsv({ file: pathOf }, manifest.plans, planMajor, manifest.baseline!, keys);
  return [...planMajor].sort((a, b) => a.replication - b.replication);
}

/**
 * Writes standards.csv again from the joined summaries (a shard's verdict covers only its
 * replications), judging the standards listed in the first shard's standards.csv.
 */
async function judgeMergedStandards(
  manifest: Manifest,
  firstShard: string,
  summaries: readonly ReplicationSummary[],
  path: string,
): Promise<StandardJudgement[]> {
  const source = join(firstShard, STANDARDS_FILE);
  const table = parseCsvTable(readFileSync(source, 'utf8'), source);
  const standards = standardDefinitions(readStandardJudgements(table));
  const planMajor = manifest.plans.flatMap((plan) => summaries.filter((s) => s.plan === plan));
  const baseline = manifest.baseline ?? manifest.plans[0]!;
  const judgements = judgeStandards(planMajor, standards, baseline);
  await writeStandardsCsv(path, judgements);
  return judgements;
}
