/**
 * The standards' breakdowns counted replication by replication as outcomes arrive, or summed
 * block by block where the blocks are simulated, equal the breakdowns of every incident pooled
 * at once (what reading the incident files back gave): same cells, same counts, same order.
 */
import { describe, expect, it } from 'vitest';
import { BreakdownTally, cellList } from '../../src/experiment/breakdown-tally.js';
import { openExecutor } from '../../src/experiment/executor.js';
import { runReplications } from '../../src/experiment/runner.js';
import { prepareExperiment, simulateBlock } from '../../src/experiment/simulate-task.js';
import { copyIncidentRecord } from '../../src/model/records.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { standardSetting } from '../../src/stats/standards.js';
import {
  type BreakdownDimension,
  breakdownStandards,
  type PlanIncident,
} from '../../src/stats/standards-breakdown.js';
import { minimalText } from '../scenario/helpers.js';

const scenario = parseScenarioText(minimalText, 'minimal.yaml');
const model = prepareScenarioModel(scenario);
const setting = standardSetting(scenario);
const plans = scenario.plans.map((plan) => plan.name);
const byList: BreakdownDimension[][] = [['site', 'hour'], ['type'], ['day', 'site']];

/** Each replication's incidents, plan by plan, replications 1..20. */
const replications: PlanIncident[][] = plans.flatMap((plan) =>
  Array.from({ length: 20 }, (_, k) =>
    simulateReplication(model, plan, k + 1, { seed: 5 }).incidents.map((incident) => ({
      ...copyIncidentRecord(incident),
      plan,
      replication: k + 1,
    })),
  ),
);

describe('BreakdownTally', () => {
  it('adds up per-replication cells to the pooled breakdown, in its order', () => {
    const tally = new BreakdownTally(
      byList,
      scenario.standards.map((s) => s.id),
    );
    // Outcomes arrive in job order: replication by replication, plans interleaved.
    const order = [...replications].sort(
      (a, b) => (a[0]?.replication ?? 0) - (b[0]?.replication ?? 0),
    );
    for (const incidents of order) {
      tally.add(byList.map((by) => breakdownStandards(incidents, scenario.standards, setting, by)));
    }
    const pooled = replications.flat();
    expect(pooled.length).toBeGreaterThan(50);
    byList.forEach((by, i) => {
      const expected = breakdownStandards(pooled, scenario.standards, setting, by);
      expect(expected.some((cell) => cell.covered > 1)).toBe(true);
      expect(tally.cellsOf(i, plans)).toEqual(expected);
    });
  });

  it.each([1, 2])(
    'adds up the cells each block sums where it is simulated (%i workers) to the pooled breakdown',
    async (workers) => {
      const tasks = plans.flatMap((plan) =>
        Array.from({ length: 20 }, (_, k) => ({
          plan,
          replication: k + 1,
          seed: 5,
          occupancy: false,
        })),
      );
      const executor = openExecutor({ scenario, rows: false, breakdowns: byList }, workers);
      const tally = new BreakdownTally(
        byList,
        scenario.standards.map((s) => s.id),
      );
      let blocks = 0;
      try {
        for await (const _ of runReplications(executor, tasks, undefined, (cells) => {
          blocks += 1;
          tally.addCounts(cells);
        })) {
          // Only the counted cells matter here.
        }
      } finally {
        await executor.close();
      }
      // Several blocks of several replications each, so the sums are over blocks.
      expect(blocks).toBeGreaterThan(1);
      expect(blocks).toBeLessThan(tasks.length);
      const pooled = replications.flat();
      byList.forEach((by, i) => {
        expect(tally.cellsOf(i, plans)).toEqual(
          breakdownStandards(pooled, scenario.standards, setting, by),
        );
      });
    },
  );

  it.each([
    ['one replication of each plan', [1]],
    ['several replications of each plan', [1, 2, 3]],
  ])('adds up the cells of a block of %s to the breakdown of its incidents', (_, numbers) => {
    const block = numbers.flatMap((replication) =>
      plans.map((plan) => ({ plan, replication, seed: 5, occupancy: false })),
    );
    const outcome = simulateBlock(
      prepareExperiment({ scenario, rows: false, breakdowns: byList }),
      block,
    );
    const tally = new BreakdownTally(
      byList,
      scenario.standards.map((s) => s.id),
    );
    tally.addCounts(outcome.breakdowns);
    const incidents = replications
      .flat()
      .filter((incident) => numbers.includes(incident.replication));
    byList.forEach((by, i) => {
      expect(tally.cellsOf(i, plans)).toEqual(
        breakdownStandards(incidents, scenario.standards, setting, by),
      );
    });
  });
});

describe('CellCounts', () => {
  const by: BreakdownDimension[] = ['site', 'hour'];
  const cell = (plan: string, site: string, hour: string, covered: number, met: number) => ({
    plan,
    standard: 'S',
    group: { site, hour },
    covered,
    met,
  });

  it('sends each text once and a record of numbers per cell', () => {
    const list = cellList([by]);
    list.add([[cell('A', 'gate', '9', 3, 2), cell('A', 'gate', '10', 1, 1)]]);
    const { texts, records } = list.counts();
    // plan, standard, site, hour, covered, met
    expect(texts).toEqual(['A', 'S', 'gate', '9', '10']);
    expect([...records[0]!]).toEqual([0, 1, 2, 3, 3, 2, 0, 1, 2, 4, 1, 1]);
  });

  it('adds a key first seen in a late block to the cells of the earlier ones', () => {
    const blocks = [
      [cell('A', 'gate', '9', 3, 2), cell('B', 'gate', '9', 2, 0)],
      [cell('A', 'gate', '9', 1, 1)],
      // Texts numbered in another order by this block's own worker, and a new site.
      [cell('B', 'peak', '14', 4, 3), cell('A', 'gate', '9', 5, 5), cell('B', 'gate', '9', 1, 1)],
    ];
    const tally = new BreakdownTally([by], ['S']);
    for (const block of blocks) {
      const worker = new BreakdownTally([by]);
      worker.add([block]);
      tally.addCounts(worker.counts());
    }
    expect(tally.cellsOf(0, ['A', 'B'])).toEqual([
      cell('A', 'gate', '9', 9, 8),
      cell('B', 'gate', '9', 3, 1),
      cell('B', 'peak', '14', 4, 3),
    ]);
  });
});
