/** Shared setup for the experiment-layer tests: the tiny scenario and temporary results dirs. */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/types.js';

/** One day, four sites, three plans (base, no-platform, extra-car), ~25 incidents a run. */
export const TINY = 'test/fixtures/experiment/tiny.yaml';

/** The tiny scenario, loaded. */
export const tinyScenario = () => loadScenario(TINY);

/** A fresh, empty results directory. */
export function freshResultsDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'pw-exp-')), 'results');
}

/**
 * Every result file of a folder, name → content, to compare folders byte for byte (the manifest
 * and the scenario copy left out unless `except` says otherwise).
 */
export function folderFiles(
  folder: string,
  except: readonly string[] = ['manifest.json', 'scenario.yaml'],
) {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => !except.includes(name))
      .sort()
      .map((name) => [name, readFileSync(join(folder, name))]),
  );
}

/** The rows of CSV text whose cells are never quoted (ids and numbers), split into cells. */
export function plainCsvRows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

/** A progress sink that discards everything (not a terminal). */
export const quietProgress = { write: () => true, isTTY: false };

/**
 * The settings the experiment tests share: `scenario` simulated on one worker thread into a fresh
 * results directory, progress discarded (a test adds seed, replications and command line).
 */
export function quietExperiment(scenario: Scenario) {
  return { scenario, workers: 1, resultsDir: freshResultsDir(), progressStream: quietProgress };
}

/** Every file under `folder` (sub-folders included) by its relative path, manifests left out. */
export function folderTree(folder: string, prefix = ''): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) Object.assign(files, folderTree(path, `${prefix}${name}/`));
    else if (name !== 'manifest.json') files[`${prefix}${name}`] = readFileSync(path);
  }
  return files;
}

/**
 * Every manifest under `folder` by its relative path, without the fields in which a merged
 * folder's manifest may differ from the unsharded one's: who wrote it and when, on how many
 * workers, from which shards.
 */
export function manifestsBesidesMerge(folder: string, prefix = ''): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      Object.assign(found, manifestsBesidesMerge(path, `${prefix}${name}/`));
    } else if (name === 'manifest.json') {
      const {
        command: _command,
        commandLine: _commandLine,
        mergedFrom: _mergedFrom,
        workers: _workers,
        startedAt: _startedAt,
        finishedAt: _finishedAt,
        wallSeconds: _wallSeconds,
        ...kept
      } = JSON.parse(readFileSync(path, 'utf8'));
      found[`${prefix}${name}`] = kept;
    }
  }
  return found;
}
