/**
 * The CLI's entry point as a function: parse the arguments with yargs, run the command, and
 * turn the outcome into an exit code. It never exits the process or touches process streams,
 * so tests can run it in-process.
 */
import type { CommandModule } from 'yargs';
import { peakwatchVersion } from '../output/version.js';
import type { CliIo } from './command.js';
import { COMMANDS, type CommandEntry } from './commands.js';
import { describeFailure, ExitCode, exitCodeFor, UsageError } from './failure.js';

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
    const parser = await buildParser(io, argv);
    skipHelpCache(parser);
    await parser.parseAsync([...argv], {}, (_error, _args, text) => {
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

async function buildParser(io: CliIo, argv: readonly string[]) {
  const { default: yargs } = await import('yargs');
  const names = Object.keys(COMMANDS);
  const modules = await Promise.all(
    Object.entries(COMMANDS).map(([name, entry]) => commandModule(io, argv, name, entry)),
  );
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

/** The part of yargs's internal interface that {@link skipHelpCache} uses (yargs 18.2.0). */
interface YargsInternals {
  getInternalMethods(): { getUsageInstance(): { cacheHelpMessage(): void } };
}

/**
 * Stops yargs from rendering the whole help text of a command as its handler starts. yargs
 * keeps that text for a handler that would show help later; no peakwatch handler does (help is
 * shown by --help, which is parsed before any handler, and usage errors print their message
 * only), and rendering it costs 50 ms or more of every command's start-up (the terminal width
 * of every cell is measured). Help, per-command help and usage errors are unchanged.
 */
function skipHelpCache(parser: object): void {
  const usage = (parser as YargsInternals).getInternalMethods().getUsageInstance();
  usage.cacheHelpMessage = () => undefined;
}

/**
 * The options of a command named anywhere on the command line (a name that is only an
 * argument's value costs a needless load, never a wrong parse), with a handler that loads the
 * command's action only when it runs: a command's help and its usage errors load the options
 * alone. The heading alone of the others, which is all that help and the command suggestion need.
 */
async function commandModule(
  io: CliIo,
  argv: readonly string[],
  name: string,
  entry: CommandEntry,
  // biome-ignore lint/suspicious/noExplicitAny: each command has its own argument types.
): Promise<CommandModule<object, any>> {
  const heading = { command: entry.command, describe: entry.describe };
  if (!argv.includes(name)) return { ...heading, handler: () => undefined };
  return {
    ...heading,
    builder: await entry.options(),
    handler: async (args) => (await entry.action())(io, args),
  };
}
