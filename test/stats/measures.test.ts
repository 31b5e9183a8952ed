import { describe, expect, it } from 'vitest';
import type { ReplicationResult } from '../../src/model/records.js';
import {
  findMeasure,
  MEASURES,
  summarizeReplication,
  typeMeasureId,
} from '../../src/stats/measures.js';
import { incidentRecord, incidents, replicationResult, responders, scenario } from './fixtures.js';

/** A replication result of the fixture records under a plan. */
function result(
  plan: string,
  fields: Partial<Pick<ReplicationResult, 'incidents' | 'responders'>> = {},
): ReplicationResult {
  return replicationResult({ plan, replication: 1, incidents, responders, ...fields });
}

describe('MEASURES', () => {
  it('is frozen, with unique camelCase ids', () => {
    expect(Object.isFrozen(MEASURES)).toBe(true);
    expect(MEASURES.every((m) => Object.isFrozen(m))).toBe(true);
    const ids = MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('marks exactly the agreed headline measures', () => {
    expect(
      MEASURES.filter((m) => m.headline)
        .map((m) => m.id)
        .sort(),
    ).toEqual(
      [
        'shareOfficersWithinTarget',
        'p90AlertToFirst',
        'meanOccurrenceToFirst',
        'recoveryRate',
        'shareWaited',
        'officerUtilisation',
        'staffHours',
      ].sort(),
    );
  });

  it('resolves per-type ids to their measure and rejects unknown ones', () => {
    expect(findMeasure(typeMeasureId('p90AlertToFirst', 'lost-item')).id).toBe('p90AlertToFirst');
    expect(() => findMeasure('nonsense')).toThrow(/unknown measure/);
  });
});

describe('summarizeReplication', () => {
  const values = summarizeReplication(result('current'), scenario).values;

  it('carries the plan and replication number', () => {
    const summary = summarizeReplication({ ...result('costed'), replication: 7 }, scenario);
    expect(summary.plan).toBe('costed');
    expect(summary.replication).toBe(7);
  });

  it('has a value for every measure, and per type exactly for the per-type measures', () => {
    const perType = MEASURES.filter((m) => m.perType).map((m) => m.id);
    const expected = [
      ...MEASURES.map((m) => m.id),
      ...scenario.incidentTypes.flatMap((t) => perType.map((id) => typeMeasureId(id, t.id))),
    ];
    expect(Object.keys(values).sort()).toEqual(expected.sort());
  });

  it('computes the response times of the hand-worked example', () => {
    // Alert to first on scene: 4, 3, 8, 3 → sorted 3, 3, 4, 8 (type 7 quantiles, h = 3p).
    expect(values.incidents).toBe(4);
    expect(values.meanAlertToFirst).toBeCloseTo(4.5, 9);
    expect(values.medianAlertToFirst).toBeCloseTo(3.5, 9); // h = 1.5
    expect(values.p90AlertToFirst).toBeCloseTo(6.8, 9); // h = 2.7: 4 + 0.7 × 4
    expect(values.p95AlertToFirst).toBeCloseTo(7.4, 9); // h = 2.85: 4 + 0.85 × 4
    // Occurrence to first: 6, 3.6, 13, 4.
    expect(values.meanOccurrenceToFirst).toBeCloseTo(26.6 / 4, 9);
    // Alert to officers, incidents needing officers only: medical 8, dispute 11.
    expect(values.meanAlertToOfficers).toBeCloseTo(9.5, 9);
    expect(values.medianAlertToOfficers).toBeCloseTo(9.5, 9);
    expect(values.p90AlertToOfficers).toBeCloseTo(10.7, 9); // h = 0.9: 8 + 0.9 × 3
  });

  it('computes the shares of the hand-worked example in percent', () => {
    // Required responder within target: #1 (4 ≤ 5) and #2 (8 ≤ 8) yes; #3 (8 > 5) and
    // #4 (officers 11 > 10) no.
    expect(values.shareWithinTarget).toBeCloseTo(50, 9);
    // Officers within target: medical yes (exactly at target despite rounding), dispute no.
    expect(values.shareOfficersWithinTarget).toBeCloseTo(50, 9);
    expect(values.shareWaited).toBeCloseTo(50, 9);
    expect(values.meanWait).toBeCloseTo(2, 9); // waited 1 and 3 minutes
    // Wq over all four incidents, a ratio of sums: (1 + 3) / 4; #1 and #4 did not wait and
    // count 0 (not their 0.5-minute decision time).
    expect(values.meanWaitAll).toBeCloseTo(1, 9);
    expect(values.recoveryRate).toBeCloseTo(50, 9); // one of the two lost items
    expect(values.detectedByPlatformShare).toBeCloseTo(25, 9);
    expect(values.detectedByPatrolShare).toBeCloseTo(25, 9);
  });

  it('computes the per-type values', () => {
    const of = (id: string, type: string) => values[typeMeasureId(id, type)];
    expect(of('incidents', 'lost-item')).toBe(2);
    expect(of('meanAlertToFirst', 'lost-item')).toBeCloseTo(6, 9);
    expect(of('p90AlertToFirst', 'lost-item')).toBeCloseTo(7.6, 9); // 4 + 0.9 × 4
    expect(of('meanOccurrenceToFirst', 'lost-item')).toBeCloseTo(9.5, 9);
    expect(of('shareWithinTarget', 'lost-item')).toBeCloseTo(50, 9);
    expect(of('meanWait', 'lost-item')).toBeCloseTo(3, 9);
    expect(of('meanWaitAll', 'lost-item')).toBeCloseTo(1.5, 9); // 3 / 2 lost items
    expect(of('meanWaitAll', 'dispute')).toBe(0); // one dispute, it did not wait
    expect(of('recoveryRate', 'lost-item')).toBeCloseTo(50, 9);
    expect(of('detectedByPlatformShare', 'lost-item')).toBeCloseTo(50, 9);
    expect(of('shareOfficersWithinTarget', 'medical')).toBe(100);
    expect(of('shareOfficersWithinTarget', 'dispute')).toBe(0);
    expect(of('p90AlertToOfficers', 'dispute')).toBeCloseTo(11, 9);
  });

  it('gives NaN where a measure has nothing to be defined on', () => {
    const of = (id: string, type: string) => values[typeMeasureId(id, type)];
    // Lost items never need officers; disputes have no recovery model and none waited.
    expect(of('meanAlertToOfficers', 'lost-item')).toBeNaN();
    expect(of('shareOfficersWithinTarget', 'lost-item')).toBeNaN();
    expect(of('recoveryRate', 'dispute')).toBeNaN();
    expect(of('meanWait', 'dispute')).toBeNaN();
    expect(of('meanWaitAll', 'theft')).toBeNaN();
    // No theft occurred: a count of 0 and nothing else.
    expect(of('incidents', 'theft')).toBe(0);
    expect(of('meanAlertToFirst', 'theft')).toBeNaN();
    expect(of('shareWithinTarget', 'theft')).toBeNaN();
  });

  it('gives NaN for officer measures of a replication without officer incidents', () => {
    const lostOnly = incidents.filter((i) => i.type === 'lost-item');
    const v = summarizeReplication(result('current', { incidents: lostOnly }), scenario).values;
    expect(v.shareOfficersWithinTarget).toBeNaN();
    expect(v.meanAlertToOfficers).toBeNaN();
    expect(v.p90AlertToOfficers).toBeNaN();
    expect(v.shareWithinTarget).toBeCloseTo(50, 9);
  });

  it('counts an incident nobody reached as outside its target', () => {
    const unreached = incidentRecord({
      id: 1,
      type: 'medical',
      occurred: 0,
      alert: 1,
      officersRequired: 1,
    });
    const v = summarizeReplication(result('current', { incidents: [unreached] }), scenario).values;
    expect(v.shareOfficersWithinTarget).toBe(0);
    expect(v.shareWithinTarget).toBe(0);
    expect(v.meanAlertToFirst).toBeNaN();
  });

  it('computes crew-weighted utilisation from state minutes', () => {
    // Officers: (2 × 180 + 1 × 80) / (2 × 480 + 1 × 480) = 440 / 1440.
    expect(values.officerUtilisation).toBeCloseTo((100 * 440) / 1440, 9);
    expect(values.platformUtilisation).toBeCloseTo((100 * 100) / 600, 9);
    expect(values.patrolUtilisation).toBe(0);
    const officersOnly = responders.filter((r) => r.kind === 'officer');
    const v = summarizeReplication(
      result('current', { responders: officersOnly }),
      scenario,
    ).values;
    expect(v.platformUtilisation).toBeNaN();
  });

  it('computes staff-hours, overtime and cost', () => {
    // Officers 2 × 480 + 480 minutes = 24 h; platform 10 h; patrol 6 h; overtime 20 min × 2.
    expect(values.officerHours).toBeCloseTo(24, 9);
    expect(values.platformStaffHours).toBeCloseTo(10, 9);
    expect(values.volunteerHours).toBeCloseTo(6, 9);
    expect(values.staffHours).toBeCloseTo(40, 9);
    expect(values.overtimeHours).toBeCloseTo(40 / 60, 9);
    expect(values.cost).toBeNaN(); // plan "current" has no cost
    const costed = summarizeReplication(result('costed'), scenario).values;
    expect(costed.cost).toBeCloseTo(24 * 100 + 10 * 50 + 6 * 10, 9);
  });

  it('adds up break hours per person and diverted trips', () => {
    // car-1-1 (crew 2) 30 break minutes and 2 diversions, car-1-2 (crew 1) 45 minutes and 1:
    // (2 × 30 + 45) / 60 = 1.75 person-hours; 3 trips. None in the fixture: 0 and 0.
    expect(values.breakHours).toBe(0);
    expect(values.divertedTrips).toBe(0);
    const [car1, car2, ...others] = responders;
    const withBreaks = [
      { ...car1!, breakMinutes: 30, divertedTrips: 2 },
      { ...car2!, breakMinutes: 45, divertedTrips: 1 },
      ...others,
    ];
    const v = summarizeReplication(result('current', { responders: withBreaks }), scenario).values;
    expect(v.breakHours).toBeCloseTo(1.75, 12);
    expect(v.divertedTrips).toBe(3);
  });

  it('rejects a plan or an incident type the scenario does not have', () => {
    expect(() => summarizeReplication(result('other'), scenario)).toThrow(/plan "other"/);
    const alien = incidentRecord({ id: 9, type: 'alien', occurred: 0, alert: 1 });
    expect(() => summarizeReplication(result('current', { incidents: [alien] }), scenario)).toThrow(
      /"alien"/,
    );
  });
});

describe('foundWithinHour', () => {
  // Three lost items and a dispute: A found exactly an hour after its alert (within, as a
  // target met to the minute), B 60.5 minutes after, C not found; the dispute has no recovery
  // model and does not count. Found within an hour: 1 of 3; recovered: 2 of 3.
  const lost = [
    incidentRecord({ id: 1, type: 'lost-item', occurred: 0, alert: 2, recovered: true, found: 62 }),
    incidentRecord({
      id: 2,
      type: 'lost-item',
      occurred: 5,
      alert: 10,
      recovered: true,
      found: 70.5,
    }),
    incidentRecord({ id: 3, type: 'lost-item', occurred: 8, alert: 9, recovered: false }),
    incidentRecord({ id: 4, type: 'dispute', occurred: 9, alert: 9.5 }),
  ];
  const values = summarizeReplication(result('current', { incidents: lost }), scenario).values;

  it('counts the lost items and persons found within 60 minutes of the alert', () => {
    expect(values.foundWithinHour).toBeCloseTo(100 / 3, 9);
    expect(values[typeMeasureId('foundWithinHour', 'lost-item')]).toBeCloseTo(100 / 3, 9);
    expect(values.recoveryRate).toBeCloseTo(200 / 3, 9);
  });

  it('is undefined for a type without a recovery model', () => {
    expect(values[typeMeasureId('foundWithinHour', 'dispute')]).toBeNaN();
  });
});
