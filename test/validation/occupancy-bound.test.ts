/**
 * How far the model's crowd (expected occupancy on a 1-minute grid, linear in between) can be
 * from the continuous-time M_t/G/∞ occupancy when a site's lag is not a whole number of minutes:
 * the entry rate's steps then fall part-way through a grid minute. docs/validation.md states
 * the bound tested here: a 5-minute mean is off by at most 1/40 of the largest number of
 * visitors reaching the site in one minute around the interval.
 */
import { describe, expect, it } from 'vitest';
import { Occupancy } from '../../src/model/occupancy.js';
import { prepareScenarioModel } from '../../src/model/replication.js';
import {
  siteEntryPieces,
  siteOccupancyReference,
} from '../../src/validation/occupancy-reference.js';
import { editedScenario } from './scenario-variants.js';

const INTERVAL = 5;
const BOUND = 1 / 40;

describe.each(['0.5', '7.25', '15.3', '15.5'])('occupancy with a lag of %s minutes', (lag) => {
  const scenario = editedScenario('occupancy-step.yaml', [
    ['lagMinutes: 15', `lagMinutes: ${lag}`],
  ]);
  const model = prepareScenarioModel(scenario);
  const site = model.network.indexOf('lift');
  const horizon = scenario.calendar.days * 1440;
  const occupancy = new Occupancy(
    model.crowd.sites,
    model.network.siteIds.length,
    scenario.crowd.visitorsPerDay,
    horizon,
  );
  const reference = siteOccupancyReference(scenario, 'lift');
  const pieces = siteEntryPieces(scenario, scenario.crowd.sites.find((s) => s.site === 'lift')!);
  /** Visitors reaching the site per minute at t (the pieces are constant-rate stretches). */
  const arrivalRate = (t: number) =>
    pieces.filter((p) => p.start <= t && t < p.end).reduce((sum, p) => sum + p.rate, 0);

  it(`keeps every ${INTERVAL}-minute mean within 1/40 of a minute's arrivals`, () => {
    for (let start = 0; start + INTERVAL <= horizon; start += INTERVAL) {
      const gap = Math.abs(
        occupancy.meanOver(site, start, start + INTERVAL) -
          reference.meanOver(start, start + INTERVAL),
      );
      let rate = 0;
      for (let t = start - 1; t <= start + INTERVAL; t += 0.25)
        rate = Math.max(rate, arrivalRate(t));
      expect(gap).toBeLessThanOrEqual(BOUND * rate + 1e-9);
    }
  });
});
