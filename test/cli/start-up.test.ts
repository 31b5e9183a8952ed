/**
 * Start-up loads only what the command line needs: the built CLI run with a module hook that
 * prints every file it loads, and the bundle's metafile (`dist/metafile.json`) saying which
 * packages and source files each bundled file holds and which files it imports (the hook is
 * checked to see them, on a command that must load the scenario reader).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { TINY } from '../experiment/helpers.js';

/**
 * Registers a resolve hook that writes `file PATH` on stderr for each file resolved. The hook
 * runs in Node's loader thread, so it writes synchronously (`writeSync`): a `process.stderr`
 * write from that thread could still be pending when a quick command (`--help`) exits, and the
 * lines were lost (seen under load: a run reporting no file at all).
 */
const HOOK = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.startsWith('file:')) writeSync(2, 'file ' + result.url + '\\\\n');
  return result;
}\`));`;

/** The package a path inside node_modules belongs to, if it is in one. */
function packageOf(path: string): string | undefined {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
}

/** What esbuild says of each output file of dist/ (by path relative to the package root). */
interface Metafile {
  readonly outputs: Record<
    string,
    {
      /** The source and package files bundled into it. */
      readonly inputs: Record<string, unknown>;
      /** Other outputs it imports: `import-statement` when it loads, `dynamic-import` on demand. */
      readonly imports: readonly { path: string; kind: string; external?: boolean }[];
      /** The source file it is the entry of: an entry point or a dynamically imported module. */
      readonly entryPoint?: string;
    }
  >;
}

function metafile(): Metafile {
  return JSON.parse(readFileSync(join(dist(), 'metafile.json'), 'utf8')) as Metafile;
}

/** The packages bundled into each output file of dist/, by path relative to the package root. */
function bundledPackages(): Map<string, Set<string>> {
  return new Map(
    Object.entries(metafile().outputs).map(([output, { inputs }]) => [
      output,
      new Set(Object.keys(inputs).flatMap((input) => packageOf(input) ?? [])),
    ]),
  );
}

/**
 * Every file bundled into the outputs that loading the outputs of `entries` (source files)
 * loads at once: those outputs and, transitively, what they import statically (not what they
 * import on demand).
 */
function filesLoadedWith(meta: Metafile, entries: readonly string[]): Set<string> {
  const outputs = Object.entries(meta.outputs);
  const pending = entries.map((entry) => {
    const found = outputs.find(([, output]) => output.entryPoint === entry);
    expect(found, `no output file has ${entry} as its entry`).toBeDefined();
    return found![0];
  });
  const seen = new Set<string>();
  for (let output = pending.pop(); output !== undefined; output = pending.pop()) {
    if (seen.has(output)) continue;
    seen.add(output);
    for (const i of meta.outputs[output]!.imports) {
      if (i.kind === 'import-statement' && i.external !== true) pending.push(i.path);
    }
  }
  return new Set([...seen].flatMap((output) => Object.keys(meta.outputs[output]!.inputs)));
}

/** The dist/ folder of the built CLI. */
function dist(): string {
  return dirname(inject('peakwatchCli'));
}

/**
 * The packages `node dist/cli.js ARGS` loads, from node_modules or inside the bundle, after
 * checking that it exits with `status`.
 */
function packagesLoadedExiting(status: number, ...args: string[]): Set<string> {
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
  expect(result.status, result.stderr).toBe(status);
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

/** The packages `node dist/cli.js ARGS` loads, after checking that it succeeds. */
function packagesLoaded(...args: string[]): Set<string> {
  return packagesLoadedExiting(0, ...args);
}

const SCENARIO_READER = ['zod', 'yaml'];

/**
 * The modules every command loads: the entry, and the program it imports on demand once it has
 * decided whether stack traces are mapped (src/cli.ts).
 */
const PROGRAM = ['src/cli.ts', 'src/cli/program.ts'];

/**
 * What a command's help and usage errors must not load: the scenario reader, the simulator and
 * its random numbers, the tables, the record writers, the progress bar and the report's
 * libraries (packages), and the modules that load the scenario, run a replication or write a
 * report (source files), and the statistics (`compare --help` shows the default batch and cap of
 * `--precision`, from src/experiment/precision-defaults.ts, which imports nothing).
 */
const ACTION_ONLY_PACKAGES = [
  ...SCENARIO_READER,
  'jstat',
  'simjs',
  'seedrandom',
  'cli-table3',
  'csv-stringify',
  'cli-progress',
  '@observablehq/plot',
  'linkedom',
];
const ACTION_ONLY_SOURCES = ['src/scenario/load.ts', 'src/model/replication.ts', 'src/report/'];

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

  it("a command's help loads its options, never its action's packages and modules", () => {
    const meta = metafile();
    for (const name of Object.keys(COMMANDS)) {
      const files = [...filesLoadedWith(meta, [...PROGRAM, `src/cli/${name}-options.ts`])];
      const packages = new Set(files.flatMap((file) => packageOf(file) ?? []));
      for (const banned of ACTION_ONLY_PACKAGES) expect(packages, name).not.toContain(banned);
      for (const banned of ACTION_ONLY_SOURCES) {
        expect(files.filter((file) => file.startsWith(banned))).toEqual([]);
      }
      // Each command's action is the one that loads them.
      const action = filesLoadedWith(meta, [`src/cli/${name}.ts`]);
      expect(action.size, name).toBeGreaterThan(files.length);
    }
  });

  it('a usage error inside a command loads neither the scenario reader nor the simulator', () => {
    const loaded = packagesLoadedExiting(2, 'run', TINY, '--bogus');
    expect(loaded).toContain('yargs');
    for (const name of ACTION_ONLY_PACKAGES) expect(loaded).not.toContain(name);
  });
});
