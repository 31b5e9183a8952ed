/**
 * Vitest's global setup: builds `dist/` once for the whole run, so that tests start
 * `node dist/cli.js` and pools load the bundled replication worker instead of compiling
 * TypeScript again in every child process and worker thread (see docs/testing.md).
 *
 * The build is skipped when `dist/` was built from exactly the current sources: a hash of every
 * file under src/, tsconfig.json, the build script and esbuild's version is kept in
 * `dist/.source-hash`. A hash rather than file times, because a checkout, a copy or an editor
 * can leave a changed file older than the build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    /** Absolute path of the built CLI, `dist/cli.js`. */
    peakwatchCli: string;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.source-hash');
const CLI = join(DIST, 'cli.js');
const WORKER = join(DIST, 'experiment', 'worker.js');
const BUILD = join(ROOT, 'scripts', 'build.mjs');
const ESBUILD = createRequire(import.meta.url).resolve('esbuild/package.json');

/** Builds dist/ when stale, points worker pools at its worker and provides the CLI's path. */
export default function setup(project: TestProject): void {
  buildWhenStale();
  // In watch mode, sources edited between runs are built again before the next run.
  project.onTestsRerun(buildWhenStale);
  // Read by src/experiment/executor.ts; the test processes, started after this, inherit it.
  process.env.PEAKWATCH_WORKER_FILE = WORKER;
  project.provide('peakwatchCli', CLI);
}

/** Builds dist/ unless it was built from exactly the current sources. */
function buildWhenStale(): void {
  const hash = sourceHash();
  const fresh = existsSync(CLI) && existsSync(WORKER) && readStamp() === hash;
  if (!fresh) build(hash);
}

/**
 * Bundles dist/ with `scripts/build.mjs --no-typecheck` (the typecheck stage of `npm test` reports
 * type errors; the tests run on what was bundled); records the hash only when it succeeded.
 */
function build(hash: string): void {
  // The stamp goes first: a build that fails half-way must not look like the last clean one.
  rmSync(STAMP, { force: true });
  const result = spawnSync(process.execPath, [BUILD, '--no-typecheck'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`building dist/ failed:\n${result.stdout}${result.stderr}`);
  }
  writeFileSync(STAMP, `${hash}\n`);
}

/** The hash recorded by the last clean build, if any. */
function readStamp(): string | undefined {
  return existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : undefined;
}

/** A hash of what the bundle is made from: the sources, tsconfig, the build script, esbuild's version. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [...filesUnder(join(ROOT, 'src')), join(ROOT, 'tsconfig.json'), BUILD, ESBUILD];
  for (const file of files) {
    hash.update(`${relative(ROOT, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Every file under a folder, sorted by path. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
