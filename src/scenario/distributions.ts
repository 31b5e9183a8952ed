/**
 * Rules on distribution parameters that the schema cannot express (they relate two fields):
 * uniform min ≤ max, triangular min ≤ mode ≤ max, a truncated normal's min < max, and an
 * empirical distribution's weights matching its values with a positive total.
 */
import type { FieldPath, FieldProblem } from './paths.js';
import type { Distribution, ScenarioInput } from './schema.js';

/** Checks every distribution in the scenario. */
export function checkDistributions(input: ScenarioInput): FieldProblem[] {
  const located: [Distribution, FieldPath][] = [
    ...input.crowd.sites.map((site, i): [Distribution, FieldPath] => [
      site.stay,
      ['crowd', 'sites', i, 'stay'],
    ]),
    ...input.incidents.types.map((type, i): [Distribution, FieldPath] => [
      type.onScene,
      ['incidents', 'types', i, 'onScene'],
    ]),
    ...input.incidents.types.flatMap((type, i): [Distribution, FieldPath][] =>
      type.recovery?.searchMinutes === undefined
        ? []
        : [[type.recovery.searchMinutes, ['incidents', 'types', i, 'recovery', 'searchMinutes']]],
    ),
    [input.detection.phone, ['detection', 'phone']],
    [input.detection.platform, ['detection', 'platform']],
    [input.detection.patrol, ['detection', 'patrol']],
  ];
  return located.flatMap(([distribution, path]) => checkDistribution(distribution, path));
}

/**
 * Problems with one distribution's parameters, located at the offending parameter.
 *
 * @example checkDistribution({ dist: 'uniform', min: 5, max: 2 }, ['x']) // one problem at x.max
 */
function checkDistribution(distribution: Distribution, path: FieldPath): FieldProblem[] {
  const at = (field: string, message: string): FieldProblem[] => [
    { path: [...path, field], message },
  ];
  switch (distribution.dist) {
    case 'uniform': {
      const { min, max } = distribution;
      return min <= max ? [] : at('max', `max (${max}) is less than min (${min})`);
    }
    case 'triangular': {
      const { min, mode, max } = distribution;
      if (min > max) return at('max', `max (${max}) is less than min (${min})`);
      if (mode < min || mode > max) {
        return at('mode', `mode (${mode}) must lie between min (${min}) and max (${max})`);
      }
      return [];
    }
    case 'normal': {
      const min = distribution.min ?? 0;
      const { max } = distribution;
      if (max === undefined || min < max) return [];
      const which = distribution.min === undefined ? 'min (0 by default)' : `min (${min})`;
      return at('max', `max (${max}) must be greater than ${which}`);
    }
    case 'empirical': {
      const { values, weights } = distribution;
      if (weights === undefined) return [];
      if (weights.length !== values.length) {
        return at(
          'weights',
          `has ${weights.length} weights for ${values.length} values; give one weight per value`,
        );
      }
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return total > 0
        ? []
        : at('weights', 'the weights add up to 0; give at least one a positive weight');
    }
    default:
      return [];
  }
}
