/**
 * Reading a scenario file from disk: the checks that come before parsing (the file exists, is
 * a regular file of a reasonable size, and is UTF-8 text), so that a wrong path, a directory or
 * a binary file gets one clear message instead of a parser's confusion.
 */
import { createHash } from 'node:crypto';
import { readFileSync, type Stats, statSync } from 'node:fs';
import { extname } from 'node:path';
import { ScenarioError } from './errors.js';
import { positionInText, type SourcePosition } from './position.js';
import { firstInvalidUtf8 } from './utf8.js';

/** Largest scenario file accepted, in bytes. Real scenarios are a few kilobytes. */
const MAX_SCENARIO_BYTES = 10 * 1024 * 1024;

/** The syntaxes a scenario can be written in, chosen by file extension. */
export type SourceFormat = 'yaml' | 'json';

/** A scenario file's text, ready to parse. */
export interface ScenarioSource {
  readonly file: string;
  readonly text: string;
  readonly format: SourceFormat;
  /** SHA-256 of the file's bytes, hex. */
  readonly hash: string;
}

/** The format a file name implies: `.json` is JSON, `.yaml`/`.yml` YAML, anything else none. */
export function formatOfFile(file: string): SourceFormat | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  return undefined;
}

/**
 * Reads a scenario file, or throws a ScenarioError saying why it cannot be one: missing,
 * a directory, the wrong extension, too large, empty, or not UTF-8 text.
 */
export function readScenarioSource(file: string): ScenarioSource {
  const fail = (message: string): never => {
    throw new ScenarioError([{ file, line: 1, col: 1, path: '', message }]);
  };
  let stats: Stats | undefined;
  try {
    stats = statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    return fail(`cannot be read: ${(error as Error).message}`);
  }
  if (stats === undefined) return fail('no such file');
  if (stats.isDirectory()) return fail('is a directory; expected a scenario file');
  if (!stats.isFile()) return fail('is not a regular file; expected a scenario file');
  const format = formatOfFile(file);
  if (format === undefined) return fail('expected a scenario file ending in .yaml, .yml or .json');
  if (stats.size > MAX_SCENARIO_BYTES) {
    return fail(
      `is ${stats.size} bytes; a scenario file may be at most ${MAX_SCENARIO_BYTES} bytes (${MAX_SCENARIO_BYTES / 1024 / 1024} MB)`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fail(`cannot be read: ${(error as Error).message}`);
  }
  if (bytes.length === 0) return fail('the file is empty; expected a scenario');
  const text = decodeScenarioText(bytes, file);
  return { file, text, format, hash: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Decodes UTF-8 bytes (dropping a byte-order mark), or throws a ScenarioError located at the
 * first NUL or ill-formed byte: a binary file is not a scenario, and saying where helps find
 * a stray byte in an otherwise good file.
 */
export function decodeScenarioText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    // Everything before the first ill-formed byte is valid UTF-8, so it decodes exactly.
    const valid = new TextDecoder().decode(bytes.subarray(0, offset));
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    throw notText(
      file,
      positionInText(valid, valid.length),
      `byte 0x${byte} at offset ${offset} is not UTF-8`,
    );
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw notText(file, positionInText(text, nul), 'it holds a NUL byte');
  return text;
}

function notText(file: string, position: SourcePosition, finding: string): ScenarioError {
  const message = `not a text scenario file (${finding}); expected YAML or JSON text in UTF-8`;
  return new ScenarioError([{ file, ...position, path: '', message }]);
}
