/**
 * Measures of the responders' workload and staffing: utilisation by kind, staff-hours,
 * overtime, meal breaks, diverted trips and cost. Formulas in docs/statistics.md.
 */
import type { ResponderKindName, ResponderRecord, StateMinutes } from '../model/records.js';
import { RESPONDER_KIND_NAMES, RESPONDER_KINDS } from '../model/responder-kinds.js';
import type { Plan } from '../scenario/types.js';

/**
 * Values of the workload measures, keyed by measure id: utilisation in percent, hours in
 * staff-hours (person-hours), diverted trips as a count, cost in the plan's currency (NaN when
 * the plan has no `cost`).
 *
 * @param responders every responder of the replication
 * @param cost the plan's cost per staff-hour by kind, if it has one
 */
export function measureWorkload(
  responders: readonly ResponderRecord[],
  cost: Plan['cost'],
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const kind of RESPONDER_KIND_NAMES) {
    values[RESPONDER_KINDS[kind].utilisationMeasure] = utilisation(responders, kind);
  }
  let totalHours = 0;
  let totalCost = 0;
  for (const kind of RESPONDER_KIND_NAMES) {
    const hours = staffHours(responders, kind);
    values[RESPONDER_KINDS[kind].hoursMeasure] = hours;
    totalHours += hours;
    if (cost !== undefined) totalCost += hours * cost[RESPONDER_KINDS[kind].costKey];
  }
  values.staffHours = totalHours;
  values.overtimeHours = sum(responders, (r) => r.overtimeMinutes * r.persons) / 60;
  values.breakHours = sum(responders, (r) => r.breakMinutes * r.persons) / 60;
  values.divertedTrips = sum(responders, (r) => r.divertedTrips);
  values.cost = cost === undefined ? Number.NaN : totalCost;
  return values;
}

/**
 * Busy share of on-duty time of one kind of responder, weighted by persons (a car of two
 * counts twice): Σ persons·(travelling + onScene + returning) / Σ persons·(on duty), in percent.
 * Returning counts as busy because the unit is committed to the trip even though it can be
 * re-tasked. NaN when the plan has no such responder on duty.
 */
function utilisation(responders: readonly ResponderRecord[], kind: ResponderKindName): number {
  const ofKind = responders.filter((r) => r.kind === kind);
  const onDuty = sum(ofKind, (r) => r.persons * onDutyMinutes(r.minutes));
  if (onDuty === 0) return Number.NaN;
  return (100 * sum(ofKind, (r) => r.persons * busyMinutes(r.minutes))) / onDuty;
}

/** Minutes committed to incidents. */
function busyMinutes(m: StateMinutes): number {
  return m.travelling + m.onScene + m.returning;
}

/** Minutes on duty (everything but off shift; overtime is spent in the busy states). */
function onDutyMinutes(m: StateMinutes): number {
  return m.idle + busyMinutes(m);
}

/** Staff-hours of one kind (the records' staffMinutes already count persons). */
function staffHours(responders: readonly ResponderRecord[], kind: ResponderKindName): number {
  return sum(responders, (r) => (r.kind === kind ? r.staffMinutes : 0)) / 60;
}

/** Σ of `f` over the responders. */
function sum(responders: readonly ResponderRecord[], f: (r: ResponderRecord) => number): number {
  return responders.reduce((total, r) => total + f(r), 0);
}
