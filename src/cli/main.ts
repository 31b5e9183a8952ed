/**
 * The CLI's entry point as a function: parse the arguments with yargs, run the command, and
 * turn the outcome into an exit code. It never exits the process or touches process streams,
 * so tests can run it in-process.
 */
import yargs from 'yargs';
import { peakwatchVersion } from '../output/version.js';
import type { CliIo, CommandFactory } from './command.js';
import * as commands from './commands.js';
import { describeFailure, ExitCode, exitCodeFor, UsageError } from './failure.js';

const factories: readonly CommandFactory[] = Object.values(commands);

/**
 * Runs peakwatch with the arguments after the program name and returns the exit code
 * (0 success, 1 run failure, 2 bad usage or bad scenario).
 *
 * @example
 * ```ts
 * const code = await main(['validate', 'scenarios/summer-peak.yaml'], { stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Known before parsing so that a parsing failure can also show its stack.
  const debug = argv.includes('--debug');
  let output = '';
  try {
    await buildParser(io, argv).parseAsync([...argv], {}, (_error, _args, text) => {
      output = text;
    });
    // Help and --version text (yargs hands it over instead of printing it).
    if (output !== '') io.stdout.write(`${output}\n`);
    return ExitCode.ok;
  } catch (error) {
    io.stderr.write(`${describeFailure(error, debug)}\n`);
    return exitCodeFor(error);
  }
}

function buildParser(io: CliIo, argv: readonly string[]) {
  const modules = factories.map((factory) => factory(io));
  const names = modules.map((module) => String(module.command).split(' ')[0]);
  return yargs()
    .scriptName('peakwatch')
    .usage(
      '$0 <command> [options]\n\nSimulate a scenic-area police station on peak days and compare staffing plans.',
    )
    .locale('en')
    .option('debug', {
      type: 'boolean',
      default: false,
      describe: 'On an error, also print its stack trace (for bug reports)',
    })
    .command(modules)
    .demandCommand(1, `no command given; the commands are: ${names.join(', ')}`)
    .recommendCommands()
    .strict()
    .help()
    .version(peakwatchVersion())
    .epilog('Exit codes: 0 success, 1 run failure, 2 bad usage or bad scenario file.')
    .wrap(Math.min(100, io.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((message: string | undefined, error: Error | undefined) => {
      if (error !== undefined) throw error;
      // yargs's command suggestion does not repeat what was typed.
      const typed = argv.find((arg) => !arg.startsWith('-'));
      const text = message?.startsWith('Did you mean')
        ? `unknown command "${typed}"; ${message.replace('Did', 'did')}`
        : message;
      throw new UsageError(text ?? 'invalid usage');
    });
}
