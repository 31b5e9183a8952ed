import { describe, expect, it } from 'vitest';
import {
  incidentsPerHour,
  inferIntervalMinutes,
  occupancyPerHour,
  utilisationPerHour,
} from '../../../src/report/data/hourly.js';
import type {
  IncidentRow,
  OccupancyRow,
  ResponderRow,
} from '../../../src/report/data/report-records.js';

const incident = (replication: number, type: string, occurred: number): IncidentRow => ({
  plan: 'p',
  replication,
  type,
  site: 's',
  occurred,
  alert: occurred,
  firstOnScene: occurred + 1,
  officersRequired: 0,
  officersOnScene: Number.NaN,
});

describe('incidentsPerHour', () => {
  it('counts incidents in their hour by type and averages over the replications', () => {
    const rows = [
      incident(1, 'a', 0),
      incident(1, 'a', 59.9),
      incident(2, 'a', 60),
      incident(2, 'b', 150),
    ];
    // Four replications, one of them without incidents: still in the denominator.
    const byType = incidentsPerHour(rows, 4, 3);
    expect(byType.get('a')).toEqual([0.5, 0.25, 0]);
    expect(byType.get('b')).toEqual([0, 0, 0.25]);
  });

  it('puts an incident at or after the span end into the last hour', () => {
    expect(incidentsPerHour([incident(1, 'a', 200)], 1, 3).get('a')).toEqual([0, 0, 1]);
  });
});

const occupancy = (
  replication: number,
  site: string,
  start: number,
  value: number,
): OccupancyRow => ({
  replication,
  site,
  start,
  occupancy: value,
});

describe('occupancyPerHour', () => {
  it('time-averages 15-minute intervals within each hour, then averages replications', () => {
    const rows = [
      ...[10, 20, 30, 40].map((v, k) => occupancy(1, 'lot', 15 * k, v)),
      ...[30, 40, 50, 60].map((v, k) => occupancy(2, 'lot', 15 * k, v)),
      occupancy(1, 'lot', 60, 100),
      occupancy(2, 'lot', 60, 300),
    ];
    // Hour 0: replication means 25 and 45 → 35; hour 1: only its first quarter is covered,
    // (100 · 15/60 + 300 · 15/60) / 2 = 50.
    expect(occupancyPerHour(rows, 15, 2).get('lot')).toEqual([35, 50]);
  });

  it('spreads an interval longer than an hour over the hours it spans', () => {
    const rows = [occupancy(1, 'view', 30, 120)];
    // 30–150: half of hour 0, all of hour 1, half of hour 2.
    expect(occupancyPerHour(rows, 120, 3).get('view')).toEqual([60, 120, 60]);
  });

  it('infers the interval length from one site and replication', () => {
    expect(inferIntervalMinutes([0, 30, 60].map((s) => occupancy(1, 'a', s, 0)))).toBe(30);
    expect(inferIntervalMinutes([occupancy(1, 'a', 0, 0)])).toBeNull();
  });
});

const responder = (
  replication: number,
  persons: number,
  busy: number[] | null,
  onDuty: number[] | null,
  kind = 'officer',
): ResponderRow => ({
  plan: 'p',
  replication,
  responder: `u${persons}`,
  kind,
  persons,
  busyMinutesByHour: busy,
  onDutyMinutesByHour: onDuty,
});

describe('utilisationPerHour', () => {
  it('weights by crew within a replication and takes the interval over replications', () => {
    const rows = [
      // Replication 1, hour 0: (2·30 + 1·60) / (2·60 + 1·60) = 120/180 → 66.67 %.
      responder(1, 2, [30, 0], [60, 60]),
      responder(1, 1, [60, 0], [60, 60]),
      // Replication 2, hour 0: (2·60 + 0) / 180 → 66.67 %; hour 1: 2·30/180 → 33.33 %.
      responder(2, 2, [60, 30], [60, 60]),
      responder(2, 1, [0, 0], [60, 60]),
      // Platform staff do not count towards officers.
      responder(1, 1, [60, 60], [60, 60], 'platform'),
    ];
    const [hour0, hour1] = utilisationPerHour(rows, 'officer', 2)!;
    expect(hour0!.mean).toBeCloseTo(200 / 3, 10);
    expect(hour0!.halfWidth).toBe(0);
    expect(hour1!.mean).toBeCloseTo((0 + 100 / 3) / 2, 10);
    expect(hour1!.n).toBe(2);
  });

  it('leaves an hour with nobody on duty undefined', () => {
    const [hour0] = utilisationPerHour([responder(1, 2, [0], [0])], 'officer', 1)!;
    expect(hour0!.n).toBe(0);
  });

  it('is null when the records have no by-hour minutes', () => {
    expect(utilisationPerHour([responder(1, 2, null, null)], 'officer', 24)).toBeNull();
  });
});
