import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAnalyticSection } from '../../src/cli/analytic-section.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { loadScenario } from '../../src/scenario/load.js';
import { freshResultsDir, TINY } from '../experiment/helpers.js';
import { runCli, tinyArgs } from './helpers.js';

describe('peakwatch run', () => {
  it('writes the folder, prints the run table and the folder, and keeps progress off stdout', async () => {
    const resultsDir = freshResultsDir();
    const result = await runCli(tinyArgs('run', resultsDir, '--replications', '3'));
    expect(result.code).toBe(0);
    const [folder] = readdirSync(resultsDir);
    expect(folder).toMatch(/^tiny-run-\d{8}-\d{6}$/);
    expect(result.stdout).toContain('Plan "base": 3 replications');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      `Results: ${join(resultsDir, folder!)}`,
    );
    expect(result.stdout).not.toMatch(/replications \(\d+ %\)/);
    expect(result.stderr).toMatch(/3\/3 replications \(100 %\)/);
    const manifest = JSON.parse(readFileSync(join(resultsDir, folder!, 'manifest.json'), 'utf8'));
    // The recorded command line reproduces the run with every default written out.
    expect(manifest.commandLine).toBe(
      `peakwatch run ${TINY} --plan base --replications 3 --seed 7 --workers 1 --results-dir ${resultsDir}`,
    );
  });

  it('uses --out as the folder name and refuses it when taken', async () => {
    const resultsDir = freshResultsDir();
    const args = tinyArgs('run', resultsDir, '--replications', '2', '--out', 'mine');
    expect((await runCli(args)).code).toBe(0);
    expect(existsSync(join(resultsDir, 'mine', 'summary.csv'))).toBe(true);
    const again = await runCli(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/"mine" already exists/);
  });

  it.each([
    [['--out', '../escape'], /--out must be a plain folder name/],
    [['--out', '/tmp/abs'], /--out must be a plain folder name/],
    [['--plan', 'nope'], /plan "nope" is not in/],
    [['--shard', '3/2'], /--shard/],
    [['--shard', '1/9'], /cannot split 4 replications into 9 shards/],
    [['--replications', '0'], /--replications must be a whole number from 1 to 100000 \(got 0\)/],
    // The command line's bound is the scenario's (MAX_REPLICATIONS).
    [['--replications', '100001'], /--replications must be a whole number from 1 to 100000/],
    [['--replications', '1e9'], /--replications must be a whole number from 1 to 100000/],
    [['--workers', '1.5'], /--workers must be a whole number/],
    [['--seed', '-1'], /--seed must be a whole number from 0 to/],
    // Too large for a double: reported as typed, not rounded to 9007199254740992.
    [
      ['--seed', '9007199254740993'],
      /--seed must be a whole number from 0 to 9007199254740991 \(got 9007199254740993\)/,
    ],
  ])('exits 2 for %j', async (extra, message) => {
    const resultsDir = freshResultsDir();
    const result = await runCli(tinyArgs('run', resultsDir, ...extra));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(resultsDir) ? readdirSync(resultsDir) : []).toEqual([]);
  });

  it('exits 2 for a missing or invalid scenario, naming the file, and writes nothing', async () => {
    for (const file of [
      'test/fixtures/experiment/missing.yaml',
      'test/fixtures/bad/negative-rate.yaml',
    ]) {
      const resultsDir = freshResultsDir();
      const result = await runCli(['run', file, '--results-dir', resultsDir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${file}:`);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
      expect(existsSync(resultsDir) ? readdirSync(resultsDir) : []).toEqual([]);
    }
  });
});

describe('peakwatch run --analytic', () => {
  it("prints the hypercube section with the simulated workloads of the run's own replications", async () => {
    // The Erlang C validation scenario: its busiest hour can be solved, so the section shows
    // the simulated workloads beside the hypercube (an unsolvable hour shows none).
    const file = 'scenarios/validation/erlang-c.yaml';
    const args = ['--replications', '4', '--seed', '11', '--workers', '2'];
    const result = await runCli([
      'run',
      file,
      ...args,
      '--analytic',
      '--results-dir',
      freshResultsDir(),
    ]);
    expect(result.code).toBe(0);
    // The same replications (1..4) under the same seed (11), simulated here: the section must
    // show exactly their workloads, so a wrong seed or replication range makes it differ.
    const scenario = loadScenario(file);
    const model = prepareScenarioModel(scenario);
    const run = (seed: number) =>
      [1, 2, 3, 4].map((r) => simulateReplication(model, 'three-cars', r, { seed }));
    const expected = formatAnalyticSection(model, 'three-cars', run(11));
    expect(result.stdout).toContain(expected);
    expect(expected).toMatch(/Hypercube approximation, plan "three-cars"/);
    expect(expected).toContain('Simulated (95 % CI)');
    expect(result.stdout).not.toContain(formatAnalyticSection(model, 'three-cars', run(12)));
  });
});
