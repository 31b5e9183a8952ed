/**
 * Rules that keep one replication within its budget (docs/scenario.md#bounds) where no single
 * field's bound can: the incidents a replication is expected to generate (visitors × stays ×
 * rates), and patrol rounds that would take no time at all.
 */
import { distributionMean } from '../rng/distribution.js';
import { MAX_EXPECTED_INCIDENTS } from './bounds.js';
import { MINUTES_PER_DAY } from './clock.js';
import { ownValue } from './own-keys.js';
import type { FieldProblem } from './paths.js';
import type { Distribution, ScenarioInput } from './schema.js';

/** How long after the horizon stays can last (the model truncates them at the run's end). */
const STAY_LIMIT_DAYS = 2;

/**
 * An upper bound of the incidents one replication generates: Σ over crowd sites and incident
 * types of the visitors × share × mean stay (hours) × rate / 1,000 × the type's multipliers for
 * the site × the crowding effect at the highest load the site can reach. That load is bounded by
 * two days' visitors to the site at once (a stay reaching into the next day) over its capacity:
 * a generous bound, since the crowd never all stands in one place at one moment. NaN when a stay
 * distribution is not valid (the distribution rules report it).
 *
 * @example expectedIncidentsBound(input) // about 18 for test/fixtures/minimal.yaml
 */
export function expectedIncidentsBound(input: ScenarioInput): number {
  const { days } = input.calendar;
  const perDay = input.crowd.visitorsPerDay;
  const daily = Array.isArray(perDay) ? perDay : Array.from({ length: days }, () => perDay);
  const visitors = daily.reduce((sum, v) => sum + v, 0);
  const twoDays = Math.max(...daily.map((v, d) => v + (daily[d - 1] ?? 0)));
  const stayLimit = (days + STAY_LIMIT_DAYS) * MINUTES_PER_DAY;
  const sites = new Map(input.sites.map((site) => [site.id, site]));
  let visitorHoursPerRate = 0;
  for (const entry of input.crowd.sites) {
    const site = sites.get(entry.site);
    if (site === undefined) continue; // an unknown site is reported by the reference rules
    const hours = Math.min(stayMean(entry.stay), stayLimit) / 60;
    for (const type of input.incidents.types) {
      const multiplier =
        (ownValue(type.siteKinds, site.kind) ?? 1) * (ownValue(type.sites, site.id) ?? 1);
      const load = (twoDays * entry.share) / (site.capacity ?? Number.POSITIVE_INFINITY);
      const crowding = type.crowding
        ? Math.max(1, (load / type.crowding.threshold) ** type.crowding.exponent)
        : 1;
      visitorHoursPerRate += entry.share * hours * (type.rate / 1000) * multiplier * crowding;
    }
  }
  return visitors * visitorHoursPerRate;
}

/** The mean of a stay, or NaN when the distribution is not valid (its own rules say why). */
function stayMean(stay: Distribution): number {
  try {
    return Math.max(distributionMean(stay), 0);
  } catch {
    return Number.NaN;
  }
}

/**
 * Refuses a scenario expected to generate more incidents in one replication than
 * {@link MAX_EXPECTED_INCIDENTS}, and patrol routes whose round takes no time.
 */
export function checkWorkload(input: ScenarioInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const expected = expectedIncidentsBound(input);
  if (expected > MAX_EXPECTED_INCIDENTS) {
    problems.push({
      path: ['crowd', 'visitorsPerDay'],
      message:
        `visitors, stays, incident rates and crowding give about ${formatCount(expected)} incidents in one ` +
        `replication; at most ${formatCount(MAX_EXPECTED_INCIDENTS)} are allowed (see docs/scenario.md#bounds)`,
    });
  }
  input.plans.forEach((plan, p) => {
    plan.patrols?.forEach((patrol, t) => {
      const [first] = patrol.route;
      if (patrol.dwellMinutes > 0 || !patrol.route.every((stop) => stop === first)) return;
      problems.push({
        path: ['plans', p, 'patrols', t, 'route'],
        message:
          `every stop is "${first}" and dwellMinutes is 0: a round would take no time, so the ` +
          'team would never move on; give two different stops or a positive dwellMinutes',
      });
    });
  });
  return problems;
}

/** A large count written for people: 2.5e7 → "25,000,000". */
function formatCount(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}
