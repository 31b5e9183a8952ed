/**
 * `peakwatch optimize`: the search of plans derived from a base plan, each evaluated by
 * simulation on the same replications, written to a new results folder as it goes —
 * evaluations.csv (every plan evaluated, appended as each is judged), frontier.csv,
 * best-plan.yaml and manifest.json. An interrupted or failed search leaves the folder
 * `.incomplete` with evaluations.csv so far and best-plan.yaml holding the best plan so far.
 */
import { writeFileSync } from 'node:fs';
import type { ExperimentContext } from '../experiment/context.js';
import { experimentFolder, fillResultsFolder } from '../experiment/folder-session.js';
import { commonManifestFields } from '../experiment/manifest-fields.js';
import { MANIFEST_FILE } from '../experiment/run-plan.js';
import { BEST_PLAN_FILE, formatBestPlan, newPlanName } from '../output/best-plan-yaml.js';
import { CsvFile } from '../output/csv-file.js';
import {
  EVALUATIONS_FILE,
  evaluationColumns,
  FRONTIER_FILE,
  formatEvaluationRows,
} from '../output/evaluations-csv.js';
import { startProgress } from '../output/progress.js';
import type { RunFolder } from '../output/run-folder.js';
import type { Plan, Standard } from '../scenario/types.js';
import { candidateParts } from './candidate.js';
import type { Evaluation } from './evaluation.js';
import {
  chooseFinalists,
  type FinalSelection,
  type FinalSelectionOptions,
  selectFinalist,
} from './final-selection.js';
import { costServiceFrontier } from './frontier.js';
import { type Goal, goalOrder, type SearchResult, searchPlans } from './local-search.js';
import type { UnreachableStandard } from './screen.js';
import {
  type Choice,
  dimensionPath,
  fixedPlatformCount,
  isInSpace,
  type SearchSpace,
} from './search-space.js';
import { isEvaluation, type Outcome, SimulationEvaluator } from './simulation-evaluator.js';

/** Choices of `peakwatch optimize`. */
export interface OptimizeOptions extends ExperimentContext {
  readonly space: SearchSpace;
  readonly goal: Goal;
  /** Where the search starts (within the bounds). */
  readonly start: Choice;
  /** A plan evaluated with the start for reference (the base plan, when the start is not it). */
  readonly reference?: Choice | undefined;
  /** The final ranking and selection among the best few (none: the search's best stands). */
  readonly selection?:
    | Pick<FinalSelectionOptions, 'delta' | 'alpha' | 'finalists' | 'maxReplications'>
    | undefined;
  /** Standards left out of the search as unreachable (for the manifest). */
  readonly unreachable?: readonly UnreachableStandard[] | undefined;
  /** Most plans to evaluate. */
  readonly maxEvaluations: number;
  /** The standards a plan must meet (default every standard of the scenario). */
  readonly standards: readonly Standard[];
}

/** What `runOptimize` produced. */
export interface OptimizeResult {
  readonly folder: string;
  readonly base: Plan;
  readonly search: SearchResult;
  /** The cost–service frontier of the plans evaluated, cheapest first. */
  readonly frontier: readonly Evaluation[];
  /** The final selection, when there were at least two finalists. */
  readonly selection: FinalSelection | null;
  /** The plan chosen: the selection's pick, else the search's best. */
  readonly chosen: Evaluation | null;
  /** The name best-plan.yaml gives the best plan (null when no plan could be evaluated). */
  readonly bestPlanName: string | null;
  /** Every plan simulated, in order (outside the space too, e.g. the base plan). */
  readonly evaluated: readonly Evaluation[];
  /** Plans the scenario's checks refused. */
  readonly refused: number;
}

/**
 * Runs the search into a new results folder.
 *
 * @throws StartRefusedError when the scenario refuses the starting plan; as `runComparison` for
 *   a failed replication or an interrupt (the folder is then left incomplete, with the best plan
 *   so far).
 */
export async function runOptimize(options: OptimizeOptions): Promise<OptimizeResult> {
  const { scenario, space } = options;
  const base = scenario.plans.find((p) => p.name === space.base)!;
  const fixedPlatforms = fixedPlatformCount(base, space.dimensions);
  const paths = space.dimensions.map((d) => dimensionPath(space.base, d));
  const standardIds = options.standards.map((s) => s.id);
  const started = new Date();
  const bestPlanName = newPlanName(scenario.plans.map((p) => p.name));
  const { folder, value } = await fillResultsFolder(
    experimentFolder(options, 'optimize', started),
    async (folder) => {
      const csv = CsvFile.open(
        folder.file(EVALUATIONS_FILE),
        evaluationColumns(paths, standardIds),
      );
      const selectionCap = options.selection
        ? options.selection.finalists * options.selection.maxReplications
        : 0;
      const progress = startProgress({
        total: options.maxEvaluations * options.replications + selectionCap,
        unit: 'plan-replications',
        cap: true,
        stream: options.progressStream,
      });
      const evaluator = new SimulationEvaluator({
        scenario,
        base,
        dimensions: space.dimensions,
        standards: options.standards,
        seed: options.seed,
        replications: options.replications,
        workers: options.workers,
        signal: options.signal,
        progress,
        onOutcome: (outcome) => csv.append(formatEvaluationRows([outcome], standardIds)),
      });
      const finish = async (search: SearchResult | null, selection: FinalSelection | null) => {
        progress.stop();
        await csv.close();
        const inSpace = evaluator.outcomes
          .filter(isEvaluation)
          .filter((e) => isInSpace(space, e.choice, fixedPlatforms));
        const best =
          selection?.pick ?? search?.best ?? [...inSpace].sort(goalOrder(options.goal))[0] ?? null;
        const frontier = costServiceFrontier(inSpace);
        await writeFrontier(folder, frontier, paths, standardIds);
        if (best !== null) {
          writeBestPlan(folder, options, base, best, bestPlanName, evaluator.outcomes, {
            search,
            selection,
          });
        }
        writeOptimizeManifest(
          folder,
          options,
          started,
          evaluator.outcomes,
          best,
          search,
          selection,
        );
        return { frontier, best };
      };
      let search: SearchResult | null = null;
      let selection: FinalSelection | null = null;
      try {
        search = await searchPlans(evaluator, {
          space,
          fixedPlatforms,
          start: options.start,
          reference: options.reference,
          goal: options.goal,
          maxEvaluations: options.maxEvaluations,
        });
        const finalists = options.selection
          ? chooseFinalists(search.inSpace, options.goal, options.selection.finalists)
          : [];
        if (options.selection && finalists.length >= 2) {
          selection = await selectFinalist(
            finalists,
            standardIds,
            (choices, from, count) => evaluator.replicate(choices, from, count),
            {
              ...options.selection,
              firstStage: options.replications,
              firstReplication: options.replications + 1,
            },
          );
        }
      } catch (error) {
        await evaluator.close();
        await finish(null, null);
        throw error;
      }
      await evaluator.close();
      const { frontier, best } = await finish(search, selection);
      return {
        search,
        selection,
        chosen: best,
        frontier,
        evaluated: evaluator.outcomes.filter(isEvaluation),
        refused: evaluator.outcomes.filter((o) => !isEvaluation(o)).length,
      };
    },
  );
  return {
    folder,
    base,
    ...value,
    bestPlanName: value.chosen === null ? null : bestPlanName,
  };
}

async function writeFrontier(
  folder: RunFolder,
  frontier: readonly Outcome[],
  paths: readonly string[],
  standardIds: readonly string[],
): Promise<void> {
  const csv = CsvFile.open(folder.file(FRONTIER_FILE), evaluationColumns(paths, standardIds));
  await csv.append(formatEvaluationRows(frontier, standardIds));
  await csv.close();
}

function writeBestPlan(
  folder: RunFolder,
  options: OptimizeOptions,
  base: Plan,
  best: Evaluation,
  name: string,
  outcomes: readonly Outcome[],
  { search, selection }: { search: SearchResult | null; selection: FinalSelection | null },
): void {
  const parts = candidateParts(base, options.space.dimensions, best.choice);
  const goal =
    options.goal.kind === 'cheapest'
      ? 'the cheapest plan meeting every standard with 95 % confidence'
      : `the best service at a cost of at most ${options.goal.budget}`;
  const comment = [
    `The best plan found by peakwatch optimize (${goal}), as plan ${best.name} of evaluations.csv:`,
    `${best.meetsAll ? 'it meets' : 'it does NOT meet'} every standard with 95 % confidence (shortfall ${round(best.shortfall)} points); mean ${best.costMeasure} ${round(best.cost)}.`,
    `${outcomes.length} plan(s) evaluated, each on replications 1-${options.replications} with seed ${options.seed}.`,
    ...(search === null
      ? ['The search did not finish (see INCOMPLETE.txt): this is the best plan evaluated so far.']
      : []),
    ...(selection === null
      ? []
      : [
          `Chosen by the final selection (Kim-Nelson, delta ${selection.options.delta} points, alpha ${selection.options.alpha}) among ${selection.finalists.map((e) => e.name).join(', ')}${selection.result.guaranteeHolds ? '' : ', without its guarantee (stopped at its replication cap)'}.`,
        ]),
    `Command: ${options.commandLine}`,
    `To use it, paste the lines below under \`plans:\` in ${options.scenario.file}, indented like the`,
    'other plans; `peakwatch validate` accepts it and `peakwatch compare` can run it.',
  ];
  const label = {
    en: `Optimized from ${base.name}`,
    zh: `由 ${base.name} 优化`,
  };
  writeFileSync(
    folder.file(BEST_PLAN_FILE),
    formatBestPlan(name, base.name, parts, { comment, label }),
  );
}

function writeOptimizeManifest(
  folder: RunFolder,
  options: OptimizeOptions,
  started: Date,
  outcomes: readonly Outcome[],
  best: Evaluation | null,
  search: SearchResult | null,
  selection: FinalSelection | null,
): void {
  const { space } = options;
  const manifest = {
    ...commonManifestFields(options.scenario, options.commandLine, started),
    kind: 'optimize',
    command: 'optimize',
    seed: options.seed,
    replications: options.replications,
    workers: options.workers,
    base: space.base,
    goal: options.goal,
    standards: options.standards.map((s) => s.id),
    unreachable: options.unreachable ?? [],
    space: {
      dimensions: space.dimensions.map((d) => ({ ...d, path: dimensionPath(space.base, d) })),
      platforms: space.platforms ?? null,
    },
    start: options.start,
    maxEvaluations: options.maxEvaluations,
    evaluations: outcomes.length,
    finished: search !== null,
    exhausted: search?.exhausted ?? null,
    moves: search?.moves ?? null,
    best: best === null ? null : { plan: best.name, choice: best.choice, meetsAll: best.meetsAll },
    selection:
      selection === null
        ? null
        : {
            method: 'Kim-Nelson',
            ...selection.options,
            finalists: selection.finalists.map((e) => e.name),
            pick: selection.pick.name,
            replications: selection.result.replications,
            means: selection.result.means,
            survivors: selection.result.survivors.map((i) => selection.finalists[i]!.name),
            guaranteeHolds: selection.result.guaranteeHolds,
          },
    files: [EVALUATIONS_FILE, FRONTIER_FILE, ...(best === null ? [] : [BEST_PLAN_FILE])],
  };
  writeFileSync(folder.file(MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
