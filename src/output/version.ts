/**
 * peakwatch's version, for manifests: read from package.json, which sits two levels above this
 * module both in the source tree (src/output/) and in the build (dist/output/).
 */
import { readFileSync } from 'node:fs';

/** The `version` field of peakwatch's package.json. */
export function peakwatchVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
