import { describe, expect, it } from 'vitest';
import { simulatedHourWorkload } from '../../src/approximation/hour-workload.js';
import { hypercubeApproximation } from '../../src/approximation/hypercube-approximation.js';
import type {
  IncidentRecord,
  ReplicationResult,
  ResponderRecord,
} from '../../src/model/records.js';
import { prepareScenarioModel } from '../../src/model/replication.js';
import { replicationResult } from '../stats/fixtures.js';
import { validationScenario } from '../validation/scenario-variants.js';

/** An incident at the plaza answered by the given cars from `dispatched` to `cleared`. */
function incident(id: number, dispatched: number, cleared: number, cars: string[]): IncidentRecord {
  return {
    id,
    type: 'call',
    priority: 1,
    site: 'plaza',
    occurred: dispatched,
    alert: dispatched,
    detectedBy: 'phone',
    dispatched,
    firstOnScene: dispatched + 0.001,
    firstResponder: cars[0]!,
    firstResponderKind: 'officer',
    firstOnSceneByKind: { officer: dispatched + 0.001 },
    officersRequired: 1,
    officersOnScene: dispatched + 0.001,
    cleared,
    waited: false,
    waitMinutes: 0,
    travelMinutes: 0.001,
    recovered: null,
    found: null,
    withinTarget: true,
    responders: cars,
  };
}

/** A car on duty all day that was busy `busyInHour2` minutes of 02:00–03:00 on day 1. */
function car(id: string, busyInHour2: number): ResponderRecord {
  const minutes = { idle: 0, travelling: 0, onScene: 0, returning: 0, offShift: 0 };
  const busyMinutesByHour = new Array<number>(240).fill(0);
  busyMinutesByHour[2] = busyInHour2;
  return {
    id,
    kind: 'officer',
    home: 'station',
    persons: 1,
    minutes,
    incidents: 0,
    travelMinutes: 0,
    staffMinutes: 0,
    overtimeMinutes: 0,
    breakMinutes: 0,
    divertedTrips: 0,
    busyMinutesByHour,
    onDutyMinutesByHour: new Array<number>(240).fill(60),
  };
}

/** Replication `replication` with these incidents and the cars' busy minutes in hour 2. */
function replication(
  replication: number,
  incidents: IncidentRecord[],
  busy: readonly number[],
): ReplicationResult {
  const responders = busy.map((minutes, n) => car(`car-1-${n + 1}`, minutes));
  return replicationResult({ plan: 'three-cars', replication, incidents, responders });
}

describe('simulatedHourWorkload', () => {
  it('takes each car’s busy share from its state minutes and all-busy time from the incidents', () => {
    const model = prepareScenarioModel(validationScenario('erlang-c.yaml'));
    const approximation = hypercubeApproximation(model, 'three-cars', 2); // 02:00–03:00 of day 1
    // Each car is busy to the clearance plus 0.001 minutes back. Replication 0: car 1 busy
    // 100–150.001: 30.001 minutes of [120, 180); car 2 busy 130–140.001 and 135–200.001, merged:
    // 50 minutes; car 3 busy 125–135.001: 10.001 minutes; all three busy 130–135.001: 5.001
    // minutes. Replication 1: nobody busy. The state minutes say the same about each car (the
    // workloads come from them; only the all-busy time comes from the incidents).
    const results = [
      replication(
        0,
        [
          incident(1, 100, 150, ['car-1-1']),
          incident(2, 130, 140, ['car-1-2']),
          incident(3, 135, 200, ['car-1-2']),
          incident(4, 125, 135, ['car-1-3']),
        ],
        [30.001, 50, 10.001],
      ),
      replication(1, [], [0, 0, 0]),
    ];
    const simulated = simulatedHourWorkload(model, approximation, results);
    const first = [30.001 / 60, 50 / 60, 10.001 / 60];
    simulated.units.forEach((unit, n) => {
      expect(unit.id).toBe(`car-1-${n + 1}`);
      expect(unit.workload.mean).toBeCloseTo(first[n]! / 2, 9);
    });
    expect(simulated.officerMean.mean).toBeCloseTo((30.001 + 50 + 10.001) / 180 / 2, 9);
    expect(simulated.allBusy.mean).toBeCloseTo(5.001 / 60 / 2, 9);
    expect(simulated.allBusy.n).toBe(2);
  });
});
