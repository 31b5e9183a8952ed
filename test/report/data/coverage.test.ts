import { describe, expect, it } from 'vitest';
import { coveredSites, walkLegs } from '../../../src/report/data/coverage.js';
import { parseScenarioText } from '../../../src/scenario/load.js';
import { SCENARIO_YAML } from '../../fixtures/report-folder.js';

describe('platform coverage on the map', () => {
  const scenario = parseScenarioText(SCENARIO_YAML, 'test-area.yaml');
  const base = scenario.plans.find((p) => p.name === 'base')!;

  it('covers the sites within the post’s walking minutes along the paths', () => {
    // From the lot: station 6, lift 8 (≤ 10); view 12, bridge 12 + 5 = 17 (> 10).
    expect([...coveredSites(scenario, base)].sort()).toEqual(['lift', 'lot', 'station']);
  });

  it('covers nothing without platforms, and more with a wider radius', () => {
    expect(coveredSites(scenario, { ...base, platforms: [] }).size).toBe(0);
    const wider = { ...base, platforms: [{ ...base.platforms[0]!, coverageMinutes: 17 }] };
    expect([...coveredSites(scenario, wider)].sort()).toEqual([
      'bridge',
      'lift',
      'lot',
      'station',
      'view',
    ]);
  });

  it('uses only walking links whose two sites have coordinates', () => {
    // Five links; view–bridge has no coordinates at the bridge.
    expect(walkLegs(scenario).map((leg) => leg.minutes)).toEqual([6, 12, 8, 15]);
  });
});
