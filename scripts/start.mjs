#!/usr/bin/env node
/**
 * `npm start` and `npm run peakwatch`: run the built CLI (dist/cli.js) with the given arguments,
 * building it first when dist/ is missing or older than any source file or build setting. The
 * built CLI starts in about half the time of running the sources through tsx.
 *
 * Usage: node scripts/start.mjs [peakwatch arguments…]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist', 'cli.js');
/** What the build reads besides src/. */
const BUILD_INPUTS = [
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
  join('scripts', 'build.mjs'),
];

/** The newest modification time (ms) of the files under a folder. */
function newestUnder(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/ must be (re)built: missing, or older than a source or build setting. */
function isStale() {
  if (!existsSync(CLI)) return true;
  const built = newestUnder(join(ROOT, 'dist'));
  const inputs = BUILD_INPUTS.map((name) => join(ROOT, name))
    .filter(existsSync)
    .map((path) => statSync(path).mtimeMs);
  return Math.max(newestUnder(join(ROOT, 'src')), ...inputs) > built;
}

if (isStale()) {
  process.stderr.write('peakwatch: building dist/ (npm run build)…\n');
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const child = spawn(process.execPath, [CLI, ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches the CLI directly (same process group): this process only waits for it to stop
// cleanly. A SIGTERM sent to this process alone is passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1);
});
