/**
 * Finding the scenario a run was made from. The manifest records the path as it was typed,
 * relative to wherever the command ran, so the path is tried from the working directory and
 * from each folder above the results folder (a run under `results/` of the project finds
 * `scenarios/…` from the project root). Only a file with the run's SHA-256 is used: a scenario
 * edited since the run would draw a map and assumptions the run never saw.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { loadScenario } from '../scenario/load.js';
import type { ScenarioOverride } from '../scenario/overrides.js';
import type { ScenarioStatus } from './run-data.js';

/**
 * Looks for the run's scenario and loads it when its bytes are the run's.
 *
 * @param recordedPath `manifest.scenario.path`
 * @param sha256 `manifest.scenario.sha256`
 * @param runDir the results folder
 * @param cwd the working directory to try first (default `process.cwd()`)
 * @param overrides `manifest.scenario.overrides`, applied again so the report shows what ran
 * @example
 * ```ts
 * const status = locateScenario(m.scenario.path, m.scenario.sha256, 'results/run-1');
 * if (status.state === 'ok') status.scenario.sites;
 * ```
 */
export function locateScenario(
  recordedPath: string,
  sha256: string,
  runDir: string,
  cwd: string = process.cwd(),
  overrides: readonly ScenarioOverride[] = [],
): ScenarioStatus {
  const found = candidatePaths(recordedPath, runDir, cwd).filter(isFile);
  const matching = found.find((path) => fileSha256(path) === sha256);
  if (matching === undefined) {
    const first = found[0];
    return first === undefined
      ? { state: 'missing', path: recordedPath }
      : { state: 'changed', path: first, actualSha256: fileSha256(first) };
  }
  try {
    return { state: 'ok', path: matching, scenario: loadScenario(matching, overrides) };
  } catch (error) {
    return { state: 'invalid', path: matching, message: (error as Error).message };
  }
}

/** Where the recorded path may point: as is, from `cwd`, then from each ancestor of the run. */
function candidatePaths(recordedPath: string, runDir: string, cwd: string): string[] {
  if (isAbsolute(recordedPath)) return [recordedPath];
  const paths = [resolve(cwd, recordedPath)];
  let folder = resolve(runDir);
  for (;;) {
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
    paths.push(resolve(folder, recordedPath));
  }
  return [...new Set(paths)];
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** SHA-256 of a file's bytes, hex (as the scenario loader computes it). */
function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
