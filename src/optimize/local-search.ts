/**
 * The search of `peakwatch optimize`: a local search with marginal analysis over the choices of
 * a search space, every step's neighbours evaluated together on the same replications (the
 * evaluator's business). For the goal "cheapest plan meeting every standard":
 *
 * 1. **count**: with `--platforms N`, open (or close) one candidate post at a time, the best for
 *    service each time, until the plan has N platforms;
 * 2. **add**: while the plan misses a standard, evaluate every plan one unit up (one more car in
 *    a shift, one more staff at a post) and take the greatest service gain per unit of cost
 *    (marginal analysis, as in PCAM's incremental allocation); when no single unit helps, try
 *    moving a unit (one up here, one down there);
 * 3. **remove**: once the plan meets every standard, evaluate every plan one unit down and take
 *    the cheapest that still meets every standard; when none does, try moving a unit to a cheaper
 *    plan that does; stop when neither helps.
 *
 * For the goal "best service within a budget": over the budget, the best plan one unit down;
 * within it, the affordable unit up with the greatest service gain per unit of cost; when no unit
 * fits or helps, the best exchange — a unit moved, or one or two units of a dimension dropped and
 * the freed budget refilled greedily unit by unit — when it serves better. Every move strictly improves (the shortfall, the
 * cost, or the service; a plan over budget only gets cheaper), so the search ends; it also ends when the evaluations allowed are spent. The answer is the best plan of every
 * plan evaluated, not only of the last step: all were judged on the same replications.
 * Deterministic: neighbours are taken in dimension order and ties go to the first.
 */
import { byGoal, byService, type Evaluation } from './evaluation.js';
import {
  type Choice,
  choiceKey,
  isInSpace,
  platformCount,
  type SearchSpace,
  stepValue,
} from './search-space.js';
import { isEvaluation, type Outcome, type SearchPhase } from './simulation-evaluator.js';

/** Units dropped from one dimension, at most, before the freed budget is refilled. */
const REFILL_DROPS = 2;

/** What the search asks of an evaluator (the simulation, or a test's function). */
export interface ChoiceEvaluator {
  /** The outcome of each choice, in order (evaluating those not yet evaluated). */
  evaluate(choices: readonly Choice[], phase: SearchPhase): Promise<readonly Outcome[]>;
  /** Whether a choice has been evaluated already. */
  has(choice: Choice): boolean;
  /** Every outcome so far, in order of evaluation. */
  readonly outcomes: readonly Outcome[];
}

/** What the search looks for. */
export type Goal =
  | { readonly kind: 'cheapest' }
  /** The best service among plans costing at most `budget` (in the evaluations' cost measure). */
  | { readonly kind: 'budget'; readonly budget: number };

/** The search's settings. */
export interface SearchSettings {
  readonly space: SearchSpace;
  /** The base plan's platforms at sites that are not dimensions. */
  readonly fixedPlatforms: number;
  /** Where the search starts (a choice within the bounds). */
  readonly start: Choice;
  /** A plan evaluated with the start for reference (the base plan, when the start is not it). */
  readonly reference?: Choice | undefined;
  readonly goal: Goal;
  /** Most plans to evaluate, the start included. */
  readonly maxEvaluations: number;
}

/** How the search ended. */
export interface SearchResult {
  /** The best plan evaluated within the space, by the goal; null when none could be evaluated. */
  readonly best: Evaluation | null;
  /** Every evaluation within the space (the platforms count included), in order. */
  readonly inSpace: readonly Evaluation[];
  /** Whether the search stopped because the evaluations allowed were spent. */
  readonly exhausted: boolean;
  /** Moves made from the start. */
  readonly moves: number;
}

/** The start could not be evaluated: the scenario refuses it. */
export class StartRefusedError extends Error {
  override readonly name = 'StartRefusedError';
}

/**
 * Runs the search.
 *
 * @throws StartRefusedError when the scenario's checks refuse the starting plan.
 */
export async function searchPlans(
  evaluator: ChoiceEvaluator,
  settings: SearchSettings,
): Promise<SearchResult> {
  const search = new Search(evaluator, settings);
  return search.run();
}

/** Orders plans by a goal, best first. */
export function goalOrder(goal: Goal): (a: Evaluation, b: Evaluation) => number {
  if (goal.kind === 'cheapest') return byGoal;
  return (a, b) => {
    const inA = a.cost <= goal.budget;
    const inB = b.cost <= goal.budget;
    if (inA !== inB) return inA ? -1 : 1;
    return inA ? byService(a, b) : a.cost - b.cost;
  };
}

class Search {
  private exhausted = false;
  private moves = 0;
  private readonly order: (a: Evaluation, b: Evaluation) => number;

  constructor(
    private readonly evaluator: ChoiceEvaluator,
    private readonly settings: SearchSettings,
  ) {
    this.order = goalOrder(settings.goal);
  }

  async run(): Promise<SearchResult> {
    const { reference } = this.settings;
    const [start] = await this.evaluateAll(
      reference === undefined ? [this.settings.start] : [this.settings.start, reference],
      'start',
    );
    if (start === undefined) {
      const refused = this.evaluator.outcomes.find(
        (o) => choiceKey(o.choice) === choiceKey(this.settings.start),
      );
      throw new StartRefusedError(
        refused && 'refused' in refused ? refused.refused : 'the starting plan was not evaluated',
      );
    }
    let current: Evaluation | undefined = await this.reachCount(start);
    while (current !== undefined && !this.exhausted) {
      const next: Evaluation | undefined = await this.step(current);
      if (next === undefined) break;
      this.moves++;
      current = next;
    }
    const inSpace = this.evaluator.outcomes
      .filter(isEvaluation)
      .filter((e) => this.inSpace(e.choice));
    return {
      best: [...inSpace].sort(this.order)[0] ?? null,
      inSpace,
      exhausted: this.exhausted,
      moves: this.moves,
    };
  }

  /** One move from `current`, or undefined when no neighbour is better. */
  private step(current: Evaluation): Promise<Evaluation | undefined> {
    const { goal } = this.settings;
    if (goal.kind === 'budget') return this.improve(current, goal.budget);
    return current.meetsAll ? this.remove(current) : this.add(current);
  }

  /** Opens or closes posts, one at a time, until the platforms count is met. */
  private async reachCount(start: Evaluation): Promise<Evaluation | undefined> {
    const { space, fixedPlatforms } = this.settings;
    let current = start;
    while (space.platforms !== undefined && !this.exhausted) {
      const count = platformCount(space, current.choice, fixedPlatforms);
      if (count === space.platforms) return current;
      const toward: 1 | -1 = count < space.platforms ? 1 : -1;
      const options = space.dimensions.flatMap((d, i) => {
        const opensOrCloses = d.kind === 'post' && (toward === 1) === (current.choice[i] === 0);
        const value = opensOrCloses ? stepValue(d, current.choice[i]!, toward) : undefined;
        return value === undefined ? [] : [withValue(current.choice, i, value)];
      });
      const next = (await this.evaluateAll(options, 'count')).sort(this.order)[0];
      if (next === undefined) return undefined;
      this.moves++;
      current = next;
    }
    return this.inSpace(current.choice) ? current : undefined;
  }

  /** The add step: the greatest shortfall reduction per unit of cost. */
  private async add(current: Evaluation): Promise<Evaluation | undefined> {
    const up = await this.evaluateAll(this.neighbours(current.choice, 1), 'add');
    const best = bestGainPerCost(current, up);
    if (best !== undefined) return best;
    return bestGainPerCost(current, await this.evaluateAll(this.swaps(current.choice), 'swap'));
  }

  /** The remove step: the cheapest plan one unit down (or with a unit moved) still meeting all. */
  private async remove(current: Evaluation): Promise<Evaluation | undefined> {
    const cheaper = (plans: Evaluation[]) =>
      plans.filter((p) => p.meetsAll && p.cost < current.cost).sort(this.order)[0];
    const down = cheaper(await this.evaluateAll(this.neighbours(current.choice, -1), 'remove'));
    if (down !== undefined) return down;
    return cheaper(await this.evaluateAll(this.swaps(current.choice), 'swap'));
  }

  /**
   * The budget step. Over budget: the best plan one unit down. Within it: the affordable plan
   * one unit up with the greatest service gain per unit of cost; when none gains, the best of the
   * exchanges — a unit moved, or a unit dropped and the budget it frees refilled greedily —
   * if better than `current`.
   */
  private async improve(current: Evaluation, budget: number): Promise<Evaluation | undefined> {
    if (current.cost > budget) {
      const down = await this.evaluateAll(this.neighbours(current.choice, -1), 'remove');
      return down.sort(this.order)[0];
    }
    const affordable = (plans: Evaluation[]) => plans.filter((p) => p.cost <= budget);
    const up = affordable(await this.evaluateAll(this.neighbours(current.choice, 1), 'add'));
    const climbed = bestGainPerCost(current, up);
    if (climbed !== undefined) return climbed;
    const exchanges = [
      ...(await this.evaluateAll(this.swaps(current.choice), 'swap')),
      ...(await this.refills(current, budget)),
    ];
    const best = affordable(exchanges).sort(this.order)[0];
    return best !== undefined && this.order(best, current) < 0 ? best : undefined;
  }

  /**
   * For each dimension and each of {@link REFILL_DROPS} units dropped from it: the plan with
   * those units dropped and then, one unit at a time, the affordable unit with the greatest
   * service gain per unit of cost added (never in the dimension dropped from), until none gains.
   */
  private async refills(current: Evaluation, budget: number): Promise<Evaluation[]> {
    const found: Evaluation[] = [];
    for (const [i, d] of this.settings.space.dimensions.entries()) {
      let value: number | undefined = current.choice[i]!;
      for (let drop = 1; drop <= REFILL_DROPS; drop++) {
        value = stepValue(d, value, -1);
        if (value === undefined) break;
        const refilled = await this.refill(withValue(current.choice, i, value), i, budget);
        if (refilled !== undefined) found.push(refilled);
      }
    }
    return found;
  }

  /** `start`, then greedy affordable units outside dimension `fixed` while any gains. */
  private async refill(
    start: Choice,
    fixed: number,
    budget: number,
  ): Promise<Evaluation | undefined> {
    let [plan] = await this.evaluateAll([start], 'swap');
    while (plan !== undefined && !this.exhausted) {
      const from: Evaluation = plan;
      const up = (await this.evaluateAll(this.neighbours(from.choice, 1), 'swap')).filter(
        (p) => p.cost <= budget && p.choice[fixed] === from.choice[fixed],
      );
      const next = bestGainPerCost(from, up);
      if (next === undefined) break;
      plan = next;
    }
    return plan;
  }

  /** The plans one unit up (or down) in one dimension, within the space. */
  private neighbours(choice: Choice, step: 1 | -1): Choice[] {
    return this.settings.space.dimensions.flatMap((d, i) => {
      const value = stepValue(d, choice[i]!, step);
      return value === undefined ? [] : [withValue(choice, i, value)];
    });
  }

  /** The plans with one unit moved: one up in a dimension, one down in another. */
  private swaps(choice: Choice): Choice[] {
    return this.neighbours(choice, 1).flatMap((up) =>
      this.neighbours(choice, -1).flatMap((down) => {
        const moved = up.map((value, i) => (value !== choice[i] ? value : down[i]!));
        const changed = moved.filter((value, i) => value !== choice[i]).length;
        return changed === 2 ? [moved] : [];
      }),
    );
  }

  /**
   * The evaluations of the choices within the space (the platforms count relaxed for `count`),
   * evaluating at most what the allowance leaves; refused plans are left out.
   */
  private async evaluateAll(choices: readonly Choice[], phase: SearchPhase): Promise<Evaluation[]> {
    const wanted = uniqueChoices(choices).filter(
      (c) => phase === 'start' || phase === 'count' || this.inSpace(c),
    );
    const left = this.settings.maxEvaluations - this.evaluator.outcomes.length;
    const fresh = wanted.filter((c) => !this.evaluator.has(c));
    const allowed = new Set(fresh.slice(0, Math.max(0, left)).map(choiceKey));
    if (fresh.length > allowed.size) this.exhausted = true;
    const kept = wanted.filter((c) => this.evaluator.has(c) || allowed.has(choiceKey(c)));
    if (kept.length === 0) return [];
    return (await this.evaluator.evaluate(kept, phase)).filter(isEvaluation);
  }

  private inSpace(choice: Choice): boolean {
    return isInSpace(this.settings.space, choice, this.settings.fixedPlatforms);
  }
}

/**
 * Among `plans`, the one with the greatest service gain over `current` per unit of cost added
 * (a plan that costs no more counts as infinitely efficient; ties: the greater gain, then the
 * first); undefined when none gains. The gain is the reduction of the shortfall, or, between
 * plans of equal shortfall, the rise of the mean share.
 */
function bestGainPerCost(current: Evaluation, plans: readonly Evaluation[]) {
  let best: { plan: Evaluation; ratio: number; gain: number } | undefined;
  for (const plan of plans) {
    const gain = serviceGain(current, plan);
    if (!(gain > 0)) continue;
    const added = plan.cost - current.cost;
    const ratio = added > 0 ? gain / added : Number.POSITIVE_INFINITY;
    if (best === undefined || ratio > best.ratio || (ratio === best.ratio && gain > best.gain)) {
      best = { plan, ratio, gain };
    }
  }
  return best?.plan;
}

/** How much better `to` serves than `from`: less shortfall, else (as short) a higher mean share. */
function serviceGain(from: Evaluation, to: Evaluation): number {
  if (to.shortfall !== from.shortfall) return from.shortfall - to.shortfall;
  return to.meanShare - from.meanShare;
}

function withValue(choice: Choice, index: number, value: number): number[] {
  return choice.map((v, i) => (i === index ? value : v));
}

function uniqueChoices(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  return choices.filter((c) => {
    const key = choiceKey(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
