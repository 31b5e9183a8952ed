/**
 * Reading a finished results folder (of `run`, `compare` or `merge`) into RunData. A `run`
 * folder holds one plan's incidents.csv, responders.csv, occupancy.csv, demand.csv and
 * summary.csv; a `compare` folder holds summary-<plan>.csv, incidents-<plan>.csv and
 * responders-<plan>.csv per plan, one occupancy.csv and one demand.csv, of the baseline's
 * replications (the crowd does not depend on the plan). The report shows the crowd as the mean
 * over replications, rebuilt from occupancy.csv and demand.csv. Whatever record files a folder lacks (folders of older versions of peakwatch have only
 * the summaries) is left null, and the report says what it could not draw.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  type PlanRecordStem,
  planRecordFile,
  planSummaryFile,
} from '../../output/comparison-files.js';
import { type Manifest, readManifest } from '../../output/manifest.js';
import { RUN_CSV_FILES } from '../../output/run-files.js';
import { INCOMPLETE_NOTE, INCOMPLETE_SUFFIX } from '../../output/run-folder.js';
import { readScenarioCopy } from '../../output/scenario-copy.js';
import { breakdownFile, SITE_HOUR } from '../../output/standards-breakdown-csv.js';
import { STANDARDS_FILE } from '../../output/standards-csv.js';
import { parseSummaryCsv } from '../../output/summary-csv.js';
import { dayOfRun } from '../../scenario/clock.js';
import type { ReplicationSummary } from '../../stats/measures.js';
import { type CsvTable, columnIndex, parseCsvTable } from './csv-table.js';
import {
  type IncidentRow,
  isEntryDayOccupancy,
  meanOccupancyRows,
  type OccupancyRow,
  type ResponderRow,
  readIncidentRows,
  readOccupancyRows,
  readResponderRows,
} from './report-records.js';
import type { OccupancyRecords, PlanRecords, RunData } from './run-data.js';
import { readSiteHourCells } from './standard-cells.js';
import { readStandardJudgements } from './standards-rows.js';

/**
 * The folder given is not a finished results folder (missing, unfinished, or without a readable
 * manifest): a mistake in what was asked rather than a failure while reporting.
 */
export class RunFolderError extends Error {
  override readonly name = 'RunFolderError';
}

/**
 * Loads a finished results folder.
 *
 * @param runDir the folder (`results/<name>`)
 * @throws Error when the folder is unfinished (`.incomplete` or INCOMPLETE.txt), has no valid
 *   manifest, or a summary file is missing or malformed
 * @example
 * ```ts
 * const data = loadRunData('results/yuanjiajie-golden-week-compare-20241001-093000');
 * data.manifest.plans; // ['current', 'no-platforms', …]
 * ```
 */
export function loadRunData(runDir: string): RunData {
  checkFinished(runDir);
  const manifest = readFolderManifest(runDir);
  try {
    return readFolder(runDir, manifest);
  } catch (error) {
    throw asFolderError(error);
  }
}

/**
 * A problem the folder's files gave as what it is: a problem with the folder (the parsers throw
 * plain Errors naming the file and line). Any other error, a fault of peakwatch's, is left as is.
 */
function asFolderError(error: unknown): unknown {
  return error instanceof Error && error.constructor === Error
    ? new RunFolderError(error.message)
    : error;
}

/** Reads the folder's files, once its manifest has been checked. */
function readFolder(runDir: string, manifest: Manifest): RunData {
  const plans = manifest.plans;
  const summaryFiles =
    manifest.kind === 'run' ? [RUN_CSV_FILES.summary] : plans.map((p) => planSummaryFile(p));
  const { summaries, keys } = readSummaries(runDir, summaryFiles);
  const tables = (stem: PlanRecordStem, plan: string) =>
    readTable(runDir, manifest.kind === 'run' ? RUN_CSV_FILES[stem] : planRecordFile(stem, plan));
  const incidentTables = plans.map((plan) => tables('incidents', plan));
  const records: PlanRecords[] = plans.map((plan, p) => {
    const incidents = incidentTables[p]!;
    const responders = tables('responders', plan);
    return {
      plan,
      incidents: incidents && onlyPlan(readIncidentRows(incidents), plan),
      responders: responders && onlyPlan(readResponderRows(responders), plan),
    };
  });
  const occupancyRows = readOccupancy(runDir);
  // A run's crowd is its plan's; a comparison's is the baseline's (see the module comment).
  const occupancy: OccupancyRecords | null = occupancyRows && {
    plan: manifest.baseline ?? plans[0]!,
    rows: occupancyRows,
  };
  const scenario = readScenarioCopy(runDir, manifest.scenario);
  const startDate = scenario.ok
    ? scenario.scenario.calendar.start
    : startDateFromFiles(incidentTables);
  return {
    folderName: basename(resolve(runDir)),
    manifest,
    summaries,
    measureKeys: keys,
    records,
    occupancy,
    standards: readStandards(runDir),
    standardCells: readCells(runDir),
    scenario,
    startDate,
  };
}

/** Refuses a missing or unfinished folder: an unfinished one's files are partial. */
function checkFinished(runDir: string): void {
  if (!existsSync(runDir) || !statSync(runDir).isDirectory()) {
    throw new RunFolderError(`${runDir}: no such results folder`);
  }
  if (resolve(runDir).endsWith(INCOMPLETE_SUFFIX) || existsSync(join(runDir, INCOMPLETE_NOTE))) {
    throw new RunFolderError(
      `${runDir}: this run did not finish (see ${INCOMPLETE_NOTE}); its files are partial, so no report is made`,
    );
  }
}

/** The folder's manifest; every finished folder has one (it is written last). */
function readFolderManifest(runDir: string): Manifest {
  try {
    return readManifest(join(runDir, 'manifest.json'));
  } catch (error) {
    throw new RunFolderError(
      `${(error as Error).message}; is ${runDir} a results folder of peakwatch run or compare?`,
    );
  }
}

/** Every summary of the folder's summary files, with the measure columns (the same in each). */
function readSummaries(
  runDir: string,
  files: readonly string[],
): { summaries: ReplicationSummary[]; keys: readonly string[] } {
  const summaries: ReplicationSummary[] = [];
  let keys: readonly string[] = [];
  for (const file of files) {
    const path = join(runDir, file);
    if (!existsSync(path)) throw new Error(`${path}: missing; the manifest lists this plan`);
    const table = parseSummaryCsv(readFileSync(path, 'utf8'), path);
    keys = table.keys;
    summaries.push(...table.summaries);
  }
  return { summaries, keys };
}

/**
 * The crowd's occupancy rows: the mean over replications rebuilt from occupancy.csv and
 * demand.csv, or an older folder's rows per replication; null without occupancy.csv.
 *
 * @throws Error when occupancy.csv needs demand.csv and the folder lacks it
 */
function readOccupancy(runDir: string): OccupancyRow[] | null {
  const table = readTable(runDir, RUN_CSV_FILES.occupancy);
  if (table === null) return null;
  if (!isEntryDayOccupancy(table)) return readOccupancyRows(table);
  const demand = readTable(runDir, RUN_CSV_FILES.demand);
  if (demand === null) {
    throw new Error(
      `${join(runDir, RUN_CSV_FILES.demand)}: missing; ${RUN_CSV_FILES.occupancy} needs it`,
    );
  }
  return meanOccupancyRows(table, demand);
}

/** The judgements of the folder's standards.csv; null when it has none (older folders). */
function readStandards(runDir: string) {
  const table = readTable(runDir, STANDARDS_FILE);
  return table && readStandardJudgements(table);
}

/** The rows of the folder's site × hour breakdown; null when it has none (older folders). */
function readCells(runDir: string) {
  const table = readTable(runDir, breakdownFile(SITE_HOUR));
  return table && readSiteHourCells(table);
}

/** A record file of the folder as a table, or null when the folder has none. */
function readTable(runDir: string, name: string): CsvTable | null {
  const path = join(runDir, name);
  return existsSync(path) ? parseCsvTable(readFileSync(path, 'utf8'), path) : null;
}

/** The rows of one plan: every row of a plan's file, unless a file was put in the wrong place. */
function onlyPlan<R extends IncidentRow | ResponderRow>(rows: R[], plan: string): R[] {
  return rows.filter((row) => row.plan === plan);
}

/**
 * The calendar's first day from an incidents file's clock columns: the date of `occurred_time`
 * less the whole days of `occurred` (the file's times count from day 1 00:00).
 */
function startDateFromFiles(tables: readonly (CsvTable | null)[]): string | null {
  for (const table of tables) {
    const row = table?.rows[0];
    if (table === null || table === undefined || row === undefined) continue;
    const minutes = Number(row[columnIndex(table, 'occurred')]);
    const label = row[columnIndex(table, 'occurred_time')]!;
    const match = /^(\d{4})-(\d{2})-(\d{2}) /.exec(label);
    if (match === null || !Number.isFinite(minutes)) continue;
    const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return new Date(day - (dayOfRun(minutes) - 1) * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}
