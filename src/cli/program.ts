/**
 * The `peakwatch` program proper, loaded by the entry (src/cli.ts) once it has decided whether
 * stack traces are mapped: runs `main` with the process's arguments and streams.
 */
import { main } from './main.js';

// A reader that stops early (`peakwatch … | head -1`) closes stdout: the command carries on
// without it (its results folder is the output that matters) instead of dying of EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
