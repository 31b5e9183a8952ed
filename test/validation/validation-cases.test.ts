/**
 * The validation scenarios against their references, in-process, as `peakwatch check` runs them
 * (all measures judged as one family), and evidence that the checks can fail: runs of slightly
 * wrong systems, judged against the right reference, must fail.
 */
import { describe, expect, it } from 'vitest';
import { checkScenario, judgeScenarioChecks, simulateRuns } from '../../src/check/run-check.js';
import { prepareScenarioModel } from '../../src/model/replication.js';
import type { Scenario } from '../../src/scenario/types.js';
import { erlangCChecks } from '../../src/validation/erlang-check.js';
import { erlangCReference } from '../../src/validation/erlang-reference.js';
import { hypercubeChecks } from '../../src/validation/hypercube-check.js';
import { hypercubeReference } from '../../src/validation/hypercube-reference.js';
import { type JudgedCheck, judgeChecks } from '../../src/validation/judgement.js';
import { occupancyChecks } from '../../src/validation/occupancy-check.js';
import { VALIDATION_CASES } from '../../src/validation/validation-cases.js';
import { editedScenario, validationScenario } from './scenario-variants.js';

/**
 * Replications per scenario: the steady-state scenarios are cheap (ten days in about 15 ms) and
 * gain power from more; the occupancy ones are mostly deterministic.
 */
const REPLICATIONS: Readonly<Record<string, number>> = {
  'erlang-c.yaml': 100,
  'hypercube.yaml': 100,
  'occupancy-constant.yaml': 20,
  'occupancy-step.yaml': 20,
};

const STEADY_WINDOW = { start: 1440, end: 14400 };

/** The failed measures, described. */
function failures(judged: readonly JudgedCheck[]): string[] {
  return judged
    .filter((check) => !check.pass)
    .map(
      (c) => `${c.label}: simulated ${c.simulated.mean}, analytic ${c.analytic} ±${c.allowance}`,
    );
}

/** Runs of a scenario's default plan. */
function runsOf(scenario: Scenario, replications: number) {
  return simulateRuns(prepareScenarioModel(scenario), scenario.defaultPlan, replications);
}

describe('validation scenarios', () => {
  it('agree with their references on every measure', () => {
    const checks = VALIDATION_CASES.map((c) =>
      checkScenario(validationScenario(c.file), { replications: REPLICATIONS[c.file]! }),
    );
    const judged = judgeScenarioChecks(checks);
    expect(judged.map((c) => c.reference)).toEqual([
      expect.stringContaining('Erlang C (M/M/3)'),
      expect.stringContaining('hypercube'),
      expect.stringContaining('M_t/G/∞'),
      expect.stringContaining('M_t/G/∞'),
    ]);
    expect(judged.flatMap((c) => failures(c.measures))).toEqual([]);
    // Every measure was taken: no replication left one undefined.
    for (const check of judged) {
      const replications = REPLICATIONS[check.file.split('/').at(-1)!];
      for (const measure of check.measures) {
        expect(measure.simulated.n, measure.label).toBe(replications);
      }
    }
  });
});

describe('the checks can fail', () => {
  it('when on-scene times are 7 % longer than the reference assumes (Erlang C)', () => {
    const reference = erlangCReference(validationScenario('erlang-c.yaml'), 'three-cars');
    const slower = editedScenario('erlang-c.yaml', [['mean: 30 }', 'mean: 32 }']]);
    const judged = judgeChecks(erlangCChecks(reference, runsOf(slower, 100), STEADY_WINDOW));
    expect(failures(judged).join('\n')).toMatch(/utilisation ρ/);
  });

  it('when dispatch preferences differ from the reference’s (hypercube)', () => {
    // Moving the trail site x nearer post 3 than post 2 changes who answers its calls first.
    const reference = hypercubeReference(validationScenario('hypercube.yaml'), 'four-posts');
    const moved = editedScenario('hypercube.yaml', [
      ['between: [p2, x], walk: 0.008', 'between: [p2, x], walk: 0.014'],
      ['between: [x, p3], walk: 0.012', 'between: [x, p3], walk: 0.006'],
    ]);
    const judged = judgeChecks(hypercubeChecks(reference, runsOf(moved, 100), STEADY_WINDOW));
    expect(failures(judged).join('\n')).toMatch(/workload platform-p2-1|dispatches platform-p2-1/);
  });

  it('when the crowd arrives a minute later than the reference says (M_t/G/∞)', () => {
    const scenario = validationScenario('occupancy-constant.yaml');
    const late = editedScenario('occupancy-constant.yaml', [['lagMinutes: 30', 'lagMinutes: 31']]);
    const spec = { times: [35], windows: [] };
    const judged = judgeChecks(occupancyChecks(scenario, runsOf(late, 2), spec));
    expect(failures(judged).join('\n')).toMatch(/occupancy lot/);
  });

  it('when incidents come 15 % more often than the crowd implies (M_t/G/∞)', () => {
    const scenario = validationScenario('occupancy-step.yaml');
    const more = editedScenario('occupancy-step.yaml', [['rate: 2\n', 'rate: 2.3\n']]);
    const spec = { times: [], windows: [{ start: 0, end: 2880, type: 'call' }] };
    const judged = judgeChecks(occupancyChecks(scenario, runsOf(more, 40), spec));
    expect(failures(judged).join('\n')).toMatch(/incidents call/);
  });
});
