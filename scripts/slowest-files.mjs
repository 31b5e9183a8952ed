// A vitest reporter that names the five test files that took longest, counting each file's whole
// time in its worker: preparing, importing and collecting (where a file's shared setup runs),
// setup files and the tests themselves. `npm test` adds it and prints its lines just before the
// closing `N passed, N failed` (it names the file to write in PEAKWATCH_SLOWEST_FILES); run
// directly it prints them: `npx vitest run --reporter=default --reporter=./scripts/slowest-files.mjs`.
import { writeFileSync } from 'node:fs';

/** How many files to name. */
const COUNT = 5;

/** Names the slowest test files when the run ends. */
export default class SlowestFiles {
  onTestRunEnd(testModules) {
    const files = testModules
      .map((module) => ({ file: module.relativeModuleId, seconds: fileSeconds(module) }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, COUNT);
    const lines = files.map(({ file, seconds }) => `${seconds.toFixed(1).padStart(7)} s  ${file}`);
    const text = files.length === 0 ? '' : `\nSlowest test files:\n${lines.join('\n')}\n`;
    const output = process.env.PEAKWATCH_SLOWEST_FILES;
    if (output) writeFileSync(output, text);
    else process.stdout.write(text);
  }
}

/** Seconds a test file spent in its worker, from preparation to its last test. */
function fileSeconds(module) {
  const d = module.diagnostic();
  const ms =
    d.prepareDuration +
    d.environmentSetupDuration +
    d.setupDuration +
    d.collectDuration +
    d.duration;
  return ms / 1000;
}
