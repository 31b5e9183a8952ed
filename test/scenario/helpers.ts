/** Helpers for scenario tests: the minimal fixture's text, edits of it, and problem capture. */
import { readFileSync } from 'node:fs';
import { ScenarioError, type ScenarioProblem } from '../../src/scenario/errors.js';
import { parseScenarioText } from '../../src/scenario/load.js';

/** Path of the small valid scenario the tests start from. */
export const MINIMAL = 'test/fixtures/minimal.yaml';
/** Its text. */
export const minimalText = readFileSync(MINIMAL, 'utf8');

/** The minimal scenario's text with each `[from, to]` replacement applied once (each must match). */
export function edited(...replacements: readonly [string, string][]): string {
  let text = minimalText;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`the fixture has no "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}

/** The problems loading `text` reports (fails the test if it loads). */
export function problemsOf(text: string, file = 'test.yaml'): readonly ScenarioProblem[] {
  try {
    parseScenarioText(text, file);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected the scenario to be rejected, but it loaded');
}

/** The 1-based line:col of the first occurrence of `needle` in `text`. */
export function positionIn(text: string, needle: string): { line: number; col: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}
