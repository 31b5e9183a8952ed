/**
 * `peakwatch compare SCENARIO`: every chosen plan on the same replications (common random
 * numbers), the comparison table against the baseline and the verdict on the service standards
 * on stdout (in `--lang`), summaries and comparison.csv in a new results folder, and with `--report` the HTML
 * report in that folder.
 * Its arguments and options are in compare-options.ts.
 */
import type { PrecisionStatus } from '../experiment/precision.js';
import { PRECISION_BATCH } from '../experiment/precision-defaults.js';
import { runComparison } from '../experiment/run-comparison.js';
import { consoleWording, type Wording } from '../output/console-wording.js';
import { displayNames } from '../output/display-names.js';
import { formatNumber } from '../output/number-format.js';
import { formatStandardsBlock } from '../output/standards-text.js';
import { formatComparisonTable } from '../output/table.js';
import { MAX_REPLICATIONS } from '../scenario/bounds.js';
import { comparePlans } from '../stats/compare.js';
import { findMeasure } from '../stats/measures.js';
import { judgeStandards } from '../stats/standards-judgement.js';
import { standardsVerdict } from '../stats/standards-verdict.js';
import type { CommandAction } from './command.js';
import type { CompareArgs } from './compare-options.js';
import {
  withInterrupts,
  writeBreakdowns,
  writeFolderLine,
  writeShardNote,
} from './experiment-command.js';
import { UsageError } from './failure.js';
import { commandLine, optionWords, simulationWords } from './options.js';
import { loadScenarioWithOverrides } from './overrides.js';
import { simulationSettings, wholeNumber } from './settings.js';

/** What `compare` does. */
export const compareAction: CommandAction<CompareArgs> = async (io, args) => {
  const scenario = loadScenarioWithOverrides(args.scenario, args);
  const settings = simulationSettings(args, scenario);
  const plans = args.plans === undefined ? undefined : planList(args.plans);
  const precision =
    args.precision === undefined
      ? undefined
      : {
          target: precisionTarget(args.precision),
          batch: PRECISION_BATCH,
          cap: wholeNumber('max-replications', args['max-replications'], 2, MAX_REPLICATIONS),
        };
  const independent = args['independent-streams'];
  if (independent) {
    io.stderr.write(
      'peakwatch: --independent-streams: plans do not share random numbers; use this only ' +
        'to measure what common random numbers gain (docs/statistics.md).\n',
    );
  }
  const result = await withInterrupts((signal) =>
    runComparison({
      ...settings,
      plans,
      baseline: args.baseline,
      precision,
      independentStreams: independent,
      signal,
      progressStream: io.stderr,
      commandLine: commandLine([
        'compare',
        args.scenario,
        ...optionWords('plans', args.plans),
        ...optionWords('baseline', args.baseline),
        ...(precision
          ? [
              ...optionWords('precision', precision.target),
              ...optionWords('max-replications', precision.cap),
            ]
          : optionWords('replications', settings.replications)),
        ...simulationWords(args, settings),
        independent && '--independent-streams',
        ...(args.report ? ['--report', ...optionWords('lang', args.lang)] : []),
      ]),
    }),
  );
  const wording = consoleWording(args.lang);
  const comparison = comparePlans(result.summaries, result.baseline);
  const names = displayNames(scenario, args.lang);
  io.stdout.write(`${formatComparisonTable(comparison, result.baseline, wording, names.plan)}\n`);
  io.stdout.write(
    `${replicationsLine(wording, result.replications, result.precision, precision?.target)}\n`,
  );
  const judgements = judgeStandards(result.summaries, scenario.standards, result.baseline);
  const verdict = standardsVerdict(judgements, result.summaries, result.baseline);
  io.stdout.write(`${formatStandardsBlock(judgements, verdict, wording.t, true, names)}\n`);
  writeBreakdowns(io.stdout, scenario, result.breakdowns, settings.by, wording.t, names);
  if (settings.shard) writeShardNote(io.stdout, settings.shard, result.manifest.replicationRange);
  writeFolderLine(io.stdout, result.folder);
  if (args.report) {
    // Loaded only here: the report's chart libraries take longer to load than a small run.
    const { writeReport } = await import('../report/write-report.js');
    io.stdout.write(`Report: ${await writeReport(result.folder, { lang: args.lang })}\n`);
  }
};

/** `--precision` as a share in (0, 1). */
function precisionTarget(value: number): number {
  if (!(value > 0 && value < 1)) {
    throw new UsageError(`--precision must be a share between 0 and 1, e.g. 0.05 (got ${value})`);
  }
  return value;
}

/** The footer line: replications per plan, and how the precision rule ended. */
function replicationsLine(
  { t, label }: Wording,
  replications: number,
  status: PrecisionStatus | null,
  target: number | undefined,
): string {
  if (status === null || target === undefined) {
    return t('console.replicationsNote', { replications });
  }
  const value = Number.isFinite(status.widest)
    ? `${formatNumber(100 * status.widest, 1)} %`
    : t('console.noIntervalYet');
  const widest = t('console.widest', {
    measure: label(findMeasure(status.measure)),
    plan: status.plan,
    value,
  });
  const values = { replications, target: `${Number((100 * target).toPrecision(12))} %`, widest };
  return t(status.reached ? 'console.precisionReached' : 'console.precisionNotReached', values);
}

/**
 * `--plans` as a list of names: comma-separated, spaces around names ignored. A list that names
 * no plan (`--plans ,`) is refused rather than read as "every plan".
 */
export function planList(text: string): string[] {
  const names = text.split(',').map((name) => name.trim());
  if (names.some((name) => name === '')) {
    throw new UsageError(
      `--plans must be plan names separated by commas, with none empty (got "${text}")`,
    );
  }
  return names;
}
