import { describe, expect, it } from 'vitest';
import { maxCrewOnDuty } from '../../src/model/plan-model.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { dutyWindow } from '../../src/scenario/duty.js';
import { ALL_DAY, allDayCars, baseScenario, constant, plan } from './scenario-builder.js';

describe('plan checks', () => {
  it('rejects a plan with nobody who may handle an incident type', () => {
    const scenario = baseScenario({
      incidentTypes: [
        {
          id: 'lost',
          name: 'Lost',
          rate: 1,
          priority: 3,
          handlers: ['platform'],
          officers: 0,
          onScene: constant(10),
          targetMinutes: 15,
        },
      ],
    });
    expect(() => prepareScenarioModel(scenario)).toThrow(
      /plan "base" cannot answer incident type "lost" at site "lot": only platform may handle it/,
    );
  });

  it('rejects a plan that never has enough officers on duty at once', () => {
    const scenario = baseScenario({
      plans: [
        plan({
          name: 'thin',
          officers: {
            base: 'station',
            shifts: [
              { start: '07:00', end: '19:00', cars: 1, crew: 1 },
              { start: '19:00', end: '07:00', cars: 1, crew: 1 },
            ],
          },
        }),
      ],
    });
    const twoOfficers = { ...scenario.incidentTypes[0]!, officers: 2 };
    expect(() => prepareScenarioModel({ ...scenario, incidentTypes: [twoOfficers] })).toThrow(
      /may need 2 officers, and at most 1 are on duty at once/,
    );
  });

  it('counts overlapping shifts when finding the most officers on duty', () => {
    const shift = (start: string, end: string, cars: number, crew: number, days?: number[]) => ({
      window: dutyWindow({ start, end }, days),
      crew,
      base: 0,
      mode: 'vehicle' as const,
      mealBreak: null,
      patrol: null,
      unitIds: Array.from({ length: cars }, (_, i) => `c${i}`),
    });
    expect(maxCrewOnDuty([shift('07:00', '19:00', 2, 2), shift('18:00', '02:00', 1, 3)], 1)).toBe(
      7,
    );
    expect(maxCrewOnDuty([shift('07:00', '12:00', 1, 2), shift('13:00', '18:00', 1, 3)], 1)).toBe(
      3,
    );
    // Dated shifts add up only on the days they share: 4 + 2 on day 2, never 4 + 3.
    const dated = [
      shift('07:00', '19:00', 2, 2),
      shift('10:00', '16:00', 1, 2, [2]),
      shift('10:00', '16:00', 1, 3, [3]),
    ];
    expect(maxCrewOnDuty(dated, 3)).toBe(7);
    expect(maxCrewOnDuty(dated, 2)).toBe(6);
    // An overnight shift dated day 1 still counts after midnight: 2 + 3 at 01:00 on day 2.
    const overnight = [shift('22:00', '02:00', 1, 2, [1]), shift('01:00', '05:00', 1, 3)];
    expect(maxCrewOnDuty(overnight, 2)).toBe(5);
  });

  it('rejects a patrol route with no walking path between stops', () => {
    const scenario = baseScenario({
      plans: [
        plan({
          name: 'walkers',
          officers: allDayCars('station', { cars: 1, crew: 1 }),
          patrols: [
            { id: 'p', route: ['lot', 'station'], teams: 1, dwellMinutes: 1, hours: ALL_DAY },
          ],
        }),
      ],
      travel: { links: [{ between: ['station', 'lot'], vehicle: 5 }] },
    });
    expect(() => prepareScenarioModel(scenario)).toThrow(
      /patrol "p": no walking path from "lot" to "station"/,
    );
  });

  it('names the known plans when asked for an unknown one', () => {
    expect(() => simulateReplication(baseScenario(), 'nope', 0)).toThrow(
      /unknown plan "nope"; the scenario's plans are "base"/,
    );
  });

  it('fails a replication whose incidents are still open two days after the horizon', () => {
    // About 600 incidents in a day, each 60 minutes' work, for one car: far more than 3 days.
    const scenario = baseScenario();
    const heavy = { ...scenario.incidentTypes[0]!, rate: 400, onScene: constant(60) };
    expect(() => simulateReplication({ ...scenario, incidentTypes: [heavy] }, 'base', 0)).toThrow(
      /plan "base", replication 0: \d+ incident\(s\) still open 2880 minutes after/,
    );
  });
});
