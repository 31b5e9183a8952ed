/**
 * A one-node Slurm cluster for the Slurm test, started from Debian's `slurm-wlm` and `munge`
 * packages on this host: munged with its own key and socket, slurmctld and slurmd from a
 * slurm.conf written into a temporary folder (state, spool, logs and pid files there too), on
 * free non-default ports, so that nothing of the machine's own configuration is used or
 * touched. `stop` ends every daemon it started, by PID. See docs/testing.md.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The programs the cluster needs, where Debian installs them. */
const PROGRAMS = [
  '/usr/sbin/munged',
  '/usr/sbin/slurmctld',
  '/usr/sbin/slurmd',
  '/usr/bin/sbatch',
  '/usr/bin/sinfo',
  '/usr/bin/scontrol',
  '/usr/bin/scancel',
];

/** How to get them, in every refusal. */
const INSTALL_HINT =
  "install Debian's packages as root: apt-get update && apt-get install -y slurm-wlm munge " +
  '(`npm test` does this itself when run as root)';

/** A running cluster. */
export interface SlurmCluster {
  /** Environment for sbatch, squeue, sinfo and scontrol: SLURM_CONF points at the cluster. */
  readonly env: NodeJS.ProcessEnv;
  /** Waits until job `id` has ended and returns its final state (COMPLETED, FAILED, ...). */
  waitForJob(id: string, timeoutMs: number): Promise<string>;
  /** The daemons' logs, for an error message. */
  logs(): string;
  /** Cancels the cluster's jobs and stops every daemon started, by PID; removes the folder. */
  stop(): Promise<void>;
}

/** Job states after which a job never runs again. */
const ENDED = new Set([
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'TIMEOUT',
  'NODE_FAIL',
  'OUT_OF_MEMORY',
  'BOOT_FAIL',
  'DEADLINE',
  'PREEMPTED',
]);

/**
 * Starts munged, slurmctld and slurmd, and waits (up to `timeoutMs`) until the node is idle.
 *
 * @throws Error saying why the cluster cannot start (programs missing, not root, a daemon that
 * exited or a node that never became idle), with the daemons' logs; the daemons already started
 * are stopped first.
 */
export async function startSlurmCluster(timeoutMs = 30_000): Promise<SlurmCluster> {
  const missing = PROGRAMS.filter((program) => !existsSync(program));
  if (missing.length > 0) {
    throw new Error(`Slurm is not installed here (${missing.join(', ')} missing): ${INSTALL_HINT}`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error(
      'the Slurm test starts slurmd, which must run as root (it starts jobs as their user): ' +
        'run it as root, e.g. in CI (.ci/run)',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'pw-slurm-'));
  // munged wants every folder above its socket searchable by all, and its key private.
  chmodSync(dir, 0o755);
  const daemons: ChildProcess[] = [];
  const cluster = clusterIn(dir, daemons);
  try {
    const socket = startMunge(dir, daemons);
    await waitFor(
      () => existsSync(socket),
      timeoutMs,
      'munged to create its socket',
      cluster,
      daemons,
    );
    const conf = writeSlurmConf(dir, socket, await freePorts(2));
    daemons.push(daemon('slurmctld', ['-D', '-c', '-f', conf], dir));
    daemons.push(daemon('slurmd', ['-D', '-f', conf], dir));
    await waitFor(
      () => nodeState(cluster.env) === 'idle',
      timeoutMs,
      'sinfo to show the node idle',
      cluster,
      daemons,
    );
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

/** The cluster whose folder is `dir` and whose daemons are `daemons`. */
function clusterIn(dir: string, daemons: ChildProcess[]): SlurmCluster {
  const env = { ...process.env, SLURM_CONF: join(dir, 'slurm.conf') };
  const logs = () =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.log'))
      .map((name) => `--- ${name}:\n${readFileSync(join(dir, name), 'utf8').slice(-3000)}`)
      .join('\n');
  return {
    env,
    logs,
    waitForJob: async (id, timeoutMs) => {
      let state = '';
      await waitFor(
        () => {
          state = jobState(env, id);
          return ENDED.has(state);
        },
        timeoutMs,
        `job ${id} to end`,
        { logs },
        daemons,
      );
      return state;
    },
    stop: async () => {
      if (existsSync(env.SLURM_CONF) && daemons.some(running)) {
        spawnSync('scancel', ['--user', String(process.getuid?.() ?? 0)], { env, timeout: 5000 });
      }
      // slurmd and slurmctld first, munged last: they speak to it until they stop.
      for (const child of [...daemons].reverse()) await stopDaemon(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts munged with a fresh key and its socket, pid and log inside `dir`; returns the socket. */
function startMunge(dir: string, daemons: ChildProcess[]): string {
  const keyDir = join(dir, 'munge-key');
  const socketDir = join(dir, 'munge');
  mkdirSync(keyDir, { mode: 0o700 });
  mkdirSync(socketDir, { mode: 0o755 });
  const key = join(keyDir, 'munge.key');
  writeFileSync(key, randomBytes(1024), { mode: 0o400 });
  const socket = join(socketDir, 'munge.socket');
  daemons.push(
    daemon(
      'munged',
      [
        '--foreground',
        `--socket=${socket}`,
        `--key-file=${key}`,
        `--pid-file=${join(socketDir, 'munged.pid')}`,
        `--seed-file=${join(keyDir, 'munged.seed')}`,
        `--log-file=${join(dir, 'munged-file.log')}`,
      ],
      dir,
    ),
  );
  return socket;
}

/**
 * Writes slurm.conf: this host as controller and only node (its CPUs and memory as `slurmd -C`
 * reports them, reached at 127.0.0.1), processes tracked without cgroups, no accounting, state
 * and spool under `dir`, the given ports, one partition whose jobs may share CPUs.
 */
function writeSlurmConf(dir: string, socket: string, [ctld, node]: number[]): string {
  const probe = spawnSync('slurmd', ['-C'], { encoding: 'utf8' });
  const nodeLine = probe.stdout?.split('\n')[0] ?? '';
  if (!nodeLine.startsWith('NodeName=')) {
    throw new Error(`slurmd -C did not describe this node: ${probe.stdout}${probe.stderr}`);
  }
  const host = /^NodeName=(\S+)/.exec(nodeLine)![1]!;
  for (const sub of ['state', 'spool']) mkdirSync(join(dir, sub));
  const conf = join(dir, 'slurm.conf');
  writeFileSync(
    conf,
    [
      'ClusterName=peakwatch-test',
      `SlurmctldHost=${host}(127.0.0.1)`,
      `SlurmctldPort=${ctld}`,
      `SlurmdPort=${node}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      'AuthType=auth/munge',
      'CredType=cred/munge',
      `AuthInfo=socket=${socket}`,
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'MpiDefault=none',
      'SwitchType=switch/none',
      'JobCompType=jobcomp/none',
      'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none',
      'ReturnToService=2',
      'MailProg=/bin/true',
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(dir, 'slurmctld-file.log')}`,
      `SlurmdLogFile=${join(dir, 'slurmd-file.log')}`,
      `${nodeLine} NodeAddr=127.0.0.1 State=UNKNOWN`,
      // Jobs may share a CPU, so that a test's few short tasks run at once on a small machine.
      'PartitionName=peakwatch Nodes=ALL Default=YES MaxTime=INFINITE State=UP OverSubscribe=FORCE:4',
      '',
    ].join('\n'),
  );
  return conf;
}

/** Starts a daemon in the foreground as a child, its output in `<name>.log` inside `dir`. */
function daemon(name: string, args: readonly string[], dir: string): ChildProcess {
  const log = openSync(join(dir, `${name}.log`), 'a');
  const child = spawn(`/usr/sbin/${name}`, args, { stdio: ['ignore', log, log] });
  closeSync(log);
  // A daemon that cannot start is reported by `waitFor`; keep the error from being thrown.
  child.on('error', () => undefined);
  return child;
}

/** Whether a child is still running. */
function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null && child.pid !== undefined;
}

/** Sends SIGTERM to a daemon by its PID and waits for it; SIGKILL after 10 s. */
async function stopDaemon(child: ChildProcess): Promise<void> {
  if (!running(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid!, 'SIGTERM');
  const timer = setTimeout(() => running(child) && process.kill(child.pid!, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Polls `ready` every 250 ms until it holds.
 *
 * @throws Error naming what was awaited, with the daemons' logs, when a daemon exits or
 * `timeoutMs` passes first.
 */
async function waitFor(
  ready: () => boolean,
  timeoutMs: number,
  what: string,
  cluster: Pick<SlurmCluster, 'logs'>,
  daemons: readonly ChildProcess[],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (ready()) return;
    const dead = daemons.find((child) => !running(child));
    const why = dead
      ? `${dead.spawnfile} (PID ${dead.pid ?? 'none'}) exited with ${dead.exitCode ?? dead.signalCode ?? 'an error starting it'}`
      : Date.now() > deadline
        ? `no result after ${timeoutMs / 1000} s`
        : null;
    if (why !== null)
      throw new Error(`Slurm test cluster: waiting for ${what}: ${why}\n${cluster.logs()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The node's state as sinfo reports it (`idle`, `down*`, ...), or '' when it cannot tell. */
function nodeState(env: NodeJS.ProcessEnv): string {
  const result = spawnSync('sinfo', ['--noheader', '--Node', '--format=%T'], {
    env,
    encoding: 'utf8',
    timeout: 5000,
  });
  return result.status === 0 ? result.stdout.trim() : '';
}

/** A job's state as scontrol reports it, or '' when it cannot tell. */
function jobState(env: NodeJS.ProcessEnv, id: string): string {
  const result = spawnSync('scontrol', ['--oneliner', 'show', 'job', id], {
    env,
    encoding: 'utf8',
    timeout: 5000,
  });
  return /\bJobState=(\S+)/.exec(result.stdout ?? '')?.[1] ?? '';
}

/** `count` TCP ports that are free now (the kernel's choice). */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            resolve(typeof address === 'object' && address !== null ? address.port : 0);
          });
        }),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
