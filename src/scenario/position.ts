/** Line and column positions in scenario text, as editors count them (from 1). */

/** A 1-based line and column in the scenario text. */
export interface SourcePosition {
  readonly line: number;
  readonly col: number;
}

/**
 * The position of the character at `offset` (in UTF-16 code units, as JavaScript strings and
 * the YAML parser count).
 *
 * @example positionInText('a: 1\nbc', 6) // { line: 2, col: 2 }
 */
export function positionInText(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}
