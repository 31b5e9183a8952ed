/**
 * What the experiment commands share besides their options: interrupts and the experiment
 * layer's usage errors, and the lines they print around their tables (shard note, breakdowns,
 * results folder).
 */

import { ExperimentUsageError } from '../experiment/errors.js';
import { watchInterrupts } from '../experiment/interrupt.js';
import type { Shard } from '../experiment/shard.js';
import type { WrittenBreakdown } from '../experiment/standards-breakdown.js';
import type { Translate } from '../i18n/messages.js';
import type { DisplayNames } from '../output/display-names.js';
import { OutputFolderError } from '../output/run-folder.js';
import { formatBreakdownTable } from '../output/standards-breakdown-text.js';
import type { Scenario } from '../scenario/types.js';
import type { BreakdownDimension } from '../stats/standards-breakdown.js';
import type { Writer } from './command.js';
import { UsageError } from './failure.js';

/**
 * Runs `body` with SIGINT/SIGTERM caught (aborting its signal) and the experiment layer's usage
 * problems turned into usage errors (exit code 2).
 */
export async function withInterrupts<T>(body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const watch = watchInterrupts();
  try {
    return await body(watch.signal);
  } catch (error) {
    throw asUsageError(error);
  } finally {
    watch.dispose();
  }
}

/** The experiment layer's usage problems as usage errors; other errors unchanged. */
export function asUsageError(error: unknown): unknown {
  return error instanceof ExperimentUsageError || error instanceof OutputFolderError
    ? new UsageError(error.message)
    : error;
}

/** Says that a shard's table covers only its own replications. */
export function writeShardNote(
  stdout: Writer,
  shard: Shard,
  [first, last]: readonly [number, number],
): void {
  stdout.write(
    `Shard ${shard.index}/${shard.count}: replications ${first}-${last} only; merge all shards ` +
      'with "peakwatch merge" for the full result.\n',
  );
}

/** Writes the folder line that ends every experiment command's output. */
export function writeFolderLine(stdout: Writer, folder: string): void {
  stdout.write(`Results: ${folder}\n`);
}

/** Prints the breakdowns `--by` asked for (not the site × hour one every folder gets). */
export function writeBreakdowns(
  stdout: Writer,
  scenario: Scenario,
  breakdowns: readonly WrittenBreakdown[],
  asked: readonly (readonly BreakdownDimension[])[],
  t: Translate,
  names: DisplayNames,
): void {
  const standardNames = new Map(
    scenario.standards.map((s) => [s.id, names.standard({ standard: s.id, name: s.id })]),
  );
  for (const breakdown of breakdowns) {
    if (!asked.some((by) => by.join() === breakdown.by.join())) continue;
    stdout.write(`${formatBreakdownTable(breakdown.rows, breakdown.by, standardNames, t)}\n`);
  }
}
