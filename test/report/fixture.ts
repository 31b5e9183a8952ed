/**
 * Hand-made results folders for the report tests: a small scenario with Chinese site names and
 * coordinates, and run or compare folders whose every number is written here by hand, so that
 * the tests can check the report against values worked out independently of peakwatch.
 *
 * Layout: <tmp>/project/scenarios/test-area.yaml and <tmp>/project/results/<folder>/, with the
 * manifest recording the scenario as `scenarios/test-area.yaml` (relative, as real runs do).
 */

import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  columnNames,
  DEMAND_COLUMNS,
  INCIDENT_COLUMNS,
  OCCUPANCY_COLUMNS,
  RESPONDER_COLUMNS,
} from '../../src/output/csv-columns.js';
import type { Manifest } from '../../src/output/manifest.js';
import { summaryMeasureKeys } from '../../src/output/summary-csv.js';
import type { ScenarioOverride } from '../../src/scenario/overrides.js';

/** The fixture scenario. Walking minutes from the platform at `lot` (coverage 10): station 6,
 * lift 8, view 12, bridge 17; so the platform covers lot, station and lift. */
export const SCENARIO_YAML = `peakwatch: 1
name: 测试景区 (test area)
description: 报告测试用的小景区。
seed: 11
replications: 3
calendar: { start: "2024-10-01", days: 2, timeZone: Asia/Shanghai }
sites:
  - { id: station, name: 测试派出所, kind: station, lat: 29.348, lon: 110.448 }
  - { id: lot, name: "停车场 (Lot & <Gate>)", kind: parking, lat: 29.347, lon: 110.446, capacity: 800 }
  - { id: view, name: 观景台, kind: viewpoint, lat: 29.350, lon: 110.454, capacity: 600 }
  - { id: lift, name: 电梯上站, kind: elevator, lat: 29.3525, lon: 110.460, capacity: 500 }
  - { id: bridge, name: 无坐标桥, kind: viewpoint, capacity: 300 }
travel:
  links:
    - { between: [station, lot], vehicle: 2, walk: 6 }
    - { between: [lot, view], vehicle: 4, walk: 12 }
    - { between: [lot, lift], vehicle: 6, walk: 8 }
    - { between: [view, lift], vehicle: 5, walk: 15 }
    - { between: [view, bridge], vehicle: 3, walk: 5 }
crowd:
  visitorsPerDay: [6000, 5000]
  arrivalProfile:
    - { from: "07:00", to: "12:00", weight: 3 }
  sites:
    - { site: lot, share: 0.8, stay: { dist: lognormal, mean: 20, cv: 0.5 } }
    - { site: view, share: 0.6, lagMinutes: 30, stay: { dist: constant, value: 30 } }
    - { site: lift, share: 0.5, lagMinutes: 90, stay: { dist: uniform, min: 10, max: 40 } }
    - { site: bridge, share: 0.3, lagMinutes: 60, stay: { dist: constant, value: 15 } }
incidents:
  types:
    - id: lost-item
      name: 遗失物品
      rate: 0.1
      priority: 4
      handlers: [platform, patrol, officer]
      officers: 0
      onScene: { dist: exponential, mean: 30 }
      targetMinutes: 10
      recovery: { initial: 0.8, halfLifeMinutes: 45 }
    - id: dispute
      name: 纠纷
      rate: 0.05
      priority: 1
      handlers: [officer]
      officers: 2
      onScene: { dist: constant, value: 20 }
      targetMinutes: 3
    - id: lost-person
      name: 走失人员
      rate: 0.05
      priority: 2
      handlers: [platform, patrol, officer]
      officers: 0
      onScene: { dist: constant, value: 30 }
      targetMinutes: 5
      recovery: { initial: 0.95, halfLifeMinutes: 240, searchMinutes: { dist: constant, value: 20 } }
detection:
  phone: { dist: lognormal, mean: 15, cv: 0.8 }
  platform: { dist: constant, value: 3 }
  patrol: { dist: constant, value: 1 }
  radioMinutes: 0.5
plans:
  - name: base
    description: 现行方案
    dispatch: platform-first
    officers:
      base: station
      shifts:
        - { start: "07:00", end: "19:00", cars: 2, crew: 2 }
    platforms:
      - { site: lot, staff: 2, coverageMinutes: 10, hours: { start: "07:00", end: "19:00" } }
    patrols:
      - { id: loop, route: [view, lift, lot], teams: 1, dwellMinutes: 10, hours: { start: "08:00", end: "18:00" } }
  - name: more-cars
    extends: base
    description: 增加一辆警车
    officers:
      base: station
      shifts:
        - { start: "07:00", end: "19:00", cars: 3, crew: 2 }
`;

/** The fixture's site names, for checking that names appear as written. */
export const SITE_NAMES = ['测试派出所', '停车场 (Lot & <Gate>)', '观景台', '电梯上站', '无坐标桥'];

/** Plans of the fixture, baseline first. */
export const PLANS = ['base', 'more-cars'] as const;

/**
 * The charts (`data-chart` ids) of the compare fixture's report with every file present, in page
 * order: one per section's figure, the map's legend and a map per plan.
 */
export const COMPARE_CHARTS = [
  'share-within-target',
  'alert-to-first',
  'alert-to-officers',
  'occupancy-by-hour',
  'occupancy-by-site',
  'incidents-by-hour',
  'utilisation-by-hour',
  'recovery',
  'recovery-hour',
  'map-legend',
  'map-base',
  'map-more-cars',
];

/**
 * Per-replication values (3 replications) by plan and measure; everything else is empty (NaN).
 * Hand-worked results used by the tests:
 * - shareOfficersWithinTarget: means 60 and 80; paired differences 20, 15, 25 → mean 20,
 *   sd 5, half-width t(0.975, 2) · 5/√3 = 4.302653 · 2.886751 = 12.4207 → [7.6, 32.4];
 * - staffHours: 100 and 148 in every replication → difference exactly +48.
 */
export const SUMMARY_VALUES: Record<string, Record<string, number[]>> = {
  base: {
    incidents: [4, 4, 4],
    shareOfficersWithinTarget: [50, 60, 70],
    shareWithinTarget: [80, 85, 90],
    meanOccurrenceToFirst: [9, 10, 11],
    p90AlertToFirst: [12, 13, 14],
    medianAlertToFirst: [4, 5, 6],
    p95AlertToFirst: [14, 15, 16],
    medianAlertToOfficers: [6, 7, 8],
    p90AlertToOfficers: [9, 10, 11],
    shareWaited: [0, 10, 20],
    recoveryRate: [70, 80, 90],
    'recoveryRate@lost-item': [60, 70, 80],
    'recoveryRate@lost-person': [100, 100, 100],
    foundWithinHour: [50, 60, 70],
    officerUtilisation: [20, 25, 30],
    staffHours: [100, 100, 100],
  },
  'more-cars': {
    incidents: [4, 4, 4],
    shareOfficersWithinTarget: [70, 75, 95],
    shareWithinTarget: [82, 88, 91],
    meanOccurrenceToFirst: [8, 9, 10],
    p90AlertToFirst: [11, 12, 13],
    medianAlertToFirst: [3, 4, 5],
    p95AlertToFirst: [13, 14, 15],
    medianAlertToOfficers: [5, 6, 7],
    p90AlertToOfficers: [8, 9, 10],
    shareWaited: [0, 0, 10],
    recoveryRate: [75, 80, 85],
    'recoveryRate@lost-item': [65, 70, 75],
    'recoveryRate@lost-person': [100, 90, 100],
    foundWithinHour: [55, 65, 75],
    officerUtilisation: [15, 18, 21],
    staffHours: [148, 148, 148],
  },
};

/**
 * standards.csv of the compare folder (a run folder has base's rows), by hand: two standards (names in Chinese, as a station
 * would write them). more-cars meets both, base misses 快速到场 (60 % against 80 %); more-cars is
 * significantly better on 快速到场 (+30 points) and significantly worse on 找回 (−3 points).
 * With staff-hours 148 against 100 the verdict must read: only more-cars meets every standard,
 * +48 staff-hours, but it is significantly worse than base on 找回.
 */
export const STANDARDS_CSV = [
  'plan,standard,name,share,share_low,share_high,share_sd,n,required,verdict,adjusted_p,diff_vs_baseline,diff_low,diff_high,diff_sd,diff_n,change,diff_adjusted_p',
  'base,fast,快速到场,60,50,70,4,3,80,not-met,0.01,,,,,,,',
  'base,recover,找回,75,74,76,0.4,3,70,met,0.002,,,,,,,',
  'more-cars,fast,快速到场,90,85,95,2,3,80,met,0.02,30,20,40,4,3,better,0.01',
  'more-cars,recover,找回,72,71.5,72.5,0.2,3,70,met,0.01,-3,-4,-2,0.4,3,worse,0.01',
  '',
].join('\n');

/**
 * standards-by-site-hour.csv by hand: base misses 快速到场 at the lot at 10:00 (1 of 2 met,
 * reachable: capacity short) and cannot reach the view in time (fastest 12 minutes: ⊘).
 */
export const SITE_HOUR_CSV = [
  'plan,standard,site,hour,covered,met,share,required,fastest_minutes,why',
  'base,fast,lot,10,2,1,50,80,2,capacity-short',
  'base,fast,view,11,1,0,0,80,12,unreachable',
  'more-cars,fast,lot,10,2,2,100,80,2,',
  '',
].join('\n');

/** One incident row's values that the report reads (times in minutes since day 1 00:00). */
interface IncidentSpec {
  readonly replication: number;
  readonly type: string;
  readonly site: string;
  readonly occurred: number;
  readonly alert: number;
  readonly first: number;
  readonly officersRequired?: number;
  readonly officers?: number;
}

/**
 * Incidents by plan. Mean alert-to-first minutes by site for base: lot (5 + 3) / 2 = 4,
 * view 12, lift 6, bridge 10; for more-cars: lot (4 + 2) / 2 = 3, view 10, lift 5, bridge 9.
 * Occurrence hours for base: 10, 11, 34 in replication 1; 10 and 40 in 2; none in 3.
 */
export const INCIDENTS: Record<string, IncidentSpec[]> = {
  base: [
    { replication: 1, type: 'lost-item', site: 'lot', occurred: 600, alert: 601, first: 606 },
    {
      replication: 1,
      type: 'dispute',
      site: 'view',
      occurred: 690,
      alert: 700,
      first: 712,
      officersRequired: 2,
      officers: 715,
    },
    { replication: 1, type: 'lost-person', site: 'lift', occurred: 2050, alert: 2051, first: 2057 },
    { replication: 2, type: 'lost-item', site: 'lot', occurred: 610, alert: 612, first: 615 },
    { replication: 2, type: 'lost-item', site: 'bridge', occurred: 2420, alert: 2425, first: 2435 },
  ],
  'more-cars': [
    { replication: 1, type: 'lost-item', site: 'lot', occurred: 600, alert: 601, first: 605 },
    {
      replication: 1,
      type: 'dispute',
      site: 'view',
      occurred: 690,
      alert: 700,
      first: 710,
      officersRequired: 2,
      officers: 711,
    },
    { replication: 1, type: 'lost-person', site: 'lift', occurred: 2050, alert: 2051, first: 2056 },
    { replication: 2, type: 'lost-item', site: 'lot', occurred: 610, alert: 612, first: 614 },
    { replication: 2, type: 'lost-item', site: 'bridge', occurred: 2420, alert: 2425, first: 2434 },
  ],
};

/** What folder to build. */
export interface FixtureOptions {
  readonly kind: 'run' | 'compare';
  /**
   * Plans with incidents/responders files (default all of the folder's plans); occupancy.csv
   * (one per folder, of the first plan: the baseline) is written when any plan has them.
   */
  readonly recordsFor?: readonly string[];
  /** Write busy/on-duty minutes by hour in responders.csv (default true). */
  readonly byHour?: boolean;
  /** 'ok' (default), 'missing' (no scenario copy) or 'changed' (copy edited after the run). */
  readonly scenario?: 'ok' | 'missing' | 'changed';
  /** Folder name (default `<kind>-fixture`). */
  readonly name?: string;
  /** `--set`/`--scale` overrides the manifest records (default none). */
  readonly overrides?: readonly ScenarioOverride[];
}

/** A fixture folder and where it lives. */
export interface Fixture {
  readonly root: string;
  readonly project: string;
  readonly runDir: string;
  readonly scenarioPath: string;
  readonly manifest: Manifest;
}

/** Builds a results folder in a new temporary directory. */
export function buildFixture(options: FixtureOptions): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'pw-report-'));
  const project = join(root, 'project');
  const scenarioPath = join(project, 'scenarios', 'test-area.yaml');
  mkdirSync(join(project, 'scenarios'), { recursive: true });
  const sha256 = createHash('sha256').update(SCENARIO_YAML, 'utf8').digest('hex');
  writeFileSync(scenarioPath, SCENARIO_YAML);
  const plans = options.kind === 'run' ? [PLANS[0]] : [...PLANS];
  const runDir = join(project, 'results', options.name ?? `${options.kind}-fixture`);
  mkdirSync(runDir, { recursive: true });
  const copy = join(runDir, 'scenario.yaml');
  if (options.scenario !== 'missing') writeFileSync(copy, SCENARIO_YAML);
  if (options.scenario === 'changed') appendFileSync(copy, '# edited after the run\n');
  const recordsFor = options.recordsFor ?? plans;
  const fileName = (stem: string, plan: string) =>
    options.kind === 'run' ? `${stem}.csv` : `${stem}-${plan}.csv`;
  for (const plan of plans) {
    writeFileSync(join(runDir, fileName('summary', plan)), summaryCsv(plan));
    if (!recordsFor.includes(plan)) continue;
    writeFileSync(join(runDir, fileName('incidents', plan)), incidentsCsv(plan));
    writeFileSync(
      join(runDir, fileName('responders', plan)),
      respondersCsv(plan, options.byHour ?? true),
    );
  }
  if (recordsFor.length > 0) {
    writeFileSync(join(runDir, 'occupancy.csv'), occupancyCsv());
    writeFileSync(join(runDir, 'demand.csv'), demandCsv(plans[0]!));
  }
  const standardsRows = STANDARDS_CSV.split('\n').filter((line) => !line.startsWith('more-cars'));
  const standards = options.kind === 'compare' ? STANDARDS_CSV : standardsRows.join('\n');
  writeFileSync(join(runDir, 'standards.csv'), standards);
  const cells = SITE_HOUR_CSV.split('\n').filter((line) => !line.startsWith('more-cars'));
  writeFileSync(
    join(runDir, 'standards-by-site-hour.csv'),
    options.kind === 'compare' ? SITE_HOUR_CSV : cells.join('\n'),
  );
  const manifest: Manifest = {
    format: 1,
    kind: options.kind,
    command: options.kind,
    commandLine: `${options.kind} scenarios/test-area.yaml --replications 3`,
    peakwatch: '0.1.0',
    node: 'v20.0.0',
    scenario: {
      path: 'scenarios/test-area.yaml',
      sha256,
      name: '测试景区 (test area)',
      ...(options.scenario === 'missing' ? {} : { copy: 'scenario.yaml' as const }),
      overrides: [...(options.overrides ?? [])],
    },
    seed: 11,
    replications: 3,
    replicationRange: [1, 3],
    plans,
    baseline: options.kind === 'run' ? null : PLANS[0],
    independentStreams: false,
    precision: null,
    shard: null,
    mergedFrom: null,
    workers: 1,
    startedAt: '2024-10-01T01:00:00.000Z',
    finishedAt: '2024-10-01T01:00:02.000Z',
    wallSeconds: 2,
    files: [],
  };
  writeFileSync(join(runDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { root, project, runDir, scenarioPath, manifest };
}

/** CSV text from a header and rows of cells given by column name (others empty). */
function csvText(
  header: readonly string[],
  rows: readonly Record<string, string | number>[],
): string {
  const line = (cells: readonly string[]) => `${cells.join(',')}\n`;
  return line(header) + rows.map((row) => line(header.map((h) => String(row[h] ?? '')))).join('');
}

/** summary.csv of a plan: the values above, every other measure empty. */
function summaryCsv(plan: string): string {
  const keys = summaryMeasureKeys([{ id: 'lost-item' }, { id: 'dispute' }, { id: 'lost-person' }]);
  const values = SUMMARY_VALUES[plan]!;
  const rows = [1, 2, 3].map((replication) => {
    const row: Record<string, string | number> = { plan, replication };
    for (const [key, list] of Object.entries(values)) row[key] = list[replication - 1]!;
    return row;
  });
  return csvText(['plan', 'replication', ...keys], rows);
}

/** incidents.csv of a plan. */
function incidentsCsv(plan: string): string {
  const clock = (minutes: number) => {
    const day = Math.floor(minutes / 1440);
    const hh = String(Math.floor((minutes % 1440) / 60)).padStart(2, '0');
    const mm = String(Math.floor(minutes % 60)).padStart(2, '0');
    return `2024-10-0${day + 1} ${hh}:${mm}`;
  };
  const rows = INCIDENTS[plan]!.map((i, k) => ({
    plan,
    replication: i.replication,
    incident: k + 1,
    type: i.type,
    priority: 2,
    site: i.site,
    occurred: i.occurred,
    occurred_time: clock(i.occurred),
    alert: i.alert,
    alert_time: clock(i.alert),
    detected_by: 'phone',
    dispatched: i.alert,
    first_on_scene: i.first,
    first_responder: 'car-1-1',
    first_responder_kind: 'officer',
    officers_required: i.officersRequired ?? 0,
    officers_on_scene: i.officers ?? '',
    cleared: i.first + 20,
    waited: 'false',
    wait_minutes: 0,
    travel_minutes: i.first - i.alert,
    within_target: 'true',
    responders: 'car-1-1',
  }));
  return csvText(columnNames(INCIDENT_COLUMNS), rows);
}

/**
 * responders.csv of a plan: per replication one officer car of 2 and, for base, a second car
 * of 1 (so utilisation is crew-weighted), plus a platform staff member. With `byHour`, 48 hours
 * of busy/on-duty minutes: in hour 10 of replication r, car 1 (2 persons) is busy 30 of 60
 * minutes and car 2 (1 person) 60 of 60 → (2·30 + 60) / (2·60 + 60) = 120/180 = 66.67 %;
 * in replication 2, car 1 is busy 60 → (120 + 60)/180 = 100 %; replication 3 → 0 busy = 0 %.
 */
export function respondersCsv(plan: string, byHour: boolean): string {
  const hours = 48;
  const list = (fill: (h: number) => number) =>
    Array.from({ length: hours }, (_, h) => fill(h)).join(';');
  const rows: Record<string, string | number>[] = [];
  const busyCar1 = [30, 60, 0];
  const busyCar2 = [60, 0, 0];
  for (const replication of [1, 2, 3]) {
    const car = (id: string, persons: number, busyAt10: number) => ({
      plan,
      replication,
      responder: id,
      kind: 'officer',
      home: 'station',
      persons,
      idle_minutes: 100,
      travelling_minutes: 10,
      on_scene_minutes: 20,
      returning_minutes: 5,
      off_shift_minutes: 0,
      incidents: 2,
      travel_minutes: 15,
      staff_minutes: 135 * persons,
      overtime_minutes: 0,
      ...(byHour
        ? {
            busy_minutes_by_hour: list((h) => (h === 10 ? busyAt10 : 0)),
            on_duty_minutes_by_hour: list((h) => (h >= 7 && h < 19 ? 60 : 0)),
          }
        : {}),
    });
    rows.push(car('car-1-1', 2, busyCar1[replication - 1]!));
    if (plan === 'base') rows.push(car('car-1-2', 1, busyCar2[replication - 1]!));
    rows.push({
      ...car('platform-lot-1', 1, 45),
      kind: 'platform',
      home: 'lot',
    });
  }
  // Without `byHour`: a file of a peakwatch that did not write the by-hour columns yet.
  const header = columnNames(RESPONDER_COLUMNS).filter(
    (name) => byHour || !name.endsWith('_by_hour'),
  );
  return csvText(header, rows);
}

/**
 * occupancy.csv: 15-minute intervals of hour 8 (480–540) at lot and view, all from day 1's
 * visitors at the scenario's numbers: lot 100, 200, 300, 400 (hour 8 mean 250); view 36.
 */
function occupancyCsv(): string {
  const rows: Record<string, string | number>[] = [];
  [100, 200, 300, 400].forEach((value, k) => {
    const start = 480 + 15 * k;
    rows.push({ site: 'lot', start, start_time: '', entry_day: 1, occupancy: value });
    rows.push({ site: 'view', start, start_time: '', entry_day: 1, occupancy: 36 });
  });
  return csvText(columnNames(OCCUPANCY_COLUMNS), rows);
}

/**
 * demand.csv: day 1's multiplier is 1 in replication 1 and 2 in replications 2 and 3, so the
 * mean over replications is 5/3: lot's hour 8 is 250 · 5/3 = 416.67 and view's 36 · 5/3 = 60.
 * Day 2's multipliers (no visitors of day 2 in occupancy.csv) do not matter.
 */
function demandCsv(plan: string): string {
  const rows = [1, 2, 3].flatMap((replication) => [
    { plan, replication, day: 1, multiplier: replication === 1 ? 1 : 2 },
    { plan, replication, day: 2, multiplier: 0.5 * replication },
  ]);
  return csvText(columnNames(DEMAND_COLUMNS), rows);
}
