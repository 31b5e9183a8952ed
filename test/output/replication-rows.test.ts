import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  IncidentRecord,
  ReplicationResult,
  ResponderRecord,
} from '../../src/model/records.js';
import { COMPARISON_COLUMNS } from '../../src/output/comparison-csv.js';
import {
  columnNames,
  INCIDENT_COLUMNS,
  OCCUPANCY_COLUMNS,
  RESPONDER_COLUMNS,
} from '../../src/output/csv-columns.js';
import { expectOccupancy, formatReplicationRows } from '../../src/output/replication-rows.js';
import { MEASURES } from '../../src/stats/measures.js';

const incident: IncidentRecord = {
  id: 4,
  type: 'dispute',
  priority: 1,
  site: 'lot',
  occurred: 1500.25,
  alert: 1512.5,
  detectedBy: 'phone',
  dispatched: 1513,
  firstOnScene: 1519.999,
  firstResponder: 'platform-lot-1',
  firstResponderKind: 'platform',
  officersRequired: 2,
  officersOnScene: null,
  cleared: 2881,
  waited: false,
  waitMinutes: 0.5,
  travelMinutes: 6.999,
  recovered: null,
  withinTarget: true,
  responders: ['platform-lot-1', 'car-1-1'],
};

const responder: ResponderRecord = {
  id: 'car-1-1',
  kind: 'officer',
  home: 'station',
  persons: 2,
  minutes: { idle: 600.5, travelling: 30, onScene: 80, returning: 9.5, offShift: 720 },
  incidents: 3,
  travelMinutes: 39.5,
  staffMinutes: 1440,
  overtimeMinutes: 0,
  // Sums of floating-point minutes, as the model accumulates them: written exactly.
  busyMinutesByHour: [0, 12.5, 0.1 + 0.2, 1e-7],
  onDutyMinutesByHour: [60, 60, 45.25, 0],
};

const result: ReplicationResult = {
  plan: 'base',
  replication: 2,
  incidents: [incident],
  responders: [responder],
  occupancy: [{ site: 'lot', start: 1440 + 15, occupancy: 123.45 }],
  events: 10,
  divertedTrips: 0,
} as ReplicationResult;

describe('per-replication rows', () => {
  const rows = formatReplicationRows(result, '2024-09-30', { occupancy: true });

  it('writes an incident with times, clock labels, empty cells for what did not happen', () => {
    // 1500.25 min after 2024-09-30 00:00 is 2024-10-01 01:00; 2881 min is 2024-10-02 00:01.
    expect(rows.incidents).toBe(
      'base,2,4,dispute,1,lot,1500.25,2024-10-01 01:00,1512.5,2024-10-01 01:12,phone,' +
        '1513,2024-10-01 01:13,1519.999,2024-10-01 01:19,platform-lot-1,platform,2,,,' +
        '2881,2024-10-02 00:01,false,0.5,6.999,,true,platform-lot-1;car-1-1\n',
    );
    expect(rows.incidents.split(',')).toHaveLength(INCIDENT_COLUMNS.length);
  });

  it('writes a responder with its minutes in each state and in each hour', () => {
    expect(rows.responders).toBe(
      'base,2,car-1-1,officer,station,2,600.5,30,80,9.5,720,3,39.5,1440,0,' +
        '0;12.5;0.30000000000000004;1e-7,60;60;45.25;0\n',
    );
    expect(columnNames(RESPONDER_COLUMNS).slice(-2)).toEqual([
      'busy_minutes_by_hour',
      'on_duty_minutes_by_hour',
    ]);
    // The lists read back as the very same numbers.
    const [busy, onDuty] = rows.responders.trimEnd().split(',').slice(-2);
    expect(busy!.split(';').map(Number)).toEqual(responder.busyMinutesByHour);
    expect(onDuty!.split(';').map(Number)).toEqual(responder.onDutyMinutesByHour);
  });

  it('writes occupancy per site and interval, only when asked', () => {
    expect(rows.occupancy).toBe('base,2,lot,1455,2024-10-01 00:15,123.45\n');
    const without = formatReplicationRows(result, '2024-09-30', { occupancy: false });
    expect(without.occupancy).toBeNull();
    expect(without.incidents).toBe(rows.incidents);
    expect(() => expectOccupancy(without, 2)).toThrow(/replication 2/);
    expect(columnNames(OCCUPANCY_COLUMNS)).toEqual([
      'plan',
      'replication',
      'site',
      'start',
      'start_time',
      'occupancy',
    ]);
  });

  it('has every field of IncidentRecord as a column', () => {
    const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const names = columnNames(INCIDENT_COLUMNS);
    for (const field of Object.keys(incident)) {
      expect(names).toContain(field === 'id' ? 'incident' : snake(field));
    }
  });
});

describe('docs/outputs.md', () => {
  const docs = readFileSync('docs/outputs.md', 'utf8');

  it.each([
    ['incidents.csv', columnNames(INCIDENT_COLUMNS)],
    ['responders.csv', columnNames(RESPONDER_COLUMNS)],
    ['occupancy.csv', columnNames(OCCUPANCY_COLUMNS)],
    ['comparison.csv', [...COMPARISON_COLUMNS]],
    ['summary.csv', MEASURES.map((m) => m.id)],
  ])('describes every column of %s', (_file, names) => {
    for (const name of names) expect(docs).toContain(`\`${name}\``);
  });
});
