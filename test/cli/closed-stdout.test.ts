/**
 * A reader that stops early (`peakwatch … | head -1`) closes stdout under a running command:
 * peakwatch carries on without it (the results folder is the output that matters) and ends with
 * its own exit code, never an EPIPE stack trace.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MINIMAL } from '../scenario/helpers.js';

describe('stdout closed by its reader', () => {
  it('validate still checks every file and exits 0, without a stack trace', async () => {
    const files = Array.from({ length: 50 }, () => MINIMAL);
    const child = spawn('node', ['--import', 'tsx', 'src/cli.ts', 'validate', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Read the first chunk, then close the pipe as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
