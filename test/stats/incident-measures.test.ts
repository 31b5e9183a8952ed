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
