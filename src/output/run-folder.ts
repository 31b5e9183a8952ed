/**
 * The folder a command writes its results into. Each run gets a new folder under the results
 * directory and never touches an earlier one. Files are written into `<name>.incomplete/`, which
 * holds an INCOMPLETE.txt from the first moment; only when every file is written is that note
 * removed and the folder renamed to its final name. So a folder without the suffix is always
 * finished, and an interrupted or failed run leaves a folder that says why it is not.
 *
 * @example
 * ```ts
 * const folder = RunFolder.create({ resultsDir: 'results', scenarioPath: 'a.yaml', command: 'run' });
 * writeFileSync(folder.file('summary.csv'), text);
 * folder.complete(); // results/a-run-20241001-093000
 * ```
 */
import { existsSync, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isPlainFileName } from './folder-files.js';

/** Suffix of a folder whose run has not finished. */
export const INCOMPLETE_SUFFIX = '.incomplete';
/** The note inside an unfinished folder. */
export const INCOMPLETE_NOTE = 'INCOMPLETE.txt';

/** Thrown for an output folder name that is refused (a usage error). */
export class OutputFolderError extends Error {
  override readonly name = 'OutputFolderError';
}

/** Where and under what name to create a run folder. */
export interface RunFolderOptions {
  /** The results directory (created if missing). */
  readonly resultsDir: string;
  /** The scenario file; its name without extension starts the folder name. */
  readonly scenarioPath: string;
  /** The command writing the folder, e.g. "run". */
  readonly command: string;
  /** A name chosen by the user (`--out`): used as is, refused if it exists. */
  readonly out?: string | undefined;
  /** The command line, recorded in INCOMPLETE.txt. */
  readonly commandLine?: string | undefined;
  /** The moment that names the folder (default now). */
  readonly now?: Date | undefined;
}

/** "YYYYMMDD-HHMMSS" of a moment in the machine's local time. */
export function timestampLabel(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${moment.getFullYear()}${pad(moment.getMonth() + 1)}${pad(moment.getDate())}-` +
    `${pad(moment.getHours())}${pad(moment.getMinutes())}${pad(moment.getSeconds())}`
  );
}

/** The automatic folder name `<scenario-file-stem>-<command>-<YYYYMMDD-HHMMSS>`. */
export function automaticFolderName(scenarioPath: string, command: string, moment: Date): string {
  const file = basename(scenarioPath);
  return `${basename(file, extname(file))}-${command}-${timestampLabel(moment)}`;
}

/** Longest `--out`, in UTF-8 bytes: room for the `.incomplete` suffix within the usual 255. */
const MAX_OUT_BYTES = 200;

/**
 * Checks that a user-chosen folder name stays a plain name inside the results directory.
 *
 * @throws OutputFolderError for an empty name, `.`/`..`, a path (separators, absolute paths), a
 * control character, a name longer than 200 bytes or a name ending in `.incomplete`.
 */
export function checkOutName(name: string): void {
  if (!isPlainFileName(name)) {
    throw new OutputFolderError(
      `--out must be a plain folder name inside the results directory, without control characters (got ${JSON.stringify(name)})`,
    );
  }
  if (Buffer.byteLength(name) > MAX_OUT_BYTES) {
    throw new OutputFolderError(
      `--out is ${Buffer.byteLength(name)} bytes long; a folder name may be at most ${MAX_OUT_BYTES}`,
    );
  }
  if (name.endsWith(INCOMPLETE_SUFFIX)) {
    throw new OutputFolderError(`--out cannot end in "${INCOMPLETE_SUFFIX}" (got "${name}")`);
  }
}

/** Whether anything, even a dangling symbolic link, is at `path`. */
function isTaken(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

/** A file-system error in words: its message without the call and path Node adds. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOTDIR: 'a part of the path is a file, not a directory',
    EEXIST: 'a file of that name is in the way',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENAMETOOLONG: 'the name is too long for the file system',
    ENOSPC: 'no space left on the device',
  };
  return (
    (code !== undefined && Object.hasOwn(words, code) ? words[code] : undefined) ??
    (error as Error).message
  );
}

/**
 * Creates the results directory (and its parents) if missing.
 *
 * @throws OutputFolderError when it cannot be created or is not a directory (a usage error: the
 * command stops before any work).
 */
function createResultsDir(resultsDir: string): void {
  try {
    mkdirSync(resultsDir, { recursive: true });
  } catch (error) {
    throw new OutputFolderError(`--results-dir ${resultsDir}: cannot use it: ${reasonOf(error)}`);
  }
}

/** A results folder being written (see the module comment). */
export class RunFolder {
  private constructor(
    /** The folder being written, `<finalPath>.incomplete`. */
    readonly path: string,
    /** Where the folder will be once complete. */
    readonly finalPath: string,
    private readonly commandLine: string | undefined,
  ) {}

  /**
   * Creates the `.incomplete` folder with its INCOMPLETE.txt. An automatic name that is taken
   * gets a suffix -2, -3, …; a name given with `out` that is taken is refused.
   *
   * @throws OutputFolderError when `out` is not a plain name or is taken.
   */
  static create(options: RunFolderOptions): RunFolder {
    createResultsDir(options.resultsDir);
    const moment = options.now ?? new Date();
    if (options.out !== undefined) {
      checkOutName(options.out);
      const folder = RunFolder.tryCreate(options.resultsDir, options.out, options.commandLine);
      if (!folder) {
        throw new OutputFolderError(
          `results folder "${options.out}" already exists in ${options.resultsDir}: choose another --out`,
        );
      }
      folder.writeNote(`started ${moment.toISOString()}`);
      return folder;
    }
    const base = automaticFolderName(options.scenarioPath, options.command, moment);
    for (let attempt = 1; ; attempt += 1) {
      const name = attempt === 1 ? base : `${base}-${attempt}`;
      const folder = RunFolder.tryCreate(options.resultsDir, name, options.commandLine);
      if (folder) {
        folder.writeNote(`started ${moment.toISOString()}`);
        return folder;
      }
    }
  }

  /** Creates `<name>.incomplete` when neither it nor `<name>` exists; undefined otherwise. */
  private static tryCreate(
    resultsDir: string,
    name: string,
    commandLine: string | undefined,
  ): RunFolder | undefined {
    const finalPath = join(resultsDir, name);
    const path = finalPath + INCOMPLETE_SUFFIX;
    // Taken by anything, a dangling symbolic link included (the final rename would fail on it).
    if (isTaken(finalPath)) return undefined;
    try {
      // Not recursive: fails if another process created it between the check and now.
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
      throw new OutputFolderError(`cannot create ${path}: ${reasonOf(error)}`);
    }
    try {
      writeFileSync(join(path, INCOMPLETE_NOTE), '');
    } catch (error) {
      rmSync(path, { recursive: true, force: true });
      throw new OutputFolderError(`cannot write into ${path}: ${reasonOf(error)}`);
    }
    return new RunFolder(path, finalPath, commandLine);
  }

  /**
   * The path of a file inside the folder being written.
   *
   * @throws OutputFolderError for a name that is not a plain file name (it would leave the folder)
   */
  file(name: string): string {
    if (!isPlainFileName(name)) {
      throw new OutputFolderError(`"${name}" is not a plain file name inside the results folder`);
    }
    return join(this.path, name);
  }

  /**
   * Marks the folder finished: removes INCOMPLETE.txt and renames it to its final name.
   *
   * @throws Error when the final name was taken while the run was going (the folder stays
   * `.incomplete`, with a note saying so).
   */
  complete(): void {
    if (existsSync(this.finalPath)) {
      const reason = `${this.finalPath} appeared while this run was going; results left here`;
      this.abandon(reason);
      throw new Error(reason);
    }
    rmSync(this.file(INCOMPLETE_NOTE));
    renameSync(this.path, this.finalPath);
  }

  /** Leaves the folder unfinished, with INCOMPLETE.txt saying why. */
  abandon(reason: string): void {
    this.writeNote(`stopped ${new Date().toISOString()}: ${reason}`);
  }

  /** Writes INCOMPLETE.txt with a status line. */
  private writeNote(status: string): void {
    const lines = [
      'This run has not finished: the files in this folder are partial.',
      status,
      ...(this.commandLine ? [`command: ${this.commandLine}`] : []),
      '',
    ];
    writeFileSync(this.file(INCOMPLETE_NOTE), lines.join('\n'));
  }
}
