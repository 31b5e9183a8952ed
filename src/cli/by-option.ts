/** `--by`: which breakdown of the standards `run` and `compare` print and write. */
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '../stats/standards-breakdown.js';
import { UsageError } from './failure.js';

/**
 * The dimensions of `--by` (one or two of type, site, day, hour, separated by a comma); none
 * when the option is absent.
 *
 * @throws UsageError for an unknown, repeated or third dimension
 * @example parseByOption('site,hour') // [['site', 'hour']]
 */
export function parseByOption(text: string | undefined): BreakdownDimension[][] {
  if (text === undefined) return [];
  const names = text.split(',').map((name) => name.trim());
  const known = BREAKDOWN_DIMENSIONS as readonly string[];
  for (const name of names) {
    if (!known.includes(name)) {
      throw new UsageError(`--by: "${name}" is not one of ${BREAKDOWN_DIMENSIONS.join(', ')}`);
    }
  }
  if (names.length > 2 || new Set(names).size !== names.length) {
    throw new UsageError(
      `--by takes one or two different dimensions, e.g. --by site,hour (got "${text}")`,
    );
  }
  return [names as BreakdownDimension[]];
}
