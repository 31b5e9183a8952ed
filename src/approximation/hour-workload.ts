/**
 * The simulated counterpart of the hypercube approximation: how busy each of its units was in
 * that hour of the run, and how long all of them were busy at once.
 *
 * Each unit's workload is exact: its busy and on-duty minutes in that hour, from the model's
 * own state accounting in the responder records. The records do not say when each unit was
 * busy within the hour, so the time all units were busy at once is rebuilt from the incident
 * records: a unit is busy with an incident from its dispatch to the incident's clearance plus its
 * trip back (vehicle time at the clearance's congestion for cars, e-bike or walking time for
 * officers on e-bikes or on foot, walking time for staff). The
 * dispatch is the incident's first dispatch for its first responder and for cars an incident
 * needed from the start; for cars called by an escalation it is the first responder's arrival,
 * when the need was discovered. A car that joined a multi-officer incident late, or was
 * re-tasked on its way back, is counted busy a little longer than it was.
 */

import type { IncidentRecord, ReplicationResult } from '../model/records.js';
import { planModelOf, type ScenarioModel, scenarioModelOf } from '../model/scenario-model.js';
import { minuteOfDay } from '../scenario/clock.js';
import type { Scenario } from '../scenario/types.js';
import { confidenceInterval, type Interval } from '../stats/interval.js';
import { busyShare } from '../stats/state-minutes.js';
import { allBusyMinutes, busySpansByResponder, type TimeSpan } from '../stats/time-spans.js';
import type { HypercubeApproximation } from './hypercube-approximation.js';

/** Simulated workloads in the approximation's hour, each a 95 % interval over replications. */
export interface HourWorkload {
  /** Busy share of its on-duty minutes in the hour, per unit in the approximation's order. */
  readonly units: readonly { readonly id: string; readonly workload: Interval }[];
  /** Mean busy share over the officer cars. */
  readonly officerMean: Interval;
  /** Share of the hour during which every unit was busy (rebuilt, see the module notes). */
  readonly allBusy: Interval;
}

/**
 * The simulated workloads of the approximation's units in its hour.
 *
 * @param scenario the scenario the results come from, or its prepared model
 * @param approximation from {@link hypercubeApproximation} for the same plan
 * @param results replications of that plan
 * @example
 * ```ts
 * const simulated = simulatedHourWorkload(scenario, approximation, results);
 * simulated.officerMean.mean; // beside the approximation's mean officer workload
 * ```
 */
export function simulatedHourWorkload(
  scenario: Scenario | ScenarioModel,
  approximation: HypercubeApproximation,
  results: readonly ReplicationResult[],
): HourWorkload {
  const model = scenarioModelOf(scenario);
  const plan = planModelOf(model, approximation.plan); // throws for a plan it does not have
  const officerModes = new Map(
    plan.shifts.flatMap((shift) => shift.unitIds.map((id) => [id, shift.mode] as const)),
  );
  const hour: TimeSpan = approximation.hour;
  const hours = { from: approximation.hour.index, to: approximation.hour.index + 1 };
  const needsOfficersFromStart = new Map(
    model.scenario.incidentTypes.map((type) => [type.id, type.officers > 0]),
  );

  const perReplication = results.map((result) => {
    const homes = new Map(result.responders.map((r) => [r.id, { kind: r.kind, home: r.home }]));
    const returnMinutes = (incident: IncidentRecord, id: string): number => {
      const responder = homes.get(id);
      if (responder === undefined || incident.cleared === null) return 0;
      const from = model.network.indexOf(incident.site);
      const to = model.network.indexOf(responder.home);
      const mode = responder.kind === 'officer' ? (officerModes.get(id) ?? 'vehicle') : 'foot';
      if (mode === 'foot') return model.network.walk(from, to);
      if (mode === 'ebike') return model.network.ebike(from, to);
      const factor = model.travel.hourFactors[Math.floor(minuteOfDay(incident.cleared))]!;
      return model.network.vehicle(from, to) * factor;
    };
    const spans = busySpansByResponder(result.incidents, (incident, id) => {
      if (incident.dispatched === null || incident.cleared === null) return null;
      const escalationCall =
        id !== incident.firstResponder &&
        homes.get(id)?.kind === 'officer' &&
        needsOfficersFromStart.get(incident.type) === false;
      const start = escalationCall
        ? (incident.firstOnScene ?? incident.dispatched)
        : incident.dispatched;
      return { start, end: incident.cleared + returnMinutes(incident, id) };
    });
    const unitSpans = approximation.units.map((unit) => spans.get(unit.id) ?? []);
    const records = new Map(result.responders.map((r) => [r.id, r]));
    const workloads = approximation.units.map((unit) => {
      const record = records.get(unit.id);
      return record === undefined ? Number.NaN : busyShare([record], hours);
    });
    const officers = workloads.filter((_, n) => approximation.units[n]!.kind === 'officer');
    return {
      workloads,
      officerMean:
        officers.length === 0 ? Number.NaN : officers.reduce((a, b) => a + b, 0) / officers.length,
      allBusy: allBusyMinutes(unitSpans, hour) / (hour.end - hour.start),
    };
  });
  return {
    units: approximation.units.map((unit, n) => ({
      id: unit.id,
      workload: confidenceInterval(perReplication.map((r) => r.workloads[n]!)),
    })),
    officerMean: confidenceInterval(perReplication.map((r) => r.officerMean)),
    allBusy: confidenceInterval(perReplication.map((r) => r.allBusy)),
  };
}
