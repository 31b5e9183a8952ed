#!/usr/bin/env node
/** The `peakwatch` program: runs `main` with the process's arguments and streams. */
import { main } from './cli/main.js';

// With --debug, stack traces name the source files (src/…) through the bundle's source maps,
// for the modules loaded from here on: every command's (the maps cost nothing otherwise).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

// A reader that stops early (`peakwatch … | head -1`) closes stdout: the command carries on
// without it (its results folder is the output that matters) instead of dying of EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
