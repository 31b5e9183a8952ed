/**
 * Evaluating candidates by simulation, on common random numbers: every candidate runs the same
 * replications 1…N with the same seed (the model keys its random streams by seed, replication
 * and stream name, never by plan), so candidate r sees exactly the incidents of every other
 * candidate's replication r and their differences are differences of staffing. A batch of new
 * candidates runs as one experiment, whose scenario holds just those candidates as its plans;
 * only summaries come back (no records). Each choice is evaluated once: later requests are
 * answered from the cache. All the experiments run on one set of workers, opened at the first
 * and closed by {@link SimulationEvaluator.close}, so threads start once per search.
 */
import { openWorkers, type SharedWorkers } from '../experiment/executor.js';
import { runReplications } from '../experiment/runner.js';
import type { ReplicationTask } from '../experiment/task.js';
import type { Progress } from '../output/progress.js';
import type { Plan, Scenario } from '../scenario/types.js';
import type { ReplicationSummary } from '../stats/measures.js';
import type { StandardDefinition } from '../stats/standards-judgement.js';
import { candidateParts, validateCandidate } from './candidate.js';
import { type Evaluation, evaluateCandidate } from './evaluation.js';
import { type Choice, choiceKey, type Dimension } from './search-space.js';

/** A choice the scenario's checks refused (never simulated). */
export interface Refusal {
  readonly name: string;
  readonly choice: Choice;
  readonly refused: string;
}

/** What evaluating a choice gave, and the step of the search that asked for it. */
export type Outcome = (Evaluation | Refusal) & { readonly phase: SearchPhase };

/** Why the search evaluated a plan (evaluations.csv's `phase`). */
export type SearchPhase = 'start' | 'count' | 'add' | 'remove' | 'swap';

/** Whether an outcome is an evaluation (not a refusal). */
export function isEvaluation(outcome: Outcome): outcome is Evaluation & Outcome {
  return !('refused' in outcome);
}

/** What the evaluator needs besides the candidates. */
export interface EvaluatorSetup {
  /** The scenario as loaded with the user's overrides. */
  readonly scenario: Scenario;
  readonly base: Plan;
  readonly dimensions: readonly Dimension[];
  /** The standards every candidate must meet. */
  readonly standards: readonly StandardDefinition[];
  readonly seed: number;
  readonly replications: number;
  readonly workers: number;
  readonly signal?: AbortSignal | undefined;
  /** Advanced once per replication simulated. */
  readonly progress?: Progress | undefined;
  /** Told of each new outcome, in order of evaluation (to write evaluations.csv as it goes). */
  readonly onOutcome?: ((outcome: Outcome) => Promise<void>) | undefined;
}

/** Evaluates choices by simulation, each once. */
export class SimulationEvaluator {
  private readonly cache = new Map<string, Outcome>();
  /** The validated plan of each choice simulated, by choice key. */
  private readonly plans = new Map<string, Plan>();
  /** The workers of every experiment, once the first has run. */
  private workers: SharedWorkers | undefined;

  constructor(private readonly setup: EvaluatorSetup) {}

  /**
   * Stops the workers (their threads). Call it once the search is over, failed or stopped: no
   * job is running then, since each experiment's jobs settle before its results are handed out.
   */
  async close(): Promise<void> {
    const { workers } = this;
    this.workers = undefined;
    await workers?.close();
  }

  /** Outcomes evaluated so far (refusals included), in order of evaluation. */
  get outcomes(): Outcome[] {
    return [...this.cache.values()];
  }

  /** Whether the choice has been evaluated (or refused). */
  has(choice: Choice): boolean {
    return this.cache.has(choiceKey(choice));
  }

  /**
   * The outcome of every choice, in order: from the cache, or validated and then simulated
   * together with the other new choices of the call.
   */
  async evaluate(choices: readonly Choice[], phase: SearchPhase): Promise<Outcome[]> {
    const fresh: { name: string; choice: Choice; plan: Plan }[] = [];
    for (const choice of choices) {
      if (this.has(choice) || fresh.some((f) => choiceKey(f.choice) === choiceKey(choice))) {
        continue;
      }
      const name = `p${this.cache.size + fresh.length + 1}`;
      const parts = candidateParts(this.setup.base, this.setup.dimensions, choice);
      const checked = validateCandidate(this.setup.scenario, this.setup.base.name, parts, name);
      if (checked.ok) {
        fresh.push({ name, choice, plan: checked.plan });
      } else {
        await this.remember({ name, choice, refused: checked.reason, phase });
      }
    }
    if (fresh.length > 0) {
      for (const f of fresh) this.plans.set(choiceKey(f.choice), f.plan);
      const summaries = await this.simulate(
        fresh.map((f) => f.plan),
        replicationRange(1, this.setup.replications),
      );
      for (const { name, choice } of fresh) {
        const own = summaries.filter((s) => s.plan === name);
        await this.remember({
          ...evaluateCandidate(name, choice, own, this.setup.standards),
          phase,
        });
      }
    }
    return choices.map((choice) => this.cache.get(choiceKey(choice))!);
  }

  private async remember(outcome: Outcome): Promise<void> {
    this.cache.set(choiceKey(outcome.choice), outcome);
    await this.setup.onOutcome?.(outcome);
  }

  /**
   * The summaries of replications `from`…`from + count − 1` of choices already evaluated (more
   * replications than the search used, on the same seed: common random numbers), one list per
   * choice in replication order. They are not kept.
   */
  async replicate(
    choices: readonly Choice[],
    from: number,
    count: number,
  ): Promise<ReplicationSummary[][]> {
    const plans = choices.map((choice) => {
      const plan = this.plans.get(choiceKey(choice));
      if (plan === undefined) throw new Error(`plan ${choiceKey(choice)} was not simulated`);
      return plan;
    });
    const summaries = await this.simulate(plans, replicationRange(from, count));
    return plans.map((plan) => summaries.filter((s) => s.plan === plan.name));
  }

  /** The given replications of each plan, on one experiment whose plans are exactly `plans`. */
  private async simulate(
    plans: readonly Plan[],
    replications: readonly number[],
  ): Promise<ReplicationSummary[]> {
    const { seed, signal, progress } = this.setup;
    const scenario: Scenario = { ...this.setup.scenario, plans, defaultPlan: plans[0]!.name };
    const tasks: ReplicationTask[] = replications.flatMap((replication) =>
      plans.map((plan) => ({ plan: plan.name, replication, seed, occupancy: false })),
    );
    this.workers ??= openWorkers(this.setup.workers);
    const executor = this.workers.experiment({ scenario, rows: false });
    const summaries: ReplicationSummary[] = [];
    for await (const outcome of runReplications(executor, tasks, signal)) {
      summaries.push(outcome.summary);
      progress?.advance();
    }
    return summaries;
  }
}

/** `count` replication numbers from `from`. */
function replicationRange(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}
