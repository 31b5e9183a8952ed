/**
 * Reading a finished sensitivity folder (`peakwatch sensitivity`) for its report: the manifest
 * (plan, change), sensitivity.csv, the standards' shares of point 1 (the scenario as it is) and
 * the scenario copy. The folder is untrusted input: the
 * manifest is checked against a schema and every file is named in the error it gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseNumberCell } from '../../output/csv-format.js';
import { ScenarioIdentitySchema, Text } from '../../output/manifest.js';
import { readScenarioCopy, type ScenarioCopy } from '../../output/scenario-copy.js';
import { SENSITIVITY_COLUMNS, SENSITIVITY_FILE } from '../../output/sensitivity-csv.js';
import { STANDARDS_FILE } from '../../output/standards-csv.js';
import { PARSE_ONCE } from '../../scenario/parse-once.js';
import { Id } from '../../scenario/schema.js';
import type { Interval } from '../../stats/interval.js';
import { columnIndex, parseCsvTable } from './csv-table.js';
import { RunFolderError } from './load-run-data.js';
import { readStandardJudgements } from './standards-rows.js';

/** What the report reads of a sensitivity folder's manifest.json. */
const SensitivityManifestSchema = z.looseObject({
  kind: z.literal('sensitivity'),
  peakwatch: Text,
  scenario: ScenarioIdentitySchema,
  seed: z.number().int(),
  replications: z.number().int().min(1),
  plan: Id,
  change: z.number().gt(0).lt(1),
});

/** The manifest of a sensitivity folder, as the report reads it. */
export type SensitivityManifest = z.infer<typeof SensitivityManifestSchema>;

/** One input moved one way, as sensitivity.csv holds it. */
export interface SensitivityBar {
  readonly factor: number;
  /** Paired difference moved point − base: mean and 95 % interval. */
  readonly effect: number;
  readonly low: number;
  readonly high: number;
}

/** One row of sensitivity.csv. */
export interface SensitivityRecord {
  readonly measure: string;
  readonly input: string;
  readonly base: number;
  readonly down: SensitivityBar;
  readonly up: SensitivityBar;
}

/** Everything a sensitivity report shows. */
export interface SensitivityData {
  readonly folderName: string;
  readonly manifest: SensitivityManifest;
  /** Rows of sensitivity.csv in file order (largest effect first within each measure). */
  readonly rows: readonly SensitivityRecord[];
  /**
   * Each standard's share met with the scenario as it is (point 1's standards.csv), with its
   * interval, by standard id; empty when the folder has no such file.
   */
  readonly baseShares: ReadonlyMap<string, Interval>;
  readonly scenario: ScenarioCopy;
}

/** Whether a folder's manifest says `"kind": "sensitivity"`; false for any other folder. */
export function isSensitivityFolder(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown;
    return (manifest as { kind?: unknown } | null)?.kind === 'sensitivity';
  } catch {
    return false;
  }
}

/**
 * Loads a finished sensitivity folder.
 *
 * @throws RunFolderError naming the file for a manifest that is not a sensitivity's, or a missing
 *   or malformed sensitivity.csv
 */
export function loadSensitivityData(dir: string): SensitivityData {
  try {
    const manifest = readManifest(join(dir, 'manifest.json'));
    return {
      folderName: basename(resolve(dir)),
      manifest,
      rows: readRows(join(dir, SENSITIVITY_FILE)),
      baseShares: readBaseShares(join(dir, 'point-1', STANDARDS_FILE), manifest.plan),
      scenario: readScenarioCopy(dir, manifest.scenario),
    };
  } catch (error) {
    if (error instanceof Error && error.constructor === Error) {
      throw new RunFolderError(error.message);
    }
    throw error;
  }
}

function readManifest(path: string): SensitivityManifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const parsed = SensitivityManifestSchema.safeParse(json, PARSE_ONCE);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The plan's share of each standard in a standards.csv, by standard id (none without the file). */
function readBaseShares(path: string, plan: string): ReadonlyMap<string, Interval> {
  if (!existsSync(path)) return new Map();
  const judgements = readStandardJudgements(parseCsvTable(readFileSync(path, 'utf8'), path));
  return new Map(judgements.filter((j) => j.plan === plan).map((j) => [j.standard, j.share]));
}

function readRows(path: string): SensitivityRecord[] {
  if (!existsSync(path)) throw new Error(`${path}: missing; every sensitivity folder has one`);
  const table = parseCsvTable(readFileSync(path, 'utf8'), path);
  const index = Object.fromEntries(
    SENSITIVITY_COLUMNS.map((name) => [name, columnIndex(table, name)]),
  );
  return table.rows.map((row, r) => {
    const number = (name: string) => {
      try {
        return parseNumberCell(row[index[name]!]!);
      } catch (error) {
        throw new Error(`${path}:${r + 2}: ${name}: ${(error as Error).message}`);
      }
    };
    const bar = (side: 'down' | 'up') => ({
      factor: number(`${side}_factor`),
      effect: number(`${side}_effect`),
      low: number(`${side}_low`),
      high: number(`${side}_high`),
    });
    return {
      measure: row[index.measure!]!,
      input: row[index.input!]!,
      base: number('base_mean'),
      down: bar('down'),
      up: bar('up'),
    };
  });
}
