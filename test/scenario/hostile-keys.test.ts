/*
 * Keys that JavaScript objects treat specially: `__proto__` cannot be held as data by an
 * object, so a parser or a schema would drop it without a word. It is reported, at the key.
 */
import { describe, expect, it } from 'vitest';
import { reservedKeyPaths } from '../../src/scenario/own-keys.js';
import { edited, minimalText, positionIn, problemsOf } from './helpers.js';

describe('a __proto__ key', () => {
  it("in an incident type's site multipliers (YAML) is reported at the key", () => {
    const text = edited(['sites: { lift: 2 }', 'sites: { lift: 2, __proto__: 3 }']);
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      ...positionIn(text, '__proto__'),
      path: 'incidents.types[1].sites.__proto__',
    });
    expect(problems[0]!.message).toMatch(/"__proto__" cannot be used as a key/);
  });

  it('at the top level is reported too', () => {
    const text = minimalText.replace(
      'name: Minimal test scenario',
      'name: Minimal test scenario\n"__proto__": { x: 1 }',
    );
    expect(problemsOf(text).map((p) => p.path)).toContain('__proto__');
  });

  it('is found in arrays and nested mappings, and only there', () => {
    const data = JSON.parse('[{"a": {"__proto__": {"__proto__": 1}}}, {"b": 2}]');
    expect(reservedKeyPaths(data)).toEqual([
      [0, 'a', '__proto__'],
      [0, 'a', '__proto__', '__proto__'],
    ]);
    expect(reservedKeyPaths({ constructor: 1, toString: 2 })).toEqual([]);
  });
});

describe('syntax problems named for what they are', () => {
  it('an alias with no anchor is an undefined alias, not an alias bomb', () => {
    const text = edited(['name: Minimal test scenario', 'name: *title']);
    const problems = problemsOf(text);
    expect(problems).toEqual([
      expect.objectContaining({
        ...positionIn(text, '*title'),
        message: 'alias *title names no anchor: define &title before it is used',
      }),
    ]);
  });

  it('a duplicate key in JSON is a duplicate key, named, at the repeat', () => {
    const text = '{"peakwatch": 1, "name": "a", "peakwatch": 2}';
    const problems = problemsOf(text, 'x.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, col: 31 });
    expect(problems[0]!.message).toMatch(/^duplicate key "peakwatch": it is already given/);
  });
});
