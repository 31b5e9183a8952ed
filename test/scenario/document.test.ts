/** The locator finds where any field path is written, also through aliases and in JSON. */
import { describe, expect, it } from 'vitest';
import { parseDataText } from '../../src/scenario/document.js';
import { ScenarioError } from '../../src/scenario/errors.js';
import { knownKeysAt } from '../../src/scenario/keys.js';
import { ScenarioSchema, ShiftSchema } from '../../src/scenario/schema.js';

const yaml = [
  'top: 1', //                    line 1
  'plans:', //                    line 2
  '  - name: a', //               line 3
  '    shifts:', //               line 4
  '      - { start: "07:00", cars: 2 }', // line 5
  'anchor: &x { deep: 3 }', //    line 6
  'alias: *x', //                 line 7
  'empty:', //                    line 8
].join('\n');

describe('SourceLocator.positionOf', () => {
  const { locator } = parseDataText(yaml, 'f.yaml', 'yaml');

  it('points at a value, or at its key on request', () => {
    expect(locator.positionOf(['top'])).toEqual({ line: 1, col: 6 });
    expect(locator.positionOf(['top'], 'key')).toEqual({ line: 1, col: 1 });
    expect(locator.positionOf(['plans', 0, 'shifts', 0, 'cars'])).toEqual({ line: 5, col: 33 });
    expect(locator.positionOf(['plans', 0, 'shifts', 0, 'cars'], 'key')).toEqual({
      line: 5,
      col: 27,
    });
  });

  it('points at the deepest existing node for a path that goes missing', () => {
    // plans[0] has no "officers": the problem belongs to plans[0], whose text starts at "name".
    expect(locator.positionOf(['plans', 0, 'officers', 'base'])).toEqual({ line: 3, col: 5 });
    expect(locator.positionOf(['plans', 7])).toEqual({ line: 3, col: 3 });
  });

  it('follows an alias to its anchored node', () => {
    expect(locator.positionOf(['alias', 'deep'])).toEqual({ line: 6, col: 20 });
  });

  it('points at the key of an empty value', () => {
    expect(locator.positionOf(['empty'])).toEqual({ line: 8, col: 1 });
  });

  it('locates JSON the same way', () => {
    const { data, locator: json } = parseDataText(
      '{\n  "a": [\n    {"b": true}\n  ]\n}',
      'f.json',
      'json',
    );
    expect(data).toEqual({ a: [{ b: true }] });
    expect(json.positionOf(['a', 0, 'b'])).toEqual({ line: 3, col: 11 });
  });
});

describe('parseDataText', () => {
  it('reads YAML 1.2 core: clock times and dates stay text, no sexagesimal numbers', () => {
    const { data } = parseDataText('a: 07:30\nb: 2024-10-01\nc: 0x10\n', 'f.yaml', 'yaml');
    expect(data).toEqual({ a: '07:30', b: '2024-10-01', c: 16 });
  });

  /** The problems a text's syntax errors give, or fails the test when it parses. */
  function syntaxProblems(text: string): readonly { line: number; col: number; message: string }[] {
    try {
      parseDataText(text, 'f.yaml', 'yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      return (error as ScenarioError).problems;
    }
    throw new Error('the text parsed');
  }

  it('reports the first syntax error only, counting the ones that follow from it', () => {
    // 5,000 unclosed brackets make many parser errors; after the first, the parser is guessing.
    const problems = syntaxProblems('['.repeat(5000));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /^YAML syntax: .*; then \d+ more syntax errors, probably caused by this one: fix it first$/,
    );
  });

  it('names a tab in the indentation, at the tab, instead of its cascade of errors', () => {
    // One tab on line 3 makes the parser report about twenty problems on the lines after it.
    const lines = ['sites:', '  - id: a', '\tkind: viewpoint', '    lat: 1', '    lon: 2'];
    for (let i = 0; i < 8; i++) lines.push(`  - id: s${i}`, '    kind: parking');
    const problems = syntaxProblems(lines.join('\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, col: 1 });
    expect(problems[0]!.message).toMatch(
      /^YAML syntax: a tab in the indentation; YAML indents with spaces only/,
    );
  });

  it('finds a tab after spaces in the indentation, which the parser reports as misalignment', () => {
    const text = ['a:', '  b: 1', '  \t  c: 2', '  d: 3'].join('\n');
    const problems = syntaxProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, col: 3 });
    expect(problems[0]!.message).toMatch(/a tab in the indentation/);
  });

  it('asks whether a comma is missing inside { … }, where the parser sees a block mapping', () => {
    const text = 'links:\n  - { between: [a, b], vehicle: 1.5 walk: 6 }\n';
    const problems = syntaxProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(2);
    expect(problems[0]!.message).toMatch(
      /; is a comma missing between two entries of the \{ … \} or \[ … \]\?$/,
    );
  });

  it('keeps a single syntax error as the parser gives it', () => {
    const problems = syntaxProblems('a: "open\nb: 1\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^YAML syntax: Missing closing "quote$/);
  });
});

describe('knownKeysAt', () => {
  it('lists an object schema’s keys, at any depth', () => {
    expect(knownKeysAt(ShiftSchema, {}, [])).toEqual([
      'start',
      'end',
      'cars',
      'crew',
      'base',
      'mode',
      'days',
      'mealBreak',
      'patrol',
    ]);
    const data = { plans: [{ officers: { shifts: [{}] } }] };
    expect(knownKeysAt(ScenarioSchema, data, ['plans', 0, 'officers', 'shifts', 0])).toEqual([
      'start',
      'end',
      'cars',
      'crew',
      'base',
      'mode',
      'days',
      'mealBreak',
      'patrol',
    ]);
  });

  it('picks the union option named by the data’s literal field', () => {
    const data = { detection: { phone: { dist: 'triangular' } } };
    expect(knownKeysAt(ScenarioSchema, data, ['detection', 'phone'])).toEqual([
      'dist',
      'min',
      'mode',
      'max',
    ]);
  });

  it('lists the site kinds for the siteKinds map', () => {
    const data = { incidents: { types: [{ siteKinds: {} }] } };
    expect(knownKeysAt(ScenarioSchema, data, ['incidents', 'types', 0, 'siteKinds'])).toContain(
      'shuttle-stop',
    );
  });
});
