// A vitest reporter that prints the five test files that took longest, counting each file's
// whole time in its worker: preparing, importing and collecting (where a file's shared setup
// runs), setup files and the tests themselves. `npm test` adds it after the default reporter;
// any run can: `npx vitest run --reporter=default --reporter=./scripts/slowest-files.mjs`.

/** How many files to name. */
const COUNT = 5;

/** Prints the slowest test files when the run ends. */
export default class SlowestFiles {
  onTestRunEnd(testModules) {
    const files = testModules
      .map((module) => ({ file: module.relativeModuleId, seconds: fileSeconds(module) }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, COUNT);
    if (files.length === 0) return;
    const lines = files.map(({ file, seconds }) => `${seconds.toFixed(1).padStart(7)} s  ${file}`);
    process.stdout.write(`\nSlowest test files:\n${lines.join('\n')}\n`);
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
