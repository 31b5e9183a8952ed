#!/usr/bin/env node
/** The `peakwatch` program: runs `main` with the process's arguments and streams. */
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
