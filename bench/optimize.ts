/**
 * The speed of `peakwatch optimize` on the default scenario: the built CLI (as a user runs it)
 * searches the cars of both shifts of today's plan and the platforms at the four parking lots and
 * two viewpoints, on the scenario's 20 replications, with the final selection; reported are the
 * plans evaluated, the replications simulated and the wall time. The goal (docs/performance.md)
 * is to finish within 10 minutes on a 2-core machine. Run directly: `npx tsx bench/optimize.ts`
 * (it builds dist/ first when it is stale, as `npm start` does).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const SCENARIO = join(ROOT, 'scenarios', 'yuanjiajie-golden-week.yaml');

/** The search the bench times: cars per shift and posts among the scenario's sites. */
export const OPTIMIZE_BENCH_ARGS = [
  '--from',
  'current',
  '--cars',
  '0=1:6',
  '--cars',
  '1=0:3',
  '--posts',
  'mihuntai-parking,bailong-parking,yuanjiajie-parking,diyiqiao-parking,mihuntai,bailong-upper',
  '--max-evaluations',
  '300',
] as const;

/** What one timed optimize gave. */
export interface OptimizeBench {
  readonly evaluations: number;
  readonly replications: number;
  readonly selectionReplications: number;
  readonly wallSeconds: number;
  readonly best: string | null;
  readonly finished: boolean;
}

/** Runs the search once with the built CLI and reads its manifest. */
export function measureOptimize(): OptimizeBench {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--version'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('could not build dist/');
  const resultsDir = mkdtempSync(join(tmpdir(), 'pw-bench-opt-'));
  try {
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [CLI, 'optimize', SCENARIO, ...OPTIMIZE_BENCH_ARGS, '--results-dir', resultsDir],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const wallSeconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`optimize exited with ${run.status}`);
    const [folder] = readdirSync(resultsDir);
    const manifest = JSON.parse(readFileSync(join(resultsDir, folder!, 'manifest.json'), 'utf8'));
    const selection = manifest.selection as { replications: number[] } | null;
    return {
      evaluations: manifest.evaluations,
      replications: manifest.replications,
      selectionReplications: selection ? selection.replications.reduce((a, b) => a + b, 0) : 0,
      wallSeconds,
      best: manifest.best?.plan ?? null,
      finished: manifest.finished && !manifest.exhausted,
    };
  } finally {
    rmSync(resultsDir, { recursive: true, force: true });
  }
}

/** The bench's lines. */
export function formatOptimizeBench(bench: OptimizeBench): string {
  const simulated = bench.evaluations * bench.replications + bench.selectionReplications;
  return (
    `optimize (cars of 2 shifts, 6 candidate posts): ${bench.evaluations} plans evaluated × ` +
    `${bench.replications} replications + ${bench.selectionReplications} in the final selection ` +
    `= ${simulated} replications, ${bench.wallSeconds.toFixed(1)} s wall ` +
    `(goal < 600 s: ${bench.wallSeconds < 600 ? 'met' : 'NOT met'}); best ${bench.best}; ` +
    `${bench.finished ? 'search finished' : 'stopped at --max-evaluations'}`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatOptimizeBench(measureOptimize())}\n`);
}
