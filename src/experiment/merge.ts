/**
 * `peakwatch merge`: joining the folders of a sharded run or comparison into the folder an
 * unsharded one would have written. Shards are contiguous blocks of replications, so every
 * per-replication CSV is the shards' files joined in shard order; a file written once per
 * experiment (occupancy.csv) is the same in every shard and copied; comparison.csv and
 * standards.csv are recomputed from the joined summaries (read back exactly: numbers are written
 * in round-trip form), and each standards-by-*.csv adds up the shards' counts.
 */

import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { COMPARISON_FILE, planSummaryFile } from '../output/comparison-files.js';
import { concatenateCsvFiles } from '../output/csv-concat.js';
import { type Manifest, readManifest, writeManifest } from '../output/manifest.js';
import { ONCE_PER_EXPERIMENT_FILES, RUN_CSV_FILES } from '../output/run-files.js';
import { INCOMPLETE_NOTE, INCOMPLETE_SUFFIX, type RunFolder } from '../output/run-folder.js';
import { readScenarioCopy, type ScenarioBytesSource } from '../output/scenario-copy.js';
import { BREAKDOWN_PREFIX } from '../output/standards-breakdown-csv.js';
import { STANDARDS_FILE, writeStandardsCsv } from '../output/standards-csv.js';
import { parseSummaryCsv } from '../output/summary-csv.js';
import { parseCsvTable } from '../report/data/csv-table.js';
import { readStandardJudgements, standardDefinitions } from '../report/data/standards-rows.js';
import type { Scenario } from '../scenario/types.js';
import type { ReplicationSummary } from '../stats/measures.js';
import { judgeStandards, type StandardJudgement } from '../stats/standards-judgement.js';
import { ExperimentUsageError } from './errors.js';
import { fillResultsFolder, type ResultsFolderOptions } from './folder-session.js';
import { mergedManifestFields } from './manifest-fields.js';
import { writeComparisonCsv } from './run-comparison.js';
import { MANIFEST_FILE } from './run-plan.js';
import { type Shard, shardReplications } from './shard.js';
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
  /** Aborted to stop the merge (a signal arrived); its reason is thrown, the folder left unfinished. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Where the merged folder goes and what it copies: the scenario copy of the first shard (all
 * shards hold the same bytes, checked by hash), named after the scenario and `merge`.
 */
export function mergedFolder(
  options: MergeOptions,
  identity: { readonly path: string; readonly sha256: string },
  scenarioFile: ScenarioBytesSource['file'],
  now: Date,
): ResultsFolderOptions {
  return {
    scenarioCopy: { file: scenarioFile, hash: identity.sha256 },
    resultsDir: options.resultsDir,
    scenarioPath: identity.path,
    command: 'merge',
    out: options.out,
    commandLine: options.commandLine,
    now,
  };
}

/** What `mergeShards` produced. */
export interface MergeResult {
  readonly folder: string;
  readonly manifest: Manifest;
  /** The scenario the shards were made from (their copy of it). */
  readonly scenario: Scenario;
  /** Every summary, in replication order (within each, plans in order). */
  readonly summaries: readonly ReplicationSummary[];
  /** The standards judged again on every replication; null when the shards had no standards.csv. */
  readonly standards: readonly StandardJudgement[] | null;
}

/** A shard folder and its checked manifest. */
export interface ShardFolder {
  readonly dir: string;
  readonly manifest: Manifest;
}

/**
 * Checks that `dirs` are all N shards, once each, of one experiment (same scenario hash, seed,
 * replications, plans, baseline, streams, peakwatch version and files) and writes the merged
 * folder. Every shard folder is untrusted input: its manifest is checked field by field (plan
 * names are ids, file names those a folder of its kind holds), and its scenario copy against
 * the manifest's SHA-256, before anything is written.
 *
 * @throws MergeError naming the folder and the mismatch; OutputFolderError for a refused `out`;
 * the signal's reason when aborted (the folder is then left `.incomplete` with that reason).
 */
export async function mergeShards(options: MergeOptions): Promise<MergeResult> {
  const shards = options.dirs.map((dir) => ({ dir, manifest: readShardManifest(dir) }));
  checkSameExperiment(shards);
  const ordered = checkAllShardsOnce(shards);
  const first = ordered[0]!.manifest;
  const scenario = readShardScenario(ordered[0]!.dir, first);
  for (const shard of ordered) checkShardFiles(shard.dir, first.files);
  const started = new Date();
  const { folder, value } = await fillResultsFolder(
    mergedFolder(options, first.scenario, scenario.file, started),
    (folder) => fillMerged(folder, ordered, scenario, options.commandLine, started, options.signal),
  );
  return { folder, scenario, ...value };
}

/**
 * Writes the merged files of `shards` (in shard order) into `folder`: each CSV joined, then
 * comparison.csv recomputed and the manifest.
 */
async function fillMerged(
  folder: RunFolder,
  shards: readonly ShardFolder[],
  scenario: Scenario,
  commandLine: string,
  started: Date,
  signal: AbortSignal | undefined,
): Promise<Pick<MergeResult, 'manifest' | 'summaries' | 'standards'>> {
  const pathOf = (name: string) => folder.file(name);
  const { summaries, standards } = await joinShardFiles(shards, scenario, pathOf, signal);
  const manifest = mergedManifest(shards, commandLine, started);
  writeManifest(folder.file(MANIFEST_FILE), manifest);
  return { manifest, summaries, standards };
}

/**
 * Writes the files of `shards` (checked, in shard order) joined, each to `pathOf(name)`: every
 * per-replication CSV concatenated, the files written once per experiment copied, and
 * comparison.csv, standards.csv and the standards' breakdowns recomputed from the joined rows.
 * Returns the joined summaries (replication order, plans in order within each) and the standards
 * judged on them (null when the shards had no standards.csv). `scenario` is the shards' copy.
 *
 * @throws MergeError for a malformed shard file (naming the file and line), or the signal's
 * reason when aborted.
 */
export async function joinShardFiles(
  shards: readonly ShardFolder[],
  scenario: Scenario,
  pathOf: (name: string) => string,
  signal: AbortSignal | undefined,
): Promise<Pick<MergeResult, 'summaries' | 'standards'>> {
  try {
    return await joinFiles(shards, scenario, pathOf, signal);
  } catch (error) {
    // The parsers name the shard file and line of a malformed file: a problem of the shard.
    throw error instanceof Error && error.constructor === Error
      ? new MergeError(error.message)
      : error;
  }
}

/** {@link joinShardFiles} without the translation of its errors. */
async function joinFiles(
  shards: readonly ShardFolder[],
  scenario: Scenario,
  pathOf: (name: string) => string,
  signal: AbortSignal | undefined,
): Promise<Pick<MergeResult, 'summaries' | 'standards'>> {
  const first = shards[0]!.manifest;
  const breakdowns = first.files.filter((file) => file.startsWith(BREAKDOWN_PREFIX));
  const joined = first.files.filter(
    (file) => file !== COMPARISON_FILE && file !== STANDARDS_FILE && !breakdowns.includes(file),
  );
  for (const file of breakdowns) {
    const sources = shards.map((s) => join(s.dir, file));
    const standards = scenario.standards.map((standard) => standard.id);
    await mergeBreakdownFiles(sources, first.plans, standards, pathOf(file));
  }
  for (const file of joined) {
    const sources = shards.map((s) => join(s.dir, file));
    if (ONCE_PER_EXPERIMENT_FILES.includes(file)) copySameFile(sources, pathOf(file));
    else await concatenateCsvFiles(sources, pathOf(file), signal);
  }
  signal?.throwIfAborted();
  const summaries =
    first.kind === 'run'
      ? readSummaries(pathOf(RUN_CSV_FILES.summary)).summaries
      : await mergeComparison(first, pathOf);
  const standards = first.files.includes(STANDARDS_FILE)
    ? await judgeMergedStandards(first, shards[0]!.dir, summaries, pathOf(STANDARDS_FILE))
    : null;
  return { summaries, standards };
}

/**
 * The manifest of the folder joined from `shards` (in shard order): the first shard's, made by
 * `merge` over every replication, with the shard folders in `mergedFrom`.
 */
export function mergedManifest(
  shards: readonly ShardFolder[],
  commandLine: string,
  started: Date,
): Manifest {
  const first = shards[0]!.manifest;
  return {
    ...first,
    ...mergedManifestFields(
      commandLine,
      shards.map((s) => s.dir),
      started,
    ),
    replicationRange: [1, first.replications],
  };
}

/** Refuses a shard that lacks a file its manifest lists (or has something else by its name). */
export function checkShardFiles(dir: string, files: readonly string[]): void {
  for (const file of files.filter((name) => name !== COMPARISON_FILE)) {
    if (!statSync(join(dir, file), { throwIfNoEntry: false })?.isFile()) {
      throw new MergeError(`${dir}: ${file} is missing, though its manifest lists it`);
    }
  }
}

/**
 * The scenario copy of a shard folder, which every shard shares (their SHA-256s agree).
 *
 * @throws MergeError when the folder has no copy, or one that is not the manifest's or does not load.
 */
export function readShardScenario(dir: string, manifest: Pick<Manifest, 'scenario'>): Scenario {
  const copy = readScenarioCopy(dir, manifest.scenario);
  if (copy.ok) return copy.scenario;
  const why = {
    missing: 'has no copy of its scenario (made by an older peakwatch?); rerun that shard',
    changed: `has a scenario copy whose SHA-256 is not the manifest's: the folder was edited`,
    invalid: `has a scenario copy that does not load (${copy.problem === 'invalid' ? copy.message : ''})`,
  }[copy.problem];
  throw new MergeError(`${dir} ${why}`);
}

/** A shard folder's manifest, refusing unfinished folders and folders that are not shards. */
function readShardManifest(dir: string): Manifest {
  checkFinished(dir);
  const manifest = readFolderManifest(dir);
  if (manifest.shard === null) {
    throw new MergeError(`${dir} is not a shard (it was not run with --shard I/N)`);
  }
  return manifest;
}

/**
 * The `kind` a folder's manifest.json declares (`run`, `compare`, `sweep`, `sensitivity`, ...),
 * or null when it has no readable manifest or none that says: which merge reads the folder.
 */
export function folderKind(dir: string): string | null {
  try {
    const data: unknown = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
    const kind = typeof data === 'object' && data !== null && 'kind' in data ? data.kind : null;
    return typeof kind === 'string' ? kind : null;
  } catch {
    return null;
  }
}

/** Refuses a folder left unfinished (`.incomplete`, or with an INCOMPLETE.txt). */
export function checkFinished(dir: string): void {
  if (basename(dir).endsWith(INCOMPLETE_SUFFIX) || existsSync(join(dir, INCOMPLETE_NOTE))) {
    throw new MergeError(
      `${dir} is an unfinished run (see its ${INCOMPLETE_NOTE}); rerun that shard`,
    );
  }
}

/**
 * The checked manifest of a run or compare folder.
 *
 * @throws MergeError when it is missing or is not a peakwatch manifest.
 */
export function readFolderManifest(dir: string): Manifest {
  if (!existsSync(join(dir, MANIFEST_FILE))) {
    throw new MergeError(`${dir} has no ${MANIFEST_FILE}: not a peakwatch results folder`);
  }
  try {
    return readManifest(join(dir, MANIFEST_FILE));
  } catch (error) {
    throw new MergeError((error as Error).message);
  }
}

/** What every kind of shard's manifest records of the experiment it belongs to. */
export interface ShardIdentity {
  readonly scenario: { readonly sha256: string; readonly overrides: unknown };
  readonly seed: number;
  readonly replications: number;
  readonly plans: readonly string[];
  readonly baseline: string | null;
  readonly shard: { readonly count: number } | null;
  readonly peakwatch: string;
}

/**
 * The fields every shard of one experiment (a run, a comparison or a sweep) must share, and how
 * to name them in an error.
 */
export const SAME_SHARD_FIELDS: readonly [string, (m: ShardIdentity) => unknown][] = [
  ['scenario (SHA-256)', (m) => m.scenario.sha256],
  ['overrides', (m) => JSON.stringify(m.scenario.overrides)],
  ['seed', (m) => m.seed],
  ['replications', (m) => m.replications],
  ['plans', (m) => m.plans.join(',')],
  ['baseline', (m) => m.baseline],
  ['shard count N', (m) => m.shard?.count],
  ['peakwatch version', (m) => m.peakwatch],
];

/** The fields that must agree between shards of a run or comparison. */
const SAME_FIELDS: readonly [string, (m: Manifest) => unknown][] = [
  ['command', (m) => m.kind],
  ...SAME_SHARD_FIELDS,
  ['independent streams', (m) => m.independentStreams],
  ['files', (m) => m.files.join(',')],
];

/** Checks that every shard belongs to the first one's experiment. */
export function checkSameExperiment(shards: readonly ShardFolder[]): void {
  checkSameFields(shards, SAME_FIELDS);
}

/**
 * Checks that every folder's manifest agrees with the first one's on each of `fields` (a name
 * for the error, and how to read the field).
 *
 * @throws MergeError naming the folder and the first field that differs.
 */
export function checkSameFields<M>(
  shards: readonly { readonly dir: string; readonly manifest: M }[],
  fields: readonly (readonly [string, (manifest: M) => unknown])[],
): void {
  const [first, ...rest] = shards;
  if (!first) throw new MergeError('merge needs at least one shard folder');
  for (const shard of rest) {
    for (const [name, field] of fields) {
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
function checkAllShardsOnce(shards: readonly ShardFolder[]): ShardFolder[] {
  for (const shard of shards) {
    const expected = shardReplications(shard.manifest.replications, shard.manifest.shard!);
    const [low, high] = shard.manifest.replicationRange;
    if (low !== expected[0] || high !== expected.at(-1)) {
      throw new MergeError(
        `${shard.dir}: holds replications ${low}-${high}, expected ${expected[0]}-${expected.at(-1)}`,
      );
    }
  }
  return inShardOrder(shards);
}

/**
 * Checks that shards 1..N (N from the first folder) are each present exactly once; returns them
 * in shard order.
 *
 * @throws MergeError naming a shard given twice, or the shards missing.
 */
export function inShardOrder<T extends { readonly dir: string; readonly manifest: ShardOwner }>(
  shards: readonly T[],
): T[] {
  const count = shards[0]!.manifest.shard!.count;
  const byIndex = new Map<number, T>();
  for (const shard of shards) {
    const index = shard.manifest.shard!.index;
    const other = byIndex.get(index);
    if (other) {
      throw new MergeError(`shard ${index}/${count} is given twice: ${other.dir} and ${shard.dir}`);
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

/** A manifest that records a shard (checked to be non-null before ordering). */
interface ShardOwner {
  readonly shard: Shard | null;
}

/**
 * Copies a file that every shard wrote whole (the same for the whole experiment).
 *
 * @throws MergeError when a shard's copy differs from the first one's
 */
function copySameFile(sources: readonly string[], target: string): void {
  const first = readFileSync(sources[0]!);
  for (const source of sources.slice(1)) {
    if (!readFileSync(source).equals(first)) {
      throw new MergeError(`${source} differs from ${sources[0]}; the shards cannot be joined`);
    }
  }
  copyFileSync(sources[0]!, target);
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
