/**
 * Everything that must cover every responder kind, driven by the registry: a kind added to
 * RESPONDER_KINDS without its words, measures, columns or cost would fail here rather than print
 * "undefined" or drop out of a table.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { isMessageKey, translator } from '../../src/i18n/messages.js';
import type { ResponderRecord } from '../../src/model/records.js';
import {
  fieldedGroups,
  RESPONDER_KIND_NAMES,
  RESPONDER_KINDS,
} from '../../src/model/responder-kinds.js';
import { summaryMeasureKeys } from '../../src/output/summary-csv.js';
import { loadScenario } from '../../src/scenario/load.js';
import { PlanSchema, ResponderKind } from '../../src/scenario/schema.js';
import { MEASURES } from '../../src/stats/measures.js';
import { measureWorkload } from '../../src/stats/workload-measures.js';

const CJK = /[\u3400-\u9fff]/u;

describe.each(LANGS)('every responder kind has its words in %s', (lang) => {
  const t = translator(lang);
  const keysOf = (kind: (typeof RESPONDER_KIND_NAMES)[number]) =>
    [
      `responder.${kind}`,
      `cost.${kind}`,
      `measure.${RESPONDER_KINDS[kind].utilisationMeasure}`,
      `measure.${RESPONDER_KINDS[kind].hoursMeasure}`,
    ] as const;

  it.each(RESPONDER_KIND_NAMES)('%s: handlers, cost and both measures are real text', (kind) => {
    for (const key of keysOf(kind)) {
      expect(isMessageKey(key), key).toBe(true);
      const text = t(key);
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|\{|\}/);
      expect(CJK.test(text), key).toBe(lang === 'zh');
    }
  });

  it('no two kinds share a word (a copied entry would make a table ambiguous)', () => {
    for (const slot of [0, 1, 2, 3] as const) {
      const texts = RESPONDER_KIND_NAMES.map((kind) => t(keysOf(kind)[slot]));
      expect(new Set(texts).size, texts.join(' / ')).toBe(RESPONDER_KIND_NAMES.length);
    }
  });
});

describe('every responder kind is in the schema, the measures and the CSV columns', () => {
  it('the schema accepts exactly the registry’s kinds as handlers', () => {
    expect([...ResponderKind.options].sort()).toEqual([...RESPONDER_KIND_NAMES].sort());
  });

  it('the plan’s unit fields are exactly the kinds’ plan fields, each fielding its units', () => {
    const planWide = ['name', 'label', 'description', 'extends', 'dispatch', 'cost'];
    const unitFields = Object.keys(PlanSchema.shape).filter((key) => !planWide.includes(key));
    const planFields = RESPONDER_KIND_NAMES.map((kind) => RESPONDER_KINDS[kind].planField);
    expect([...planFields].sort()).toEqual(unitFields.sort());
  });

  it('its cost key is a field of the plan’s cost', () => {
    const costFields = Object.keys(PlanSchema.shape.cost.unwrap().shape).sort();
    const keys = RESPONDER_KIND_NAMES.map((kind) => RESPONDER_KINDS[kind].costKey);
    expect([...new Set(keys)].sort()).toEqual(costFields);
  });

  it.each(RESPONDER_KIND_NAMES)('%s: its measures are measures and summary.csv columns', (kind) => {
    const { utilisationMeasure, hoursMeasure } = RESPONDER_KINDS[kind];
    const ids = MEASURES.map((m) => m.id);
    const columns = summaryMeasureKeys([]);
    for (const id of [utilisationMeasure, hoursMeasure]) {
      expect(ids, id).toContain(id);
      expect(columns, id).toContain(id);
    }
  });

  it('every kind’s staff-hours are measured and priced at its own cost key', () => {
    // One responder of each kind; kind k works (k + 1) staff-hours, its cost key costs 10^k.
    const record = (kind: (typeof RESPONDER_KIND_NAMES)[number], k: number): ResponderRecord => ({
      id: `${kind}-1`,
      kind,
      home: 'a',
      persons: 1,
      minutes: { idle: 30, travelling: 30 * k, onScene: 0, returning: 0, offShift: 0 },
      incidents: 0,
      travelMinutes: 0,
      staffMinutes: 60 * (k + 1),
      overtimeMinutes: 0,
      breakMinutes: 0,
      divertedTrips: 0,
      busyMinutesByHour: [],
      onDutyMinutesByHour: [],
    });
    const records = RESPONDER_KIND_NAMES.map(record);
    const cost = Object.fromEntries(
      RESPONDER_KIND_NAMES.map((kind, k) => [RESPONDER_KINDS[kind].costKey, 10 ** k]),
    ) as Parameters<typeof measureWorkload>[1];
    const values = measureWorkload(records, cost);
    let expectedCost = 0;
    RESPONDER_KIND_NAMES.forEach((kind, k) => {
      const { hoursMeasure, utilisationMeasure } = RESPONDER_KINDS[kind];
      expect(values[hoursMeasure], hoursMeasure).toBe(k + 1);
      expect(values[utilisationMeasure], utilisationMeasure).toBeCloseTo((100 * k) / (1 + k), 12);
      expectedCost += (k + 1) * 10 ** k;
    });
    expect(values.cost).toBe(expectedCost);
  });
});

describe('every responder kind says where a plan fields it, consistently', () => {
  // The golden week's plans field officers (by car, on foot, on e-bikes, posted), platform posts
  // and volunteer patrols: every kind appears in some plan.
  const { plans } = loadScenario('scenarios/yuanjiajie-golden-week.yaml');

  it.each(RESPONDER_KIND_NAMES)('%s: fielded by some plan, and checked where fielded', (kind) => {
    const { namedSites, reachOrigins, walkedRoutes } = RESPONDER_KINDS[kind];
    expect(plans.some((plan) => fieldedGroups(plan, kind).length > 0)).toBe(true);
    for (const plan of plans) {
      // Every site a unit sets off from is one the reference checks look up...
      const named = new Set(namedSites(plan).map((n) => n.site));
      const setOff = fieldedGroups(plan, kind).flatMap((group) => group.from);
      for (const site of setOff) expect(named, `${plan.name}: ${site}`).toContain(site);
      // ...and one the reachability checks judge, as an origin or a stop of a walked loop.
      const judged = new Set([
        ...reachOrigins(plan).map((o) => o.site),
        ...walkedRoutes(plan).flatMap((route) => route.stops),
      ]);
      for (const site of setOff) expect(judged, `${plan.name}: ${site}`).toContain(site);
    }
  });
});
