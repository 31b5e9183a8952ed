#!/usr/bin/env node
/**
 * The `peakwatch` executable. With --debug, stack traces name the source files (src/…) through
 * the build's source maps. Node reads a module's map only if maps are enabled when it loads the
 * module, and it loads every module a file imports statically before running any of it: so this
 * entry imports nothing, enables the maps, and only then loads the program (src/cli/program.ts)
 * and, through it, every other module. Without --debug the maps are never read (they cost nothing).
 */
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
await import('./cli/program.js');
