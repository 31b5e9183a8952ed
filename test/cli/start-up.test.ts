/**
 * Start-up loads only what the command line needs: the built CLI run with a module hook that
 * prints every package it loads (the hook is checked to see them, on a command that must load
 * the scenario reader).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { TINY } from '../experiment/helpers.js';

/** Registers a resolve hook that writes `package NAME` on stderr for each package resolved. */
const HOOK = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const match = /node_modules\\\\/((?:@[^/]+\\\\/)?[^/]+)/.exec(result.url);
  if (match) process.stderr.write('package ' + match[1] + '\\\\n');
  return result;
}\`));`;

/** The packages `node dist/cli.js ARGS` loads. */
function packagesLoaded(...args: string[]): Set<string> {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(HOOK)}`,
      inject('peakwatchCli'),
      ...args,
    ],
    { encoding: 'utf8' },
  );
  expect(result.status).toBe(0);
  return new Set([...result.stderr.matchAll(/^package (\S+)$/gm)].map((match) => match[1]!));
}

const SCENARIO_READER = ['zod', 'yaml'];

describe('start-up', () => {
  it('sees the packages a command loads (the hook works)', () => {
    const loaded = packagesLoaded('validate', TINY);
    for (const name of ['yargs', ...SCENARIO_READER]) expect(loaded).toContain(name);
  });

  it('--version loads no package at all', () => {
    expect([...packagesLoaded('--version')]).toEqual([]);
  });

  it('--help loads the parser but neither the scenario reader nor the statistics or the writers', () => {
    const loaded = packagesLoaded('--help');
    expect(loaded).toContain('yargs');
    for (const name of [...SCENARIO_READER, 'jstat', 'csv-stringify']) {
      expect(loaded).not.toContain(name);
    }
  });
});
