#!/usr/bin/env node
/**
 * The `peakwatch` executable: loads only what the command line needs, in an order that lets
 * --debug map stack traces to the source files.
 *
 * - `peakwatch --version` alone loads the version and nothing else (the fastest start-up).
 * - Otherwise, with --debug, stack traces name the source files (src/…) through the build's
 *   source maps. Node reads a module's map only if maps are enabled when it loads the module,
 *   and it loads every module a file imports statically before running any of it: so this entry
 *   imports nothing statically, enables the maps, and only then loads the program
 *   (src/cli/program.ts) and, through it, every other module. Without --debug the maps are never
 *   read (they cost nothing).
 */

// A reader that stops early (`peakwatch … | head -1`) closes stdout: the command carries on
// without it (its results folder is the output that matters) instead of dying of EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && args[0] === '--version') {
  const { peakwatchVersion } = await import('./output/version.js');
  process.stdout.write(`${peakwatchVersion()}\n`);
} else {
  if (args.includes('--debug')) process.setSourceMapsEnabled(true);
  await import('./cli/program.js');
}
