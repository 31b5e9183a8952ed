/**
 * Writing a command's results folder as one unit: create it `.incomplete`, let the command fill
 * it, and either complete it (rename to its final name) or, on any failure or interrupt, leave it
 * `.incomplete` with the reason in INCOMPLETE.txt.
 */
import { RunFolder, type RunFolderOptions } from '../output/run-folder.js';
import type { ExperimentContext } from './context.js';

/** A finished folder and what the command computed while filling it. */
export interface FolderResult<T> {
  /** The completed folder's path. */
  readonly folder: string;
  readonly value: T;
}

/**
 * Creates a results folder, runs `fill` on it and completes it; when `fill` throws, the folder
 * is left incomplete with the error's message as the reason and the error is rethrown.
 */
export async function fillResultsFolder<T>(
  options: RunFolderOptions,
  fill: (folder: RunFolder) => Promise<T>,
): Promise<FolderResult<T>> {
  const folder = RunFolder.create(options);
  let value: T;
  try {
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
): RunFolderOptions {
  return {
    resultsDir: context.resultsDir,
    scenarioPath: context.scenario.file,
    command,
    out: context.out,
    commandLine: context.commandLine,
    now,
  };
}
