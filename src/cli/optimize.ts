/**
 * `peakwatch optimize SCENARIO --from PLAN`: the cheapest plan derived from a base plan that
 * meets every service standard with 95 % confidence (or, with `--budget`, the best service
 * within a budget), searched over the cars of its shifts (`--cars`) and the platforms at
 * candidate sites (`--posts`), every plan simulated on the same replications. Prints the summary
 * in `--lang` and writes the optimize folder (docs/optimize.md).
 * Its arguments and options are in optimize-options.ts.
 */
import { translator } from '../i18n/messages.js';
import { candidateParts, validateCandidate } from '../optimize/candidate.js';
import type { Goal } from '../optimize/local-search.js';
import { runOptimize } from '../optimize/run-optimize.js';
import { placementStart, screenShifts, unreachableStandards } from '../optimize/screen.js';
import {
  type Choice,
  choiceOf,
  clampChoice,
  type Dimension,
  fixedPlatformCount,
  type SearchSpace,
  SearchSpaceError,
} from '../optimize/search-space.js';
import { parseSpaceOptions } from '../optimize/space-options.js';
import { displayNames } from '../output/display-names.js';
import { formatOptimizeSummary, formatScreen } from '../output/optimize-text.js';
import type { Plan, Scenario, Standard } from '../scenario/types.js';
import type { CommandAction } from './command.js';
import { withInterrupts, writeFolderLine } from './experiment-command.js';
import { UsageError } from './failure.js';
import type { OptimizeArgs } from './optimize-options.js';
import { commandLine, folderWords, optionWords } from './options.js';
import { loadScenarioWithOverrides } from './overrides.js';
import { overrideWords } from './overrides-option.js';
import { writeAnyReport } from './report.js';
import { simulationSettings, wholeNumber } from './settings.js';

/** The final selection's most replications of a finalist, as a multiple of `--replications`. */
const SELECTION_REPLICATIONS_FACTOR = 4;
/** The largest `--max-evaluations`. */
const MOST_EVALUATIONS = 2000;

/** What `optimize` does. */
export const optimizeAction: CommandAction<OptimizeArgs> = async (io, args) => {
  if (args.shard !== undefined || args.by !== undefined || args.outputs !== undefined) {
    throw new UsageError(
      '--shard, --by and --outputs are not available for optimize: it keeps summaries of whole plans only (compare the plan it chose for records or breakdowns)',
    );
  }
  const scenario = loadScenarioWithOverrides(args.scenario, args);
  const settings = simulationSettings({ ...args, outputs: ['summary'] }, scenario);
  const baseName = args.from ?? scenario.defaultPlan;
  const base = scenario.plans.find((p) => p.name === baseName);
  if (base === undefined) {
    throw new UsageError(
      `--from ${baseName}: the scenario has no plan "${baseName}" (it has: ${scenario.plans.map((p) => p.name).join(', ')})`,
    );
  }
  const space = searchSpace(args, scenario, base);
  const chosen = chosenStandards(scenario, args.standards);
  const unreachable = unreachableStandards(scenario, base, space.dimensions, chosen);
  const standards = chosen.filter((s) => !unreachable.some((u) => u.standard === s.id));
  const goal: Goal =
    args.budget === undefined ? { kind: 'cheapest' } : { kind: 'budget', budget: args.budget };
  const maxEvaluations = wholeNumber(
    'max-evaluations',
    args['max-evaluations'],
    1,
    MOST_EVALUATIONS,
  );
  const baseChoice = choiceOf(base, space.dimensions);
  const placement = args.frontier ? null : placementStart(scenario, base, space, baseChoice);
  const shiftScreens = args.frontier
    ? []
    : screenShifts(scenario, base, space.dimensions, standards);
  const start = args.frontier
    ? lowestChoice(space.dimensions)
    : clampChoice(
        space.dimensions,
        (placement?.choice ?? baseChoice).map((value, i) =>
          Math.max(value, shiftScreens.find((s) => s.dimension === i)?.cars ?? 0),
        ),
      );
  checkStart(scenario, base, space.dimensions, start);
  const t = translator(args.lang);
  const names = displayNames(scenario, args.lang);
  const standardName = (id: string) => names.standard({ standard: id, name: id });
  const screenLines = formatScreen(
    { t, base, dimensions: space.dimensions, standardName },
    { unreachable, placement, shifts: shiftScreens },
  );
  if (screenLines !== '') io.stdout.write(`${screenLines}\n`);
  if (standards.length === 0) {
    io.stdout.write(`${t('optimize.nothingToSearch')}\n`);
    return;
  }
  const selection = selectionOptions(args, settings.replications);
  const result = await withInterrupts((signal) =>
    runOptimize({
      ...settings,
      space,
      goal,
      start,
      reference: start.every((v, i) => v === baseChoice[i]) ? undefined : baseChoice,
      selection,
      unreachable,
      maxEvaluations,
      standards,
      signal,
      progressStream: io.stderr,
      commandLine: commandLine([
        'optimize',
        args.scenario,
        '--from',
        baseName,
        ...(args.cars ?? []).flatMap((c) => ['--cars', String(c)]),
        ...(args.posts ?? []).flatMap((p) => ['--posts', String(p)]),
        ...(args.patrols ?? []).flatMap((p) => ['--patrols', String(p)]),
        ...optionWords('platforms', space.platforms),
        ...optionWords('budget', args.budget),
        args.frontier && '--frontier',
        ...optionWords('standards', args.standards),
        ...optionWords('max-evaluations', maxEvaluations),
        ...optionWords('finalists', args.finalists),
        ...optionWords('delta', args.delta),
        ...optionWords('alpha', args.alpha),
        ...optionWords('replications', settings.replications),
        ...optionWords('seed', settings.seed),
        ...overrideWords(args),
        ...optionWords('workers', settings.workers),
        ...folderWords(args),
        args.report && '--report',
        ...optionWords('lang', args.lang),
      ]),
    }),
  );
  const summary = formatOptimizeSummary({
    t,
    base,
    dimensions: space.dimensions,
    baseChoice,
    goal,
    search: result.search,
    chosen: result.chosen,
    selection: result.selection,
    evaluated: result.evaluated,
    evaluations: result.evaluated.length + result.refused,
    refused: result.refused,
    replications: settings.replications,
    standardName,
    leftOut: {
      unreachable: unreachable.map((u) => u.standard),
      unselected: scenario.standards
        .filter((s) => !chosen.some((c) => c.id === s.id))
        .map((s) => s.id),
    },
  });
  io.stdout.write(`${summary}\n`);
  writeFolderLine(io.stdout, result.folder);
  if (args.report) {
    const path = await writeAnyReport(result.folder, args.lang);
    io.stdout.write(`Report: ${path}\n`);
  }
};

/** The search space of `--cars`, `--posts` and `--platforms`; usage errors name the option. */
function searchSpace(args: OptimizeArgs, scenario: Scenario, base: Plan): SearchSpace {
  let dimensions: Dimension[];
  try {
    dimensions = parseSpaceOptions(
      base,
      scenario.sites,
      (args.cars ?? []).map(String),
      (args.posts ?? []).map(String),
      (args.patrols ?? []).map(String),
    );
  } catch (error) {
    if (error instanceof SearchSpaceError) throw new UsageError(error.message);
    throw error;
  }
  if (args.platforms === undefined) return { base: base.name, dimensions };
  const platforms = wholeNumber('platforms', args.platforms, 0, 1000);
  const fixed = fixedPlatformCount(base, dimensions);
  const posts = dimensions.filter((d) => d.kind === 'post').length;
  if (platforms < fixed || platforms > fixed + posts) {
    throw new UsageError(
      `--platforms ${platforms}: with --posts the plan can have from ${fixed} to ${fixed + posts} platforms`,
    );
  }
  return { base: base.name, dimensions, platforms };
}

/** The standards of `--standards` (every standard by default), in scenario order. */
function chosenStandards(scenario: Scenario, text: string | undefined): readonly Standard[] {
  if (text === undefined) return scenario.standards;
  const ids = text.split(',').map((id) => id.trim());
  const unknown = ids.find((id) => !scenario.standards.some((s) => s.id === id));
  if (unknown !== undefined || ids.length === 0) {
    throw new UsageError(
      `--standards: the scenario has no standard "${unknown ?? ''}" (it has: ${scenario.standards.map((s) => s.id).join(', ')})`,
    );
  }
  return scenario.standards.filter((s) => ids.includes(s.id));
}

/** Every dimension at its lowest value (posts closed). */
function lowestChoice(dimensions: readonly Dimension[]): Choice {
  return dimensions.map((d) => (d.kind === 'post' ? 0 : d.min));
}

/** The final selection's options; undefined with fewer than two finalists. */
function selectionOptions(args: OptimizeArgs, replications: number) {
  const finalists = wholeNumber('finalists', args.finalists, 0, 20);
  if (finalists < 2) return undefined;
  if (!(args.delta > 0)) throw new UsageError(`--delta must be more than 0 (got ${args.delta})`);
  if (!(args.alpha > 0 && args.alpha < 0.5)) {
    throw new UsageError(`--alpha must be between 0 and 0.5 (got ${args.alpha})`);
  }
  if (replications < 2) {
    throw new UsageError('the final selection needs --replications 2 or more (or --finalists 0)');
  }
  return {
    finalists,
    delta: args.delta,
    alpha: args.alpha,
    maxReplications: SELECTION_REPLICATIONS_FACTOR * replications,
  };
}

/**
 * Refuses, before any folder is made, a starting plan the scenario's checks refuse (the bounds
 * or the options then ask for an impossible plan).
 */
function checkStart(
  scenario: Scenario,
  base: Plan,
  dimensions: readonly Dimension[],
  start: Choice,
): void {
  const checked = validateCandidate(
    scenario,
    base.name,
    candidateParts(base, dimensions, start),
    'start',
  );
  if (!checked.ok) {
    throw new UsageError(
      `the scenario refuses the starting plan (${start.join(', ')}):\n${checked.reason}`,
    );
  }
}
