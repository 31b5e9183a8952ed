/** The arguments and options of `peakwatch optimize` (what it does is in optimize.ts). */
import type { Argv } from 'yargs';
import type { Lang } from '../i18n/lang.js';
import type { CommandOptions } from './command.js';
import { langOption } from './lang-option.js';
import { type SimulationArgs, simulationOptions } from './options.js';

/** Plans evaluated at most, unless `--max-evaluations` says otherwise. */
const DEFAULT_MAX_EVALUATIONS = 40;
/** Finalists of the selection, indifference zone (points) and alpha, unless the options say. */
const DEFAULT_FINALISTS = 3;
const DEFAULT_DELTA = 2;
const DEFAULT_ALPHA = 0.05;

/** The arguments of `optimize`. */
export interface OptimizeArgs extends SimulationArgs {
  readonly from?: string;
  readonly cars?: readonly string[];
  readonly posts?: readonly string[];
  readonly patrols?: readonly string[];
  readonly platforms?: string;
  readonly budget?: number;
  readonly frontier: boolean;
  readonly standards?: string;
  readonly 'max-evaluations': string;
  readonly finalists: string;
  readonly delta: number;
  readonly alpha: number;
  readonly lang: Lang;
  readonly report: boolean;
}

/** The options of `optimize`: what yargs parses and its help shows. */
export const optimizeOptions: CommandOptions<OptimizeArgs> = (yargs) =>
  simulationOptions(yargs)
    // Shared with run and compare, but an optimization writes summaries of whole plans only.
    .hide('shard')
    .hide('by')
    .hide('outputs')
    .option('from', {
      type: 'string',
      describe: "Base plan the candidates are derived from (default: the scenario's `defaultPlan`)",
    })
    .option('cars', {
      type: 'string',
      array: true,
      describe:
        'SHIFT=MIN:MAX: search the cars of a shift of the base plan, named by its index in ' +
        'officers.shifts (0=1:6) or its window (07:00-19:00=1:6); repeatable. Without --cars ' +
        'or --posts: every shift, from 0 to twice its cars (at least 4)',
    })
    .option('posts', {
      type: 'string',
      array: true,
      describe:
        'SITE[=MIN:MAX],...: candidate sites for a platform, each closed or open with MIN to ' +
        'MAX staff (default: the staff of the platform there, else of the first platform)',
    })
    .option('patrols', {
      type: 'string',
      array: true,
      describe:
        'ROUTE=MIN:MAX: search the volunteer teams of a patrol of the base plan, by its id ' +
        '(0: the route is not walked); repeatable',
    })
    .option('platforms', {
      type: 'string',
      describe: 'Only plans with exactly this many platforms (e.g. one fewer, or one more)',
    })
    .option('budget', {
      type: 'number',
      describe:
        'Best service at a mean cost of at most this (in the cost measure of the verdict: ' +
        'cost, or staff-hours when plans have no cost rates) instead of the cheapest plan ' +
        'meeting every standard',
    })
    .option('frontier', {
      type: 'boolean',
      default: false,
      describe:
        'Start from the cheapest plan of the bounds, so that the search traces the ' +
        'cost-service trade-off up to the answer (frontier.csv)',
    })
    .option('standards', {
      type: 'string',
      describe: 'Comma-separated standard ids a plan must meet (default: every standard)',
    })
    .option('max-evaluations', {
      type: 'string',
      default: String(DEFAULT_MAX_EVALUATIONS),
      describe: 'Most plans to simulate (each on every replication)',
    })
    .option('finalists', {
      type: 'string',
      default: String(DEFAULT_FINALISTS),
      describe:
        'Most plans, among the best of the search that cost the same, for the final ranking ' +
        'and selection (Kim-Nelson) on new replications; 0 or 1: none',
    })
    .option('delta', {
      type: 'number',
      default: DEFAULT_DELTA,
      describe:
        'Indifference zone of the final selection: the difference of mean share (percentage ' +
        'points) worth telling apart',
    })
    .option('alpha', {
      type: 'number',
      default: DEFAULT_ALPHA,
      describe: 'The final selection picks the best with probability at least 1 - alpha',
    })
    .option('report', {
      type: 'boolean',
      default: false,
      describe:
        'Also write report.html: the cost-service chart of every plan evaluated, the chosen ' +
        "plan's standards, every plan and the runners-up (in --lang)",
    })
    .option('lang', langOption('the summary'))
    .epilog(
      'Writes results/<scenario>-optimize-<time>/ with evaluations.csv (every plan ' +
        'evaluated), frontier.csv, best-plan.yaml (a plan block to paste under `plans:`) ' +
        'and manifest.json (see docs/optimize.md). Every plan runs the same ' +
        'replications; Ctrl-C leaves the folder .incomplete with the best plan so far.',
    ) as unknown as Argv<OptimizeArgs>;
