/**
 * The Slurm recipe of docs/scaling.md, run for real: scripts/slurm-sweep.sh submits a sweep to
 * a one-node Slurm cluster started on this machine (test/cli/slurm-cluster.ts) as a job array of
 * shards and a merge job that depends on it; the merged folder must equal the sweep run here
 * unsharded, byte for byte. When the cluster cannot start, the test fails with the reason.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { folderTree, freshResultsDir, manifestsBesidesMerge, TINY } from '../experiment/helpers.js';
import { type SlurmCluster, startSlurmCluster } from './slurm-cluster.js';

/** Two points × three replications of two plans: 6 units, so 3 shards cut point 1's block. */
const SWEEP = [
  'sweep',
  resolve(TINY),
  '--vary',
  'detection.radioMinutes=0.5,1',
  '--plans',
  'base,extra-car',
  '--replications',
  '3',
  '--workers',
  '1',
];

/** Runs `node dist/cli.js ARGS` without blocking; resolves with its exit status and stderr. */
function runLocal(cli: string, args: readonly string[]) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stderr: string }>((done) =>
    child.on('close', (code) => done({ code, stderr })),
  );
}

describe('the Slurm job array of docs/scaling.md on a one-node cluster', () => {
  it('runs the shards as an array and the dependent merge gives the local sweep byte for byte', async () => {
    // Started here rather than in a hook, so that a cluster that cannot start fails this test
    // (with the reason and the daemons' logs) and is counted as a failure.
    const cluster = await startSlurmCluster();
    try {
      await sweepOnCluster(cluster);
    } finally {
      await cluster.stop();
    }
  }, 150_000);
});

/** Submits the sweep through scripts/slurm-sweep.sh and compares the merge with a local run. */
async function sweepOnCluster(running: SlurmCluster): Promise<void> {
  const cli = inject('peakwatchCli');
  const resultsDir = freshResultsDir();
  // The local, unsharded sweep runs while the cluster works.
  const local = runLocal(cli, [...SWEEP, '--results-dir', resultsDir, '--out', 'local']);
  const submit = spawnSync(
    'scripts/slurm-sweep.sh',
    ['-n', '3', '-o', 'cluster', '-d', resultsDir, '--', ...SWEEP],
    { encoding: 'utf8', env: { ...running.env, PEAKWATCH: `${process.execPath} ${cli}` } },
  );
  expect(submit.stderr).toBe('');
  expect(submit.status).toBe(0);
  const array = /Submitted array job (\d+)/.exec(submit.stdout)?.[1];
  const merge = /Submitted merge job (\d+)/.exec(submit.stdout)?.[1];
  expect(array).toBeDefined();
  expect(merge).toBeDefined();

  const state = await running.waitForJob(merge!, 90_000);
  const { code, stderr } = await local;
  expect(stderr).not.toMatch(/peakwatch:/);
  expect(code).toBe(0);
  const jobLogs = () =>
    readdirSync(resultsDir)
      .filter((name) => name.endsWith('.log'))
      .map((name) => `--- ${name}:\n${readFileSync(join(resultsDir, name), 'utf8')}`)
      .join('\n');
  expect(state, `the merge job ended ${state}:\n${jobLogs()}\n${running.logs()}`).toBe('COMPLETED');
  // Each array task ran its shard (1-based, from SLURM_ARRAY_TASK_ID) and the merge joined them.
  expect(readdirSync(resultsDir).sort()).toEqual([
    'cluster',
    'cluster-merge.log',
    'cluster-shard-1',
    'cluster-shard-1.log',
    'cluster-shard-2',
    'cluster-shard-2.log',
    'cluster-shard-3',
    'cluster-shard-3.log',
    'local',
  ]);
  const merged = join(resultsDir, 'cluster');
  const whole = join(resultsDir, 'local');
  expect(Object.keys(folderTree(whole))).toContain('point-2/summary-extra-car.csv');
  expect(folderTree(merged)).toEqual(folderTree(whole));
  expect(manifestsBesidesMerge(merged)).toEqual(manifestsBesidesMerge(whole));
  expect(readFileSync(join(resultsDir, 'cluster-shard-2.log'), 'utf8')).toContain(
    'Shard 2/3 of the sweep: point 1 replication 3, point 2 replication 1.',
  );
}
