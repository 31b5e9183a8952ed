import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/experiment/interrupt.js';
import { PlanChoiceError } from '../../src/experiment/plans.js';
import { runPlan } from '../../src/experiment/run-plan.js';
import { ShardError } from '../../src/experiment/shard.js';
import { readManifest } from '../../src/output/manifest.js';
import { parseSummaryCsv } from '../../src/output/summary-csv.js';
import {
  folderFiles,
  freshResultsDir,
  plainCsvRows,
  quietExperiment,
  tinyScenario,
} from './helpers.js';

const scenario = tinyScenario();

/** Options of a small run of the base plan into a fresh results directory. */
const options = (overrides: Partial<Parameters<typeof runPlan>[0]> = {}) => ({
  ...quietExperiment(scenario),
  plan: 'base',
  replications: 5,
  seed: 11,
  commandLine: 'peakwatch run tiny.yaml',
  ...overrides,
});

describe('runPlan', () => {
  it('writes byte-identical CSV files for 1 and 2 workers', async () => {
    const one = await runPlan(options({ workers: 1 }));
    const two = await runPlan(options({ workers: 2 }));
    const files = folderFiles(one.folder);
    expect(Object.keys(files)).toEqual([
      'demand.csv',
      'incidents.csv',
      'occupancy.csv',
      'responders.csv',
      'standards-by-site-hour.csv',
      'standards.csv',
      'summary.csv',
    ]);
    expect(folderFiles(two.folder)).toEqual(files);
    expect(two.summaries).toEqual(one.summaries);
  });

  it('writes the same files for the same seed and different ones for another seed', async () => {
    const first = folderFiles((await runPlan(options())).folder);
    const again = folderFiles((await runPlan(options())).folder);
    const other = folderFiles((await runPlan(options({ seed: 12 }))).folder);
    expect(again).toEqual(first);
    expect(other['incidents.csv']).not.toEqual(first['incidents.csv']);
  });

  it('writes one row per record, in replication order, and a summary row per replication', async () => {
    const result = await runPlan(options());
    const read = (name: string) => readFileSync(join(result.folder, name), 'utf8');
    const incidents = plainCsvRows(read('incidents.csv'));
    expect(incidents[0]!.slice(0, 3)).toEqual(['plan', 'replication', 'incident']);
    const body = incidents.slice(1);
    // Ids run 1..k within each replication, replications in order.
    const byReplication = new Map<string, string[]>();
    for (const row of body)
      byReplication.set(row[1]!, [...(byReplication.get(row[1]!) ?? []), row[2]!]);
    expect([...byReplication.keys()]).toEqual(['1', '2', '3', '4', '5']);
    for (const ids of byReplication.values()) expect(ids).toEqual(ids.map((_, i) => String(i + 1)));
    // The summary's incident count matches the rows, replication by replication.
    const summary = parseSummaryCsv(read('summary.csv'), 'summary.csv');
    expect(summary.summaries.map((s) => s.values.incidents)).toEqual(
      [...byReplication.values()].map((ids) => ids.length),
    );
    expect(summary.summaries).toEqual(result.summaries);
    // Occupancy: every site with a crowd, 24 hourly intervals of the one day, written once (the
    // crowd leaves before midnight: no row of an earlier entry day).
    const occupancy = plainCsvRows(read('occupancy.csv')).slice(1);
    expect(occupancy).toHaveLength(3 * 24);
    expect(new Set(occupancy.map((row) => row[3]))).toEqual(new Set(['1']));
    // Demand: the one day's multiplier, for each replication in order.
    const demand = plainCsvRows(read('demand.csv')).slice(1);
    expect(demand.map((row) => row.slice(0, 3))).toEqual(
      [1, 2, 3, 4, 5].map((r) => ['base', String(r), '1']),
    );
    // Responders: base has 2 day cars, 1 night car, 1 platform staff member, 1 patrol team.
    expect(plainCsvRows(read('responders.csv')).slice(1)).toHaveLength(5 * 5);
  });

  it("writes each responder's minutes by hour, adding up to its other columns", async () => {
    const result = await runPlan(options({ replications: 2 }));
    const [header, ...rows] = plainCsvRows(
      readFileSync(join(result.folder, 'responders.csv'), 'utf8'),
    );
    const cell = (row: string[], name: string) => row[header!.indexOf(name)]!;
    const value = (row: string[], name: string) => Number(cell(row, name));
    const list = (row: string[], name: string) => cell(row, name).split(';').map(Number);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    let busyUnits = 0;
    for (const row of rows) {
      const busy = list(row, 'busy_minutes_by_hour');
      const onDuty = list(row, 'on_duty_minutes_by_hour');
      // One simulated day: 24 clock hours, none longer than an hour but the last (which also
      // takes the work finished after midnight).
      expect(busy).toHaveLength(24);
      expect(onDuty).toHaveLength(24);
      for (let h = 0; h < 24; h++) {
        expect(busy[h]).toBeLessThanOrEqual(onDuty[h]! + 1e-9);
        if (h < 23) expect(onDuty[h]).toBeLessThanOrEqual(60 + 1e-9);
      }
      const working = ['travelling_minutes', 'on_scene_minutes', 'returning_minutes'];
      expect(sum(busy)).toBeCloseTo(sum(working.map((name) => value(row, name))), 6);
      expect(sum(onDuty)).toBeCloseTo(value(row, 'staff_minutes') / value(row, 'persons'), 6);
      if (sum(busy) > 0) busyUnits++;
    }
    // Most units worked on something (otherwise the sums above would prove little).
    expect(busyUnits).toBeGreaterThan(rows.length / 2);
  });

  it('records the run in manifest.json', async () => {
    const result = await runPlan(options({ replications: 3 }));
    const manifest = readManifest(join(result.folder, 'manifest.json'));
    expect(manifest).toMatchObject({
      kind: 'run',
      command: 'run',
      seed: 11,
      replications: 3,
      replicationRange: [1, 3],
      plans: ['base'],
      shard: null,
      workers: 1,
      scenario: { sha256: scenario.hash, path: scenario.file, name: scenario.name },
      files: [
        'incidents.csv',
        'responders.csv',
        'occupancy.csv',
        'demand.csv',
        'summary.csv',
        'standards.csv',
        'standards-by-site-hour.csv',
      ],
    });
    expect(manifest.wallSeconds).toBeGreaterThanOrEqual(0);
  });

  it('leaves the folder .incomplete with the reason when interrupted', async () => {
    const controller = new AbortController();
    const resultsDir = freshResultsDir();
    // Plain progress writes its first line after 10 % of the replications: interrupt then.
    const interruptingProgress = {
      isTTY: false,
      write: () => controller.abort(new InterruptedError('SIGTERM')),
    };
    await expect(
      runPlan(
        options({
          resultsDir,
          replications: 20,
          signal: controller.signal,
          progressStream: interruptingProgress,
        }),
      ),
    ).rejects.toThrow(InterruptedError);
    const [folder] = readdirSync(resultsDir);
    expect(folder).toMatch(/^tiny-run-\d{8}-\d{6}\.incomplete$/);
    const files = readdirSync(join(resultsDir, folder!));
    expect(files).toContain('INCOMPLETE.txt');
    expect(files).not.toContain('manifest.json');
    expect(readFileSync(join(resultsDir, folder!, 'INCOMPLETE.txt'), 'utf8')).toMatch(
      /interrupted by SIGTERM/,
    );
    // The rows written are whole replications (2 of 20: one per progress step of 10 %).
    const summary = parseSummaryCsv(
      readFileSync(join(resultsDir, folder!, 'summary.csv'), 'utf8'),
      's',
    );
    expect(summary.summaries.length).toBeLessThan(20);
  });

  it('refuses an unknown plan and a shard that does not fit before creating a folder', async () => {
    const resultsDir = freshResultsDir();
    await expect(runPlan(options({ resultsDir, plan: 'nope' }))).rejects.toThrow(PlanChoiceError);
    await expect(runPlan(options({ resultsDir, shard: { index: 1, count: 6 } }))).rejects.toThrow(
      ShardError,
    );
    expect(existsSync(resultsDir) && readdirSync(resultsDir).length > 0).toBe(false);
  });
});
