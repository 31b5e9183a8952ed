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
  const finished = new Date();
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
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    wallSeconds: (finished.getTime() - started.getTime()) / 1000,
  };
}
