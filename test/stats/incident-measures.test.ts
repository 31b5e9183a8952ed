import { describe, expect, it } from 'vitest';
import type { IncidentRecord } from '../../src/model/records.js';
import { measureIncidentsByType } from '../../src/stats/incident-measures.js';
import { incidentRecord, incidents, scenario } from './fixtures.js';

const typeById = new Map(scenario.incidentTypes.map((t) => [t.id, t]));
const lostItem = typeById.get('lost-item')!;
const medical = typeById.get('medical')!;

/** Lost-item incidents of every shape the tally tells apart (waited, recovered, never reached). */
const lostItems: readonly IncidentRecord[] = [
  ...incidents.filter((i) => i.type === 'lost-item'),
  incidentRecord({ id: 5, type: 'lost-item', occurred: 30, alert: 31, firstOnScene: 44 }),
  incidentRecord({
    id: 6,
    type: 'lost-item',
    occurred: 40,
    alert: 40.5,
    firstOnScene: null,
    waited: true,
    waitMinutes: null,
    recovered: false,
  }),
  incidentRecord({
    id: 7,
    type: 'lost-item',
    occurred: 50,
    alert: 52,
    detectedBy: 'patrol',
    firstOnScene: 53.25,
    recovered: true,
    found: 80,
  }),
];

describe('measureIncidentsByType with a single incident type', () => {
  it('gives the same values as the tally of a scenario with a second type that has no incident', () => {
    const single = measureIncidentsByType(lostItems, new Map([['lost-item', lostItem]]));
    const reference = measureIncidentsByType(
      lostItems,
      new Map([
        ['lost-item', lostItem],
        ['medical', medical],
      ]),
    );
    expect(single.overall).toEqual(reference.overall);
    expect(single.byType.get('lost-item')).toEqual(reference.byType.get('lost-item'));
    expect([...single.byType.keys()]).toEqual(['lost-item']);
    // The count is the number of records; the type's values are a copy, not the same object.
    expect(single.overall.incidents).toBe(lostItems.length);
    expect(single.byType.get('lost-item')).not.toBe(single.overall);
  });

  it('still names an incident whose type is not the scenario one', () => {
    const stray = incidentRecord({ id: 9, type: 'medical', occurred: 1, alert: 2 });
    expect(() =>
      measureIncidentsByType([...lostItems, stray], new Map([['lost-item', lostItem]])),
    ).toThrow(/incident 9 has type "medical"/);
  });
});

describe('measureIncidentsByType when officers are the first on scene', () => {
  /** Medical incidents alerted at 0, reached at these minutes (officers as given). */
  const reached = (first: readonly number[], officers: readonly number[]) =>
    first.map((t, i) =>
      incidentRecord({
        id: i + 1,
        type: 'medical',
        occurred: 0,
        alert: 0,
        officersRequired: 1,
        firstOnScene: t,
        officersOnScene: officers[i]!,
      }),
    );
  const medicalOnly = new Map([['medical', medical]]);

  it('gives the officers the quantiles of their own times, the same as the first', () => {
    const { overall } = measureIncidentsByType(reached([4, 1, 3, 2], [4, 1, 3, 2]), medicalOnly);
    // Sorted 1, 2, 3, 4: mean 2.5, median 2.5, p90 h = 2.7 → 3 + 0.7 × 1 = 3.7.
    for (const who of ['First', 'Officers']) {
      expect(overall[`meanAlertTo${who}`]).toBe(2.5);
      expect(overall[`medianAlertTo${who}`]).toBe(2.5);
      expect(overall[`p90AlertTo${who}`]).toBeCloseTo(3.7, 12);
    }
  });

  it('sorts the officers apart when one of their times differs from the first', () => {
    const { overall } = measureIncidentsByType(reached([4, 1, 3, 2], [4, 1, 3, 10]), medicalOnly);
    expect(overall.medianAlertToFirst).toBe(2.5);
    expect(overall.p90AlertToFirst).toBeCloseTo(3.7, 12);
    // Officers sorted 1, 3, 4, 10: mean 4.5, median 3.5, p90 h = 2.7 → 4 + 0.7 × 6 = 8.2.
    expect(overall.meanAlertToOfficers).toBe(4.5);
    expect(overall.medianAlertToOfficers).toBe(3.5);
    expect(overall.p90AlertToOfficers).toBeCloseTo(8.2, 12);
  });
});
