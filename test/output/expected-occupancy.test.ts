import { describe, expect, it } from 'vitest';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import {
  expectedOccupancyByEntryDay,
  formatExpectedOccupancy,
  replicationOccupancy,
} from '../../src/output/expected-occupancy.js';
import { loadScenario } from '../../src/scenario/load.js';
import { baseScenario, constant } from '../model/scenario-builder.js';

/**
 * Three days of visitors arriving evenly around the clock, staying exactly 60 minutes, with
 * day-level demand uncertainty: visitors of one day are still present after midnight.
 */
function overnightScenario(intervalMinutes: number) {
  return baseScenario({
    calendar: { start: '2024-10-01', days: 3 },
    crowd: {
      visitorsPerDay: [1440, 2880, 720],
      demandCv: 0.3,
      arrivalProfile: [{ from: '00:00', to: '24:00', weight: 1 }],
      sites: [{ site: 'lot', share: 1, stay: constant(60) }],
    },
    occupancyIntervalMinutes: intervalMinutes,
  });
}

describe('expectedOccupancyByEntryDay', () => {
  it('splits the hour after midnight between the two days, as a 60-minute stay does', () => {
    // λ_d = visitors_d / 1440 per minute, stay 60: occupancy λ·60 through the day. In the hour
    // after midnight day d's visitors leave linearly (mean λ_d·30) while day d+1's arrive
    // (mean λ_{d+1}·30). The model counts entries per whole minute: within 0.05 of the
    // continuous values.
    const rows = expectedOccupancyByEntryDay(prepareScenarioModel(overnightScenario(60)));
    const at = (start: number) => rows.filter((r) => r.start === start);
    expect(at(600).map((r) => r.entryDay)).toEqual([1]);
    expect(at(600)[0]!.occupancy).toBeCloseTo(60, 1);
    expect(at(1440).map((r) => [r.entryDay, r.occupancy])).toEqual([
      [1, expect.closeTo(30, 1)],
      [2, expect.closeTo(60, 1)],
    ]);
    expect(at(2880 + 600).map((r) => [r.entryDay, r.occupancy])).toEqual([
      [3, expect.closeTo(30, 1)],
    ]);
    // Every interval of the horizon is listed, each with its own day.
    expect(new Set(rows.map((r) => r.start)).size).toBe(72);
  });

  it.each([60, 50])(
    'reconstructs every replication’s occupancy from the demand multipliers (%i-minute intervals)',
    (interval) => {
      const model = prepareScenarioModel(overnightScenario(interval));
      const rows = expectedOccupancyByEntryDay(model);
      const multipliers: number[][] = [];
      for (let replication = 1; replication <= 4; replication++) {
        const result = simulateReplication(model, 'base', replication, { occupancy: true });
        multipliers.push([...result.demandMultipliers]);
        const rebuilt = replicationOccupancy(rows, result.demandMultipliers);
        expect(rebuilt.map((r) => [r.site, r.start])).toEqual(
          result.occupancy.map((r) => [r.site, r.start]),
        );
        rebuilt.forEach((record, i) => {
          const own = result.occupancy[i]!.occupancy;
          expect(Math.abs(record.occupancy - own)).toBeLessThanOrEqual(1e-12 * Math.max(1, own));
        });
      }
      // The replications did draw different demand (else the test could not fail).
      expect(new Set(multipliers.map((m) => m.join())).size).toBe(4);
    },
  );

  it('reconstructs the default scenario’s occupancy at every site', () => {
    const model = prepareScenarioModel(loadScenario('scenarios/yuanjiajie-golden-week.yaml'));
    const rows = expectedOccupancyByEntryDay(model);
    const result = simulateReplication(model, model.scenario.defaultPlan, 7, { occupancy: true });
    const rebuilt = replicationOccupancy(rows, result.demandMultipliers);
    expect(rebuilt).toHaveLength(result.occupancy.length);
    rebuilt.forEach((record, i) => {
      const own = result.occupancy[i]!;
      expect([record.site, record.start]).toEqual([own.site, own.start]);
      expect(Math.abs(record.occupancy - own.occupancy)).toBeLessThanOrEqual(
        1e-12 * Math.max(1, own.occupancy),
      );
    });
  });

  it('refuses multipliers that do not cover every entry day', () => {
    const rows = expectedOccupancyByEntryDay(prepareScenarioModel(overnightScenario(60)));
    expect(() => replicationOccupancy(rows, [1, 1])).toThrow(/day 3/);
  });

  it('writes one line per row with the site, start, clock, entry day and occupancy', () => {
    const model = prepareScenarioModel(overnightScenario(60));
    const lines = formatExpectedOccupancy(model).split('\n');
    const rows = expectedOccupancyByEntryDay(model);
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines[24]).toBe(`lot,1440,2024-10-02 00:00,1,${rows[24]!.occupancy}`);
    expect(lines[25]).toBe(`lot,1440,2024-10-02 00:00,2,${rows[25]!.occupancy}`);
  });
});
