/**
 * `peakwatch sensitivity SCENARIO --plan P [--change 0.2] [--inputs a,b]`: the plan at the
 * scenario's values and with each uncertain input moved down and up by the change, one at a time,
 * on the same replications; the effect on each service standard on stdout (largest first), the
 * folder (point-K/ comparisons, sensitivity.csv, manifest.json) on disk, and with `--report` its
 * tornado charts; the tables in `--lang`. See docs/sweep.md, "Sensitivity".
 * Its arguments and options are in sensitivity-options.ts.
 */
import { runSensitivity, type SensitivityPoint } from '../experiment/sensitivity.js';
import {
  chooseInputs,
  inputOverrides,
  type SensitivityInput,
  uncertainInputs,
} from '../experiment/sensitivity-inputs.js';
import type { Lang } from '../i18n/lang.js';
import { translator } from '../i18n/messages.js';
import { displayNames } from '../output/display-names.js';
import { SENSITIVITY_FILE, type SensitivityRow } from '../output/sensitivity-csv.js';
import { inputLabel } from '../output/sensitivity-input-label.js';
import { formatSensitivityTables, type SensitivityWording } from '../output/sensitivity-text.js';
import { ScenarioError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import type { ScenarioOverride } from '../scenario/overrides.js';
import type { Scenario } from '../scenario/types.js';
import type { CommandAction, Writer } from './command.js';
import { planList } from './compare.js';
import { asUsageError, withInterrupts, writeFolderLine } from './experiment-command.js';
import { UsageError } from './failure.js';
import { commandLine, folderWords, optionWords } from './options.js';
import { loadScenarioWithOverrides, overridesOf } from './overrides.js';
import { overrideWords } from './overrides-option.js';
import { writeAnyReport } from './report.js';
import type { SensitivityArgs } from './sensitivity-options.js';
import { simulationSettings } from './settings.js';
import { writePointShardNote } from './sweep.js';

/** What `sensitivity` does. */
export const sensitivityAction: CommandAction<SensitivityArgs> = async (io, args) => {
  if (args.by !== undefined) {
    throw new UsageError('--by is not available for sensitivity');
  }
  const change = args.change;
  if (!(change > 0 && change < 1)) {
    throw new UsageError(`--change must be a share between 0 and 1, e.g. 0.2 (got ${change})`);
  }
  const scenario = loadScenarioWithOverrides(args.scenario, args);
  const settings = simulationSettings({ ...args, outputs: args.outputs ?? ['summary'] }, scenario);
  const plan = args.plan ?? scenario.defaultPlan;
  const inputs = asUsage(() =>
    chooseInputs(
      uncertainInputs(scenario),
      args.inputs === undefined ? undefined : planList(args.inputs),
    ),
  );
  const outputWords = ['--outputs', ...(args.outputs ?? ['summary'])];
  const pointCommand = (overrides: readonly ScenarioOverride[]) =>
    commandLine([
      'compare',
      args.scenario,
      ...optionWords('plans', plan),
      ...optionWords('replications', settings.replications),
      ...optionWords('seed', settings.seed),
      ...overrides.flatMap((o) => [`--${o.kind}`, `${o.path}=${o.value}`]),
      ...optionWords('workers', settings.workers),
      ...outputWords,
    ]);
  const points: SensitivityPoint[] = [
    { input: null, factor: 1, scenario, commandLine: pointCommand(overridesOf(args)) },
    ...inputs.flatMap((input) =>
      [1 - change, 1 + change].map((factor) => loadPoint(args, input, factor, pointCommand)),
    ),
  ];
  const result = await withInterrupts((signal) =>
    runSensitivity({
      ...settings,
      plan,
      change,
      points,
      signal,
      progressStream: io.stderr,
      commandLine: commandLine([
        'sensitivity',
        args.scenario,
        ...optionWords('plan', plan),
        ...optionWords('change', change),
        ...optionWords('inputs', args.inputs),
        ...optionWords('replications', settings.replications),
        ...optionWords('seed', settings.seed),
        ...overrideWords(args),
        ...optionWords('shard', args.shard),
        ...optionWords('workers', settings.workers),
        ...outputWords,
        ...(args.report ? ['--report', ...optionWords('lang', args.lang)] : []),
        ...folderWords(args),
      ]),
    }),
  );
  if (settings.shard) {
    const file = SENSITIVITY_FILE;
    writePointShardNote(io.stdout, settings.shard, result.blocks, 'sensitivity analysis', file);
    writeFolderLine(io.stdout, result.folder);
    return;
  }
  writeSensitivityTables(io.stdout, {
    scenario,
    plan,
    change,
    replications: settings.replications,
    rows: result.rows,
    lang: args.lang,
  });
  writeFolderLine(io.stdout, result.folder);
  if (args.report) {
    io.stdout.write(`Report: ${await writeAnyReport(result.folder, args.lang)}\n`);
  }
};

/** What the sensitivity console tables show. */
export interface SensitivityTables {
  /** The base point's scenario (its names and standards). */
  readonly scenario: Scenario;
  readonly plan: string;
  readonly change: number;
  readonly replications: number;
  readonly rows: readonly SensitivityRow[];
  readonly lang: Lang;
}

/**
 * The analysis's console output, for a sensitivity run and a merge of its shards alike: the
 * heading and a table per standard, inputs largest effect first.
 */
export function writeSensitivityTables(stdout: Writer, tables: SensitivityTables): void {
  const { scenario, plan, change, lang } = tables;
  const names = displayNames(scenario, lang);
  const standards = scenario.standards.map((s) => ({
    id: s.id,
    name: names.standard({ standard: s.id, name: s.id }),
  }));
  const wording = sensitivityWording(scenario, lang);
  const heading = wording.t('sens.console.heading', {
    plan: names.plan(plan),
    change: 100 * change,
    replications: tables.replications,
  });
  stdout.write(`${heading}\n`);
  stdout.write(`${formatSensitivityTables(tables.rows, standards, change, wording)}\n`);
}

/**
 * The tables' language: in English an input goes by its id, as `--inputs` names it; in Chinese
 * by its name (the report's, e.g. 每日游客量 for `visitors`), the type of a rate by its Chinese
 * name.
 */
function sensitivityWording(scenario: Scenario, lang: Lang): SensitivityWording {
  const t = translator(lang);
  if (lang === 'en') return { t, input: (input) => input };
  return { t, input: (input) => inputLabel(t, scenario, lang, input) };
}

/**
 * Loads the scenario with the `--set`/`--scale` options and one input scaled by `factor`; a value
 * the scenario refuses (e.g. visitors that are no longer whole) is a usage error naming the input.
 */
function loadPoint(
  args: SensitivityArgs,
  input: SensitivityInput,
  factor: number,
  commandLineOf: (overrides: readonly ScenarioOverride[]) => string,
): SensitivityPoint {
  const overrides = [...overridesOf(args), ...inputOverrides(input, factor)];
  try {
    const scenario = loadScenario(args.scenario, overrides);
    return { input, factor, scenario, commandLine: commandLineOf(overrides) };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    throw new UsageError(
      `--change: the scenario refuses ${input.id} × ${factor}:\n${error.message}`,
    );
  }
}

/** Runs `body`, turning the experiment layer's usage problems into usage errors (exit 2). */
function asUsage<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw asUsageError(error);
  }
}
