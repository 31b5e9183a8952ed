/**
 * Console tables: the run table of one plan (per incident type and overall, then workload and
 * staffing) and the comparison table of several plans against a baseline, plus the one-line
 * verdict on which plan is best. Every number is a mean over replications with the half-width
 * of its confidence interval (`12.3 ±0.8`); see docs/statistics.md.
 */
import type { Scenario } from '../scenario/types.js';
import type { PlanComparison } from '../stats/compare.js';
import { confidenceInterval } from '../stats/interval.js';
import {
  findMeasure,
  MEASURES,
  type MeasureDef,
  type ReplicationSummary,
  typeMeasureId,
} from '../stats/measures.js';
import { ENGLISH_WORDING, type Wording } from './console-wording.js';
import { asciiTable, formatDifference, formatEstimate, labelWithUnit } from './table-format.js';

/** A column of a per-incident-type table: measure id and (multi-line, narrow) header. */
type TypeColumn = readonly [measureId: string, head: string];

/** Response times by incident type, in minutes from the alert unless said otherwise. */
const RESPONSE_COLUMNS: readonly TypeColumn[] = [
  ['incidents', 'Incidents\nper run'],
  ['meanAlertToFirst', 'To first\nmean'],
  ['medianAlertToFirst', 'To first\nmedian'],
  ['p90AlertToFirst', 'To first\np90'],
  ['meanAlertToOfficers', 'To police\nmean'],
  ['p90AlertToOfficers', 'To police\np90'],
];

/** Outcomes by incident type, in percent unless said otherwise. */
const OUTCOME_COLUMNS: readonly TypeColumn[] = [
  ['shareWithinTarget', 'Within\ntarget'],
  ['shareOfficersWithinTarget', 'Police\nwithin\ntarget'],
  ['recoveryRate', 'Recovered'],
  ['shareWaited', 'Waited'],
  ['meanWait', 'Wait of\nthose who\nwaited\n(min)'],
  ['meanWaitAll', 'Wait,\nall\nincidents\n(Wq, min)'],
];

/** Label of the all-incidents row. */
const ALL_TYPES = 'All types';

/**
 * The run table of one plan, in three parts: response times by incident type and for all
 * incidents; outcomes (shares within target, recovery, waiting) likewise; then every other
 * overall measure (occurrence to first, p95, detection, utilisation, staff-hours, overtime,
 * and cost when the plan has one). Each number is the mean over replications ± the half-width
 * of its confidence interval.
 *
 * @param plan plan name; summaries of other plans are ignored
 * @param summaries replication summaries (at least one of the plan)
 * @param scenario the scenario (incident types, the plan's cost)
 * @param level confidence level, default 0.95
 * @example
 * ```ts
 * console.log(formatRunTable('current', summaries, scenario));
 * ```
 */
export function formatRunTable(
  plan: string,
  summaries: readonly ReplicationSummary[],
  scenario: Scenario,
  level = 0.95,
): string {
  const runs = summaries.filter((s) => s.plan === plan);
  if (runs.length === 0) throw new Error(`no replications of plan "${plan}" to tabulate`);
  const cell = (measureId: string) =>
    formatEstimate(
      findMeasure(measureId),
      confidenceInterval(
        runs.map((s) => s.values[measureId] ?? Number.NaN),
        level,
      ),
      runs.length,
    );
  const byType = (title: string, columns: readonly TypeColumn[]) => {
    const table = asciiTable([title, ...columns.map(([, head]) => head)], true);
    for (const type of scenario.incidentTypes) {
      table.push([type.id, ...columns.map(([id]) => cell(typeMeasureId(id, type.id)))]);
    }
    table.push([ALL_TYPES, ...columns.map(([id]) => cell(id))]);
    return table.toString();
  };

  const hasCost = scenario.plans.find((p) => p.name === plan)?.cost !== undefined;
  const overall = asciiTable(['Measure (all incidents, all responders)', 'Mean ±half-width'], true);
  for (const def of otherOverallMeasures(hasCost)) {
    overall.push([labelWithUnit(def), cell(def.id)]);
  }

  return [
    `Plan "${plan}": ${runs.length} replication${runs.length === 1 ? '' : 's'}. Each value: ` +
      `mean ±half-width of the ${percentText(level)} confidence interval over replications.`,
    '(n=k): only k replications define the value; -: none does.',
    byType('Minutes from alert', RESPONSE_COLUMNS),
    byType('Percent of incidents', OUTCOME_COLUMNS),
    overall.toString(),
  ].join('\n');
}

/**
 * The comparison table: a column per plan, a row per measure; each cell holds the plan's
 * estimate (`mean ±half-width`) and, under it, the paired difference plan − baseline, marked
 * `*` when its confidence interval excludes zero. Measures and their order come from the first
 * row's `estimates`.
 *
 * @param rows one per plan, e.g. from `comparePlans`
 * @param baseline the baseline plan's name (its column is labelled and has no differences)
 * @param planLabel what a column calls its plan (default the name; see `planLabel` in
 *   scenario/local-text.ts); the name follows on its own line when the two differ
 * @example
 * ```ts
 * console.log(formatComparisonTable(comparePlans(summaries, 'current'), 'current'));
 * ```
 */
export function formatComparisonTable(
  rows: readonly PlanComparison[],
  baseline: string,
  wording: Wording = ENGLISH_WORDING,
  planLabel: (plan: string) => string = (plan) => plan,
): string {
  const { t } = wording;
  const first = rows[0];
  if (first === undefined) throw new Error('no plans to compare');
  const head = rows.map((r) => {
    const label = planLabel(r.plan);
    const name = label === r.plan ? label : `${label}\n${r.plan}`;
    return r.plan === baseline ? `${name}\n${t('console.baseline')}` : name;
  });
  const table = asciiTable([t('console.measure'), ...head], false);
  table.push([t('console.replications'), ...rows.map((r) => String(r.replications))]);
  for (const id of Object.keys(first.estimates)) {
    const def = findMeasure(id);
    table.push([
      labelWithUnit(def, typeOf(id), wording),
      ...rows.map((r) => comparisonCell(def, id, r)),
    ]);
  }
  return [
    table.toString(),
    t('console.cellNote', { level: percentText(first.level) }),
    t('console.differenceNote', { baseline: planLabel(baseline) }),
  ].join('\n');
}

/** Overall measures not already in the per-type tables, skipping cost when the plan has none. */
function otherOverallMeasures(hasCost: boolean): MeasureDef[] {
  const inTypeTable = new Set([...RESPONSE_COLUMNS, ...OUTCOME_COLUMNS].map(([id]) => id));
  return MEASURES.filter((m) => !inTypeTable.has(m.id) && (hasCost || m.id !== 'cost'));
}

/** A comparison cell: the estimate, and for a non-baseline plan the difference below it. */
function comparisonCell(def: MeasureDef, id: string, row: PlanComparison): string {
  const estimate = row.estimates[id];
  if (estimate === undefined) throw new Error(`plan "${row.plan}" has no estimate of "${id}"`);
  const text = formatEstimate(def, estimate, row.replications);
  const difference = row.differences?.[id];
  return difference === undefined ? text : `${text}\n${formatDifference(def, difference)}`;
}

/** The incident type of a per-type measure id, if it is one. */
function typeOf(measureId: string): string | undefined {
  const at = measureId.indexOf('@');
  return at < 0 ? undefined : measureId.slice(at + 1);
}

/** 0.95 → '95 %'. */
function percentText(level: number): string {
  return `${Number((level * 100).toFixed(4))} %`;
}
