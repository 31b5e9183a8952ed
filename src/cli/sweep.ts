/**
 * `peakwatch sweep SCENARIO --vary PATH=FROM:TO:STEP|v1,v2,...`: the comparison of the chosen
 * plans at every point of a grid of what-ifs, all on the same replications (common random
 * numbers across points and plans), with a table of every point and plan on stdout and the
 * sweep folder (point-K/ comparisons, sweep.csv, manifest.json) on disk. See docs/sweep.md.
 */
import type { Argv, CommandModule } from 'yargs';
import { runSweep, type SweepPointScenario } from '../experiment/sweep.js';
import {
  parseVary,
  pointOverrides,
  type SweepAxis,
  type SweepPoint,
  sweepGrid,
} from '../experiment/sweep-grid.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { consoleWording } from '../output/console-wording.js';
import { displayNames } from '../output/display-names.js';
import { formatBreakPointsTable } from '../output/sweep-break-points-text.js';
import { formatSweepTable } from '../output/sweep-table.js';
import { ScenarioError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import type { ScenarioOverride } from '../scenario/overrides.js';
import type { CommandFactory } from './command.js';
import { commandHeading } from './commands.js';
import { planList } from './compare.js';
import { UsageError } from './failure.js';
import { loadScenarioWithOverrides, overridesOf, overrideWords } from './overrides-option.js';
import { writeAnyReport } from './report.js';
import {
  asUsageError,
  commandLine,
  folderWords,
  optionWords,
  type SimulationArgs,
  simulationOptions,
  simulationSettings,
  withInterrupts,
  writeFolderLine,
} from './run.js';

interface SweepArgs extends SimulationArgs {
  readonly vary: readonly string[];
  readonly plans?: string;
  readonly baseline?: string;
  readonly report: boolean;
  readonly lang: Lang;
}

/** The `sweep` command. */
export const sweepCommand: CommandFactory = (io): CommandModule<object, SweepArgs> => ({
  ...commandHeading('sweep'),
  builder: (yargs) =>
    simulationOptions(yargs)
      .option('vary', {
        type: 'string',
        array: true,
        demandOption: true,
        describe:
          'PATH=FROM:TO:STEP (inclusive) or PATH=v1,v2,...: a scenario value to vary, e.g. ' +
          '--vary crowd.visitorsPerDay=6000:9000:1000 (repeatable: the grid is every combination)',
      })
      .option('plans', {
        type: 'string',
        describe: 'Comma-separated plans to compare at each point (default: every plan)',
      })
      .option('baseline', {
        type: 'string',
        describe: "Plan the others are compared with (default: the scenario's `defaultPlan`)",
      })
      .option('report', {
        type: 'boolean',
        default: false,
        describe:
          'Also write report.html (break points, charts against the varied values) into the ' +
          'sweep folder, as `peakwatch report` does',
      })
      .option('lang', {
        choices: LANGS,
        default: 'en' as Lang,
        describe: 'Language of the report: zh (Chinese) or en (English)',
      })
      .epilog(
        'Writes results/<scenario>-sweep-<time>/ with point-K/ (what `peakwatch compare` of ' +
          'the scenario with --set PATH=value writes; summaries only unless --outputs asks ' +
          'for more), sweep.csv and manifest.json (see docs/sweep.md). Every point and plan ' +
          'uses the same replications.',
      ) as unknown as Argv<SweepArgs>,
  handler: async (args) => {
    if (args.shard !== undefined || args.by !== undefined) {
      throw new UsageError('--shard and --by are not available for sweep yet');
    }
    const axes = gridAxes(args.vary);
    checkNotOverridden(axes, overridesOf(args));
    const grid = asUsage(() => sweepGrid(axes));
    const scenario = loadScenarioWithOverrides(args.scenario, args);
    const settings = simulationSettings(
      { ...args, outputs: args.outputs ?? ['summary'] },
      scenario,
    );
    const plans = args.plans === undefined ? undefined : planList(args.plans);
    const pointWords = [
      ...optionWords('plans', plans?.join(',')),
      ...optionWords('baseline', args.baseline),
      ...optionWords('replications', settings.replications),
      ...optionWords('seed', settings.seed),
    ];
    const outputWords = ['--outputs', ...(args.outputs ?? ['summary'])];
    const points = grid.map((point) =>
      loadPoint(args, axes, point, (overrides) =>
        commandLine([
          'compare',
          args.scenario,
          ...pointWords,
          ...overrides.flatMap((o) => [`--${o.kind}`, `${o.path}=${o.value}`]),
          ...optionWords('workers', settings.workers),
          ...outputWords,
        ]),
      ),
    );
    const result = await withInterrupts((signal) =>
      runSweep({
        ...settings,
        axes,
        points,
        plans,
        baseline: args.baseline,
        signal,
        progressStream: io.stderr,
        commandLine: commandLine([
          'sweep',
          args.scenario,
          ...args.vary.flatMap((text) => ['--vary', String(text)]),
          ...pointWords,
          ...overrideWords(args),
          ...optionWords('workers', settings.workers),
          ...outputWords,
          ...(args.report ? ['--report', ...optionWords('lang', args.lang)] : []),
          ...folderWords(args),
        ]),
      }),
    );
    const paths = axes.map((axis) => axis.path);
    const names = displayNames(scenario, 'en');
    io.stdout.write(`${formatSweepTable(paths, result.points, result.baseline, names)}\n`);
    const breakPoints = formatBreakPointsTable(axes, result.breakPoints, names);
    if (breakPoints !== null) io.stdout.write(`${breakPoints}\n`);
    const { t } = consoleWording('en');
    io.stdout.write(
      `${grid.length} point(s); ${t('console.replicationsNote', { replications: settings.replications })}\n`,
    );
    writeFolderLine(io.stdout, result.folder);
    if (args.report) {
      io.stdout.write(`Report: ${await writeAnyReport(result.folder, args.lang)}\n`);
    }
  },
});

/** The `--vary` options read as axes; usage errors name the option. */
function gridAxes(options: readonly string[]): SweepAxis[] {
  return options.map((text) => asUsage(() => parseVary(String(text))));
}

/**
 * Refuses a varied path that `--set` or `--scale` also changes: the point's value would replace
 * the one or be scaled by the other, and its `compare` command line would not say which.
 */
function checkNotOverridden(
  axes: readonly SweepAxis[],
  overrides: readonly ScenarioOverride[],
): void {
  const both = overrides.find((o) => axes.some((axis) => axis.path === o.path));
  if (both !== undefined) {
    throw new UsageError(
      `--vary ${both.path}: the path is also given with --${both.kind}; vary it alone`,
    );
  }
}

/**
 * Loads the scenario of one point: the `--set`/`--scale` options first, then the point's
 * values. A value the scenario refuses is a usage error naming `--vary` and the point.
 */
function loadPoint(
  args: SweepArgs,
  axes: readonly SweepAxis[],
  point: SweepPoint,
  commandLineOf: (overrides: readonly ScenarioOverride[]) => string,
): SweepPointScenario {
  const own = pointOverrides(axes, point);
  const overrides = [...overridesOf(args), ...own];
  try {
    const scenario = loadScenario(args.scenario, overrides);
    return { point, scenario, commandLine: commandLineOf(overrides) };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const at = own.map((o) => `${o.path}=${o.value}`).join(', ');
    throw new UsageError(
      `--vary: the scenario refuses point ${point.index} (${at}):\n${error.message}`,
    );
  }
}

/** Runs `body`, turning the experiment layer's usage problems into usage errors (exit 2). */
function asUsage<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw asUsageError(error);
  }
}
