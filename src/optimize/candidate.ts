/**
 * A candidate plan: the base plan with the values of one choice. It is written as `--set`
 * overrides of the base plan's `officers`, `platforms` and `patrols` and loaded like the scenario file with
 * them, so every candidate passes exactly the checks a plan written in the file passes (bounds,
 * references, rosters, meal breaks) before it is simulated.
 */
import { ScenarioError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import type { ScenarioOverride } from '../scenario/overrides.js';
import type { Plan, Scenario } from '../scenario/types.js';
import type { Choice, Dimension } from './search-space.js';

/** The officers, platforms and patrols of the base plan with the values of `choice`. */
export function candidateParts(
  base: Plan,
  dimensions: readonly Dimension[],
  choice: Choice,
): CandidateParts {
  const shifts = base.officers.shifts.map((shift, i) => {
    const at = dimensions.findIndex((d) => d.kind === 'cars' && d.shift === i);
    return at < 0 ? shift : { ...shift, cars: choice[at]! };
  });
  const staffOf = (site: string) => {
    const at = dimensions.findIndex((d) => d.kind === 'post' && d.site === site);
    return at < 0 ? undefined : choice[at]!;
  };
  const kept = base.platforms.flatMap((platform) => {
    const staff = staffOf(platform.site) ?? platform.staff;
    return staff > 0 ? [{ ...platform, staff }] : [];
  });
  const opened = dimensions.flatMap((d, i) =>
    d.kind === 'post' && choice[i]! > 0 && !base.platforms.some((p) => p.site === d.site)
      ? [{ ...base.platforms[0]!, site: d.site, staff: choice[i]! }]
      : [],
  );
  const patrols = base.patrols.flatMap((patrol) => {
    const at = dimensions.findIndex((d) => d.kind === 'patrol' && d.patrol === patrol.id);
    const teams = at < 0 ? patrol.teams : choice[at]!;
    return teams > 0 ? [{ ...patrol, teams }] : [];
  });
  return { officers: { ...base.officers, shifts }, platforms: [...kept, ...opened], patrols };
}

/** What a candidate changes of the base plan. */
export type CandidateParts = Pick<Plan, 'officers' | 'platforms' | 'patrols'>;

/**
 * The `--set` overrides that make the base plan of the file into the candidate (JSON is YAML
 * flow text, so the override machinery reads it as a file's value).
 */
export function candidateOverrides(baseName: string, parts: CandidateParts): ScenarioOverride[] {
  return [
    { kind: 'set', path: `plans[${baseName}].officers`, value: JSON.stringify(parts.officers) },
    { kind: 'set', path: `plans[${baseName}].platforms`, value: JSON.stringify(parts.platforms) },
    { kind: 'set', path: `plans[${baseName}].patrols`, value: JSON.stringify(parts.patrols) },
  ];
}

/** A candidate the scenario's checks refused, and why. */
export interface RefusedCandidate {
  readonly ok: false;
  /** The problems, one per line, as `validate` would print them. */
  readonly reason: string;
}

/** A candidate that passed the checks: its resolved plan, renamed. */
export interface ValidCandidate {
  readonly ok: true;
  readonly plan: Plan;
}

/**
 * Loads the scenario file with the user's overrides and the candidate's, and returns the
 * candidate as a plan named `name` (or why the scenario refuses it).
 *
 * @param scenario the scenario as loaded with the user's overrides (its file and overrides are reused)
 */
export function validateCandidate(
  scenario: Pick<Scenario, 'file' | 'overrides'>,
  baseName: string,
  parts: CandidateParts,
  name: string,
): RefusedCandidate | ValidCandidate {
  let loaded: Scenario;
  try {
    loaded = loadScenario(scenario.file, [
      ...scenario.overrides,
      ...candidateOverrides(baseName, parts),
    ]);
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, reason: error.message };
    throw error;
  }
  const plan = loaded.plans.find((p) => p.name === baseName)!;
  return { ok: true, plan: { ...plan, name } };
}
