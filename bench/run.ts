/**
 * `npm run bench`: peakwatch's speed, reported as ratios against references measured in the
 * same run (raw simjs events/s, one replication of the unchanged scenario), because the machines
 * are shared and noisy. Nothing here asserts a time: it measures and reports.
 *
 * Sections: raw simjs vs our engine; the simulator's events/s on the default scenario; the
 * time of one seven-day replication; how the cost grows with days simulated and with the
 * incident rate (both should be linear); that doubling visitors at a fixed incident count does
 * not raise the cost; replications/s with 1 and 2 workers and the memory of a long run.
 */
import type { ReplicationResult } from '../src/model/records.js';
import { prepareScenarioModel, simulateReplication } from '../src/model/replication.js';
import { loadScenario } from '../src/scenario/load.js';
import type { Scenario } from '../src/scenario/types.js';
import { measureEngine, measureRawSimjs } from './raw-simjs.js';
import {
  DEFAULT_SCENARIO,
  formatReplicationBench,
  measureRunMemory,
  measureWorkerScaling,
} from './replications.js';

/** Cost of simulating a scenario: milliseconds and engine events per replication. */
interface ReplicationCost {
  readonly msPerReplication: number;
  readonly eventsPerReplication: number;
  readonly incidentsPerReplication: number;
}

/** Runs `replications` replications of the default plan (setup excluded) and times them. */
function measureReplications(scenario: Scenario, replications: number): ReplicationCost {
  const model = prepareScenarioModel(scenario);
  simulateReplication(model, scenario.defaultPlan, 0); // warm the JIT
  let events = 0;
  let incidents = 0;
  const started = performance.now();
  for (let r = 1; r <= replications; r++) {
    const result: ReplicationResult = simulateReplication(model, scenario.defaultPlan, r);
    events += result.events;
    incidents += result.incidents.length;
  }
  const ms = performance.now() - started;
  return {
    msPerReplication: ms / replications,
    eventsPerReplication: events / replications,
    incidentsPerReplication: incidents / replications,
  };
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

/** The scenario with visitors × `visitorFactor` and every incident rate × `rateFactor`. */
function scaled(scenario: Scenario, visitorFactor: number, rateFactor: number): Scenario {
  return {
    ...scenario,
    crowd: {
      ...scenario.crowd,
      visitorsPerDay: scenario.crowd.visitorsPerDay.map((v) => v * visitorFactor),
    },
    incidentTypes: scenario.incidentTypes.map((t) => ({ ...t, rate: t.rate * rateFactor })),
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
  const simulatorEventsPerSecond = (base.eventsPerReplication / base.msPerReplication) * 1000;
  const rawAtModelSize = measureRawSimjs(100, 300_000);
  out(
    `one ${scenario.calendar.days}-day replication: ${base.msPerReplication.toFixed(2)} ms, ` +
      `${base.eventsPerReplication.toFixed(0)} events, ${base.incidentsPerReplication.toFixed(0)} incidents`,
  );
  out(
    `simulator ${(simulatorEventsPerSecond / 1e6).toFixed(3)} M events/s (everything a ` +
      `replication does, per event) vs raw simjs ${(rawAtModelSize / 1e6).toFixed(2)} M/s ` +
      `with 100 pending: ratio ${(simulatorEventsPerSecond / rawAtModelSize).toFixed(2)} (goal ≥ 0.5)`,
  );

  out('\n## Cost against days simulated (should be linear: cost × ≈ days / 1)');
  const oneDay = measureReplications(withDays(scenario, 1), 40);
  for (const days of [1, 2, 4, 7, 14]) {
    out(row(`${days} day(s)`, measureReplications(withDays(scenario, days), 20), oneDay));
  }

  out('\n## Cost against the incident rate (should be about linear in incidents)');
  for (const factor of [1, 2, 4, 8]) {
    out(
      row(`incident rates × ${factor}`, measureReplications(scaled(scenario, 1, factor), 20), base),
    );
  }

  out('\n## Visitors doubled at a fixed incident count (cost × should stay ≈ 1)');
  for (const factor of [1, 2, 4]) {
    out(
      row(
        `visitors × ${factor}, rates ÷ ${factor}`,
        measureReplications(scaled(scenario, factor, 1 / factor), 20),
        base,
      ),
    );
  }

  out('\n## Replications per second and memory (whole runs, files written)');
  const scaling = await measureWorkerScaling(DEFAULT_SCENARIO, 200);
  const memory = await measureRunMemory(DEFAULT_SCENARIO, 1000, 2);
  out(formatReplicationBench(scaling, memory));
}

await main();
