/**
 * Service standards judged on a hand-worked case: four incidents whose every time is written
 * here, and for each standard the share met worked out by hand in the comments (clock from the
 * occurrence, the alert and the decision; per-site targets; daily windows; responder kinds;
 * recovery; waiting).
 */
import { describe, expect, it } from 'vitest';
import type {
  Arrival,
  ResponseStandard,
  Standard,
  StandardScope,
} from '../../src/scenario/standards.js';
import {
  measureStandards,
  type StandardSetting,
  standardMeasureId,
  tallyOutcomes,
} from '../../src/stats/standards.js';
import { incidentRecord } from './fixtures.js';

const DAY = 1440;

/**
 * | # | type      | site | occurred       | alert | dispatched | first on scene by kind      | officers needed / on scene | recovered |
 * |---|-----------|------|----------------|-------|------------|-----------------------------|----------------------------|-----------|
 * | A | lost-item | lot  | 600 (d1 10:00) | 610   | 611        | platform 614, officer 616   | 0 / –                      | yes       |
 * | B | dispute   | lift | 700 (d1 11:40) | 702   | 702.5      | officer 709                 | 1 / 709                    | –         |
 * | C | dispute   | lot  | d2 20:00       | +3    | +3.5       | patrol +6                   | 1 / never                  | –         |
 * | D | lost-item | view | 300 (d1 05:00) | 330   | never      | nobody                      | 0 / –                      | no        |
 * A was reported by a platform, the others by phone, and found at 650 (40 minutes after its alert,
 * 50 after it occurred). Decision = alert + 0.5.
 */
const C0 = DAY + 20 * 60;
const INCIDENTS = [
  incidentRecord({
    id: 1,
    type: 'lost-item',
    site: 'lot',
    occurred: 600,
    alert: 610,
    dispatched: 611,
    detectedBy: 'platform',
    firstOnScene: 614,
    firstOnSceneByKind: { platform: 614, officer: 616 },
    recovered: true,
    found: 650,
  }),
  incidentRecord({
    id: 2,
    type: 'dispute',
    site: 'lift',
    occurred: 700,
    alert: 702,
    dispatched: 702.5,
    firstOnScene: 709,
    firstOnSceneByKind: { officer: 709 },
    officersRequired: 1,
    officersOnScene: 709,
  }),
  incidentRecord({
    id: 3,
    type: 'dispute',
    site: 'lot',
    occurred: C0,
    alert: C0 + 3,
    dispatched: C0 + 3.5,
    firstOnScene: C0 + 6,
    firstOnSceneByKind: { patrol: C0 + 6 },
    officersRequired: 1,
  }),
  incidentRecord({
    id: 4,
    type: 'lost-item',
    site: 'view',
    occurred: 300,
    alert: 330,
    dispatched: null,
    recovered: false,
  }),
];

const SETTING: StandardSetting = {
  siteKinds: new Map([
    ['lot', 'parking'],
    ['lift', 'elevator'],
    ['view', 'viewpoint'],
  ]),
  recoverableTypes: new Set(['lost-item']),
  dispatchMinutes: 0.5,
};

const ALL: StandardScope = {
  types: null,
  sites: null,
  siteKinds: null,
  detectedBy: null,
  days: null,
  hours: null,
};

/** A response standard: the first responder of any kind unless `arrive` says otherwise. */
function response(
  from: ResponseStandard['from'],
  minutes: number,
  more: {
    arrive?: Arrival;
    scope?: Partial<StandardScope>;
    siteMinutes?: Record<string, number>;
  } = {},
): ResponseStandard {
  return {
    id: 's',
    name: 's',
    measure: 'response',
    share: 0.9,
    from,
    minutes,
    arrive: more.arrive ?? { who: 'first', kinds: null },
    scope: { ...ALL, ...more.scope },
    siteMinutes: more.siteMinutes ?? {},
  };
}

/** [covered, met] of a standard over the four incidents. */
function tally(standard: Standard): [number, number] {
  const { covered, met } = tallyOutcomes(standard, INCIDENTS, SETTING);
  return [covered, met];
}

describe('response standards, by hand', () => {
  it('from the occurrence: A 14 > 10, B 9, C 6, D never → 2 of 4', () => {
    expect(tally(response('occurrence', 10))).toEqual([4, 2]);
  });

  it('from the alert: A 4, B 7 > 5, C 3, D never → 2 of 4; with lift at 8 minutes B is in → 3', () => {
    expect(tally(response('alert', 5))).toEqual([4, 2]);
    expect(tally(response('alert', 5, { siteMinutes: { lift: 8 } }))).toEqual([4, 3]);
  });

  it('from the decision (alert + 0.5): within 3.5, A 3.5 (exactly), C 2.5 → 2; from the alert only C', () => {
    expect(tally(response('decision', 3.5))).toEqual([4, 2]);
    expect(tally(response('alert', 3.5))).toEqual([4, 1]);
  });

  it('in a daily window: 08:00–18:00 covers A and B, overnight 18:00–06:00 covers C and D', () => {
    expect(
      tally(response('alert', 5, { scope: { hours: { from: '08:00', to: '18:00' } } })),
    ).toEqual([2, 1]);
    expect(
      tally(response('alert', 5, { scope: { hours: { from: '18:00', to: '06:00' } } })),
    ).toEqual([2, 1]);
  });

  it('by day, site kind, site, type and channel', () => {
    expect(tally(response('occurrence', 10, { scope: { days: [2] } }))).toEqual([1, 1]);
    expect(tally(response('occurrence', 10, { scope: { siteKinds: ['parking'] } }))).toEqual([
      2, 1,
    ]);
    expect(tally(response('occurrence', 10, { scope: { sites: ['lift', 'view'] } }))).toEqual([
      2, 1,
    ]);
    expect(tally(response('occurrence', 10, { scope: { types: ['dispute'] } }))).toEqual([2, 2]);
    expect(tally(response('alert', 3, { scope: { detectedBy: ['platform'] } }))).toEqual([1, 0]);
  });

  it('for the officers covers only incidents needing them: B 9 met, C never → 1 of 2', () => {
    expect(tally(response('occurrence', 10, { arrive: { who: 'officers' } }))).toEqual([2, 1]);
  });

  it('for the first of given kinds: officer or patrol A 16, B 9, C 6 → 2; platform within 15 → A only', () => {
    const kinds = (k: ('officer' | 'platform' | 'patrol')[]): Arrival => ({
      who: 'first',
      kinds: k,
    });
    expect(tally(response('occurrence', 10, { arrive: kinds(['officer', 'patrol']) }))).toEqual([
      4, 2,
    ]);
    expect(tally(response('occurrence', 15, { arrive: kinds(['platform']) }))).toEqual([4, 1]);
  });
});

describe('recovery and waiting standards, by hand', () => {
  const base = { id: 'x', name: 'x', share: 0.5, scope: ALL };

  it('recovery covers the types with a recovery model: A found, D not → 1 of 2', () => {
    expect(tally({ ...base, measure: 'recovery', within: null })).toEqual([2, 1]);
  });

  it('recovery in time: A found 40 min after its alert, 50 after it occurred; D never', () => {
    const within = (minutes: number, from: 'occurrence' | 'alert') =>
      tally({ ...base, measure: 'recovery', within: { minutes, from } });
    expect(within(45, 'alert')).toEqual([2, 1]);
    expect(within(39.9, 'alert')).toEqual([2, 0]);
    expect(within(45, 'occurrence')).toEqual([2, 0]);
    expect(within(50, 'occurrence')).toEqual([2, 1]);
  });

  it('waiting: dispatched at the decision B and C; A 0.5 late; D never → 2 of 4, 3 with 1 minute allowed', () => {
    expect(tally({ ...base, measure: 'waiting', maxWaitMinutes: 0 })).toEqual([4, 2]);
    expect(tally({ ...base, measure: 'waiting', maxWaitMinutes: 1 })).toEqual([4, 3]);
  });
});

describe('measureStandards', () => {
  it('gives met / covered in percent under standard@<id>, NaN when nothing is covered', () => {
    const standards: Standard[] = [
      { ...response('alert', 5, { siteMinutes: { lift: 8 } }), id: 'fast' },
      { ...response('alert', 5, { scope: { days: [2], detectedBy: ['platform'] } }), id: 'none' },
    ];
    const values = measureStandards(INCIDENTS, standards, SETTING);
    expect(values[standardMeasureId('fast')]).toBe(75);
    expect(values[standardMeasureId('none')]).toBeNaN();
  });
});
