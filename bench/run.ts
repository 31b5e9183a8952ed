/**
 * `npm run bench`: peakwatch's speed, reported as ratios against references measured in the
 * same run (raw simjs events/s, one replication of the unchanged scenario), because the machines
 * are shared and noisy. Nothing here asserts a time: it measures and reports.
 *
 * Sections: the speed targets (bench/speed-ratios.ts: peakwatch and the floor program against SimPy, rows against
 * summaries only, 1 against 2 workers, start-up against a bare node); raw simjs vs our engine; the simulator's events/s on the default scenario; the
 * time of one seven-day replication; how the cost grows with days simulated and with the
 * incident rate (both should be linear); that doubling visitors at a fixed incident count does
 * not raise the cost; replications/s with 1 and 2 workers and the memory of a long run; a sweep's
 * time and memory against the compares it replaces (bench/sweep-cost.ts); the plans and wall time
 * of `peakwatch optimize` (the last three skipped with `--model-only`:
 * `npm run bench -- --model-only`).
 */
import type { ReplicationResult } from '../src/model/records.js';
import { prepareScenarioModel, simulateReplication } from '../src/model/replication.js';
import { loadScenario } from '../src/scenario/load.js';
import type { Scenario } from '../src/scenario/types.js';
import { formatOptimizeBench, measureOptimize } from './optimize.js';
import { measureEngine, measureRawSimjs } from './raw-simjs.js';
import {
  DEFAULT_SCENARIO,
  formatReplicationBench,
  measureRunMemory,
  measureWorkerScaling,
} from './replications.js';
import { measureSpeedRatios } from './speed-ratios.js';
import { formatSweepCost, measureSweepCost } from './sweep-cost.js';

/** Cost of simulating a scenario: milliseconds and engine events per replication. */
interface ReplicationCost {
  readonly msPerReplication: number;
  readonly eventsPerReplication: number;
  readonly incidentsPerReplication: number;
}

/**
 * Times `replications` replications of the default plan (the per-scenario preparation
 * excluded, as a run does it once), after a warm-up so the JIT has compiled the hot paths.
 * The crowd's output records (occupancy by 15 minutes), which only a written run builds and
 * which are not simulation events, are left out.
 * The time is the best of three rounds over the same replications: the least disturbed by
 * other work on a shared machine.
 */
function measureReplications(scenario: Scenario, replications: number): ReplicationCost {
  const model = prepareScenarioModel(scenario);
  for (let r = 1; r <= WARM_UP_REPLICATIONS; r++)
    simulateReplication(model, scenario.defaultPlan, r, NO_RECORDS);
  let bestMs = Number.POSITIVE_INFINITY;
  let events = 0;
  let incidents = 0;
  for (let round = 0; round < 3; round++) {
    events = 0;
    incidents = 0;
    const started = performance.now();
    for (let r = 1; r <= replications; r++) {
      const result: ReplicationResult = simulateReplication(
        model,
        scenario.defaultPlan,
        r,
        NO_RECORDS,
      );
      events += result.events;
      incidents += result.incidents.length;
    }
    bestMs = Math.min(bestMs, performance.now() - started);
  }
  return {
    msPerReplication: bestMs / replications,
    eventsPerReplication: events / replications,
    incidentsPerReplication: incidents / replications,
  };
}

/** Replication options for timing: no occupancy records. */
const NO_RECORDS = { occupancy: false } as const;

/** Replications run before timing, so the JIT has compiled the model. */
const WARM_UP_REPLICATIONS = 30;

/** Least-squares slope and intercept of y on x. */
function fitLine(
  xs: readonly number[],
  ys: readonly number[],
): { slope: number; intercept: number } {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** The scenario simulated over its first `days` days. */
function withDays(scenario: Scenario, days: number): Scenario {
  const visitors = Array.from(
    { length: days },
    (_, d) => scenario.crowd.visitorsPerDay[d % scenario.crowd.visitorsPerDay.length]!,
  );
  return {
    ...scenario,
    calendar: { ...scenario.calendar, days },
    crowd: { ...scenario.crowd, visitorsPerDay: visitors },
  };
}

/**
 * The scenario with visitors × `visitorFactor` and every incident rate × `rateFactor`. With
 * `withoutCrowding`, the crowding effect is removed, so that rate ∝ occupancy and visitors × k
 * with rates ÷ k keeps the expected number of incidents.
 */
function scaled(
  scenario: Scenario,
  visitorFactor: number,
  rateFactor: number,
  withoutCrowding = false,
): Scenario {
  return {
    ...scenario,
    crowd: {
      ...scenario.crowd,
      visitorsPerDay: scenario.crowd.visitorsPerDay.map((v) => v * visitorFactor),
    },
    incidentTypes: scenario.incidentTypes.map((t) => ({
      ...t,
      rate: t.rate * rateFactor,
      crowding: withoutCrowding ? undefined : t.crowding,
    })),
  };
}

function row(label: string, cost: ReplicationCost, reference: ReplicationCost): string {
  return (
    `${label.padEnd(34)} ${cost.msPerReplication.toFixed(2).padStart(8)} ms ` +
    `${cost.eventsPerReplication.toFixed(0).padStart(8)} events ` +
    `${cost.incidentsPerReplication.toFixed(0).padStart(6)} incidents  ` +
    `cost × ${(cost.msPerReplication / reference.msPerReplication).toFixed(2)}`
  );
}

async function main(): Promise<void> {
  const scenario = loadScenario(DEFAULT_SCENARIO);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(
    `peakwatch bench on ${DEFAULT_SCENARIO} (${scenario.calendar.days} days), Node ${process.version}`,
  );
  if (!process.argv.includes('--model-only')) {
    out('\n# Speed targets (ratios measured in this run)\n');
    await measureSpeedRatios(out);
  }

  out('\n## Event list: raw simjs vs the engine (events/s)');
  for (const pending of [10, 100, 1000]) {
    const raw = measureRawSimjs(pending, 300_000);
    const engine = measureEngine(pending, 300_000);
    out(
      `pending ${String(pending).padStart(5)}: raw simjs ${(raw / 1e6).toFixed(2)} M/s, ` +
        `engine ${(engine / 1e6).toFixed(2)} M/s, engine/raw ${(engine / raw).toFixed(2)}`,
    );
  }

  out('\n## The simulator on the default scenario');
  const base = measureReplications(scenario, 40);
  out(
    `one ${scenario.calendar.days}-day replication: ${base.msPerReplication.toFixed(2)} ms, ` +
      `${base.eventsPerReplication.toFixed(0)} events, ${base.incidentsPerReplication.toFixed(0)} incidents`,
  );

  out('\n## Cost against days simulated (should be linear)');
  const dayCounts = [1, 2, 4, 7, 14];
  const byDays = dayCounts.map((days) => measureReplications(withDays(scenario, days), 20));
  for (const [i, cost] of byDays.entries()) out(row(`${dayCounts[i]} day(s)`, cost, byDays[0]!));
  const perEvent = fitLine(
    byDays.map((c) => c.eventsPerReplication),
    byDays.map((c) => c.msPerReplication),
  );
  const perDay = fitLine(
    dayCounts,
    byDays.map((c) => c.msPerReplication),
  );
  out(
    `least squares: ${perDay.slope.toFixed(3)} ms per simulated day + ${perDay.intercept.toFixed(3)} ms ` +
      'fixed per replication (seeding the random streams, building the responders)',
  );

  const rawAtModelSize = measureRawSimjs(100, 300_000);
  const overall = (base.eventsPerReplication / base.msPerReplication) * 1000;
  const marginal = 1000 / perEvent.slope;
  out(
    `\nsimulator events/s: ${(overall / 1e6).toFixed(3)} M counting everything a replication does, ` +
      `${(marginal / 1e6).toFixed(3)} M per additional event (slope of cost on events); ` +
      `raw simjs with 100 pending ${(rawAtModelSize / 1e6).toFixed(2)} M/s. ` +
      `Ratios to raw simjs: ${(overall / rawAtModelSize).toFixed(2)} overall, ` +
      `${(marginal / rawAtModelSize).toFixed(2)} marginal (goal ≥ 0.5).`,
  );

  out('\n## Cost against the incident rate (should be about linear in incidents)');
  const byRate = [1, 2, 4, 8].map((factor) => ({
    factor,
    cost: measureReplications(scaled(scenario, 1, factor), 20),
  }));
  for (const { factor, cost } of byRate)
    out(row(`incident rates × ${factor}`, cost, byRate[0]!.cost));

  out('\n## Visitors × k at a fixed expected incident count (crowding effect off; cost × ≈ 1)');
  const fixedCount = [1, 2, 4].map((factor) => ({
    factor,
    cost: measureReplications(scaled(scenario, factor, 1 / factor, true), 20),
  }));
  for (const { factor, cost } of fixedCount) {
    out(row(`visitors × ${factor}, rates ÷ ${factor}`, cost, fixedCount[0]!.cost));
  }

  if (process.argv.includes('--model-only')) return;
  out(
    '\n## Replications per second once warm (rows formatted, no files), and the memory of a whole run',
  );
  const scaling = await measureWorkerScaling(DEFAULT_SCENARIO, 200);
  const memory = await measureRunMemory(DEFAULT_SCENARIO, 1000, 2);
  out(formatReplicationBench(scaling, memory));

  out('\n## A sweep against the compares it replaces (8 points × 3 plans × 40 replications)');
  out(formatSweepCost(await measureSweepCost()));

  out('\n## optimize on the default scenario (built CLI, 20 replications)');
  out(formatOptimizeBench(measureOptimize()));
}

await main();
