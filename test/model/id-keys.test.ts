/*
 * Scenario ids are data, never property names: a site called `constructor` or `toString` is a
 * site like any other. Every lookup keyed by an id must find only what the scenario wrote.
 */
import { describe, expect, it } from 'vitest';
import { prepareScenarioModel } from '../../src/model/replication.js';
import { incidentRateOfOccupancy } from '../../src/validation/incident-reference.js';
import { baseScenario } from './scenario-builder.js';

const names = ['constructor', 'toString', 'hasOwnProperty'];

const scenario = baseScenario({
  sites: [
    { id: 'station', name: 'Station', kind: 'station' },
    ...names.map((id) => ({ id, name: id, kind: 'viewpoint' as const })),
  ],
  travel: {
    links: names.map((id) => ({
      between: ['station', id] as [string, string],
      vehicle: 5,
      walk: 10,
    })),
  },
  crowd: {
    visitorsPerDay: [1440],
    demandCv: 0,
    arrivalProfile: [{ from: '00:00', to: '24:00', weight: 1 }],
    sites: names.map((site) => ({ site, share: 1, stay: { dist: 'constant', value: 60 } })),
  },
  incidentTypes: [
    {
      id: 'dispute',
      name: 'Dispute',
      rate: 10,
      // A multiplier map that names none of the sites: each gets the default multiplier 1.
      sites: { station: 3 },
      priority: 2,
      handlers: ['officer'],
      officers: 1,
      onScene: { dist: 'constant', value: 20 },
      targetMinutes: 10,
    },
  ],
});

describe('sites named like object properties', () => {
  it('get their incidents at the rate the scenario gives (10 per 1,000 visitor-hours)', () => {
    const model = prepareScenarioModel(scenario);
    const rates = model.sources.map((s) => [
      model.network.siteIds[s.siteIndex],
      s.perVisitorMinute,
    ]);
    expect(rates).toEqual(names.map((id) => [id, 10 / 1000 / 60]));
  });

  it('get the same rate in the analytic reference', () => {
    for (const site of scenario.sites.slice(1)) {
      expect(incidentRateOfOccupancy(site, scenario.incidentTypes[0]!)(60)).toBeCloseTo(0.01, 12);
    }
  });
});
