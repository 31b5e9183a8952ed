/**
 * What the closed-form references assume about a scenario, checked before any comparison: a
 * reference applied to a scenario that breaks its assumptions would make a correct model look
 * wrong. Each check returns the broken assumptions as sentences; an empty list means it holds.
 */
import { dailyWindow, parseClock } from '../scenario/clock.js';
import type { IncidentType, Plan, Scenario } from '../scenario/types.js';

/** A scenario that does not meet the assumptions of the reference it is checked against. */
export class AssumptionError extends Error {
  /** Each broken assumption, as a sentence. */
  readonly problems: readonly string[];

  constructor(reference: string, scenario: Scenario, problems: readonly string[]) {
    super(
      `${scenario.file} does not meet the assumptions of ${reference}:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'AssumptionError';
    this.problems = problems;
  }
}

/** Throws an {@link AssumptionError} when `problems` is not empty. */
export function requireAssumptions(
  reference: string,
  scenario: Scenario,
  problems: readonly string[],
): void {
  if (problems.length > 0) throw new AssumptionError(reference, scenario, problems);
}

/**
 * Whether the crowd enters at one constant rate at all times: the same visitors every day, no
 * day-level demand variation, and profile pieces that cover the whole day with weights
 * proportional to their length. Occupancy, and with it every incident rate, is then constant
 * once the longest lag plus stay has passed.
 */
export function constantCrowdProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const { visitorsPerDay, demandCv, arrivalProfile } = scenario.crowd;
  if (new Set(visitorsPerDay).size > 1)
    problems.push('visitors per day must be the same every day');
  if (demandCv > 0) problems.push('crowd.demandCv must be 0 (no day-level demand variation)');
  const pieces = arrivalProfile.filter((piece) => piece.weight > 0);
  const lengths = pieces.map((piece) => parseClock(piece.to) - parseClock(piece.from));
  const covered = lengths.reduce((sum, length) => sum + length, 0);
  const perMinute = pieces.map((piece, i) => piece.weight / lengths[i]!);
  const even = perMinute.every((rate) => Math.abs(rate - perMinute[0]!) <= 1e-12 * perMinute[0]!);
  if (covered !== 1440 || !even) {
    problems.push(
      'the arrival profile must enter visitors at one constant rate all day (pieces covering ' +
        '00:00 to 24:00 with weights proportional to their length)',
    );
  }
  return problems;
}

/** Whether vehicle travel is the network's shortest time, unchanged by hour, crowd or chance. */
export function fixedTravelProblems(scenario: Scenario): string[] {
  const { congestion, variation } = scenario.travel;
  const problems: string[] = [];
  if ((congestion?.byHour?.length ?? 0) > 0 || (congestion?.crowding ?? 0) > 0) {
    problems.push('travel must have no congestion (byHour or crowding)');
  }
  if ((variation?.cv ?? 0) > 0) problems.push('travel must have no random variation (cv 0)');
  return problems;
}

/**
 * Whether the scenario has exactly one incident type with exponential on-scene time and no
 * escalation; returns the type (or undefined) and the problems.
 */
export function singleExponentialType(scenario: Scenario): {
  readonly type: IncidentType | undefined;
  readonly problems: string[];
} {
  const problems: string[] = [];
  if (scenario.incidentTypes.length !== 1) {
    problems.push(
      `there must be exactly one incident type (found ${scenario.incidentTypes.length})`,
    );
    return { type: undefined, problems };
  }
  const type = scenario.incidentTypes[0]!;
  if (type.onScene.dist !== 'exponential') {
    problems.push(`on-scene minutes must be exponential (found "${type.onScene.dist}")`);
  }
  if (type.escalation !== undefined) problems.push('the incident type must not escalate');
  return { type, problems };
}

/** Whether a daily window ("HH:MM" start and end) is all day: start and end the same instant. */
export function isAllDay(hours: { readonly start: string; readonly end: string }): boolean {
  return dailyWindow(hours).allDay;
}

/** Finds a plan by name, or throws naming the scenario's plans. */
export function planNamed(scenario: Scenario, planName: string): Plan {
  const plan = scenario.plans.find((p) => p.name === planName);
  if (plan === undefined) {
    const known = scenario.plans.map((p) => `"${p.name}"`).join(', ');
    throw new Error(`unknown plan "${planName}"; the scenario's plans are ${known}`);
  }
  return plan;
}
