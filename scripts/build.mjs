#!/usr/bin/env node
/**
 * `npm run build`: type-checks the sources with tsc (tsconfig.build.json), then bundles them
 * with esbuild into dist/: `dist/cli.js` (the program) and `dist/experiment/worker.js` (the
 * replication thread), sharing chunks in `dist/experiment/`. A bundle starts faster than one
 * file per module: Node resolves, reads and links 42 files instead of 373 for a
 * `run` (docs/performance.md, "Start-up"). Each command and the report stay in their own chunks,
 * loaded only when used.
 *
 * Usage: node scripts/build.mjs [--no-typecheck]
 *   --no-typecheck  bundle only (the test suite's global setup: `npm test` type-checks first)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** The bundle's metafile: which source and package files each output holds (read by tests). */
const METAFILE = join(DIST, 'metafile.json');

/**
 * Packages left out of the bundle and loaded from node_modules: Plot and linkedom, which only the
 * report loads. yargs is bundled: its message file (`locales/en.json`) is then not found, and it
 * uses the English texts written in its code, which are the same for every message peakwatch
 * can show (the CLI tests check the help and usage errors).
 */
const EXTERNAL = ['@observablehq/plot', 'linkedom'];

/**
 * The CommonJS packages in the bundle (jstat, seedrandom, cli-table3 and cli-progress among them) call
 * `require`, which an ES module does not have: each output file gets one bound to its place.
 */
const REQUIRE_BANNER =
  "import { createRequire as createRequireForBundle } from 'node:module';\n" +
  'const require = createRequireForBundle(import.meta.url);';

/** Runs tsc on the sources without emitting; returns whether they type-check. */
function typecheck() {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  return result.status === 0;
}

/**
 * Bundles src/ into dist/ (emptied first, so no file of an older build remains).
 *
 * Every chunk is written to `dist/experiment/`, two levels below the package root as in the
 * source tree, because some modules locate files from their own address (`import.meta.url`):
 * the executor its `./worker.js`, the version `../../package.json`, the validation cases
 * `../../scenarios/validation`. The build fails if such a module lands anywhere else.
 */
async function bundle() {
  rmSync(DIST, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli.ts', 'src/experiment/worker.ts'],
    outbase: 'src',
    outdir: 'dist',
    chunkNames: 'experiment/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: REQUIRE_BANNER },
    metafile: true,
    // Maps from the bundle back to src/, read only under --debug (src/cli.ts), so that a bug
    // report's stack names the source files; without the sources' text, which a stack needs not.
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
  });
  writeFileSync(METAFILE, JSON.stringify(result.metafile));
  checkPlacement(result.metafile);
}

/** Throws if a module that reads its own address was put outside `dist/experiment/`. */
function checkPlacement(metafile) {
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (output.startsWith('dist/experiment/')) continue;
    const misplaced = Object.keys(inputs).filter(
      (input) =>
        input.startsWith('src/') && readFileSync(join(ROOT, input), 'utf8').includes('import.meta'),
    );
    if (misplaced.length > 0) {
      throw new Error(
        `modules that locate files from their own address were bundled into ${output}, ` +
          `outside dist/experiment/: ${misplaced.join(', ')}`,
      );
    }
  }
}

const typed = process.argv.includes('--no-typecheck') || typecheck();
await bundle();
process.exitCode = typed ? 0 : 1;
