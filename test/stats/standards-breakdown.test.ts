/**
 * Breakdowns add up: on simulated replications of the minimal scenario, the incidents covered and
 * met by site, by hour, by day and by type (and by site × hour) sum to the standard's overall
 * counts, plan by plan.
 */
import { describe, expect, it } from 'vitest';
import { copyIncidentRecord } from '../../src/model/records.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import type { Standard } from '../../src/scenario/types.js';
import { type StandardSetting, standardSetting, tallyOutcomes } from '../../src/stats/standards.js';
import {
  BREAKDOWN_DIMENSIONS,
  breakdownPlan,
  breakdownStandards,
  type PlanIncident,
} from '../../src/stats/standards-breakdown.js';
import { minimalText } from '../scenario/helpers.js';
import { incidentRecord } from './fixtures.js';

const scenario = parseScenarioText(minimalText, 'minimal.yaml');
const model = prepareScenarioModel(scenario);
const incidents: PlanIncident[] = scenario.plans.flatMap((plan) =>
  Array.from({ length: 40 }, (_, k) => k + 1).flatMap((r) =>
    simulateReplication(model, plan.name, r, { seed: 3 }).incidents.map((i) => ({
      ...copyIncidentRecord(i),
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

describe('breakdownPlan on hand-made incidents', () => {
  const standard: Standard = {
    id: 'first-in-5',
    name: 'first-in-5',
    measure: 'response',
    share: 0.9,
    from: 'alert',
    minutes: 5,
    arrive: { who: 'first', kinds: null },
    scope: { types: null, sites: null, siteKinds: null, detectedBy: null, days: null, hours: null },
    siteMinutes: {},
  };
  const handSetting: StandardSetting = {
    siteKinds: new Map([
      ['lot', 'parking'],
      ['view', 'viewpoint'],
    ]),
    recoverableTypes: new Set(),
    dispatchMinutes: 0,
  };
  /** An incident at `site`, occurring (and alerted) at `minute`, reached `after` minutes later. */
  const at = (id: number, site: string, minute: number, after: number | null) =>
    incidentRecord({
      id,
      type: 'call',
      site,
      occurred: minute,
      alert: minute,
      firstOnScene: after === null ? null : minute + after,
    });
  // Hours 9 and 10 of day 1, hour 9 of day 2 (minute 1440 + 570).
  const cases = [
    at(1, 'view', 600, 3), // view, hour 10: met
    at(2, 'lot', 570, 7), // lot, hour 9: missed
    at(3, 'view', 590, 2), // view, hour 9: met
    at(4, 'lot', 1440 + 570, 4), // lot, hour 9 (day 2): met
    at(5, 'view', 610, null), // view, hour 10: never reached, missed
  ];

  it('counts each site × hour cell, in site then numeric hour order', () => {
    const cells = breakdownPlan('p', cases, [standard], handSetting, ['site', 'hour']);
    expect(cells.map((c) => [c.group.site, c.group.hour, c.covered, c.met])).toEqual([
      ['lot', '9', 2, 1],
      ['view', '9', 1, 1],
      ['view', '10', 2, 1],
    ]);
    expect(cells.every((c) => c.plan === 'p' && c.standard === 'first-in-5')).toBe(true);
  });

  it('counts by day, and everything in one cell without dimensions', () => {
    const byDay = breakdownPlan('p', cases, [standard], handSetting, ['day']);
    expect(byDay.map((c) => [c.group.day, c.covered, c.met])).toEqual([
      ['1', 4, 2],
      ['2', 1, 1],
    ]);
    const whole = breakdownPlan('p', cases, [standard], handSetting, []);
    expect(whole.map((c) => [c.group, c.covered, c.met])).toEqual([[{}, 5, 3]]);
  });
});
