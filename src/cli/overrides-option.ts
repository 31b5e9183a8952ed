/**
 * The `--set PATH=VALUE` and `--scale PATH=FACTOR` options of the commands that simulate: what-if
 * changes to the scenario without copying the file (see docs/scenario.md, "Overrides"), and the
 * words that write them back into a command line. Their parsing, which needs the scenario
 * reader, is in overrides.ts.
 */
import type { Argv } from 'yargs';

/** The options as yargs parses them (each may be given several times). */
export interface OverrideArgs {
  readonly set?: readonly string[];
  readonly scale?: readonly string[];
}

/** Adds `--set` and `--scale`. */
export function overrideOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('set', {
      type: 'string',
      array: true,
      describe:
        'PATH=VALUE: replace a value of the scenario, e.g. --set incidents.types[dispute].rate=0.06 ' +
        '(repeatable; checked like the file)',
    })
    .option('scale', {
      type: 'string',
      array: true,
      describe:
        'PATH=FACTOR: multiply a number or a list of numbers, e.g. --scale crowd.visitorsPerDay=1.3 ' +
        '(repeatable; applied after every --set)',
    });
}

/** `--set X`/`--scale X` words for the command line that reproduces a run. */
export function overrideWords(args: OverrideArgs): string[] {
  return [
    ...(args.set ?? []).flatMap((text) => ['--set', String(text)]),
    ...(args.scale ?? []).flatMap((text) => ['--scale', String(text)]),
  ];
}
