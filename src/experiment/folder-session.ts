/**
 * Writing a command's results folder as one unit: create it `.incomplete`, let the command fill
 * it, and either complete it (rename to its final name) or, on any failure or interrupt, leave it
 * `.incomplete` with the reason in INCOMPLETE.txt.
 */
import { RunFolder, type RunFolderOptions } from '../output/run-folder.js';
import {
  type ScenarioBytesSource,
  scenarioCopyName,
  writeScenarioCopy,
} from '../output/scenario-copy.js';
import type { ExperimentContext } from './context.js';

/** A finished folder and what the command computed while filling it. */
export interface FolderResult<T> {
  /** The completed folder's path. */
  readonly folder: string;
  readonly value: T;
}

/** Where and under what name to create a results folder, and the scenario it copies. */
export interface ResultsFolderOptions extends RunFolderOptions {
  /** The scenario the results are made from; its bytes are copied into the folder first. */
  readonly scenarioCopy: ScenarioBytesSource;
}

/**
 * Creates a results folder, copies the scenario into it, runs `fill` on it and completes it;
 * when either throws, the folder is left incomplete with the error's message as the reason and
 * the error is rethrown.
 */
export async function fillResultsFolder<T>(
  options: ResultsFolderOptions,
  fill: (folder: RunFolder) => Promise<T>,
): Promise<FolderResult<T>> {
  const folder = RunFolder.create(options);
  let value: T;
  try {
    const copy = options.scenarioCopy;
    writeScenarioCopy(copy, folder.file(scenarioCopyName(copy.file)));
    value = await fill(folder);
  } catch (error) {
    folder.abandon(error instanceof Error ? error.message : String(error));
    throw error;
  }
  folder.complete();
  return { folder: folder.finalPath, value };
}

/**
 * The folder an experiment command (run, compare) asks for: in its results directory, named by
 * `--out` or else after the scenario, the command and `now`.
 *
 * @example fillResultsFolder(experimentFolder(options, 'run', new Date()), fill)
 */
export function experimentFolder(
  context: ExperimentContext,
  command: string,
  now: Date,
): ResultsFolderOptions {
  return {
    scenarioCopy: context.scenario,
    resultsDir: context.resultsDir,
    scenarioPath: context.scenario.file,
    command,
    out: context.out,
    commandLine: context.commandLine,
    now,
  };
}
