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
  return String(dimensionKey(incident, dimension));
}

/** {@link dimensionValue} before it is written as text: days and hours as numbers. */
function dimensionKey(incident: StandardIncident, dimension: BreakdownDimension): string | number {
  switch (dimension) {
    case 'type':
      return incident.type;
    case 'site':
      return incident.site;
    case 'day':
      return dayOfRun(incident.occurred);
    case 'hour':
      return Math.floor(minuteOfDay(incident.occurred) / 60);
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
  // An incident's group is the same for every standard: it is found once, as a number.
  const groups = new GroupNumbers(by);
  const groupOfIncident = incidents.map((incident) => groups.numberOf(incident));
  return standards.flatMap((standard) => {
    const covered = new Array<number>(groups.count).fill(0);
    const met = new Array<number>(groups.count).fill(0);
    for (let i = 0; i < incidents.length; i++) {
      const outcome = judgeIncident(standard, incidents[i]!, setting);
      if (outcome === 'uncovered') continue;
      const g = groupOfIncident[i]!;
      covered[g]! += 1;
      if (outcome === 'met') met[g]! += 1;
    }
    const cells: BreakdownCell[] = [];
    for (let g = 0; g < groups.count; g++) {
      if (covered[g]! === 0) continue;
      cells.push({
        plan,
        standard: standard.id,
        group: groups.group(g),
        covered: covered[g]!,
        met: met[g]!,
      });
    }
    return cells.sort((a, b) => compareGroups(a.group, b.group, by));
  });
}

/** Maps of dimension values, one level per dimension, down to a group's number. */
type GroupTree = Map<string | number, GroupTree | number>;

/**
 * Numbers the groups of `by` in order of first sight. An incident's group is found through one
 * map per dimension, keyed by its values as they are (ids, and days and hours as numbers), so
 * no text is built per incident.
 */
class GroupNumbers {
  private readonly tree: GroupTree = new Map();
  private readonly groups: BreakdownCell['group'][] = [];

  constructor(private readonly by: readonly BreakdownDimension[]) {}

  /** Groups numbered so far. */
  get count(): number {
    return this.groups.length;
  }

  /** The group numbered `n` (a copy of its own for each cell). */
  group(n: number): BreakdownCell['group'] {
    return { ...this.groups[n]! };
  }

  /** The number of the incident's group (numbering it if it is new). */
  numberOf(incident: StandardIncident): number {
    const { by } = this;
    let tree = this.tree;
    for (let d = 0; d < by.length - 1; d++) {
      const key = dimensionKey(incident, by[d]!);
      let subtree = tree.get(key) as GroupTree | undefined;
      if (subtree === undefined) {
        subtree = new Map();
        tree.set(key, subtree);
      }
      tree = subtree;
    }
    const last = by.length === 0 ? '' : dimensionKey(incident, by[by.length - 1]!);
    let n = tree.get(last) as number | undefined;
    if (n === undefined) {
      n = this.groups.length;
      this.groups.push(groupOf(incident, by));
      tree.set(last, n);
    }
    return n;
  }
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
