/**
 * The console summary of `peakwatch optimize`, in the user's language: the base plan's choices
 * beside the best plan's, the best plan against every standard, the verdict sentence, and the
 * runners-up with why each lost.
 */
import type { Translate } from '../i18n/messages.js';
import { type Evaluation, metWithConfidence } from '../optimize/evaluation.js';
import type { FinalSelection } from '../optimize/final-selection.js';
import { type Goal, goalOrder, type SearchResult } from '../optimize/local-search.js';
import type { PlacementStart, ShiftScreen, UnreachableStandard } from '../optimize/screen.js';
import type { Dimension } from '../optimize/search-space.js';
import { shiftBase } from '../scenario/officer-bases.js';
import type { Plan } from '../scenario/types.js';
import { formatNumber } from './number-format.js';
import { asciiTable } from './table-format.js';

/** What the summary needs besides the search's result. */
export interface OptimizeSummaryInput {
  readonly t: Translate;
  readonly base: Plan;
  readonly dimensions: readonly Dimension[];
  /** The base plan's value of each dimension. */
  readonly baseChoice: readonly number[];
  readonly goal: Goal;
  readonly search: Pick<SearchResult, 'best' | 'inSpace' | 'exhausted' | 'moves'>;
  /** The plan chosen (the selection's pick, else the search's best). */
  readonly chosen: Evaluation | null;
  /** The final selection, when there was one. */
  readonly selection: SelectionSummary | null;
  /** Every plan evaluated (outside the space too, e.g. the base plan before `--platforms`). */
  readonly evaluated: readonly Evaluation[];
  /** Plans evaluated in all, and refused among them. */
  readonly evaluations: number;
  readonly refused: number;
  readonly replications: number;
  /** A standard's display name from its id. */
  readonly standardName: (id: string) => string;
  /**
   * The scenario's standards the search did not judge: those no plan of the search space can
   * reach in time (`unreachable`), and those left out by `--standards` (`unselected`).
   */
  readonly leftOut: {
    readonly unreachable: readonly string[];
    readonly unselected: readonly string[];
  };
  /** How many runners-up to list. */
  readonly runnersUp?: number;
}

/**
 * What the summary says of the final selection: a {@link FinalSelection}, or the same facts read
 * back from an optimize folder's manifest.
 */
export interface SelectionSummary {
  readonly finalists: readonly Evaluation[];
  readonly pick: Evaluation;
  readonly options: Pick<FinalSelection['options'], 'delta' | 'alpha' | 'firstReplication'>;
  readonly result: Pick<FinalSelection['result'], 'replications' | 'survivors' | 'guaranteeHolds'>;
}

/** The whole summary, lines joined. */
export function formatOptimizeSummary(input: OptimizeSummaryInput): string {
  const { t, search } = input;
  const lines = [
    t('optimize.title', { base: input.base.name }),
    t('optimize.searched', {
      evaluations: input.evaluations,
      refused: input.refused,
      replications: input.replications,
      moves: search.moves,
    }),
  ];
  if (search.exhausted) lines.push(t('optimize.exhausted'));
  const best = input.chosen;
  if (best === null) return lines.join('\n');
  lines.push(choicesTable(input, best), standardsTable(input, best), verdictLine(input, best));
  lines.push(...leftOutLines(input));
  const baseStanding = baseLine(input, best);
  if (baseStanding !== undefined) lines.push(baseStanding);
  if (input.selection !== null) lines.push(selectionLine(input, input.selection));
  const others = runnersUp(input, best);
  if (others.length > 0) lines.push(t('optimize.runnersUp'), ...others.map((line) => `  ${line}`));
  lines.push(t('optimize.bestPlanFile'));
  return lines.join('\n');
}

function choicesTable(input: OptimizeSummaryInput, best: Evaluation): string {
  const { t } = input;
  const table = asciiTable(
    [t('optimize.colChoice'), t('optimize.colBase'), t('optimize.colBest')],
    true,
  );
  input.dimensions.forEach((d, i) => {
    table.push([dimensionLabel(input, d), String(input.baseChoice[i]), String(best.choice[i])]);
  });
  return table.toString();
}

/** What a dimension is, in words: the cars of a shift, or the staff of a post. */
function dimensionLabel(input: Pick<OptimizeSummaryInput, 't' | 'base'>, d: Dimension): string {
  if (d.kind === 'post') return input.t('optimize.postAt', { site: d.site });
  if (d.kind === 'patrol') return input.t('optimize.patrolTeams', { patrol: d.patrol });
  const officers = input.base.officers;
  const shift = officers.shifts[d.shift]!;
  const base = shiftBase(officers, shift);
  if (base === officers.base && (shift.mode ?? 'vehicle') === 'vehicle') {
    return input.t('optimize.carsOf', { start: shift.start, end: shift.end, shift: d.shift });
  }
  return input.t('optimize.unitsOfAt', {
    start: shift.start,
    end: shift.end,
    shift: d.shift,
    base,
    mode: input.t(`optimize.mode.${shift.mode ?? 'vehicle'}`),
  });
}

/** A plan by what it changes from the base plan ("… 3→4"), or the words for the base plan. */
export function changesFromBase(
  input: Pick<OptimizeSummaryInput, 't' | 'base' | 'dimensions' | 'baseChoice'>,
  choice: readonly number[],
): string {
  const changes = changeList(input, choice);
  return changes.length === 0 ? input.t('optimize.sameAsBase') : changes.join(', ');
}

/** Each dimension a plan changes from the base plan, in words ("… 3→4"); empty for the base plan. */
export function changeList(
  input: Pick<OptimizeSummaryInput, 't' | 'base' | 'dimensions' | 'baseChoice'>,
  choice: readonly number[],
): string[] {
  return input.dimensions.flatMap((d, i) =>
    choice[i] === input.baseChoice[i]
      ? []
      : [`${dimensionLabel(input, d)} ${input.baseChoice[i]}→${choice[i]}`],
  );
}

function standardsTable(input: OptimizeSummaryInput, best: Evaluation): string {
  const { t } = input;
  const table = asciiTable(
    [
      t('optimize.colStandard'),
      t('optimize.colShare'),
      t('optimize.colRequired'),
      t('optimize.colMet'),
    ],
    true,
  );
  for (const s of best.shares) {
    const interval =
      s.share.n === 0
        ? '-'
        : `${number(s.share.mean)} [${number(s.share.low)}, ${number(s.share.high)}]`;
    const met = metWithConfidence(s);
    table.push([
      input.standardName(s.standard),
      interval,
      number(s.required),
      t(met ? 'optimize.yes' : 'optimize.no'),
    ]);
  }
  return table.toString();
}

function verdictLine(input: OptimizeSummaryInput, best: Evaluation): string {
  const { t, goal } = input;
  const values = { plan: best.name, cost: number(best.cost), shortfall: number(best.shortfall) };
  if (goal.kind === 'budget') {
    if (best.cost > goal.budget) return t('optimize.noneInBudget', { budget: goal.budget });
    const verdict = best.meetsAll
      ? t('optimize.meetsAll')
      : t('optimize.missesSome', { shortfall: values.shortfall });
    return t('optimize.foundBudget', { ...values, budget: goal.budget, verdict });
  }
  return t(best.meetsAll ? 'optimize.foundCheapest' : 'optimize.foundNone', values);
}

/**
 * What "every standard" leaves out, said right under the verdict so that nobody reads it as
 * "meets all the scenario's standards": the ones out of reach, which the plan chosen does not meet,
 * and the ones not asked for.
 */
export function leftOutLines({
  t,
  leftOut,
  standardName,
}: Pick<OptimizeSummaryInput, 't' | 'leftOut' | 'standardName'>): string[] {
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => t('optimize.quotedStandard', { standard: standardName(id) }))
      .join(t('optimize.listSeparator'));
  return [
    ...(leftOut.unreachable.length === 0
      ? []
      : [t('optimize.leftOutUnreachable', { standards: names(leftOut.unreachable) })]),
    ...(leftOut.unselected.length === 0
      ? []
      : [t('optimize.leftOutUnselected', { standards: names(leftOut.unselected) })]),
  ];
}

/** The next best plans by the goal's order, each with why it lost to the best. */
function runnersUp(input: OptimizeSummaryInput, best: Evaluation): string[] {
  const { t } = input;
  const ranked = input.search.inSpace
    .filter((e) => e.name !== best.name)
    .sort(goalOrder(input.goal));
  return ranked.slice(0, input.runnersUp ?? 3).map((e) => {
    const plan = t('optimize.planChanges', {
      plan: e.name,
      changes: changesFromBase(input, e.choice),
    });
    const finalist = input.selection?.finalists.findIndex((f) => f.name === e.name) ?? -1;
    if (input.selection && finalist >= 0) {
      return t('optimize.lostSelection', {
        plan,
        replications: input.selection.result.replications[finalist]!,
      });
    }
    if (e.meetsAll) return t('optimize.lostCost', { plan, cost: number(e.cost) });
    return t('optimize.lostShort', {
      plan,
      cost: number(e.cost),
      shortfall: number(e.shortfall),
      standards: shortOn(input, e),
    });
  });
}

/** The standards a plan misses, each with its lower bound against the required share. */
function shortOn(input: OptimizeSummaryInput, e: Evaluation): string {
  return e.shares
    .filter((s) => s.share.n > 0 && !metWithConfidence(s))
    .map(
      (s) => `${input.standardName(s.standard)} (${number(s.share.low)} < ${number(s.required)})`,
    )
    .join('; ');
}

/** What the final ranking and selection did. */
function selectionLine(input: OptimizeSummaryInput, selection: SelectionSummary): string {
  const { t } = input;
  const { options, result, finalists } = selection;
  const most = Math.max(...result.replications);
  const guarantee = result.guaranteeHolds
    ? t('optimize.guaranteeHolds', { confidence: number(100 * (1 - options.alpha)) })
    : t('optimize.guaranteeNot', {
        max: most,
        survivors: result.survivors.map((i) => finalists[i]!.name).join(', '),
      });
  const searchBest = input.search.best;
  const changed =
    searchBest !== null && searchBest.name !== selection.pick.name
      ? t('optimize.selectionChanged', { plan: searchBest.name })
      : '';
  return t('optimize.selection', {
    changed,
    delta: options.delta,
    alpha: options.alpha,
    finalists: finalists.map((e) => e.name).join(', '),
    first: options.firstReplication,
    last: options.firstReplication + most - 1,
    plan: selection.pick.name,
    guarantee,
  });
}

/**
 * The base plan's standing, when it was evaluated and is not the best; when it meets every
 * standard but lies outside the search (e.g. `--platforms` asks for another count), the line says
 * so, or "no plan evaluated meets every standard" above it would read as a contradiction.
 */
function baseLine(input: OptimizeSummaryInput, best: Evaluation): string | undefined {
  const base = input.evaluated.find((e) => e.choice.every((v, i) => v === input.baseChoice[i]));
  if (base === undefined || base.name === best.name) return undefined;
  const values = { plan: base.name, cost: number(base.cost), shortfall: number(base.shortfall) };
  if (!base.meetsAll) return input.t('optimize.baseShort', values);
  const inSearch = input.search.inSpace.some((e) => e.name === base.name);
  return input.t(inSearch ? 'optimize.baseMeets' : 'optimize.baseMeetsOutside', values);
}

/**
 * The screens' lines: each standard left out as unreachable, the coverage model's proposed
 * posts and the car screen's count per shift ('' when the screens said nothing).
 */
export function formatScreen(
  words: Pick<OptimizeSummaryInput, 't' | 'base' | 'dimensions' | 'standardName'>,
  screens: {
    readonly unreachable: readonly UnreachableStandard[];
    readonly placement: PlacementStart | null;
    readonly shifts: readonly ShiftScreen[];
  },
): string {
  const { t, standardName } = words;
  const { unreachable, placement } = screens;
  const lines = unreachable.map((u) =>
    t('optimize.unreachable', {
      standard: standardName(u.standard),
      reachable: number(u.reachableShare),
      required: number(u.required),
    }),
  );
  if (placement !== null) {
    const p = placement.placement;
    lines.push(
      t('optimize.placement', {
        method: p.method,
        posts: p.open.length,
        sites: p.open.join(', '),
        covered: number(p.coveredDemand),
        total: number(p.totalDemand),
        minutes: placement.coverageMinutes,
      }),
    );
  }
  for (const s of screens.shifts) {
    lines.push(
      t('optimize.carScreen', {
        shift: dimensionLabel(words, words.dimensions[s.dimension]!),
        cars: s.cars,
        standard: standardName(s.standard),
      }),
    );
  }
  return lines.join('\n');
}

function number(value: number): string {
  return formatNumber(value, 1);
}
