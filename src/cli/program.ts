/**
 * The `peakwatch` program proper, loaded by the entry (src/cli.ts) once it has decided whether
 * stack traces are mapped: runs `main` with the process's arguments and streams.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
