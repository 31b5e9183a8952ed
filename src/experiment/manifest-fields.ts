/**
 * The manifest fields every experiment folder shares: versions, command line, scenario identity
 * and timing.
 */
import { MANIFEST_FORMAT, type Manifest } from '../output/manifest.js';
import { scenarioCopyName } from '../output/scenario-copy.js';
import { peakwatchVersion } from '../output/version.js';
import { inLang } from '../scenario/local-text.js';
import type { Scenario } from '../scenario/types.js';

/** The fields that describe the software, the scenario and the timing. */
export type CommonManifestFields = Pick<
  Manifest,
  | 'format'
  | 'commandLine'
  | 'peakwatch'
  | 'node'
  | 'scenario'
  | 'startedAt'
  | 'finishedAt'
  | 'wallSeconds'
>;

/** Common fields for a run of `scenario` that started at `started` and ends now. */
export function commonManifestFields(
  scenario: Pick<Scenario, 'file' | 'hash' | 'name' | 'overrides'>,
  commandLine: string,
  started: Date,
): CommonManifestFields {
  return {
    format: MANIFEST_FORMAT,
    commandLine,
    peakwatch: peakwatchVersion(),
    node: process.version,
    scenario: {
      path: scenario.file,
      sha256: scenario.hash,
      name: inLang(scenario.name, 'en'),
      copy: scenarioCopyName(scenario.file),
      overrides: [...scenario.overrides],
    },
    ...timingFields(started),
  };
}

/** When a folder's work started (`started`) and finished (now), and the seconds between. */
export function timingFields(
  started: Date,
): Pick<CommonManifestFields, 'startedAt' | 'finishedAt' | 'wallSeconds'> {
  const finished = new Date();
  return {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    wallSeconds: (finished.getTime() - started.getTime()) / 1000,
  };
}

/**
 * The fields a merge of shard folders writes over the first shard's manifest (of a run or
 * compare, a sweep or a sensitivity analysis alike): made by `merge` on `commandLine`, from the
 * shard folders `shardDirs` in shard order, on no workers of its own, now.
 */
export function mergedManifestFields(
  commandLine: string,
  shardDirs: readonly string[],
  started: Date,
) {
  return {
    command: 'merge' as const,
    commandLine,
    workers: null,
    shard: null,
    mergedFrom: [...shardDirs],
    ...timingFields(started),
  };
}
