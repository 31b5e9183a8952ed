/**
 * Parsing scenario text (YAML or JSON) into plain data while keeping the syntax tree, so any
 * field path can be traced back to a line and column. Scenario files are data: the YAML core
 * schema is used with no custom tags, an unknown tag is an error, and alias expansion is
 * capped so a "billion laughs" file is refused instead of filling memory.
 */
import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type YAMLError,
} from 'yaml';
import { ScenarioError, type ScenarioProblem } from './errors.js';
import type { FieldPath } from './paths.js';
import { positionInText, type SourcePosition } from './position.js';
import type { SourceFormat } from './source.js';

/** Most alias expansions a file may make; real scenarios use a handful. */
const MAX_ALIAS_COUNT = 100;
/**
 * Parser errors that stand on their own (the text around them parsed): each is reported. Any
 * other parser error leaves the parser guessing, so the errors after it are usually its echoes.
 */
const SELF_CONTAINED_ERRORS: ReadonlySet<string> = new Set(['DUPLICATE_KEY', 'TAG_RESOLVE_FAILED']);

/**
 * Finds where a field path is written in the parsed text: the node at the path, or the
 * deepest node that exists along it (a missing field is reported at the object that lacks it).
 *
 * @example
 * ```ts
 * const { data, locator } = parseDataText('a:\n  b: 1\n', 'x.yaml', 'yaml');
 * locator.positionOf(['a', 'b']); // { line: 2, col: 6 }
 * locator.positionOf(['a', 'b'], 'key'); // { line: 2, col: 3 }
 * ```
 */
export class SourceLocator {
  readonly #document: Document.Parsed;
  readonly #lines: LineCounter;

  constructor(document: Document.Parsed, lines: LineCounter) {
    this.#document = document;
    this.#lines = lines;
  }

  /** Position of the value at `path` (or of its key, with `at = 'key'`). */
  positionOf(path: FieldPath, at?: 'key'): SourcePosition {
    let node = this.#resolve(this.#document.contents);
    let offset = textStart(node) ?? 0;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => keyText(item.key) === String(segment));
        if (pair === undefined) break;
        const keyOffset = textStart(pair.key) ?? offset;
        // An empty value (`key:` with nothing after it) has no text of its own: point at the key.
        offset = last && at === 'key' ? keyOffset : (textStart(pair.value) ?? keyOffset);
        node = this.#resolve(pair.value);
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        const itemOffset = textStart(item);
        if (itemOffset === undefined) break;
        offset = itemOffset;
        node = this.#resolve(item);
      } else {
        break;
      }
    }
    return this.positionAtOffset(offset);
  }

  /** Position of a character offset in the text. */
  positionAtOffset(offset: number): SourcePosition {
    return this.#lines.linePos(offset);
  }

  /** Follows an alias to its anchored node, so paths can pass through `*name`. */
  #resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.#document) : node;
  }
}

/** Where a node's own text starts, or undefined when it has none (absent or empty). */
function textStart(node: unknown): number | undefined {
  if (!isNode(node) || !node.range) return undefined;
  const [start, end] = node.range;
  return end > start ? start : undefined;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/** Plain data parsed from scenario text, with a locator for its fields. */
export interface ParsedText {
  readonly data: unknown;
  readonly locator: SourceLocator;
}

/**
 * Parses YAML or JSON text into plain data, or throws a ScenarioError with every syntax
 * problem at the parser's line:col. JSON is first checked by the JSON parser (so JSON files get
 * JSON's rules and messages), then read by the YAML parser, which keeps the positions.
 */
export function parseDataText(text: string, file: string, format: SourceFormat): ParsedText {
  if (format === 'json') checkJsonSyntax(text, file);
  const lines = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: lines,
    schema: 'core',
    customTags: [],
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const locator = new SourceLocator(document, lines);
  const problemAt = (offset: number, message: string): ScenarioProblem => ({
    file,
    ...locator.positionAtOffset(offset),
    path: '',
    message,
  });
  const syntax = syntaxProblems([...document.errors, ...document.warnings], text, problemAt);
  if (syntax.length > 0) throw new ScenarioError(syntax);
  try {
    return { data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locator };
  } catch (error) {
    const message = (error as Error).message;
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(message);
    if (unresolved !== null) {
      const name = unresolved[1]!;
      throw new ScenarioError([
        problemAt(
          firstAliasOffset(document, name),
          `alias *${name} names no anchor: define &${name} before it is used`,
        ),
      ]);
    }
    if (!/alias/i.test(message)) throw new ScenarioError([problemAt(0, `cannot read: ${message}`)]);
    throw new ScenarioError([
      problemAt(
        firstAliasOffset(document),
        `aliases (*name) expand to too much data (limit ${MAX_ALIAS_COUNT}); is this a "billion laughs" file?`,
      ),
    ]);
  }
}

/**
 * The problems a file's parser errors give: every self-contained one (a duplicate key, an unknown
 * tag), and of the others only the first in the text, with a count of those after it. One tab in
 * an indentation, for instance, makes the parser report twenty misalignments on the lines after
 * it; the researcher needs the first, and to be told the rest probably go with it.
 */
function syntaxProblems(
  errors: readonly YAMLError[],
  text: string,
  problemAt: (offset: number, message: string) => ScenarioProblem,
): ScenarioProblem[] {
  const ordered = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const own = ordered.filter((error) => SELF_CONTAINED_ERRORS.has(error.code));
  const parse = ordered.filter((error) => !SELF_CONTAINED_ERRORS.has(error.code));
  const problems = own.map((error) => problemAt(error.pos[0], describeYamlError(error, text)));
  const first = parse[0];
  if (first === undefined) return problems;
  const tab = indentationTab(text, first.pos[0]);
  const message =
    tab === undefined
      ? describeYamlError(first, text)
      : 'YAML syntax: a tab in the indentation; YAML indents with spaces only, so replace it with spaces';
  const more =
    parse.length > 1
      ? `; then ${parse.length - 1} more syntax errors, probably caused by this one: fix it first`
      : '';
  problems.push(problemAt(tab ?? first.pos[0], message + more));
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** Offset of a tab in the indentation of the line holding `offset`, if there is one. */
function indentationTab(text: string, offset: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indentation = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const tab = indentation.indexOf('\t');
  return tab < 0 ? undefined : lineStart + tab;
}

/**
 * Offset of the first alias in the document (of the first `*name` when a name is given), where an
 * alias problem is reported.
 */
function firstAliasOffset(document: Document.Parsed, name?: string): number {
  let offset = 0;
  visit(document, {
    Alias(_, node) {
      if (name !== undefined && node.source !== name) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** A YAML parser message without its own position suffix (the problem carries the position). */
function describeYamlError(error: YAMLError, text: string): string {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'|^([^\s:,{}[\]]+)/.exec(text.slice(error.pos[0]));
    const name = key === null ? '' : ` "${key[1] ?? key[2] ?? key[3]}"`;
    return `duplicate key${name}: it is already given earlier in the same mapping; give each key once`;
  }
  if (error.code === 'TAG_RESOLVE_FAILED') {
    const tag = text.slice(error.pos[0], error.pos[1]);
    return `unsupported tag ${tag}: scenario files are plain data; remove the tag`;
  }
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  // `{ vehicle: 1.5 walk: 6 }`: the parser reads the second pair as a block mapping.
  const hint =
    error.code === 'BLOCK_IN_FLOW'
      ? '; is a comma missing between two entries of the { … } or [ … ]?'
      : '';
  return `YAML syntax: ${message}${hint}`;
}

/**
 * Throws a ScenarioError if the text is not JSON, with the JSON parser's message. It is located
 * where the JSON parser stopped when it says so, else where the YAML parser with its JSON schema
 * first fails (its messages are less clear for JSON, its positions are always there).
 */
function checkJsonSyntax(text: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const reason = message
      .replace(/ in JSON at position \d+/, '')
      .replace(/ \(line \d+ column \d+\)/, '')
      .replace(/, .* is not valid JSON$/s, '')
      .replace(
        /Unexpected token '(\s)'/,
        (_, space: string) => `Unexpected ${JSON.stringify(space)}`,
      );
    const position = jsonErrorPosition(message, text);
    throw new ScenarioError([{ file, ...position, path: '', message: `JSON syntax: ${reason}` }]);
  }
}

function jsonErrorPosition(message: string, text: string): SourcePosition {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn !== null) return { line: Number(lineColumn[1]), col: Number(lineColumn[2]) };
  const offset = /at position (\d+)/.exec(message);
  if (offset !== null) return positionInText(text, Number(offset[1]));
  if (/end of JSON input/.test(message)) return positionInText(text, text.length);
  const strict = parseDocument(text, { schema: 'json', prettyErrors: false });
  const first = [...strict.errors, ...strict.warnings][0];
  return positionInText(text, first?.pos[0] ?? 0);
}
