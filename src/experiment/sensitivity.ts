/**
 * `peakwatch sensitivity`: one plan at the scenario's own values (the base point) and with each
 * uncertain input moved down and up by a stated share, one at a time, every point on the same
 * seed and replications (common random numbers). Each point is written as `peakwatch compare` of
 * the point's scenario writes it, to `point-<K>/`; sensitivity.csv holds each input's effect on
 * each headline measure and service standard, the paired difference point − base with its
 * interval, inputs sorted by the size of their effect (docs/sweep.md, "Sensitivity").
 */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NO_RECORDS } from '../output/record-selection.js';
import {
  formatSensitivityCsv,
  SENSITIVITY_FILE,
  type SensitivityRow,
} from '../output/sensitivity-csv.js';
import type { Scenario } from '../scenario/types.js';
import { HEADLINE_MEASURE_IDS, pairedBy } from '../stats/compare.js';
import { confidenceInterval } from '../stats/interval.js';
import type { ReplicationSummary } from '../stats/measures.js';
import { standardMeasureId } from '../stats/standards.js';
import type { ExperimentContext } from './context.js';
import { experimentFolder, fillResultsFolder } from './folder-session.js';
import { commonManifestFields } from './manifest-fields.js';
import { choosePlans } from './plans.js';
import { runComparison } from './run-comparison.js';
import { MANIFEST_FILE } from './run-plan.js';
import type { SensitivityInput } from './sensitivity-inputs.js';

/** A point of the analysis: the base, or one input scaled by a factor. */
export interface SensitivityPoint {
  /** Null for the base point. */
  readonly input: SensitivityInput | null;
  /** 1 for the base point, else 1 − change or 1 + change. */
  readonly factor: number;
  readonly scenario: Scenario;
  /** The `peakwatch compare` command line that writes the same point folder. */
  readonly commandLine: string;
}

/** Choices of `peakwatch sensitivity`; `scenario` is the base point's. */
export interface SensitivityOptions extends ExperimentContext {
  readonly plan: string;
  /** The share each input moves down and up, in (0, 1). */
  readonly change: number;
  /** The base point first, then each input's down and up points. */
  readonly points: readonly SensitivityPoint[];
}

/** What `runSensitivity` produced. */
export interface SensitivityResult {
  readonly folder: string;
  /** Rows of sensitivity.csv, in its order. */
  readonly rows: readonly SensitivityRow[];
}

/** The `point-<K>` folder of the K-th point (1-based). */
function pointFolder(k: number): string {
  return `point-${k}`;
}

/**
 * Runs every point in turn (summaries only unless `records` asks for more), keeping only the
 * base point's replication summaries and each point's intervals, and writes sensitivity.csv and
 * manifest.json.
 *
 * @throws as `runComparison` (PlanChoiceError for a plan the scenario lacks, before any work)
 */
export async function runSensitivity(options: SensitivityOptions): Promise<SensitivityResult> {
  // Refused before the folder is made, as compare refuses it.
  choosePlans(options.scenario, [options.plan]);
  const started = new Date();
  const keys = [
    ...HEADLINE_MEASURE_IDS,
    ...options.scenario.standards.map((s) => standardMeasureId(s.id)),
  ];
  const { folder, value } = await fillResultsFolder(
    experimentFolder(options, 'sensitivity', started),
    async (folder) => {
      const dir = dirname(folder.file(MANIFEST_FILE));
      let base: readonly ReplicationSummary[] = [];
      const effects: PointEffects[] = [];
      for (const [i, point] of options.points.entries()) {
        const result = await runComparison({
          ...options,
          scenario: point.scenario,
          plans: [options.plan],
          baseline: options.plan,
          records: options.records ?? NO_RECORDS,
          resultsDir: dir,
          out: pointFolder(i + 1),
          commandLine: point.commandLine,
        });
        if (point.input === null) base = result.summaries;
        else effects.push(pointEffects(point, result.summaries, base, keys));
      }
      const rows = sensitivityRows(options.points, effects, base, keys);
      writeFileSync(folder.file(SENSITIVITY_FILE), formatSensitivityCsv(rows));
      writeManifest(folder.file(MANIFEST_FILE), options, started);
      return rows;
    },
  );
  return { folder, rows: value };
}

/** One non-base point's estimates and paired effects, by measure key. */
interface PointEffects {
  readonly input: string;
  readonly factor: number;
  readonly byKey: ReadonlyMap<string, Pick<SensitivityRow['down'], 'estimate' | 'effect'>>;
}

function pointEffects(
  point: SensitivityPoint,
  summaries: readonly ReplicationSummary[],
  base: readonly ReplicationSummary[],
  keys: readonly string[],
): PointEffects {
  const byKey = new Map(
    keys.map((key) => [
      key,
      {
        estimate: confidenceInterval(summaries.map((s) => s.values[key] ?? Number.NaN)),
        // Replication r of the point against replication r of the base: the same random numbers.
        effect: pairedBy(summaries, base, key, 0.95),
      },
    ]),
  );
  return { input: point.input!.id, factor: point.factor, byKey };
}

/**
 * One row per measure and input, measures in `keys` order and within each the inputs by the
 * larger of their two effects in absolute value, largest first (undefined effects last).
 */
function sensitivityRows(
  points: readonly SensitivityPoint[],
  effects: readonly PointEffects[],
  base: readonly ReplicationSummary[],
  keys: readonly string[],
): SensitivityRow[] {
  const inputs = [...new Set(points.flatMap((p) => (p.input === null ? [] : [p.input.id])))];
  return keys.flatMap((measure) => {
    const baseEstimate = confidenceInterval(base.map((s) => s.values[measure] ?? Number.NaN));
    const rows = inputs.map((input) => {
      const [down, up] = effects
        .filter((e) => e.input === input)
        .toSorted((a, b) => a.factor - b.factor)
        .map((e) => ({ factor: e.factor, ...e.byKey.get(measure)! }));
      return { input, measure, base: baseEstimate, down: down!, up: up! };
    });
    return rows.toSorted((a, b) => swing(b) - swing(a));
  });
}

/** The larger absolute effect of a row (−1 when neither is defined, so it sorts last). */
export function swing(row: Pick<SensitivityRow, 'down' | 'up'>): number {
  const sizes = [row.down.effect.mean, row.up.effect.mean].filter(Number.isFinite).map(Math.abs);
  return sizes.length === 0 ? -1 : Math.max(...sizes);
}

function writeManifest(path: string, options: SensitivityOptions, started: Date): void {
  const manifest = {
    ...commonManifestFields(options.scenario, options.commandLine, started),
    kind: 'sensitivity',
    command: 'sensitivity',
    seed: options.seed,
    replications: options.replications,
    plan: options.plan,
    change: options.change,
    workers: options.workers,
    points: options.points.map((point, i) => ({
      point: i + 1,
      folder: pointFolder(i + 1),
      input: point.input?.id ?? null,
      factor: point.factor,
      paths: point.input?.paths ?? [],
    })),
    files: [SENSITIVITY_FILE],
  };
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
