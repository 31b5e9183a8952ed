/**
 * The Slurm recipe of docs/scaling.md, run for real: scripts/slurm-sweep.sh submits a sweep and
 * a sensitivity analysis to a one-node Slurm cluster started on this machine
 * (test/cli/slurm-cluster.ts), each as a job array of shards and a merge job that depends on it;
 * each merged folder must equal the same command run here unsharded, byte for byte. When the
 * cluster cannot start, the test fails with the reason.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { folderTree, freshResultsDir, manifestsBesidesMerge, TINY } from '../experiment/helpers.js';
import { type SlurmCluster, startSlurmCluster } from './slurm-cluster.js';

/** Arguments common to both commands: the tiny scenario, three replications, one worker. */
const COMMON = ['--replications', '3', '--workers', '1'];

/** Two points × three replications of two plans: 6 units, so 3 shards cut point 1's block. */
const SWEEP = [
  'sweep',
  resolve(TINY),
  '--vary',
  'detection.radioMinutes=0.5,1',
  '--plans',
  'base,extra-car',
  ...COMMON,
];

/** Five points (the base and two inputs moved down and up) × three replications: 15 units. */
const SENSITIVITY = [
  'sensitivity',
  resolve(TINY),
  '--plan',
  'extra-car',
  '--inputs',
  'visitors,onScene',
  ...COMMON,
];

/** A command submitted through scripts/slurm-sweep.sh, and what its merged folder must show. */
interface SlurmCase {
  /** The merged folder's name (`-o`); the shards are NAME-shard-I. */
  readonly name: string;
  readonly args: readonly string[];
  /** A file the merged folder must hold (so an empty merge cannot pass). */
  readonly mergedFile: string;
  /** The first line shard 2 of 3 prints. */
  readonly shard2Note: string;
}

const CASES: readonly SlurmCase[] = [
  {
    name: 'sweep',
    args: SWEEP,
    mergedFile: 'point-2/summary-extra-car.csv',
    shard2Note: 'Shard 2/3 of the sweep: point 1 replication 3, point 2 replication 1.',
  },
  {
    name: 'tornado',
    args: SENSITIVITY,
    mergedFile: 'sensitivity.csv',
    shard2Note:
      'Shard 2/3 of the sensitivity analysis: point 2 replication 3, point 3 replications 1-3, point 4 replication 1.',
  },
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
  it('runs the shards of a sweep and of a sensitivity analysis as arrays, and each dependent merge gives the local run byte for byte', async () => {
    // Started here rather than in a hook, so that a cluster that cannot start fails this test
    // (with the reason and the daemons' logs) and is counted as a failure.
    const cluster = await startSlurmCluster();
    try {
      const resultsDir = freshResultsDir();
      await Promise.all(CASES.map((slurmCase) => runOnCluster(cluster, resultsDir, slurmCase)));
      expect(readdirSync(resultsDir).sort()).toEqual(
        CASES.flatMap(({ name }) => [
          name,
          `${name}-local`,
          `${name}-merge.log`,
          ...[1, 2, 3].flatMap((i) => [`${name}-shard-${i}`, `${name}-shard-${i}.log`]),
        ]).sort(),
      );
    } finally {
      await cluster.stop();
    }
  }, 150_000);
});

/**
 * Submits one command through scripts/slurm-sweep.sh in three shards and compares the merge with
 * the same command run here unsharded.
 */
async function runOnCluster(
  running: SlurmCluster,
  resultsDir: string,
  { name, args, mergedFile, shard2Note }: SlurmCase,
): Promise<void> {
  const cli = inject('peakwatchCli');
  // The local, unsharded run works while the cluster does.
  const local = runLocal(cli, [...args, '--results-dir', resultsDir, '--out', `${name}-local`]);
  const submit = spawnSync(
    'scripts/slurm-sweep.sh',
    ['-n', '3', '-o', name, '-d', resultsDir, '--', ...args],
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
      .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.log'))
      .map((file) => `--- ${file}:\n${readFileSync(join(resultsDir, file), 'utf8')}`)
      .join('\n');
  expect(state, `the ${name} merge job ended ${state}:\n${jobLogs()}\n${running.logs()}`).toBe(
    'COMPLETED',
  );
  // Each array task ran its shard (1-based, from SLURM_ARRAY_TASK_ID) and the merge joined them.
  const merged = join(resultsDir, name);
  const whole = join(resultsDir, `${name}-local`);
  expect(Object.keys(folderTree(whole))).toContain(mergedFile);
  expect(folderTree(merged)).toEqual(folderTree(whole));
  expect(manifestsBesidesMerge(merged)).toEqual(manifestsBesidesMerge(whole));
  expect(readFileSync(join(resultsDir, `${name}-shard-2.log`), 'utf8')).toContain(shard2Note);
}
