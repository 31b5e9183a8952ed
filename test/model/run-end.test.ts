/*
 * When a replication ends: once past the horizon every incident is cleared and every responder
 * is back. A walk home that outlasts the incidents' overrun limit is not the plan failing to keep
 * up: the run goes on until the responder is back.
 *
 * Hand case: one car at the station, one dispute at the lot at minute 1000 of a one-day horizon;
 * station–lot is 2,000 minutes by vehicle, reporting and decision take no time, 20 minutes on
 * scene. The car arrives at 3000, clears at 3020 (within the limit, 1440 + 2880 = 4320) and is
 * back at 5020, 700 minutes past the limit.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../src/model/replication.js';
import { OVERRUN_LIMIT_MINUTES } from '../../src/model/scenario-model.js';
import { baseScenario } from './scenario-builder.js';

const far = baseScenario({
  travel: { links: [{ between: ['station', 'lot'], vehicle: 2000, walk: 4000 }] },
});

describe('the end of a replication', () => {
  it('waits for a responder walking home past the limit instead of blaming the plan', () => {
    expect(1440 + OVERRUN_LIMIT_MINUTES).toBeLessThan(5020);
    const result = simulateReplication(far, 'base', 1, {
      incidents: [{ time: 1000, site: 'lot', type: 'dispute' }],
    });
    const [incident] = result.incidents;
    expect(incident!.cleared).toBe(3020);
    const [car] = result.responders;
    expect(car!.travelMinutes).toBe(4000);
    // The car's state minutes cover the whole span, 0 to 5020, back home included.
    const total = Object.values(car!.minutes).reduce((sum, m) => sum + m, 0);
    expect(total).toBeCloseTo(5020, 9);
  });

  it('still reports an incident left open at the limit, naming it', () => {
    const slower = baseScenario({
      travel: { links: [{ between: ['station', 'lot'], vehicle: 4000, walk: 4000 }] },
    });
    expect(() =>
      simulateReplication(slower, 'base', 1, {
        incidents: [{ time: 1000, site: 'lot', type: 'dispute' }],
      }),
    ).toThrow(/1 incident\(s\) still open .*incident 1?.*"dispute" at "lot"/);
  });
});
