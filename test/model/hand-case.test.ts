/*
 * A case small enough to work out by hand. Sites: station S, lot A, viewpoint B.
 *   vehicle: S–A 4, S–B 6, A–B 3 (so S→B is 6, not 4 + 3)
 *   walk:    S–A 12, S–B 15, A–B 5
 * Reporting: phone 2 minutes; platform staff notice after 1 minute and radio 0.5; decision 1.
 * Types (fixed on-scene minutes):
 *   fight    2 officers, officers only,          priority 1, 10 minutes, target 8
 *   dispute  1 officer,  officer or platform,    priority 2, 15 minutes, target 10
 *   lost     0 officers, officer or platform,    priority 3, 20 minutes, target 15, recovery
 *   quarrel  0 officers, platform only, always escalates to 1 officer, 10 minutes, target 10
 * Incidents are replayed at fixed times so every situation is certain; every expected number
 * below is worked out in the comments from these rules, not read from the program.
 */
import { describe, expect, it } from 'vitest';
import type { IncidentRecord } from '../../src/model/records.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { streamFor } from '../../src/rng/index.js';
import type { IncidentType } from '../../src/scenario/schema.js';
import {
  ALL_DAY,
  allDayCars,
  baseScenario,
  constant,
  plan,
  steadyCrowd,
} from './scenario-builder.js';

function type(
  id: string,
  fields: Pick<IncidentType, 'officers' | 'handlers' | 'priority' | 'targetMinutes'> &
    Partial<IncidentType> & { minutes: number },
): IncidentType {
  const { minutes, ...rest } = fields;
  return { id, name: id, rate: 1, onScene: constant(minutes), ...rest };
}

const scenario = baseScenario({
  seed: 11,
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
  },
  crowd: steadyCrowd([
    { site: 'A', share: 0.5, stay: constant(60) },
    { site: 'B', share: 0.5, stay: constant(60) },
  ]),
  incidentTypes: [
    type('fight', {
      officers: 2,
      handlers: ['officer'],
      priority: 1,
      targetMinutes: 8,
      minutes: 10,
    }),
    type('dispute', {
      officers: 1,
      handlers: ['officer', 'platform'],
      priority: 2,
      targetMinutes: 10,
      minutes: 15,
    }),
    type('lost', {
      officers: 0,
      handlers: ['officer', 'platform'],
      priority: 3,
      targetMinutes: 15,
      minutes: 20,
      recovery: { initial: 0.8, halfLifeMinutes: 30 },
    }),
    type('quarrel', {
      officers: 0,
      handlers: ['platform'],
      priority: 2,
      targetMinutes: 10,
      minutes: 10,
      escalation: { probability: 1 },
      // Rate 0: only replayed here, so the two-car plan (no platforms) is not asked to handle it.
      rate: 0,
    }),
  ],
  detection: {
    phone: constant(2),
    platform: constant(1),
    patrol: constant(0),
    radioMinutes: 0.5,
    dispatchMinutes: 1,
  },
  plans: [
    plan({
      name: 'two-cars',
      dispatch: 'nearest',
      officers: allDayCars('S', { cars: 2, crew: 1 }),
    }),
    plan({
      name: 'car-and-post',
      dispatch: 'platform-first',
      officers: allDayCars('S', { cars: 1, crew: 2 }),
      platforms: [{ site: 'A', staff: 1, coverageMinutes: 6, hours: ALL_DAY }],
    }),
  ],
});
const model = prepareScenarioModel(scenario);

/** The recovery draw of the n-th (1-based) incident of a (site, type) stream. */
function recoveryDraw(site: string, typeId: string, n: number): number {
  const stream = streamFor(scenario.seed, 0, `incident/${site}/${typeId}`);
  // Per incident, in order: on-scene, phone, platform, patrol (constants: no draws), escalation
  // uniform, recovery uniform (no trip variation in this scenario).
  let draw = 0;
  for (let i = 0; i < n; i++) {
    stream.uniform();
    draw = stream.uniform();
  }
  return draw;
}

/** The fields that the hand calculation fixes. */
function timeline(record: IncidentRecord) {
  return {
    type: record.type,
    site: record.site,
    occurred: record.occurred,
    alert: record.alert,
    detectedBy: record.detectedBy,
    dispatched: record.dispatched,
    firstOnScene: record.firstOnScene,
    firstResponder: record.firstResponder,
    officersRequired: record.officersRequired,
    officersOnScene: record.officersOnScene,
    cleared: record.cleared,
    waited: record.waited,
    waitMinutes: record.waitMinutes,
    travelMinutes: record.travelMinutes,
    withinTarget: record.withinTarget,
    responders: record.responders,
  };
}

describe('hand-checked case, nearest policy, two one-officer cars at the station', () => {
  const result = simulateReplication(model, 'two-cars', 0, {
    incidents: [
      { time: 10, site: 'A', type: 'dispute' },
      { time: 20, site: 'B', type: 'fight' },
      { time: 30, site: 'A', type: 'lost' },
      { time: 44, site: 'A', type: 'dispute' },
    ],
  });
  const [dispute1, fight, lost, dispute2] = result.incidents;

  it('sends the first of two equally near cars to a one-officer dispute', () => {
    // Alert 10 + 2 (phone); decision 13; car-1-1 drives S→A in 4: on scene 17; 15 minutes.
    expect(timeline(dispute1!)).toEqual({
      type: 'dispute',
      site: 'A',
      occurred: 10,
      alert: 12,
      detectedBy: 'phone',
      dispatched: 13,
      firstOnScene: 17,
      firstResponder: 'car-1-1',
      officersRequired: 1,
      officersOnScene: 17,
      cleared: 32,
      waited: false,
      waitMinutes: 1,
      travelMinutes: 4,
      withinTarget: true, // 17 − 12 = 5 ≤ 10
      responders: ['car-1-1'],
    });
  });

  it('starts a two-officer fight with the free car and adds the second when it frees up', () => {
    // Decision 23: only car-1-2 is free (S→B 6: there at 29). car-1-1 clears the dispute at 32
    // and is sent straight from A (A→B 3): there at 35, when the work starts; cleared 45.
    expect(timeline(fight!)).toEqual({
      type: 'fight',
      site: 'B',
      occurred: 20,
      alert: 22,
      detectedBy: 'phone',
      dispatched: 23,
      firstOnScene: 29,
      firstResponder: 'car-1-2',
      officersRequired: 2,
      officersOnScene: 35,
      cleared: 45,
      waited: false, // someone was sent at the decision
      waitMinutes: 1,
      travelMinutes: 6,
      withinTarget: false, // 35 − 22 = 13 > 8
      responders: ['car-1-2', 'car-1-1'],
    });
  });

  it('queues a lost item while both cars are busy, then sends the first car released', () => {
    // Decision 33: both cars are at the fight. At 45 the fight clears; car-1-2 (first
    // dispatched, first released) takes the queued item from B (B→A 3): on scene 48.
    expect(timeline(lost!)).toEqual({
      type: 'lost',
      site: 'A',
      occurred: 30,
      alert: 32,
      detectedBy: 'phone',
      dispatched: 45,
      firstOnScene: 48,
      firstResponder: 'car-1-2',
      officersRequired: 0,
      officersOnScene: null,
      cleared: 68,
      waited: true,
      waitMinutes: 13,
      travelMinutes: 3,
      withinTarget: false, // 48 − 32 = 16 > 15
      responders: ['car-1-2'],
    });
    // Search delay 48 − 30 = 18 minutes: chance 0.8 × 0.5^(18/30).
    const chance = 0.8 * 0.5 ** (18 / 30);
    expect(lost!.recovered).toBe(recoveryDraw('A', 'lost', 1) < chance);
  });

  it('re-tasks a car heading back to base from where it is on the way', () => {
    // car-1-1 left B for S (6 minutes) at 45. Decision 47: a third of the way back, so the trip
    // to A takes (2/3)·time(B, A) + (1/3)·time(S, A) = 2 + 4/3 minutes.
    const travel = 2 + 4 / 3;
    expect(dispute2!.firstResponder).toBe('car-1-1');
    expect(dispute2!.dispatched).toBe(47);
    expect(dispute2!.travelMinutes).toBeCloseTo(travel, 12);
    expect(dispute2!.firstOnScene).toBeCloseTo(47 + travel, 12);
    expect(dispute2!.cleared).toBeCloseTo(47 + travel + 15, 12);
    expect(dispute2!.withinTarget).toBe(true);
  });

  it('accounts each car’s travelling and returning minutes', () => {
    const car1 = result.responders.find((r) => r.id === 'car-1-1')!;
    const car2 = result.responders.find((r) => r.id === 'car-1-2')!;
    // car-1-1: out 13–17, 32–35, 47–50⅓; back 45–47 (re-tasked), 65⅓–69⅓.
    expect(car1.minutes.travelling).toBeCloseTo(4 + 3 + 10 / 3, 12);
    expect(car1.minutes.returning).toBeCloseTo(2 + 4, 12);
    expect(car1.incidents).toBe(3);
    // car-1-2: out 23–29, 45–48; back 68–72 (it was re-tasked at 45 before moving).
    expect(car2.minutes.travelling).toBeCloseTo(6 + 3, 12);
    expect(car2.minutes.returning).toBeCloseTo(4, 12);
    expect(car2.incidents).toBe(2);
  });
});

describe('hand-checked case, platform-first, one two-officer car and one post at A', () => {
  const result = simulateReplication(model, 'car-and-post', 0, {
    incidents: [
      { time: 10, site: 'B', type: 'lost' },
      { time: 20, site: 'A', type: 'dispute' },
      { time: 40, site: 'B', type: 'dispute' },
      { time: 70, site: 'A', type: 'fight' },
      { time: 74, site: 'A', type: 'lost' },
      { time: 78, site: 'B', type: 'lost' },
      { time: 120, site: 'A', type: 'quarrel' },
    ],
  });
  const [lostB, disputeA, disputeB, fight, lostA, lostB2, quarrel] = result.incidents;

  it('lets the post detect and handle a lost item within its coverage', () => {
    // B is 5 walking minutes from the post (coverage 6): noticed at 11, alert 11.5 by radio,
    // decision 12.5; the staff member walks A→B in 5: on scene 17.5; 20 minutes' search.
    expect(timeline(lostB!)).toEqual({
      type: 'lost',
      site: 'B',
      occurred: 10,
      alert: 11.5,
      detectedBy: 'platform',
      dispatched: 12.5,
      firstOnScene: 17.5,
      firstResponder: 'platform-A-1',
      officersRequired: 0,
      officersOnScene: null,
      cleared: 37.5,
      waited: false,
      waitMinutes: 1,
      travelMinutes: 5,
      withinTarget: true,
      responders: ['platform-A-1'],
    });
    expect(lostB!.recovered).toBe(recoveryDraw('B', 'lost', 1) < 0.8 * 0.5 ** (7.5 / 30));
  });

  it('gets no platform alert while the only staff member is away, and sends the car', () => {
    // At 21 the staff member is searching at B: the post sees nothing; the phone alert at 22.
    // No platform free at 23, so officers as under nearest: the car S→A 4, on scene 27.
    expect(timeline(disputeA!)).toEqual({
      type: 'dispute',
      site: 'A',
      occurred: 20,
      alert: 22,
      detectedBy: 'phone',
      dispatched: 23,
      firstOnScene: 27,
      firstResponder: 'car-1-1',
      officersRequired: 1,
      officersOnScene: 27,
      cleared: 42,
      waited: false,
      waitMinutes: 1,
      travelMinutes: 4,
      withinTarget: true,
      responders: ['car-1-1'],
    });
  });

  it('sends the platform and the officers together; the officers start, the late walker leaves', () => {
    // At 41 the staff member is walking back (37.5–42.5): phone alert 42, decision 43. Post
    // member (back at 42.5) walks A→B: 5 minutes. The car left A for S at 42 (4 minutes): at 43
    // a quarter of the way, so (3/4)·3 + (1/4)·6 = 3.75 minutes: on scene 46.75, work starts.
    expect(timeline(disputeB!)).toEqual({
      type: 'dispute',
      site: 'B',
      occurred: 40,
      alert: 42,
      detectedBy: 'phone',
      dispatched: 43,
      firstOnScene: 46.75,
      firstResponder: 'car-1-1',
      officersRequired: 1,
      officersOnScene: 46.75,
      cleared: 61.75,
      waited: false,
      waitMinutes: 1,
      travelMinutes: 3.75,
      withinTarget: true,
      responders: ['platform-A-1', 'car-1-1'],
    });
  });

  it('sends a two-officer crew alone to a fight, which platforms may not handle', () => {
    // Post notices at 71 (alert 71.5), decision 72.5; the car is at S (back at 65.75): on scene 76.5.
    expect(timeline(fight!)).toEqual({
      type: 'fight',
      site: 'A',
      occurred: 70,
      alert: 71.5,
      detectedBy: 'platform',
      dispatched: 72.5,
      firstOnScene: 76.5,
      firstResponder: 'car-1-1',
      officersRequired: 2,
      officersOnScene: 76.5,
      cleared: 86.5,
      waited: false,
      waitMinutes: 1,
      travelMinutes: 4,
      withinTarget: true, // 76.5 − 71.5 = 5 ≤ 8
      responders: ['car-1-1'],
    });
  });

  it('queues a lost item when post and car are both busy; the car takes it when free', () => {
    // Lost at A (74): noticed 75, alert 75.5, decision 76.5, the member is at the post: on scene
    // at once, cleared 96.5. Lost at B (78): member busy, so phone alert 80, decision 81; the car
    // is at the fight until 86.5, then drives A→B (3): on scene 89.5.
    expect(timeline(lostA!)).toMatchObject({
      alert: 75.5,
      detectedBy: 'platform',
      dispatched: 76.5,
      firstOnScene: 76.5,
      travelMinutes: 0,
      cleared: 96.5,
      responders: ['platform-A-1'],
    });
    expect(timeline(lostB2!)).toEqual({
      type: 'lost',
      site: 'B',
      occurred: 78,
      alert: 80,
      detectedBy: 'phone',
      dispatched: 86.5,
      firstOnScene: 89.5,
      firstResponder: 'car-1-1',
      officersRequired: 0,
      officersOnScene: null,
      cleared: 109.5,
      waited: true,
      waitMinutes: 6.5,
      travelMinutes: 3,
      withinTarget: true, // 89.5 − 80 = 9.5 ≤ 15
      responders: ['car-1-1'],
    });
    expect(lostB2!.recovered).toBe(recoveryDraw('B', 'lost', 2) < 0.8 * 0.5 ** (11.5 / 30));
  });

  it('escalates when the first responder finds officers are needed; officers take over', () => {
    // Alert 121.5 (post), decision 122.5, member on scene at once (site A) and finds officers
    // needed; the car (back at S since 115.5) drives 4: there at 126.5; work 126.5–136.5.
    expect(timeline(quarrel!)).toEqual({
      type: 'quarrel',
      site: 'A',
      occurred: 120,
      alert: 121.5,
      detectedBy: 'platform',
      dispatched: 122.5,
      firstOnScene: 122.5,
      firstResponder: 'platform-A-1',
      officersRequired: 1,
      officersOnScene: 126.5,
      cleared: 136.5,
      waited: false,
      waitMinutes: 1,
      travelMinutes: 0,
      withinTarget: true, // 126.5 − 121.5 = 5 ≤ 10
      responders: ['platform-A-1', 'car-1-1'],
    });
  });

  it('accounts the staff member’s minutes on scene, including waiting for the officers', () => {
    const member = result.responders.find((r) => r.id === 'platform-A-1')!;
    // On scene: 17.5–37.5 (lost B), 76.5–96.5 (lost A), 122.5–126.5 (until the handover).
    expect(member.minutes.onScene).toBeCloseTo(20 + 20 + 4, 12);
    // Walking to incidents: 12.5–17.5, 43–48 (arrived after the officers, left at once).
    expect(member.minutes.travelling).toBeCloseTo(5 + 5, 12);
    // Walking back: 37.5–42.5, 48–53.
    expect(member.minutes.returning).toBeCloseTo(5 + 5, 12);
  });
});

/*
 * A patrol case. Stops P1, P2, P3 in a triangle, 10 walking minutes apart; the station S is 20
 * minutes' drive from each. One team walks P1 → P2 → P3 → P1, dwelling 2 minutes at each stop:
 * at P1 0–2, walking to P2 2–12, at P2 12–14, … Reporting: phone 30, patrol 1 + radio 0.5,
 * decision 1. A lost item may be handled by the patrol; a medical case by officers only.
 */
describe('hand-checked case, a patrol team on its round', () => {
  const patrolScenario = baseScenario({
    seed: 3,
    sites: [
      { id: 'S', name: 'Station', kind: 'station' },
      { id: 'P1', name: 'P1', kind: 'trail' },
      { id: 'P2', name: 'P2', kind: 'trail' },
      { id: 'P3', name: 'P3', kind: 'trail' },
    ],
    travel: {
      links: [
        { between: ['P1', 'P2'], walk: 10 },
        { between: ['P2', 'P3'], walk: 10 },
        { between: ['P3', 'P1'], walk: 10 },
        { between: ['S', 'P1'], vehicle: 20 },
        { between: ['S', 'P2'], vehicle: 20 },
        { between: ['S', 'P3'], vehicle: 20 },
      ],
    },
    crowd: steadyCrowd(
      ['P1', 'P2', 'P3'].map((site) => ({ site, share: 0.3, stay: constant(30) })),
    ),
    incidentTypes: [
      type('lost', {
        officers: 0,
        handlers: ['patrol', 'officer'],
        priority: 3,
        targetMinutes: 15,
        minutes: 10,
      }),
      type('medical', {
        officers: 0,
        handlers: ['officer'],
        priority: 1,
        targetMinutes: 30,
        minutes: 10,
      }),
    ],
    detection: {
      phone: constant(30),
      platform: constant(1),
      patrol: constant(1),
      radioMinutes: 0.5,
      dispatchMinutes: 1,
    },
    plans: [
      plan({
        name: 'patrol',
        officers: allDayCars('S', { cars: 1, crew: 1 }),
        patrols: [
          { id: 'loop', route: ['P1', 'P2', 'P3'], teams: 1, dwellMinutes: 2, hours: ALL_DAY },
        ],
      }),
    ],
  });
  const result = simulateReplication(prepareScenarioModel(patrolScenario), 'patrol', 0, {
    incidents: [
      { time: 13, site: 'P2', type: 'lost' },
      { time: 30, site: 'P1', type: 'lost' },
      { time: 66, site: 'P3', type: 'medical' },
    ],
  });
  const [atStop, onRound, medical] = result.incidents;

  it('notices an incident at the stop where it stands and handles it there', () => {
    // At P2 (12–14) when it happens: alert 13 + 1.5, decision 15.5, held there until then.
    expect(timeline(atStop!)).toMatchObject({
      alert: 14.5,
      detectedBy: 'patrol',
      dispatched: 15.5,
      firstOnScene: 15.5,
      firstResponder: 'patrol-loop-1',
      travelMinutes: 0,
      cleared: 25.5,
      waited: false,
    });
  });

  it('finds an incident on its next pass and waits there for the decision', () => {
    // After clearing at P2 (25.5) the team rejoins its route at P2: 25.5–27.5 there, P3 at 37.5,
    // P1 at 49.5, where it notices the item lost at 30: alert 51 (the phone would be 60),
    // decision 52, after the 2-minute dwell: it is held, so its trip is 0 minutes.
    expect(timeline(onRound!)).toMatchObject({
      alert: 51,
      detectedBy: 'patrol',
      dispatched: 52,
      firstOnScene: 52,
      firstResponder: 'patrol-loop-1',
      travelMinutes: 0,
      cleared: 62,
      withinTarget: true,
    });
  });

  it('reports what it may not handle and walks on; officers are sent', () => {
    // From P1 (62–64) to P2 (74–76) to P3 at 86: alert 87.5 (the phone would be 96). The car
    // drives 20 minutes from the station after the decision at 88.5.
    expect(timeline(medical!)).toMatchObject({
      alert: 87.5,
      detectedBy: 'patrol',
      dispatched: 88.5,
      firstOnScene: 108.5,
      firstResponder: 'car-1-1',
      responders: ['car-1-1'],
    });
  });

  it('counts the round as idle time and the work as on scene', () => {
    const team = result.responders.find((r) => r.id === 'patrol-loop-1')!;
    expect(team.home).toBe('P1');
    expect(team.minutes.onScene).toBe(20);
    expect(team.minutes.travelling).toBe(0);
    expect(team.minutes.returning).toBe(0);
    expect(team.minutes.offShift).toBe(0);
    expect(team.incidents).toBe(2);
  });
});

describe('hand-checked case, platform-first, a post whose coverage does not reach the site', () => {
  // Same sites and types; the post at A now covers 4 walking minutes, so B (5 minutes away) is
  // outside its area. A dispute at B at time 10: no platform sees it, the phone alert comes at
  // 12, the decision at 13. The post is not responsible for B, so only the car goes: S→B 6
  // minutes, on scene 19, 15 minutes' work, cleared 34. With coverage 6 (the case above) the
  // staff member would have gone too.
  const narrowPost = {
    ...scenario,
    plans: [
      plan({
        name: 'narrow-post',
        dispatch: 'platform-first',
        officers: allDayCars('S', { cars: 1, crew: 2 }),
        platforms: [{ site: 'A', staff: 1, coverageMinutes: 4, hours: ALL_DAY }],
      }),
    ],
  };
  const result = simulateReplication(prepareScenarioModel(narrowPost), 'narrow-post', 0, {
    incidents: [{ time: 10, site: 'B', type: 'dispute' }],
  });

  it('does not send platform staff outside their post area first', () => {
    expect(timeline(result.incidents[0]!)).toEqual({
      type: 'dispute',
      site: 'B',
      occurred: 10,
      alert: 12,
      detectedBy: 'phone',
      dispatched: 13,
      firstOnScene: 19,
      firstResponder: 'car-1-1',
      officersRequired: 1,
      officersOnScene: 19,
      cleared: 34,
      waited: false,
      waitMinutes: 1,
      travelMinutes: 6,
      withinTarget: true,
      responders: ['car-1-1'],
    });
  });
});
