/** The arguments and options of `peakwatch check` (what it does is in check.ts). */
import type { Argv } from 'yargs';
import type { CommandOptions } from './command.js';

/** The arguments of `check`. */
export interface CheckArgs {
  readonly scenarios?: readonly string[];
  readonly replications?: number;
  readonly plan?: string;
  readonly hour?: number;
  readonly seed?: string;
}

/** The options of `check`: what yargs parses and its help shows. */
export const checkOptions: CommandOptions<CheckArgs> = (yargs) =>
  yargs
    .positional('scenarios', {
      type: 'string',
      array: true,
      describe: 'scenario files (default: every scenarios/validation/*.yaml)',
    })
    .option('replications', {
      type: 'number',
      describe: "Replications per scenario (default: each scenario's `replications`)",
    })
    .option('plan', {
      type: 'string',
      describe: "Plan to simulate (default: each scenario's `defaultPlan`)",
    })
    .option('hour', {
      type: 'number',
      describe:
        'Hour of the run for the hypercube approximation of an ordinary scenario, 0 = 00:00-01:00 ' +
        'of day 1 (default: the busiest by expected incidents)',
    })
    .option('seed', { type: 'string', describe: "Master seed (default: each scenario's `seed`)" })
    .epilog(
      'A validation scenario is compared with its closed-form reference; any other scenario ' +
        "gets Little's law and the hypercube approximation of its busiest hour beside the " +
        'simulated workloads. A measure passes when the analytic value lies within the ' +
        'simultaneous 95 % interval of the run (plus any stated tolerance). Exit code 1 if ' +
        'any measure fails.',
    ) as unknown as Argv<CheckArgs>;
