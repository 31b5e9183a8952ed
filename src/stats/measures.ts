/**
 * The measures peakwatch reports, and the summary of one replication: one number per measure,
 * overall and per incident type. Every confidence interval and comparison is computed from
 * these summaries (the replication is the unit of analysis; see docs/statistics.md).
 */

import type { ReplicationResult } from '../model/records.js';
import { RESPONDER_KIND_NAMES, RESPONDER_KINDS } from '../model/responder-kinds.js';
import type { IncidentType, Scenario } from '../scenario/types.js';
import { measureIncidentsByType } from './incident-measures.js';
import { measureStandards, standardSetting } from './standards.js';
import { measureWorkload } from './workload-measures.js';

/** What a measure is and how to show it. */
export interface MeasureDef {
  /** camelCase id; per incident type the value is stored under `<id>@<typeId>`. */
  readonly id: string;
  /** Human label, without the unit. */
  readonly label: string;
  /** Unit of the stored value: 'min', '%' (values 0–100), 'h', 'count' or 'cost'. */
  readonly unit: string;
  /** Which direction is an improvement ('none' for measures that are not goals in themselves). */
  readonly better: 'higher' | 'lower' | 'none';
  /** Shown in plan comparisons and used by the `--precision` stopping rule. */
  readonly headline: boolean;
  /** Decimals shown in tables. */
  readonly decimals: number;
  /** Also reported per incident type (measures of incidents; not those of responders). */
  readonly perType: boolean;
}

/** One replication of one plan reduced to a value per measure. */
export interface ReplicationSummary {
  readonly plan: string;
  readonly replication: number;
  /**
   * Value by measure id (overall) and by `<id>@<typeId>` (per incident type, for the measures
   * with `perType`); NaN when undefined in this replication (e.g. no such incidents).
   */
  readonly values: Readonly<Record<string, number>>;
}

/** Shorthand for building the table below. */
function measure(
  id: string,
  label: string,
  unit: string,
  better: MeasureDef['better'],
  options: { headline?: boolean; perType?: boolean; decimals?: number } = {},
): MeasureDef {
  return Object.freeze({
    id,
    label,
    unit,
    better,
    headline: options.headline ?? false,
    decimals: options.decimals ?? 1,
    perType: options.perType ?? false,
  });
}

const incident = { perType: true };
const headlineIncident = { perType: true, headline: true };

/** Every measure, in the order tables and CSV columns show them. Formulas: docs/statistics.md. */
export const MEASURES: readonly MeasureDef[] = Object.freeze([
  measure('incidents', 'Incidents', 'count', 'none', incident),
  measure(
    'meanOccurrenceToFirst',
    'Mean occurrence to first on scene',
    'min',
    'lower',
    headlineIncident,
  ),
  measure('meanAlertToFirst', 'Mean alert to first on scene', 'min', 'lower', incident),
  measure('medianAlertToFirst', 'Median alert to first on scene', 'min', 'lower', incident),
  measure(
    'p90AlertToFirst',
    '90th percentile alert to first on scene',
    'min',
    'lower',
    headlineIncident,
  ),
  measure('p95AlertToFirst', '95th percentile alert to first on scene', 'min', 'lower', incident),
  measure('meanAlertToOfficers', 'Mean alert to officers on scene', 'min', 'lower', incident),
  measure('medianAlertToOfficers', 'Median alert to officers on scene', 'min', 'lower', incident),
  measure(
    'p90AlertToOfficers',
    '90th percentile alert to officers on scene',
    'min',
    'lower',
    incident,
  ),
  measure('shareWithinTarget', 'Required responder within target', '%', 'higher', incident),
  measure(
    'shareOfficersWithinTarget',
    'Officers on scene within target',
    '%',
    'higher',
    headlineIncident,
  ),
  measure('shareWaited', 'Waited for a free responder', '%', 'lower', headlineIncident),
  measure('meanWait', 'Mean wait of those who waited', 'min', 'lower', incident),
  measure('meanWaitAll', 'Mean wait over all incidents (Wq)', 'min', 'lower', incident),
  measure('recoveryRate', 'Lost items and persons recovered', '%', 'higher', headlineIncident),
  measure(
    'foundWithinHour',
    'Lost items and persons found within an hour of the alert',
    '%',
    'higher',
    incident,
  ),
  measure('detectedByPlatformShare', 'Detected by a platform', '%', 'none', incident),
  measure('detectedByPatrolShare', 'Detected by a patrol', '%', 'none', incident),
  // Per responder kind (the registry): utilisation, the officers' in the headline; staff-hours.
  ...RESPONDER_KIND_NAMES.map((kind) => {
    const { utilisationMeasure, words, countsTowardOfficers } = RESPONDER_KINDS[kind];
    return measure(utilisationMeasure, words.en.utilisation, '%', 'none', {
      headline: countsTowardOfficers,
    });
  }),
  ...RESPONDER_KIND_NAMES.map((kind) =>
    measure(RESPONDER_KINDS[kind].hoursMeasure, RESPONDER_KINDS[kind].words.en.hours, 'h', 'lower'),
  ),
  measure('staffHours', 'Staff hours', 'h', 'lower', { headline: true }),
  measure('overtimeHours', 'Overtime hours', 'h', 'lower'),
  measure('breakHours', 'Meal-break hours', 'h', 'none'),
  measure('divertedTrips', 'Trips diverted to a higher-priority incident', 'count', 'none'),
  measure('cost', 'Cost', 'cost', 'lower', { decimals: 0 }),
]);

/**
 * The id under which a per-type value is stored.
 *
 * @example
 * ```ts
 * typeMeasureId('p90AlertToFirst', 'lost-item'); // 'p90AlertToFirst@lost-item'
 * ```
 */
export function typeMeasureId(measureId: string, typeId: string): string {
  return `${measureId}@${typeId}`;
}

/**
 * The definition of a measure id, overall or per type (`<id>@<typeId>` resolves to `<id>`).
 * Throws on an unknown id.
 */
export function findMeasure(id: string): MeasureDef {
  const base = id.split('@', 1)[0];
  const def = MEASURES.find((m) => m.id === base);
  if (def === undefined) throw new Error(`unknown measure "${id}"`);
  return def;
}

/**
 * Reduces one replication of one plan to a value per measure: the incident measures over all
 * incidents and per incident type of the scenario (every type gets its ids, with 0 incidents
 * and NaN values when none occurred), the workload measures over the responders, and the share
 * meeting each service standard (`standard@<id>`, see stats/standards.ts).
 *
 * @throws Error when the plan or an incident's type is not in the scenario
 * @example
 * ```ts
 * const summary = summarizeReplication(result, scenario);
 * summary.values.shareOfficersWithinTarget; // e.g. 87.5 (%)
 * ```
 */
export function summarizeReplication(
  result: ReplicationResult,
  scenario: Scenario,
): ReplicationSummary {
  const plan = scenario.plans.find((p) => p.name === result.plan);
  if (plan === undefined) throw new Error(`plan "${result.plan}" is not in the scenario`);
  const types = new Map<string, IncidentType>(scenario.incidentTypes.map((t) => [t.id, t]));
  const incidents = measureIncidentsByType(result.incidents, types);
  const values: Record<string, number> = {
    ...incidents.overall,
    ...measureWorkload(result.responders, plan.cost),
    ...measureStandards(result.incidents, scenario.standards, standardSetting(scenario)),
  };
  for (const [typeId, ofType] of incidents.byType) {
    for (const [id, value] of Object.entries(ofType)) values[typeMeasureId(id, typeId)] = value;
  }
  return Object.freeze({
    plan: result.plan,
    replication: result.replication,
    values: Object.freeze(values),
  });
}
