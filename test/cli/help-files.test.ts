/**
 * `run --help` and `compare --help` name every file their results folder holds: the list in the
 * help is checked against the folder a real run writes, so a new file cannot go unmentioned.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshResultsDir } from '../experiment/helpers.js';
import { runCli, tinyArgs } from './helpers.js';

/** The plans of the tiny scenario. */
const PLANS = ['base', 'no-platform', 'extra-car'];

/** How the help names a file: per-plan files by their prefix, the scenario copy in words. */
function nameInHelp(file: string, plans: readonly string[]): string {
  if (/^scenario\.(yaml|json)$/.test(file)) return 'a copy of the scenario';
  const plan = plans.find((p) => file.endsWith(`-${p}.csv`));
  return plan === undefined ? file : `${file.slice(0, -`${plan}.csv`.length)}`;
}

describe('the help of the commands that write a results folder', () => {
  it.each([
    ['run' as const, [] as readonly string[]],
    ['compare' as const, PLANS],
  ])('%s --help names every file of the folder', async (command, plans) => {
    const resultsDir = freshResultsDir();
    const run = await runCli(tinyArgs(command, resultsDir, '--replications', '2'));
    expect(run.code).toBe(0);
    const [folder] = readdirSync(resultsDir);
    const files = readdirSync(join(resultsDir, folder!));
    expect(files).toContain('manifest.json');
    const help = (await runCli([command, '--help'])).stdout.replace(/\s+/g, ' ');
    for (const file of files) expect(help).toContain(nameInHelp(file, plans));
  });
});

describe('the default of --outputs in the help', () => {
  it('is what sweep does: a point of a sweep holds summaries only unless asked', async () => {
    const resultsDir = freshResultsDir();
    const args = ['--replications', '1', '--vary', 'seed=1,2', '--plans', 'base'];
    const sweep = await runCli(tinyArgs('sweep', resultsDir, ...args));
    expect(sweep.code).toBe(0);
    const [folder] = readdirSync(resultsDir);
    const point = readdirSync(join(resultsDir, folder!, 'point-1'));
    expect(point).toContain('summary-base.csv');
    expect(point.filter((file) => file.startsWith('incidents'))).toEqual([]);
    const help = (await runCli(['sweep', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('(default: all for run and compare, summary for sweep and sensitivity)');
  });
});
