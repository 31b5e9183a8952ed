/**
 * Where and when a standard fails: the incidents each standard covers and those that met it,
 * counted by incident type, site, day and/or hour of day (of the occurrence), pooled over
 * replications (the share of a cell is met / covered over all its replications: a cell holds
 * few incidents per replication, too few for an interval over replications).
 */

import { dayOfRun, minuteOfDay } from '../scenario/clock.js';
import type { Standard } from '../scenario/types.js';
import { judgeIncident, type StandardIncident, type StandardSetting } from './standards.js';

/** What a breakdown can be by. */
export type BreakdownDimension = 'type' | 'site' | 'day' | 'hour';

/** Every dimension, in the order `--by` lists them. */
export const BREAKDOWN_DIMENSIONS: readonly BreakdownDimension[] = ['type', 'site', 'day', 'hour'];

/** An incident of one plan's replication. */
export interface PlanIncident extends StandardIncident {
  readonly plan: string;
  readonly replication: number;
}

/** One plan × standard × group of the breakdown. */
export interface BreakdownCell {
  readonly plan: string;
  readonly standard: string;
  /** The group's value of each dimension (type id, site id, day 1…, hour 0–23), as text. */
  readonly group: Readonly<Partial<Record<BreakdownDimension, string>>>;
  readonly covered: number;
  readonly met: number;
}

/**
 * The value of a dimension for an incident: its type, its site, its day (1 = the calendar start)
 * or the hour of day of its occurrence (0–23).
 */
export function dimensionValue(incident: StandardIncident, dimension: BreakdownDimension): string {
  switch (dimension) {
    case 'type':
      return incident.type;
    case 'site':
      return incident.site;
    case 'day':
      return String(dayOfRun(incident.occurred));
    case 'hour':
      return String(Math.floor(minuteOfDay(incident.occurred) / 60));
  }
}

/**
 * Counts, for every plan, standard and group of `by`, the covered incidents and those that met
 * the standard. Groups without a covered incident are left out. Plans in order of first
 * appearance, standards in the given order, groups sorted (numbers as numbers).
 *
 * @example
 * ```ts
 * breakdownStandards(incidents, scenario.standards, standardSetting(scenario), ['site', 'hour']);
 * ```
 */
export function breakdownStandards(
  incidents: readonly PlanIncident[],
  standards: readonly Standard[],
  setting: StandardSetting,
  by: readonly BreakdownDimension[],
): BreakdownCell[] {
  const plans = [...new Set(incidents.map((i) => i.plan))];
  return plans.flatMap((plan) =>
    breakdownPlan(
      plan,
      incidents.filter((i) => i.plan === plan),
      standards,
      setting,
      by,
    ),
  );
}

/**
 * The cells of {@link breakdownStandards} for the incidents of one plan (of one replication or
 * several), which need not carry their plan: a worker counts its replication's incidents as the
 * model recorded them, without copying each to add the plan.
 *
 * @example
 * ```ts
 * breakdownPlan('current', result.incidents, scenario.standards, setting, ['site', 'hour']);
 * ```
 */
export function breakdownPlan(
  plan: string,
  incidents: readonly StandardIncident[],
  standards: readonly Standard[],
  setting: StandardSetting,
  by: readonly BreakdownDimension[],
): BreakdownCell[] {
  // An incident's group is the same for every standard: its key is built once.
  const keys = incidents.map((incident) => groupKey(incident, by));
  return standards.flatMap((standard) => {
    const cells = new Map<
      string,
      { group: BreakdownCell['group']; covered: number; met: number }
    >();
    for (let i = 0; i < incidents.length; i++) {
      const incident = incidents[i]!;
      const outcome = judgeIncident(standard, incident, setting);
      if (outcome === 'uncovered') continue;
      const key = keys[i]!;
      let cell = cells.get(key);
      if (cell === undefined) {
        cell = { group: groupOf(incident, by), covered: 0, met: 0 };
        cells.set(key, cell);
      }
      cell.covered += 1;
      if (outcome === 'met') cell.met += 1;
    }
    return [...cells.values()]
      .sort((a, b) => compareGroups(a.group, b.group, by))
      .map((cell) => ({ plan, standard: standard.id, ...cell }));
  });
}

/** The group of an incident: its value of each dimension. */
function groupOf(
  incident: StandardIncident,
  by: readonly BreakdownDimension[],
): BreakdownCell['group'] {
  const group: Partial<Record<BreakdownDimension, string>> = {};
  for (const d of by) group[d] = dimensionValue(incident, d);
  return group;
}

/** A key that tells groups apart: the dimension values joined by a character no value holds. */
function groupKey(incident: StandardIncident, by: readonly BreakdownDimension[]): string {
  let key = '';
  for (let i = 0; i < by.length; i++) {
    key += i === 0 ? dimensionValue(incident, by[i]!) : `\u0000${dimensionValue(incident, by[i]!)}`;
  }
  return key;
}

/** met / covered in percent. */
export function cellShare(cell: Pick<BreakdownCell, 'covered' | 'met'>): number {
  return cell.covered === 0 ? Number.NaN : (100 * cell.met) / cell.covered;
}

/** Order of groups: dimension by dimension, days and hours as numbers, ids as text. */
export function compareGroups(
  a: BreakdownCell['group'],
  b: BreakdownCell['group'],
  by: readonly BreakdownDimension[],
): number {
  for (const d of by) {
    const x = a[d]!;
    const y = b[d]!;
    const order = d === 'day' || d === 'hour' ? Number(x) - Number(y) : x.localeCompare(y);
    if (order !== 0) return order;
  }
  return 0;
}
