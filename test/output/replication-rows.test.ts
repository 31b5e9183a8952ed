import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  IncidentRecord,
  ReplicationResult,
  ResponderRecord,
} from '../../src/model/records.js';
import { ClockLabels } from '../../src/output/clock.js';
import { COMPARISON_COLUMNS } from '../../src/output/comparison-csv.js';
import {
  type Column,
  columnNames,
  DEMAND_COLUMNS,
  formatRecordBytes,
  formatRecords,
  INCIDENT_COLUMNS,
  OCCUPANCY_COLUMNS,
  RESPONDER_COLUMNS,
  type RowContext,
  rowCells,
} from '../../src/output/csv-columns.js';
import { formatCsvRows } from '../../src/output/csv-format.js';
import { formatKindTimes } from '../../src/output/kind-times.js';
import { ALL_RECORDS, parseRecordSelection } from '../../src/output/record-selection.js';
import {
  expectRows,
  formatReplicationRows,
  formatReplicationRowsSteps,
} from '../../src/output/replication-rows.js';
import { Utf8Builder } from '../../src/output/utf8-builder.js';
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
  firstOnSceneByKind: { platform: 1519.999 },
  officersRequired: 2,
  officersOnScene: null,
  cleared: 2881,
  waited: false,
  waitMinutes: 0.5,
  travelMinutes: 6.999,
  recovered: null,
  found: null,
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
  breakMinutes: 30,
  divertedTrips: 1,
  // Sums of floating-point minutes, as the model accumulates them: written exactly.
  busyMinutesByHour: [0, 12.5, 0.1 + 0.2, 1e-7],
  onDutyMinutesByHour: [60, 60, 45.25, 0],
};

const result: ReplicationResult = {
  plan: 'base',
  replication: 2,
  incidents: [incident],
  responders: [responder],
  occupancy: [],
  demandMultipliers: [1.25, 0.8000000000000002],
  events: 10,
  divertedTrips: 0,
};

/** Summaries only: no record file. */
const NO_RECORDS = parseRecordSelection(['summary']);

/** The text of UTF-8 rows (null stays null). */
const text = (bytes: Uint8Array | null) => (bytes === null ? null : Buffer.from(bytes).toString());

describe('per-replication rows', () => {
  const clock = new ClockLabels('2024-09-30');
  const bytes = formatReplicationRows(result, clock, ALL_RECORDS, true);
  const rows = {
    incidents: text(bytes.incidents),
    responders: text(bytes.responders),
    demand: text(bytes.demand),
  };

  it('writes an incident with times, clock labels, empty cells for what did not happen', () => {
    // 1500.25 min after 2024-09-30 00:00 is 2024-10-01 01:00; 2881 min is 2024-10-02 00:01.
    expect(rows.incidents).toBe(
      'base,2,4,dispute,1,lot,1500.25,2024-10-01 01:00,1512.5,2024-10-01 01:12,phone,' +
        '1513,2024-10-01 01:13,1519.999,2024-10-01 01:19,platform-lot-1,platform,platform=1519.999,2,,,' +
        '2881,2024-10-02 00:01,false,0.5,6.999,,,,true,platform-lot-1;car-1-1\n',
    );
    expect(rows.incidents!.split(',')).toHaveLength(INCIDENT_COLUMNS.length);
  });

  it('writes a responder with its minutes in each state and in each hour', () => {
    expect(rows.responders).toBe(
      'base,2,car-1-1,officer,station,2,600.5,30,80,9.5,720,3,39.5,1440,0,30,1,' +
        '0;12.5;0.30000000000000004;1e-7,60;60;45.25;0\n',
    );
    expect(columnNames(RESPONDER_COLUMNS).slice(-2)).toEqual([
      'busy_minutes_by_hour',
      'on_duty_minutes_by_hour',
    ]);
    // The lists read back as the very same numbers.
    const [busy, onDuty] = rows.responders!.trimEnd().split(',').slice(-2);
    expect(busy!.split(';').map(Number)).toEqual(responder.busyMinutesByHour);
    expect(onDuty!.split(';').map(Number)).toEqual(responder.onDutyMinutesByHour);
  });

  it('writes each day’s demand multiplier, only for the job asked for them', () => {
    expect(rows.demand).toBe('base,2,1,1.25\nbase,2,2,0.8000000000000002\n');
    const without = formatReplicationRows(result, clock, ALL_RECORDS, false);
    expect(without.demand).toBeNull();
    expect(text(without.incidents)).toBe(rows.incidents);
    expect(() => expectRows(without.demand, 'demand', 2)).toThrow(/replication 2/);
    expect(columnNames(DEMAND_COLUMNS)).toEqual(['plan', 'replication', 'day', 'multiplier']);
  });

  it('formats only the files selected', () => {
    const none = formatReplicationRows(result, clock, NO_RECORDS, true);
    expect(none).toEqual({ incidents: null, responders: null, demand: null });
    const some = formatReplicationRows(result, clock, { ...NO_RECORDS, responders: true }, true);
    expect(some).toEqual({ incidents: null, responders: bytes.responders, demand: null });
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
    ['demand.csv', columnNames(DEMAND_COLUMNS)],
    ['comparison.csv', [...COMPARISON_COLUMNS]],
    ['summary.csv', MEASURES.map((m) => m.id)],
  ])('describes every column of %s', (_file, names) => {
    for (const name of names) expect(docs).toContain(`\`${name}\``);
  });
});

describe('formatRecords (the direct row builders)', () => {
  // Texts that csv-stringify must quote or must leave alone, and awkward numbers.
  const texts = [
    '',
    'plain',
    'a,b',
    'say "hi"',
    '"',
    'two\nlines',
    'cr\rhere',
    'crlf\r\n',
    '袁家界 观景台',
    'émigré, “quoted”',
    ' spaced ',
    '-1',
    '=SUM(A1)',
  ];
  const numbers = [
    0,
    -0,
    1,
    -1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e21,
    1.7976931348623157e308,
    5e-324,
    1e-7,
    0.1 + 0.2,
    123456789.123,
  ];
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  const number = (i: number) => pick(numbers, i);
  const time = (i: number) => (i % 4 === 0 ? null : Math.abs(number(i)) % 1e6);
  const flag = (i: number) => (i % 3 === 0 ? null : i % 3 === 1);

  const incidents: IncidentRecord[] = Array.from({ length: 40 }, (_, i) => ({
    ...incident,
    id: number(i),
    type: pick(texts, i),
    priority: number(i + 1),
    site: pick(texts, i + 3),
    occurred: Math.abs(number(i + 2)) % 1e6,
    alert: Math.abs(number(i + 5)) % 1e6,
    detectedBy: pick(texts, i + 5) as IncidentRecord['detectedBy'],
    dispatched: time(i + 1),
    firstOnScene: time(i + 2),
    firstResponder: i % 5 === 0 ? null : pick(texts, i + 7),
    officersOnScene: time(i + 3),
    cleared: time(i + 4),
    waited: i % 2 === 0,
    waitMinutes: number(i + 6),
    travelMinutes: number(i + 7),
    recovered: flag(i),
    withinTarget: flag(i + 1),
    responders: [pick(texts, i), pick(texts, i + 2)],
  }));
  const responders: ResponderRecord[] = Array.from({ length: 40 }, (_, i) => ({
    ...responder,
    id: pick(texts, i),
    home: pick(texts, i + 4),
    persons: number(i),
    minutes: {
      idle: number(i + 1),
      travelling: number(i + 2),
      onScene: number(i + 3),
      returning: number(i + 4),
      offShift: number(i + 5),
    },
    incidents: number(i + 6),
    travelMinutes: number(i + 7),
    staffMinutes: number(i + 8),
    overtimeMinutes: number(i + 9),
    busyMinutesByHour: [number(i), number(i + 1), number(i + 2)],
    onDutyMinutesByHour: [],
  }));
  const demand = Array.from({ length: 20 }, (_, i) => ({ day: i + 1, multiplier: number(i) }));
  const occupancy = Array.from({ length: 20 }, (_, i) => ({
    site: pick(texts, i),
    start: 15 * i,
    entryDay: 1 + (i % 3),
    occupancy: number(i),
  }));
  const contexts: RowContext[] = [
    { plan: 'base', replication: 1, clock: new ClockLabels('2024-10-01') },
    { plan: 'a,"b"', replication: 12, clock: new ClockLabels('2024-02-28') },
  ];

  /** The reference: the cells through csv-stringify. */
  const reference = <R, C>(columns: readonly Column<R, C>[], records: readonly R[], context: C) =>
    formatCsvRows(records.map((record) => rowCells(columns, record, context)));

  it.each(contexts)('writes incidents.csv rows byte for byte as csv-stringify (%#)', (context) => {
    expect(formatRecords(INCIDENT_COLUMNS, incidents, context)).toBe(
      reference(INCIDENT_COLUMNS, incidents, context),
    );
  });

  it.each(contexts)('writes responders.csv rows byte for byte as csv-stringify (%#)', (context) => {
    expect(formatRecords(RESPONDER_COLUMNS, responders, context)).toBe(
      reference(RESPONDER_COLUMNS, responders, context),
    );
  });

  it.each(contexts)('writes demand.csv and occupancy.csv rows as csv-stringify (%#)', (context) => {
    expect(formatRecords(DEMAND_COLUMNS, demand, context)).toBe(
      reference(DEMAND_COLUMNS, demand, context),
    );
    expect(formatRecords(OCCUPANCY_COLUMNS, occupancy, context)).toBe(
      reference(OCCUPANCY_COLUMNS, occupancy, context),
    );
  });

  /** Whether two byte strings are equal (compared whole: an element-wise diff is slow). */
  const sameBytes = (built: Uint8Array, text: string) =>
    Buffer.from(built).equals(Buffer.from(text, 'utf8'));

  it.each(contexts)('builds the UTF-8 bytes of the very same text (%#)', (context) => {
    const same = <R, C>(columns: readonly Column<R, C>[], records: readonly R[], c: C) =>
      sameBytes(formatRecordBytes(columns, records, c), reference(columns, records, c));
    expect(same(INCIDENT_COLUMNS, incidents, context)).toBe(true);
    expect(same(RESPONDER_COLUMNS, responders, context)).toBe(true);
    expect(same(DEMAND_COLUMNS, demand, context)).toBe(true);
    expect(same(OCCUPANCY_COLUMNS, occupancy, context)).toBe(true);
    expect(formatRecordBytes(DEMAND_COLUMNS, [], context)).toHaveLength(0);
  });

  it.each([1, 3, 7, 40, 1000])('formats the same bytes in slices of %i rows', (sliceRows) => {
    const many: ReplicationResult = {
      ...result,
      incidents,
      responders,
      demandMultipliers: demand.map((d) => d.multiplier),
    };
    const clock = new ClockLabels('2024-02-28');
    const whole = formatReplicationRows(many, clock, ALL_RECORDS, true);
    // Each file's rows in its own pieces, into a builder that hands out views, as the main thread's.
    const steps = formatReplicationRowsSteps(
      many,
      clock,
      ALL_RECORDS,
      true,
      new Utf8Builder('view'),
      sliceRows,
    );
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    const sliced = step.value;
    for (const file of ['incidents', 'responders', 'demand'] as const) {
      expect(Buffer.from(sliced[file]!).equals(Buffer.from(whole[file]!))).toBe(true);
    }
    // A pause between two slices of a file, none before a file's first slice.
    const slices = (rows: number) => Math.max(1, Math.ceil(rows / sliceRows));
    expect(pauses).toBe(slices(40) - 1 + slices(40) - 1 + slices(20) - 1);
  });

  it('writes repeated numbers of a row as each alone (0 and -0, NaN twice, after a text)', () => {
    const rows = [
      { day: 0, multiplier: -0 },
      { day: Number.NaN, multiplier: Number.NaN },
      { day: 2, multiplier: 2 },
    ];
    const context = { ...contexts[0]!, plan: '2', replication: 2 };
    expect(Buffer.from(formatRecordBytes(DEMAND_COLUMNS, rows, context)).toString()).toBe(
      '2,2,0,0\n2,2,,\n2,2,2,2\n',
    );
  });

  it('writes the times an incident row repeats as each alone', () => {
    // Times that repeat as a simulated incident's do (occurred = alert = dispatched; first on
    // scene = its kind's time = officers on scene, after the whole officers required), then
    // one met three numbers back, 0 after -0, NaN times, and the previous row's last number.
    const times: IncidentRecord[] = [
      {
        ...incident,
        occurred: 100.5,
        alert: 100.5,
        dispatched: 100.5,
        firstOnScene: 110.25,
        firstOnSceneByKind: { officer: 110.25, patrol: 100.5 },
        officersOnScene: 110.25,
        cleared: 100.5,
        waitMinutes: -0,
        travelMinutes: 0,
        found: Number.NaN,
      },
      {
        ...incident,
        occurred: 0,
        alert: -0,
        dispatched: Number.NaN,
        firstOnScene: Number.NaN,
        firstOnSceneByKind: { platform: 0 },
        officersOnScene: 2,
        cleared: 1440.75,
        waitMinutes: 1440.75,
        travelMinutes: 1e21,
        found: 1e21,
      },
      { ...incident, occurred: 1e21, alert: 1e21, dispatched: 1e21 },
    ];
    const context = contexts[0]!;
    const built = formatRecordBytes(INCIDENT_COLUMNS, times, context);
    expect(sameBytes(built, reference(INCIDENT_COLUMNS, times, context))).toBe(true);
    // Hand-checked cells of the first row: each time with its own label.
    expect(Buffer.from(built).toString().split('\n')[0]).toContain(
      ',100.5,2024-10-01 01:40,100.5,2024-10-01 01:40,phone,100.5,2024-10-01 01:40,' +
        '110.25,2024-10-01 01:50,platform-lot-1,platform,officer=110.25;patrol=100.5,2,' +
        '110.25,2024-10-01 01:50,100.5,2024-10-01 01:40,false,0,0,,,',
    );
  });

  it('encodes text past its first non-ASCII character as Buffer.from does', () => {
    // Four-byte characters (a surrogate pair), lone surrogates, and enough rows to grow the
    // buffer several times over (it starts at 64 KiB).
    const odd = ['👮 car', 'a\uD800b', '\uDC00', 'x袁家界y'.repeat(500), 'plain'];
    const many = Array.from({ length: 400 }, (_, i) => ({
      site: pick(odd, i),
      start: i,
      entryDay: 1,
      occupancy: number(i),
    }));
    const context = contexts[0]!;
    const out = new Utf8Builder();
    const built = formatRecordBytes(OCCUPANCY_COLUMNS, many, context, out);
    expect(built.length).toBeGreaterThan(4 * 65536);
    expect(sameBytes(built, formatRecords(OCCUPANCY_COLUMNS, many, context))).toBe(true);
    // The builder starts again empty, its grown buffer kept: the same rows come out again.
    expect(formatRecordBytes(OCCUPANCY_COLUMNS, many, context, out)).toEqual(built);
    // Hand-checked: "👮" is F0 9F 91 AE in UTF-8, a lone surrogate EF BF BD (U+FFFD).
    const two = formatRecordBytes(DEMAND_COLUMNS, [{ day: 1, multiplier: 2 }], {
      ...context,
      plan: '👮\uD800',
    });
    expect([...two]).toEqual([
      0xf0,
      0x9f,
      0x91,
      0xae,
      0xef,
      0xbf,
      0xbd,
      ...Buffer.from(',1,1,2\n'),
    ]);
  });

  it('quotes by the RFC 4180 rule and writes numbers as they read back', () => {
    // Hand-written: the test above would pass for two equally wrong writers.
    const text = formatRecords(DEMAND_COLUMNS, [{ day: -0, multiplier: Number.NaN }], {
      ...contexts[1]!,
      plan: 'say "hi", \n然后',
    });
    expect(text).toBe('"say ""hi"", \n然后",12,0,\n');
    expect(formatRecords(DEMAND_COLUMNS, [], contexts[0]!)).toBe('');
  });
});

describe('first_on_scene_by_kind', () => {
  it('lists the kinds that arrived in the order officer, platform, patrol, numbers as cells', () => {
    expect(formatKindTimes({ patrol: 3.25, officer: 1e-7 })).toBe('officer=1e-7;patrol=3.25');
    expect(formatKindTimes({ platform: 614, officer: 616 })).toBe('officer=616;platform=614');
    expect(formatKindTimes({})).toBe('');
  });
});
