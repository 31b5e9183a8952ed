/**
 * `peakwatch sweep SCENARIO --vary PATH=FROM:TO:STEP|v1,v2,...`: the comparison of the chosen
 * plans at every point of a grid of what-ifs, all on the same replications (common random
 * numbers across points and plans), with a table of every point and plan on stdout (in `--lang`) and the
 * sweep folder (point-K/ comparisons, sweep.csv, manifest.json) on disk. See docs/sweep.md.
 * Its arguments and options are in sweep-options.ts.
 */
import type { PointBlock, Shard } from '../experiment/shard.js';
import { runSweep, type SweepPointScenario } from '../experiment/sweep.js';
import type { SweepBreakPoint } from '../experiment/sweep-break-points.js';
import {
  parseVary,
  pointOverrides,
  type SweepAxis,
  type SweepPoint,
  sweepGrid,
} from '../experiment/sweep-grid.js';
import type { Lang } from '../i18n/lang.js';
import { consoleWording } from '../output/console-wording.js';
import { type DisplayNames, displayNames } from '../output/display-names.js';
import { type BreakPointAxis, formatBreakPointsTable } from '../output/sweep-break-points-text.js';
import { formatSweepTable, type SweepTablePoint } from '../output/sweep-table.js';
import { ScenarioError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import type { ScenarioOverride } from '../scenario/overrides.js';
import type { CommandAction, Writer } from './command.js';
import { planList } from './compare.js';
import { asUsageError, withInterrupts, writeFolderLine } from './experiment-command.js';
import { UsageError } from './failure.js';
import { commandLine, folderWords, optionWords } from './options.js';
import { loadScenarioWithOverrides, overridesOf } from './overrides.js';
import { overrideWords } from './overrides-option.js';
import { writeAnyReport } from './report.js';
import { simulationSettings } from './settings.js';
import type { SweepArgs } from './sweep-options.js';

/** What `sweep` does. */
export const sweepAction: CommandAction<SweepArgs> = async (io, args) => {
  const axes = gridAxes(args.vary);
  checkNotOverridden(axes, overridesOf(args));
  const grid = asUsage(() => sweepGrid(axes));
  const scenario = loadScenarioWithOverrides(args.scenario, args);
  const settings = simulationSettings({ ...args, outputs: args.outputs ?? ['summary'] }, scenario);
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
        ...optionWords('by', args.by),
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
        ...optionWords('shard', args.shard),
        ...optionWords('by', args.by),
        ...optionWords('workers', settings.workers),
        ...outputWords,
        ...(args.report ? ['--report', ...optionWords('lang', args.lang)] : []),
        ...folderWords(args),
      ]),
    }),
  );
  if (settings.shard) {
    writePointShardNote(io.stdout, settings.shard, result.blocks, 'sweep', 'sweep.csv');
    writeFolderLine(io.stdout, result.folder);
    return;
  }
  writeSweepTables(io.stdout, {
    axes,
    points: result.points,
    breakPoints: result.breakPoints,
    baseline: result.baseline,
    names: displayNames(scenario, args.lang),
    replications: settings.replications,
    lang: args.lang,
  });
  writeFolderLine(io.stdout, result.folder);
  if (args.report) {
    io.stdout.write(`Report: ${await writeAnyReport(result.folder, args.lang)}\n`);
  }
};

/**
 * Says what a shard of a set of points (a sweep's or a sensitivity analysis's) ran, instead of a
 * table, which needs every replication of a point: the replications of each point it touches.
 *
 * @param what `sweep` or `sensitivity analysis`
 * @param file what the merge of all shards writes besides the points (`sweep.csv`)
 */
export function writePointShardNote(
  stdout: Writer,
  shard: Shard,
  blocks: readonly PointBlock[],
  what: string,
  file: string,
): void {
  const held = blocks.map(({ point, replications }) => {
    const [first, last] = [replications[0], replications.at(-1)];
    return first === last
      ? `point ${point} replication ${first}`
      : `point ${point} replications ${first}-${last}`;
  });
  stdout.write(
    `Shard ${shard.index}/${shard.count} of the ${what}: ${held.join(', ')}. Merge all shards ` +
      `with "peakwatch merge" for ${file} and the table.\n`,
  );
}

/** What the sweep's console tables show: the points and their break points. */
export interface SweepTables {
  readonly axes: readonly BreakPointAxis[];
  readonly points: readonly SweepTablePoint[];
  readonly breakPoints: readonly SweepBreakPoint[];
  readonly baseline: string;
  readonly names: DisplayNames;
  readonly replications: number;
  /** The language of the words (the names come in theirs from `names`). */
  readonly lang: Lang;
}

/**
 * The sweep's console output, for a sweep and for a merge of its shards alike: one row per point
 * and plan, the break points, and how many points and replications there were.
 */
export function writeSweepTables(stdout: Writer, tables: SweepTables): void {
  const { axes, points, breakPoints, baseline, names, replications } = tables;
  const wording = consoleWording(tables.lang);
  const { t } = wording;
  const paths = axes.map((axis) => axis.path);
  stdout.write(`${formatSweepTable(paths, points, baseline, names, wording)}\n`);
  const breakTable = formatBreakPointsTable(axes, breakPoints, names, t);
  if (breakTable !== null) stdout.write(`${breakTable}\n`);
  const note = t('console.replicationsNote', { replications });
  stdout.write(`${t('sweep.console.pointCount', { points: points.length, note })}\n`);
}

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
