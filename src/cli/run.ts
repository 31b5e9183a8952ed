/**
 * `peakwatch run SCENARIO`: replications of one plan, written to a new results folder, and the
 * run table and the plan against each service standard on stdout. Its options are in
 * run-options.ts; what it shares with `compare`, `sweep` and `merge` in options.ts, settings.ts
 * and experiment-command.ts.
 */
import { runPlan } from '../experiment/run-plan.js';
import { prepareScenarioModel, simulateReplication } from '../model/replication.js';
import { ENGLISH_WORDING } from '../output/console-wording.js';
import { displayNames } from '../output/display-names.js';
import { formatStandardsBlock } from '../output/standards-text.js';
import { formatRunTable } from '../output/table.js';
import type { Scenario } from '../scenario/types.js';
import { judgeStandards } from '../stats/standards-judgement.js';
import { standardsVerdict } from '../stats/standards-verdict.js';
import { formatAnalyticSection } from './analytic-section.js';
import type { CommandAction } from './command.js';
import {
  withInterrupts,
  writeBreakdowns,
  writeFolderLine,
  writeShardNote,
} from './experiment-command.js';
import { commandLine, optionWords, simulationWords } from './options.js';
import { loadScenarioWithOverrides } from './overrides.js';
import type { RunArgs } from './run-options.js';
import { simulationSettings } from './settings.js';

/** What `run` does. */
export const runAction: CommandAction<RunArgs> = async (io, args) => {
  const scenario = loadScenarioWithOverrides(args.scenario, args);
  const settings = simulationSettings(args, scenario);
  const plan = args.plan ?? scenario.defaultPlan;
  const result = await withInterrupts((signal) =>
    runPlan({
      ...settings,
      plan,
      signal,
      progressStream: io.stderr,
      commandLine: commandLine([
        'run',
        args.scenario,
        ...optionWords('plan', plan),
        ...optionWords('replications', settings.replications),
        ...simulationWords(args, settings),
      ]),
    }),
  );
  io.stdout.write(`${formatRunTable(plan, result.summaries, scenario)}\n`);
  const judgements = judgeStandards(result.summaries, scenario.standards, plan);
  const verdict = standardsVerdict(judgements, result.summaries, plan);
  const names = displayNames(scenario, 'en');
  io.stdout.write(
    `${formatStandardsBlock(judgements, verdict, ENGLISH_WORDING.t, false, names)}\n`,
  );
  writeBreakdowns(io.stdout, scenario, result.breakdowns, settings.by, ENGLISH_WORDING.t, names);
  if (args.analytic) {
    const [first, last] = result.manifest.replicationRange;
    io.stdout.write(`\n${analyticSection(scenario, plan, settings.seed, first, last)}\n`);
  }
  if (settings.shard) writeShardNote(io.stdout, settings.shard, result.manifest.replicationRange);
  writeFolderLine(io.stdout, result.folder);
};

/**
 * The hypercube approximation beside the simulated busiest-hour workloads of replications
 * `first`..`last`. The run keeps only summaries, so the replications are simulated again here,
 * in this thread: with the same seed they are exactly the run's (a replication takes a few
 * milliseconds).
 */
function analyticSection(
  scenario: Scenario,
  plan: string,
  seed: number,
  first: number,
  last: number,
): string {
  const model = prepareScenarioModel(scenario);
  const results = [];
  for (let r = first; r <= last; r++) results.push(simulateReplication(model, plan, r, { seed }));
  return formatAnalyticSection(model, plan, results);
}
