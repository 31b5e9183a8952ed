/*
 * Invariants that must hold in any run, checked on a busy two-day scenario with every mechanism
 * switched on, for each plan and a few replications.
 */
import { describe, expect, it } from 'vitest';
import { copyIncidentRecord, type ReplicationResult } from '../../src/model/records.js';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { busyScenario } from './busy-scenario.js';

const scenario = busyScenario();
const model = prepareScenarioModel(scenario);
const HORIZON = 2 * 1440;
const plans = ['cars-only', 'full', 'full-nearest'];
const replications = [0, 1, 2, 3];
const results: ReplicationResult[] = plans.flatMap((planName) =>
  replications.map((r) => simulateReplication(model, planName, r)),
);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** A result whose incident records are plain copies, to be compared whole. */
const plain = (result: ReplicationResult) => ({
  ...result,
  incidents: result.incidents.map(copyIncidentRecord),
});

describe('invariants on a busy scenario', () => {
  it('produces incidents, queues and every kind of first responder (the test has teeth)', () => {
    const all = results.flatMap((r) => r.incidents);
    expect(all.length).toBeGreaterThan(500);
    expect(all.some((i) => i.waited)).toBe(true);
    expect(all.some((i) => i.type.startsWith('lost') && i.officersRequired > 0)).toBe(true);
    for (const kind of ['officer', 'platform', 'patrol']) {
      expect(all.some((i) => i.firstResponderKind === kind)).toBe(true);
    }
    for (const channel of ['phone', 'platform', 'patrol']) {
      expect(all.some((i) => i.detectedBy === channel)).toBe(true);
    }
  });

  it('clears every incident exactly once, in time order along its life', () => {
    for (const result of results) {
      result.incidents.forEach((incident, index) => {
        expect(incident.id).toBe(index + 1);
        expect(incident.occurred).toBeLessThan(HORIZON);
        expect(incident.alert).toBeGreaterThanOrEqual(incident.occurred);
        expect(incident.dispatched!).toBeGreaterThanOrEqual(incident.alert);
        expect(incident.firstOnScene!).toBeGreaterThanOrEqual(incident.dispatched!);
        expect(incident.cleared!).toBeGreaterThanOrEqual(incident.firstOnScene!);
        if (incident.officersRequired > 0) {
          expect(incident.officersOnScene!).toBeGreaterThanOrEqual(incident.firstOnScene!);
          expect(incident.cleared!).toBeGreaterThanOrEqual(incident.officersOnScene!);
        } else {
          expect(incident.officersOnScene).toBeNull();
        }
        expect(incident.waitMinutes).toBeCloseTo(incident.dispatched! - incident.alert, 9);
        expect(new Set(incident.responders).size).toBe(incident.responders.length);
        expect(incident.responders).toContain(incident.firstResponder);
        expect(incident.recovered === null).toBe(!incident.type.startsWith('lost'));
        // Found only if recovered: on arrival without a search time (lost items), after the
        // search and before clearance with one (lost persons).
        if (incident.recovered !== true) expect(incident.found).toBeNull();
        else if (incident.type === 'lost-item') expect(incident.found).toBe(incident.firstOnScene);
        else {
          expect(incident.found!).toBeGreaterThan(incident.firstOnScene!);
          expect(incident.cleared!).toBeGreaterThanOrEqual(incident.found!);
        }
      });
    }
  });

  it('never lets time run backwards: occurrences follow the ids', () => {
    for (const result of results) {
      const times = result.incidents.map((i) => i.occurred);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('sends to incidents only responders that may handle them, and enough officers', () => {
    const handlers: Record<string, string[]> = Object.fromEntries(
      scenario.incidentTypes.map((t) => [t.id, t.handlers]),
    );
    for (const result of results) {
      const crew = new Map(result.responders.map((r) => [r.id, r]));
      for (const incident of result.incidents) {
        const first = crew.get(incident.responders[0]!)!;
        const isOfficerIncident = incident.officersRequired > 0;
        // The first sent may handle the type, or is an officer sent because officers are required.
        expect(handlers[incident.type]!.includes(first.kind) || isOfficerIncident).toBe(true);
        const officers = incident.responders
          .map((id) => crew.get(id)!)
          .filter((r) => r.kind === 'officer');
        expect(sum(officers.map((r) => r.persons))).toBeGreaterThanOrEqual(
          incident.officersRequired,
        );
      }
    }
  });

  it('accounts each responder’s states over the same span, ending after every clearance', () => {
    for (const result of results) {
      const spans = result.responders.map((r) => sum(Object.values(r.minutes)));
      const span = spans[0]!;
      for (const s of spans) expect(s).toBeCloseTo(span, 6);
      expect(span).toBeGreaterThanOrEqual(HORIZON);
      expect(span).toBeGreaterThanOrEqual(Math.max(...result.incidents.map((i) => i.cleared!)));
      for (const r of result.responders) {
        for (const minutes of Object.values(r.minutes)) expect(minutes).toBeGreaterThanOrEqual(0);
        const working = r.minutes.travelling + r.minutes.onScene + r.minutes.returning;
        expect(r.travelMinutes).toBeCloseTo(r.minutes.travelling + r.minutes.returning, 9);
        expect(r.overtimeMinutes).toBeLessThanOrEqual(working + 1e-9);
        expect(sum(r.busyMinutesByHour)).toBeCloseTo(working, 6);
        expect(sum(r.onDutyMinutesByHour) * r.persons).toBeCloseTo(r.staffMinutes, 6);
        expect(r.busyMinutesByHour).toHaveLength(48);
        expect(r.staffMinutes / r.persons).toBeLessThanOrEqual(span + 1e-9);
      }
    }
  });

  it('counts each dispatch once on each side', () => {
    for (const result of results) {
      const dispatches = sum(result.incidents.map((i) => i.responders.length));
      expect(sum(result.responders.map((r) => r.incidents))).toBe(dispatches);
    }
  });

  it('charges a post exactly its hours plus overtime', () => {
    // The viewpoint post is open 08:00–18:00: 600 minutes a day, two days. Only runs that end
    // before it opens again on day 3 (08:00 = minute 3360) qualify: after the horizon, rostered
    // time counts while working, which this simple sum does not separate.
    const spanOf = (r: ReplicationResult) => sum(Object.values(r.responders[0]!.minutes));
    const qualifying = results.filter((r) => r.plan !== 'cars-only' && spanOf(r) < 3360);
    expect(qualifying.length).toBeGreaterThanOrEqual(2);
    for (const result of qualifying) {
      const member = result.responders.find((r) => r.id === 'platform-view-1')!;
      expect(sum(member.onDutyMinutesByHour)).toBeCloseTo(1200 + member.overtimeMinutes, 6);
      expect(member.staffMinutes).toBeCloseTo(1200 + member.overtimeMinutes, 6);
      expect(member.minutes.offShift).toBeCloseTo(
        spanOf(result) - 1200 - member.overtimeMinutes,
        6,
      );
    }
  });

  it('gives identical records for the same seed, replication and plan', () => {
    const again = simulateReplication(prepareScenarioModel(busyScenario()), 'full', 2);
    expect(plain(again)).toEqual(plain(results[plans.indexOf('full') * replications.length + 2]!));
  });

  it('leaves out only the occupancy records when asked to', () => {
    const full = results[plans.indexOf('full') * replications.length + 2]!;
    const without = simulateReplication(prepareScenarioModel(busyScenario()), 'full', 2, {
      occupancy: false,
    });
    expect(full.occupancy.length).toBeGreaterThan(0);
    expect(plain(without)).toEqual({ ...plain(full), occupancy: [] });
  });

  it('gives every plan the same incidents in the same replication (common random numbers)', () => {
    for (const r of replications) {
      const lists = plans.map((_, p) =>
        results[p * replications.length + r]!.incidents.map(({ id, type, site, occurred }) => ({
          id,
          type,
          site,
          occurred,
        })),
      );
      expect(lists[1]).toEqual(lists[0]);
      expect(lists[2]).toEqual(lists[0]);
    }
  });

  it('differs between replications', () => {
    const first = results[0]!.incidents.map((i) => i.occurred);
    const second = results[1]!.incidents.map((i) => i.occurred);
    expect(second).not.toEqual(first);
  });
});
