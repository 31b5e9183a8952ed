#!/usr/bin/env node
// The project's test command: typecheck, lint, then vitest (installing Debian's Chromium, Slurm
// and munge first when they are missing, for the browser and Slurm tests), which ends by naming
// the five slowest test files. Each stage counts as tests so that the closing `N passed, N failed` line (the one CI
// reads) covers everything a user runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const extraArgs = process.argv.slice(2);
const reportFile = '.vitest-report.json';
const slowestFile = '.vitest-slowest.txt';
let passed = 0;
let failed = 0;

/**
 * Debian packages that tests drive (never downloaded copies): Chromium for the report's browser
 * tests, and Slurm with munge for the Slurm test, which starts a one-node cluster.
 */
const DEBIAN_NEEDS = [
  { files: ['/usr/bin/chromium'], packages: ['chromium'], purpose: "the report's browser tests" },
  {
    files: ['/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch', '/usr/sbin/munged'],
    packages: ['slurm-wlm', 'munge'],
    purpose: 'the Slurm test (test/cli/slurm.test.ts)',
  },
];

/**
 * On a fresh machine where we are root with apt-get, installs the missing packages once;
 * otherwise says how, and lets the tests that need them fail with their own clear message.
 */
function ensureDebianPackages() {
  const missing = DEBIAN_NEEDS.filter((need) => !need.files.every((file) => existsSync(file)));
  if (missing.length === 0) return;
  const packages = missing.flatMap((need) => need.packages);
  const what = missing.map((need) => `${need.packages.join(' ')} (for ${need.purpose})`).join(', ');
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    process.stdout.write(
      `\nMissing Debian packages: ${what}. Install them as root: ` +
        `apt-get update && apt-get install -y ${packages.join(' ')}\n`,
    );
    return;
  }
  process.stdout.write(`\n== Missing Debian packages: ${what}: installing them (once)\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return;
  }
}

/** Runs a command with inherited output and returns whether it exited 0. */
function stage(name, command, args, env = process.env) {
  process.stdout.write(`\n== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, env });
  return result.status === 0;
}

for (const [name, args] of [
  ['typecheck', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', ['biome', 'check', '.']],
]) {
  if (stage(name, 'npx', ['--no-install', ...args])) passed += 1;
  else failed += 1;
}

ensureDebianPackages();
rmSync(reportFile, { force: true });
rmSync(slowestFile, { force: true });
const vitestOk = stage(
  'vitest',
  'npx',
  [
    '--no-install',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    '--reporter=./scripts/slowest-files.mjs',
    ...extraArgs,
  ],
  { ...process.env, PEAKWATCH_SLOWEST_FILES: slowestFile },
);
// The five slowest test files, printed here so that they come after vitest's own last lines.
if (existsSync(slowestFile)) {
  process.stdout.write(readFileSync(slowestFile, 'utf8'));
  rmSync(slowestFile, { force: true });
}
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load has no tests to count: count it as a failure.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
  rmSync(reportFile, { force: true });
} else {
  failed += 1;
}
if (!vitestOk && failed === 0) failed += 1;

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
