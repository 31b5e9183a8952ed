/**
 * Reading a finished sweep folder (`peakwatch sweep`) for its report: the manifest's grid, the
 * headline measures of sweep.csv, every point's standards.csv and the folder's scenario copy.
 * The folder is untrusted input: the manifest is checked against a schema and every file read is
 * named in the error it gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseNumberCell } from '../../output/csv-format.js';
import { isPlainFileName } from '../../output/folder-files.js';
import { ScenarioIdentitySchema, Text } from '../../output/manifest.js';
import { readScenarioCopy, type ScenarioCopy } from '../../output/scenario-copy.js';
import { STANDARDS_FILE } from '../../output/standards-csv.js';
import { SWEEP_FILE } from '../../output/sweep-csv.js';
import { PARSE_ONCE } from '../../scenario/parse-once.js';
import { Id } from '../../scenario/schema.js';
import type { Interval } from '../../stats/interval.js';
import type { StandardJudgement } from '../../stats/standards-judgement.js';
import { columnIndex, parseCsvTable } from './csv-table.js';
import { RunFolderError } from './load-run-data.js';
import { readStandardJudgements } from './standards-rows.js';

/** What the report reads of a sweep's manifest.json (its other fields are left as they are). */
const SweepManifestSchema = z.looseObject({
  kind: z.literal('sweep'),
  peakwatch: Text,
  scenario: ScenarioIdentitySchema,
  seed: z.number().int(),
  replications: z.number().int().min(1),
  plans: z.array(Id).min(1).max(1000),
  baseline: Id,
  grid: z.strictObject({
    axes: z.array(z.strictObject({ path: Text, spec: Text, values: z.array(Text).min(1) })).min(1),
    points: z
      .array(
        z.strictObject({
          point: z.number().int().min(1),
          folder: z.string().refine(isPlainFileName, 'expected a plain folder name'),
          values: z.record(z.string(), Text),
        }),
      )
      .min(1),
  }),
});

/** The manifest of a sweep folder, as the report reads it. */
export type SweepManifest = z.infer<typeof SweepManifestSchema>;

/** One point of the grid with its values in axis order. */
export interface SweepGridPoint {
  readonly index: number;
  readonly values: readonly string[];
}

/** One row of sweep.csv: a plan's estimate of one measure at one point. */
export interface SweepMeasureRow {
  readonly point: number;
  readonly plan: string;
  readonly measure: string;
  readonly estimate: Pick<Interval, 'mean' | 'low' | 'high'>;
}

/** Everything a sweep's report shows. */
export interface SweepData {
  /** The folder's name (its last path component). */
  readonly folderName: string;
  readonly manifest: SweepManifest;
  readonly points: readonly SweepGridPoint[];
  /** Every row of sweep.csv. */
  readonly measures: readonly SweepMeasureRow[];
  /** Each point's standards.csv, in point order. */
  readonly standards: readonly {
    readonly point: SweepGridPoint;
    readonly judgements: readonly StandardJudgement[];
  }[];
  readonly scenario: ScenarioCopy;
}

/**
 * Whether a folder holds a sweep (its manifest says `"kind": "sweep"`); false for any other
 * folder or one without a readable manifest (the run report's loader then says why).
 */
export function isSweepFolder(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown;
    return (manifest as { kind?: unknown } | null)?.kind === 'sweep';
  } catch {
    return false;
  }
}

/**
 * Loads a finished sweep folder.
 *
 * @throws RunFolderError naming the file for a manifest that is not a sweep's, a missing or
 *   malformed sweep.csv or standards.csv
 * @example loadSweepData('results/yuanjiajie-golden-week-sweep-20261129-223000').points.length
 */
export function loadSweepData(dir: string): SweepData {
  try {
    return readSweepFolder(dir);
  } catch (error) {
    if (error instanceof Error && error.constructor === Error) {
      throw new RunFolderError(error.message);
    }
    throw error;
  }
}

function readSweepFolder(dir: string): SweepData {
  const manifest = readSweepManifest(join(dir, 'manifest.json'));
  const { axes } = manifest.grid;
  const points = manifest.grid.points.map((p) => ({
    index: p.point,
    values: axes.map((axis) => p.values[axis.path] ?? ''),
  }));
  const standards = manifest.grid.points.map((p, i) => {
    const path = join(dir, p.folder, STANDARDS_FILE);
    if (!existsSync(path)) throw new Error(`${path}: missing; the manifest lists this point`);
    const table = parseCsvTable(readFileSync(path, 'utf8'), path);
    return { point: points[i]!, judgements: readStandardJudgements(table) };
  });
  return {
    folderName: basename(resolve(dir)),
    manifest,
    points,
    measures: readSweepCsv(join(dir, SWEEP_FILE)),
    standards,
    scenario: readScenarioCopy(dir, manifest.scenario),
  };
}

function readSweepManifest(path: string): SweepManifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const parsed = SweepManifestSchema.safeParse(json, PARSE_ONCE);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

function readSweepCsv(path: string): SweepMeasureRow[] {
  if (!existsSync(path)) throw new Error(`${path}: missing; every sweep folder has one`);
  const table = parseCsvTable(readFileSync(path, 'utf8'), path);
  const column = (name: string) => columnIndex(table, name);
  const [point, plan, measure, mean, low, high] = [
    'point',
    'plan',
    'measure',
    'mean',
    'ci_low',
    'ci_high',
  ].map(column) as [number, number, number, number, number, number];
  return table.rows.map((row, r) => {
    const number = (index: number) => {
      try {
        return parseNumberCell(row[index]!);
      } catch (error) {
        throw new Error(`${path}:${r + 2}: ${table.header[index]}: ${(error as Error).message}`);
      }
    };
    return {
      point: number(point),
      plan: row[plan]!,
      measure: row[measure]!,
      estimate: { mean: number(mean), low: number(low), high: number(high) },
    };
  });
}
