/**
 * Breakdowns add up: on simulated replications of the minimal scenario, the incidents covered and
 * met by site, by hour, by day and by type (and by site × hour) sum to the standard's overall
 * counts, plan by plan.
 */
import { describe, expect, it } from 'vitest';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { standardSetting, tallyOutcomes } from '../../src/stats/standards.js';
import {
  BREAKDOWN_DIMENSIONS,
  breakdownStandards,
  type PlanIncident,
} from '../../src/stats/standards-breakdown.js';
import { minimalText } from '../scenario/helpers.js';

const scenario = parseScenarioText(minimalText, 'minimal.yaml');
const model = prepareScenarioModel(scenario);
const incidents: PlanIncident[] = scenario.plans.flatMap((plan) =>
  Array.from({ length: 40 }, (_, k) => k + 1).flatMap((r) =>
    simulateReplication(model, plan.name, r, { seed: 3 }).incidents.map((i) => ({
      ...i,
      plan: plan.name,
      replication: r,
    })),
  ),
);
const setting = standardSetting(scenario);

describe('standard breakdowns', () => {
  it('have incidents to count', () => {
    expect(incidents.length).toBeGreaterThan(20);
  });

  for (const by of [...BREAKDOWN_DIMENSIONS.map((d) => [d]), ['site', 'hour'] as const]) {
    it(`by ${by.join(' × ')} sum to the overall counts`, () => {
      const cells = breakdownStandards(incidents, scenario.standards, setting, by);
      for (const plan of scenario.plans) {
        for (const standard of scenario.standards) {
          const own = cells.filter((c) => c.plan === plan.name && c.standard === standard.id);
          const overall = tallyOutcomes(
            standard,
            incidents.filter((i) => i.plan === plan.name),
            setting,
          );
          expect(own.reduce((sum, c) => sum + c.covered, 0)).toBe(overall.covered);
          expect(own.reduce((sum, c) => sum + c.met, 0)).toBe(overall.met);
          // Each group appears once.
          const keys = own.map((c) => JSON.stringify(c.group));
          expect(new Set(keys).size).toBe(keys.length);
        }
      }
    });
  }
});
