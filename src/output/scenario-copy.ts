/**
 * The copy of the scenario a results folder carries (`scenario.yaml` or `scenario.json`, next to
 * manifest.json): the exact bytes the results were made from, so that `report` and `merge` read
 * the folder alone and never look for the file where it once was. The copy is checked against
 * the manifest's SHA-256 when read, like every other part of a folder (docs/outputs.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../scenario/load.js';
import type { ScenarioOverride } from '../scenario/overrides.js';
import { formatOfFile } from '../scenario/source.js';
import type { Scenario } from '../scenario/types.js';

/** The names a scenario copy can have, one per scenario syntax. */
export const SCENARIO_COPY_NAMES = ['scenario.yaml', 'scenario.json'] as const;

/** The name of a folder's scenario copy. */
export type ScenarioCopyName = (typeof SCENARIO_COPY_NAMES)[number];

/** Where a scenario's bytes are read from, and the SHA-256 they must have. */
export interface ScenarioBytesSource {
  readonly file: string;
  readonly hash: string;
}

/** Thrown when a scenario file's bytes are no longer those the results were made from. */
export class ScenarioChangedError extends Error {
  override readonly name = 'ScenarioChangedError';
}

/** The copy's name for a scenario read from `file`: JSON stays JSON, anything else is YAML. */
export function scenarioCopyName(file: string): ScenarioCopyName {
  return formatOfFile(file) === 'json' ? 'scenario.json' : 'scenario.yaml';
}

/**
 * Writes the scenario's bytes to `destination`, refusing bytes that are not the ones loaded.
 *
 * @throws ScenarioChangedError when the file's SHA-256 is no longer `source.hash` (it was
 *   edited after it was loaded).
 */
export function writeScenarioCopy(source: ScenarioBytesSource, destination: string): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(source.file);
  } catch (error) {
    throw new ScenarioChangedError(
      `${source.file}: cannot be read again to copy it into the results folder (${(error as Error).message})`,
    );
  }
  if (sha256(bytes) !== source.hash) {
    throw new ScenarioChangedError(
      `${source.file} changed after it was loaded (its SHA-256 is no longer the one validated); ` +
        'rerun with the file left as it is',
    );
  }
  writeFileSync(destination, bytes);
}

/** What reading a folder's scenario copy gave. */
export type ScenarioCopy =
  | { readonly ok: true; readonly scenario: Scenario }
  /** `missing`: the folder has none (made by an older peakwatch, or deleted). */
  | { readonly ok: false; readonly problem: 'missing' }
  /** `changed`: its bytes are not those of the manifest's SHA-256. */
  | { readonly ok: false; readonly problem: 'changed' }
  /** `invalid`: it does not load (the loader's first line in `message`). */
  | { readonly ok: false; readonly problem: 'invalid'; readonly message: string };

/**
 * Reads the scenario copy of the folder `dir` as its manifest describes it (the copy's name, the
 * SHA-256 of the original, the overrides the run applied — applied again here, so the scenario
 * is the one that ran).
 *
 * @example
 * ```ts
 * const copy = readScenarioCopy('results/run-1', manifest.scenario);
 * if (copy.ok) copy.scenario.sites;
 * ```
 */
export function readScenarioCopy(
  dir: string,
  {
    copy,
    sha256,
    overrides = [],
  }: {
    readonly copy?: ScenarioCopyName | undefined;
    readonly sha256: string;
    readonly overrides?: readonly ScenarioOverride[];
  },
): ScenarioCopy {
  if (copy === undefined) return { ok: false, problem: 'missing' };
  const path = join(dir, copy);
  if (!existsSync(path)) return { ok: false, problem: 'missing' };
  let scenario: Scenario;
  try {
    scenario = loadScenario(path, overrides);
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, problem: 'invalid', message: message.split('\n')[0] ?? message };
  }
  return scenario.hash === sha256 ? { ok: true, scenario } : { ok: false, problem: 'changed' };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
