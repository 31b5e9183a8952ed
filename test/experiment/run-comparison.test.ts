import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExperimentUsageError } from '../../src/experiment/errors.js';
import { checkPrecision } from '../../src/experiment/precision.js';
import { runComparison } from '../../src/experiment/run-comparison.js';
import { runPlan } from '../../src/experiment/run-plan.js';
import { readManifest } from '../../src/output/manifest.js';
import { folderFiles, plainCsvRows, quietExperiment, tinyScenario } from './helpers.js';

const scenario = tinyScenario();

const options = (overrides: Partial<Parameters<typeof runComparison>[0]> = {}) => ({
  ...quietExperiment(scenario),
  replications: 4,
  seed: 5,
  commandLine: 'peakwatch compare tiny.yaml',
  ...overrides,
});

describe('runComparison', () => {
  it("writes each plan's files and the baseline's occupancy identical to `run` of that plan, and comparison.csv", async () => {
    const result = await runComparison(options({ plans: ['no-platform', 'base'] }));
    expect(result.baseline).toBe('base');
    const files = folderFiles(result.folder);
    expect(Object.keys(files)).toEqual([
      'comparison.csv',
      'demand.csv',
      'incidents-base.csv',
      'incidents-no-platform.csv',
      'occupancy.csv',
      'responders-base.csv',
      'responders-no-platform.csv',
      'standards-by-site-hour.csv',
      'standards.csv',
      'summary-base.csv',
      'summary-no-platform.csv',
    ]);
    // Common random numbers: `run` of a plan with the same seed simulates the same replications,
    // so it writes the very same rows.
    const runs = await Promise.all(
      ['no-platform', 'base'].map((plan) => runPlan({ ...options(), plan })),
    );
    const [other, baseline] = runs.map((run) => folderFiles(run.folder));
    for (const [plan, single] of [
      ['no-platform', other!],
      ['base', baseline!],
    ] as const) {
      for (const stem of ['summary', 'incidents', 'responders']) {
        expect(files[`${stem}-${plan}.csv`], `${stem}-${plan}`).toEqual(single[`${stem}.csv`]);
      }
    }
    expect(files['occupancy.csv']).toEqual(baseline!['occupancy.csv']);
    expect(files['demand.csv']).toEqual(baseline!['demand.csv']);
    // The crowd does not depend on the plan: the other plan's demand differs only by name.
    const renamed = other!['demand.csv']!.toString().replaceAll('\nno-platform,', '\nbase,');
    expect(renamed).toBe(files['demand.csv']!.toString());
    // comparison.csv: plans in the order given, every measure column of the summaries.
    const rows = plainCsvRows(files['comparison.csv']!.toString()).slice(1);
    const measures = plainCsvRows(files['summary-base.csv']!.toString())[0]!.slice(2);
    expect(rows.map((r) => `${r[0]}:${r[1]}`)).toEqual([
      ...measures.map((m) => `no-platform:${m}`),
      ...measures.map((m) => `base:${m}`),
    ]);
  });

  it('gives the same files for 1 and 2 workers', async () => {
    const one = await runComparison(options());
    const two = await runComparison(options({ workers: 2 }));
    const files = folderFiles(one.folder);
    // comparison, 3 per plan, occupancy and demand, standards and its site × hour breakdown
    expect(Object.keys(files)).toHaveLength(1 + 3 * 3 + 2 + 2);
    expect(folderFiles(two.folder)).toEqual(files);
  });

  it("writes the baseline's own crowd under independent streams", async () => {
    const settings = { replications: 3, baseline: 'extra-car' };
    const result = await runComparison(options({ ...settings, independentStreams: true }));
    const demand = readFileSync(join(result.folder, 'demand.csv'));
    // extra-car is the scenario's third plan: its jobs drew from seed 5 + 3 × 1,000,003.
    const own = await runPlan({ ...options(settings), plan: 'extra-car', seed: 3_000_014 });
    expect(demand).toEqual(readFileSync(join(own.folder, 'demand.csv')));
    // ... which is not the crowd of the common seed (the day's demand is drawn per seed).
    const common = await runPlan({ ...options(settings), plan: 'extra-car' });
    expect(demand).not.toEqual(readFileSync(join(common.folder, 'demand.csv')));
  });

  it('adds batches until the precision target is met, and no sooner', async () => {
    const rule = { target: 0.8, batch: 3, cap: 30 };
    const result = await runComparison(options({ precision: rule, plans: ['base', 'extra-car'] }));
    const n = result.replications;
    expect(n % rule.batch === 0 || n === rule.cap).toBe(true);
    expect(result.precision?.reached).toBe(true);
    // Independent check of the rule on the summaries: met at n, not met one batch earlier.
    const upTo = (k: number) => result.summaries.filter((s) => s.replication <= k);
    expect(checkPrecision(upTo(n), ['base', 'extra-car'], rule.target).reached).toBe(true);
    expect(n).toBeGreaterThan(rule.batch);
    expect(checkPrecision(upTo(n - rule.batch), ['base', 'extra-car'], rule.target).reached).toBe(
      false,
    );
    const manifest = readManifest(join(result.folder, 'manifest.json'));
    expect(manifest.replications).toBe(n);
    expect(manifest.precision).toEqual({ ...rule, reached: true });
  });

  it('stops at the cap when the target is out of reach, and says so', async () => {
    const result = await runComparison(
      options({ precision: { target: 0.001, batch: 2, cap: 5 }, plans: ['base'] }),
    );
    expect(result.replications).toBe(5);
    expect(result.precision?.reached).toBe(false);
    expect(readManifest(join(result.folder, 'manifest.json')).precision?.reached).toBe(false);
  });

  it('refuses --precision with --shard', async () => {
    await expect(
      runComparison(
        options({ precision: { target: 0.1, batch: 2, cap: 4 }, shard: { index: 1, count: 2 } }),
      ),
    ).rejects.toThrow(ExperimentUsageError);
  });
});
