/*
 * Officers posted away from the station, travelling by e-bike or on foot, on given days only.
 * Sites: station S, lot A, viewpoint B.
 *   vehicle: S–A 4, S–B 6, A–B 3
 *   walk:    S–A 12, S–B 15, A–B 5
 *   e-bike:  no link gives its own; travel.ebike derives them as walk × 0.4: S–A 4.8, S–B 6,
 *            A–B 2 (so A→B by e-bike is 2, S→B is min(6, 4.8 + 2) = 6)
 * A dispute needs 2 officers, officers only; phone reporting takes 2 minutes and the decision
 * 1 minute, so an incident at t is decided at t + 3. Units are pairs (crew 2): one unit answers.
 * Every expected number is worked out here from these rules, not read from the program.
 */
import { describe, expect, it } from 'vitest';
import { scenarioNetwork } from '../../src/model/network.js';
import type { Occupancy } from '../../src/model/occupancy.js';
import type { IncidentRecord } from '../../src/model/records.js';
import { simulateReplication } from '../../src/model/replication.js';
import { congestionByMinute, Travel } from '../../src/model/travel.js';
import type { Plan } from '../../src/scenario/types.js';
import { ALL_DAY, baseScenario, constant, plan } from './scenario-builder.js';

type Shift = Plan['officers']['shifts'][number];

const stationCar: Shift = { ...ALL_DAY, cars: 1, crew: 2 };

function scenarioWith(shifts: Shift[], days = 1) {
  return baseScenario({
    seed: 5,
    calendar: { start: '2024-10-01', days },
    sites: [
      { id: 'S', name: 'Station', kind: 'station' },
      { id: 'A', name: 'Lot', kind: 'parking' },
      { id: 'B', name: 'View', kind: 'viewpoint' },
    ],
    travel: {
      links: [
        { between: ['S', 'A'], vehicle: 4, walk: 12 },
        { between: ['S', 'B'], vehicle: 6, walk: 15 },
        { between: ['A', 'B'], vehicle: 3, walk: 5 },
      ],
      ebike: { from: 'walk', factor: 0.4 },
    },
    crowd: {
      visitorsPerDay: Array.from({ length: days }, () => 1000),
      demandCv: 0,
      arrivalProfile: [{ from: '00:00', to: '24:00', weight: 1 }],
      sites: [
        { site: 'A', share: 0.5, stay: constant(60) },
        { site: 'B', share: 0.5, stay: constant(60) },
      ],
    },
    incidentTypes: [
      {
        id: 'dispute',
        name: 'dispute',
        rate: 1,
        priority: 1,
        handlers: ['officer'],
        officers: 2,
        onScene: constant(10),
        targetMinutes: 3,
      },
    ],
    detection: {
      phone: constant(2),
      platform: constant(1),
      patrol: constant(1),
      radioMinutes: 0,
      dispatchMinutes: 1,
    },
    plans: [plan({ name: 'p', officers: { base: 'S', shifts } })],
    defaultPlan: 'p',
  });
}

function replay(shifts: Shift[], incidents: { time: number; site: string }[], days = 1) {
  return simulateReplication(scenarioWith(shifts, days), 'p', 0, {
    incidents: incidents.map((incident) => ({ ...incident, type: 'dispute' })),
    occupancy: false,
  });
}

const summary = (r: IncidentRecord) => ({
  responders: r.responders,
  travel: r.travelMinutes,
  onSceneAfterAlert: r.officersOnScene! - r.alert,
});

describe('officers posted forward', () => {
  it('a pair posted at the lot reaches a dispute there in 0 travel minutes; the station car stays', () => {
    const posted: Shift = { ...ALL_DAY, cars: 1, crew: 2, base: 'A', mode: 'foot' };
    const result = replay([stationCar, posted], [{ time: 100, site: 'A' }]);
    // Decided at 103; the pair at A is 0 minutes away, the car 4: the pair goes, on scene at 103.
    expect(summary(result.incidents[0]!)).toEqual({
      responders: ['foot-2-1'],
      travel: 0,
      onSceneAfterAlert: 1,
    });
    const pair = result.responders.find((r) => r.id === 'foot-2-1')!;
    expect(pair.home).toBe('A');
    expect(pair.kind).toBe('officer');
  });

  it('a pair on foot walks its walking time; on an e-bike it rides the e-bike time', () => {
    const onFoot: Shift = { ...ALL_DAY, cars: 1, crew: 2, base: 'A', mode: 'foot' };
    const onEbike: Shift = { ...onFoot, mode: 'ebike' };
    const noCar: Shift = { ...stationCar, cars: 0 };
    // Only the posted pair: to B it walks 5 minutes (A–B), or rides 5 × 0.4 = 2.
    const walked = replay([noCar, onFoot], [{ time: 100, site: 'B' }]).incidents[0]!;
    const ridden = replay([noCar, onEbike], [{ time: 100, site: 'B' }]).incidents[0]!;
    expect(walked.travelMinutes).toBeCloseTo(5, 9);
    expect(ridden.travelMinutes).toBeCloseTo(2, 9);
    expect(ridden.responders).toEqual(['ebike-2-1']);
    // With the station car on duty too: the car needs 6 to B, the walkers 5, the e-bike 2.
    expect(
      replay([stationCar, onFoot], [{ time: 100, site: 'B' }]).incidents[0]!.responders,
    ).toEqual(['foot-2-1']);
    // Back at the post afterwards: the walkers return A←B in 5, so a second dispute at A
    // decided 15 minutes after they cleared B finds them at A again (0 travel).
    const second = replay(
      [noCar, onFoot],
      [
        { time: 100, site: 'B' },
        { time: 130, site: 'A' },
      ],
    ).incidents[1]!;
    expect(second.travelMinutes).toBe(0);
  });

  it('crowds beyond capacity slow e-bikes and cars by the crowding factor, never walkers', () => {
    const scenario = scenarioWith([stationCar]);
    const network = scenarioNetwork(scenario);
    const a = network.indexOf('A');
    const b = network.indexOf('B');
    // Destination B holds twice its capacity of 100: slow-down 1 + 0.5 × (2 − 1) = 1.5.
    const occupancy = { at: () => 200 } as unknown as Occupancy;
    const capacities = new Float64Array(network.size).fill(Number.NaN);
    capacities[b] = 100;
    const travel = new Travel(
      network,
      { hourFactors: congestionByMinute([]), crowding: 0.5, capacities, variationCv: 0 },
      occupancy,
    );
    expect(travel.byMode('ebike', a, b, 600)).toBeCloseTo(2 * 1.5, 12);
    expect(travel.byMode('vehicle', a, b, 600)).toBeCloseTo(3 * 1.5, 12);
    expect(travel.byMode('foot', a, b, 600)).toBe(5);
  });
});

describe('shifts on given days', () => {
  const disputes = [
    { time: 100, site: 'A' }, // day 1
    { time: 1540, site: 'A' }, // day 2
    { time: 2980, site: 'A' }, // day 3
  ];

  it('a shift dated day 2 is on duty on day 2 only (by number or by date)', () => {
    for (const day of [2, '2024-10-02']) {
      const extra: Shift = { ...ALL_DAY, cars: 1, crew: 2, base: 'A', mode: 'foot', days: [day] };
      const result = replay([stationCar, extra], disputes, 3);
      // Days 1 and 3: only the car, 4 minutes from S; day 2: the pair at A, 0 minutes.
      expect(result.incidents.map((r) => r.responders[0])).toEqual([
        'car-1-1',
        'foot-2-1',
        'car-1-1',
      ]);
      expect(result.incidents.map((r) => r.travelMinutes)).toEqual([4, 0, 4]);
      // On duty exactly day 2's 1,440 minutes, two officers: 2,880 staff minutes.
      const pair = result.responders.find((r) => r.id === 'foot-2-1')!;
      expect(pair.staffMinutes).toBe(2880);
    }
  });

  it('an overnight shift dated day 1 works into day 2 and not on the night of day 2', () => {
    const night: Shift = {
      start: '22:00',
      end: '06:00',
      cars: 1,
      crew: 2,
      base: 'A',
      mode: 'foot',
      days: [1],
    };
    const result = replay(
      [stationCar, night],
      [
        { time: 1440 + 120, site: 'A' }, // 02:00 on day 2: the day-1 night shift
        { time: 1440 + 23 * 60, site: 'A' }, // 23:00 on day 2: no night shift that night
      ],
      2,
    );
    expect(result.incidents.map((r) => r.responders[0])).toEqual(['foot-2-1', 'car-1-1']);
    const pair = result.responders.find((r) => r.id === 'foot-2-1')!;
    expect(pair.staffMinutes).toBe(8 * 60 * 2);
  });
});

describe('meal breaks', () => {
  // Two single officers on foot posted at A (crew 1 each), a dispute needing 1 officer, 20
  // minutes on scene; breaks of 30 minutes from 12:00 (720), one unit after the other.
  const replay = (shifts: Shift[], incidents: { time: number; site: string }[]) => {
    const scenario = scenarioWith(shifts);
    const types = scenario.incidentTypes.map((t) => ({ ...t, officers: 1, onScene: constant(20) }));
    return simulateReplication({ ...scenario, incidentTypes: types }, 'p', 0, {
      incidents: incidents.map((incident) => ({ ...incident, type: 'dispute' })),
      occupancy: false,
    });
  };
  const oneOfficer = (shifts: Shift[], incidents: { time: number; site: string }[]) =>
    replay(shifts, incidents).incidents;
  const pairAtA: Shift = { ...ALL_DAY, cars: 2, crew: 1, base: 'A', mode: 'foot' };
  const withBreaks: Shift = { ...pairAtA, mealBreak: { minutes: 30, from: '12:00', to: '13:00' } };
  // Decided 3 minutes after occurring (phone 2, decision 1).
  const at = (clock: number) => ({ time: clock - 3, site: 'A' });

  it('a break makes the post’s second member the one sent, then the first', () => {
    // Unit 1 breaks 720–750, unit 2 750–780. Decisions at 730 and 760.
    const sent = (shift: Shift) =>
      oneOfficer([shift], [at(730), at(760)]).map((r) => r.responders[0]);
    expect(sent(pairAtA)).toEqual(['foot-1-1', 'foot-1-1']);
    expect(sent(withBreaks)).toEqual(['foot-1-2', 'foot-1-1']);
  });

  it('a break due during an incident is taken after it, and the next member waits its turn', () => {
    // Decision at 710: unit 1 on scene 710–730 (0 travel), so its break runs 730–760 and unit
    // 2's 760–790. Decisions at 740 (unit 1 on break: unit 2) and 770 (unit 2 on break: unit 1).
    const incidents = oneOfficer([withBreaks], [at(710), at(740), at(770)]);
    expect(incidents.map((r) => r.responders[0])).toEqual(['foot-1-1', 'foot-1-2', 'foot-1-1']);
    expect(incidents.map((r) => r.travelMinutes)).toEqual([0, 0, 0]);
  });

  it('records each unit’s break minutes, postponed or not, and none without breaks', () => {
    const breaks = (shift: Shift, incidents: { time: number; site: string }[]) =>
      replay([shift], incidents).responders.map((r) => r.breakMinutes);
    expect(breaks(withBreaks, [at(710), at(740), at(770)])).toEqual([30, 30]);
    expect(breaks(pairAtA, [at(710)])).toEqual([0, 0]);
  });

  it('counts a break only up to the end of the last day', () => {
    // Breaks from 23:45: unit 1's runs 1425–1455 and is cut at the horizon 1440 (15 minutes);
    // unit 2's would start at 1455, a day not simulated (the run is over by then anyway).
    const late: Shift = { ...pairAtA, mealBreak: { minutes: 30, from: '23:45', to: '00:45' } };
    const result = replay([late], [at(600)]);
    expect(result.responders.map((r) => r.breakMinutes)).toEqual([15, 0]);
  });
});
