/** The arguments and options of `peakwatch run` (what it does is in run.ts). */
import type { Argv } from 'yargs';
import type { CommandOptions } from './command.js';
import { type SimulationArgs, simulationOptions } from './options.js';

/** The arguments of `run`. */
export interface RunArgs extends SimulationArgs {
  readonly plan?: string;
  readonly analytic: boolean;
}

/** The options of `run`: what yargs parses and its help shows. */
export const runOptions: CommandOptions<RunArgs> = (yargs) =>
  simulationOptions(yargs)
    .option('plan', {
      type: 'string',
      describe: "Plan to simulate (default: the scenario's `defaultPlan`)",
    })
    .option('analytic', {
      type: 'boolean',
      default: false,
      describe:
        "Also print the hypercube approximation of officer workloads in the scenario's " +
        'busiest hour beside the simulated workloads of that hour (see docs/validation.md)',
    })
    .epilog(
      'Writes results/<scenario>-run-<time>/ with summary.csv, standards.csv, ' +
        'standards-by-site-hour.csv, incidents.csv, responders.csv, occupancy.csv, demand.csv, ' +
        'manifest.json and a copy of the scenario (see docs/outputs.md; --outputs chooses the ' +
        'record files) and prints the run table and the verdict on the service standards. ' +
        'Same seed, same files, byte for byte, for any --workers. Ctrl-C stops the run and ' +
        'leaves the folder marked .incomplete.',
    ) as unknown as Argv<RunArgs>;
