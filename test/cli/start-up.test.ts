/**
 * Start-up loads only what the command line needs: the built CLI run with a module hook that
 * prints every file it loads, and the bundle's metafile (`dist/metafile.json`) saying which
 * packages each bundled file holds (the hook is checked to see them, on a command that must load
 * the scenario reader).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { TINY } from '../experiment/helpers.js';

/** Registers a resolve hook that writes `file PATH` on stderr for each file resolved. */
const HOOK = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.startsWith('file:')) process.stderr.write('file ' + result.url + '\\\\n');
  return result;
}\`));`;

/** The package a path inside node_modules belongs to, if it is in one. */
function packageOf(path: string): string | undefined {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
}

/** The packages bundled into each output file of dist/, by path relative to the package root. */
function bundledPackages(): Map<string, Set<string>> {
  const metafile = JSON.parse(readFileSync(join(dist(), 'metafile.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  return new Map(
    Object.entries(metafile.outputs).map(([output, { inputs }]) => [
      output,
      new Set(Object.keys(inputs).flatMap((input) => packageOf(input) ?? [])),
    ]),
  );
}

/** The dist/ folder of the built CLI. */
function dist(): string {
  return dirname(inject('peakwatchCli'));
}

/** The packages `node dist/cli.js ARGS` loads, from node_modules or inside the bundle. */
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
  const bundled = bundledPackages();
  const root = dirname(dist());
  const loaded = new Set<string>();
  for (const [, url] of result.stderr.matchAll(/^file (\S+)$/gm)) {
    const path = fileURLToPath(url!);
    const inPackage = packageOf(path);
    if (inPackage !== undefined) loaded.add(inPackage);
    for (const name of bundled.get(relative(root, path)) ?? []) loaded.add(name);
  }
  return loaded;
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
