/** The program's version, read from package.json (one directory above both src/ and dist/). */
import { readFileSync } from 'node:fs';

/** The `version` field of peakwatch's package.json. */
export function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  const manifest = JSON.parse(readFileSync(url, 'utf8')) as { version?: unknown };
  return String(manifest.version);
}
