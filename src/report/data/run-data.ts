/**
 * Everything a report is drawn from: a results folder's manifest, per-replication summaries,
 * the per-plan records the folder holds, and the folder's copy of its scenario.
 * `loadRunData` builds it from disk; `renderReport` turns it into HTML without touching disk.
 */
import type { Manifest } from '../../output/manifest.js';
import type { ScenarioCopy } from '../../output/scenario-copy.js';
import type { BreakdownRow } from '../../output/standards-breakdown-csv.js';
import type { Scenario } from '../../scenario/types.js';
import type { ReplicationSummary } from '../../stats/measures.js';
import type { StandardJudgement } from '../../stats/standards-judgement.js';
import type { IncidentRow, OccupancyRow, ResponderRow } from './report-records.js';

/** The records of one plan that the folder holds; null where it has no such file. */
export interface PlanRecords {
  readonly plan: string;
  readonly incidents: readonly IncidentRow[] | null;
  readonly responders: readonly ResponderRow[] | null;
}

/**
 * Crowd occupancy rows. The crowd does not depend on the plan, so one plan's rows stand for
 * all of them.
 */
export interface OccupancyRecords {
  /** The plan whose file was read. */
  readonly plan: string;
  readonly rows: readonly OccupancyRow[];
}

/** Everything a report shows (see the module comment). */
export interface RunData {
  /** The results folder's name (its last path component). */
  readonly folderName: string;
  readonly manifest: Manifest;
  /** Every replication summary, plans in manifest order, replications ascending. */
  readonly summaries: readonly ReplicationSummary[];
  /** Measure columns of the summary files, in file order. */
  readonly measureKeys: readonly string[];
  /** One entry per plan of the manifest, in its order. */
  readonly records: readonly PlanRecords[];
  readonly occupancy: OccupancyRecords | null;
  /** Every plan against every service standard (standards.csv); null when the folder has none. */
  readonly standards: readonly StandardJudgement[] | null;
  /** Each standard's shares by site and hour of day (standards-by-site-hour.csv); null when absent. */
  readonly standardCells: readonly BreakdownRow[] | null;
  /** The folder's copy of its scenario, or why it cannot be used. */
  readonly scenario: ScenarioCopy;
  /**
   * The calendar's first day, "YYYY-MM-DD": from the scenario, else from the clock columns of
   * the CSV files; null when neither is available (days are then numbered).
   */
  readonly startDate: string | null;
}

/** The scenario when the folder's copy is there, unchanged and valid; else null. */
export function scenarioOf(data: RunData): Scenario | null {
  return data.scenario.ok ? data.scenario.scenario : null;
}
