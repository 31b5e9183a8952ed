/*
 * A scenario that gives no search duration runs exactly as before searches took time: same
 * seed, the same outputs byte for byte. The fixture folder holds a two-day copy of the default
 * scenario (with preemption and meal breaks on) and the incidents, responders and summary files
 * that the version before the change wrote for it (every plan, both replications; the plan
 * `current` checked against `peakwatch run`'s own files then). Columns and measures added since
 * are not in the fixture's headers; every one that is must come out identical.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type OutputHeaders, scenarioOutputs } from './search-free-outputs.js';

const FOLDER = 'test/fixtures/search-free';
const FILES = ['incidents', 'responders', 'summary'] as const;

const expected = Object.fromEntries(
  FILES.map((name) => [name, readFileSync(`${FOLDER}/${name}.csv`, 'utf8')]),
) as Record<(typeof FILES)[number], string>;
const headers = Object.fromEntries(
  FILES.map((name) => [name, expected[name].slice(0, expected[name].indexOf('\n'))]),
) as OutputHeaders;

describe('a scenario without search durations', () => {
  const outputs = scenarioOutputs(`${FOLDER}/scenario.yaml`, headers);

  it.each(FILES)('reproduces %s.csv of the version before searches took time', (name) => {
    expect(firstDifference(outputs[name], expected[name])).toBeNull();
  });
});

/** The first line where two texts differ (1-based, with both lines), or null if they are equal. */
function firstDifference(actual: string, wanted: string) {
  if (actual === wanted) return null;
  const got = actual.split('\n');
  const want = wanted.split('\n');
  const line = want.findIndex((text, i) => got[i] !== text);
  const index = line === -1 ? want.length : line;
  return { line: index + 1, expected: want[index], actual: got[index] };
}
