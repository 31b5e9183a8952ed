/**
 * `peakwatch validate` on each kind of bad input: exit code 2, and a message naming the file,
 * the line:col of the mistake (found by the test in the fixture's text) and the field path.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { runCli, whereIs } from './helpers.js';

const bad = (name: string) => `test/fixtures/bad/${name}`;
const temp = mkdtempSync(join(tmpdir(), 'peakwatch-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Validates one file and returns stderr, after checking the exit code and the empty stdout. */
async function rejected(file: string): Promise<string> {
  const run = await runCli(['validate', file]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
  return run.stderr;
}

/** Where the YAML parser itself reports the first error in a file. */
function parserPosition(file: string): string {
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
  const { line, col } = lines.linePos(document.errors[0]!.pos[0]);
  return `${line}:${col}`;
}

describe('validate accepts', () => {
  it('a valid file with a one-line summary on stdout', async () => {
    const run = await runCli(['validate', 'test/fixtures/minimal.yaml']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    // The fixture has 2 days, 4 sites, 2 incident types and 2 plans, the first named "base".
    expect(run.stdout).toBe(
      'ok  test/fixtures/minimal.yaml: "Minimal test scenario", 2 days, 4 sites, 2 incident types, 2 plans (default base)\n',
    );
  });
});

describe('validate rejects', () => {
  it('a missing file', async () => {
    expect(await rejected('no/such/scenario.yaml')).toContain(
      'no/such/scenario.yaml:1:1  no such file',
    );
  });

  it('a directory', async () => {
    expect(await rejected('test/fixtures/bad')).toContain('test/fixtures/bad:1:1  is a directory');
  });

  it('an empty file', async () => {
    expect(await rejected(bad('empty.yaml'))).toContain(
      `${bad('empty.yaml')}:1:1  the file is empty`,
    );
  });

  it('invalid YAML: an unclosed quote, at the parser position', async () => {
    const file = bad('unclosed-quote.yaml');
    const stderr = await rejected(file);
    expect(parserPosition(file)).toMatch(/^3:/); // the quote opens on line 3
    expect(stderr).toContain(
      `${file}:${parserPosition(file)}  YAML syntax: Missing closing "quote`,
    );
  });

  it('invalid YAML: bad indentation, at the parser position', async () => {
    const file = bad('bad-indentation.yaml');
    const stderr = await rejected(file);
    expect(parserPosition(file)).toBe(whereIs(file, '   days'));
    expect(stderr).toContain(`${file}:${parserPosition(file)}  YAML syntax:`);
  });

  it('invalid JSON, where the JSON parser stopped', async () => {
    const file = bad('missing-comma.json');
    expect(await rejected(file)).toContain(
      `${file}:${whereIs(file, '"seed"')}  JSON syntax: Expected ',' or '}'`,
    );
  });

  it('valid YAML that is a list', async () => {
    const file = bad('list.yaml');
    expect(await rejected(file)).toContain(
      `${file}:${whereIs(file, '- peakwatch')}  expected a mapping of scenario fields`,
    );
  });

  it('valid YAML that is a scalar', async () => {
    const file = bad('scalar.yaml');
    expect(await rejected(file)).toContain(`${file}:${whereIs(file, 'just')}  expected a mapping`);
  });

  it('an unknown key, with the closest known key', async () => {
    const file = bad('unknown-key.yaml');
    expect(await rejected(file)).toContain(
      `${file}:${whereIs(file, 'replicatons:')}  replicatons: unknown key "replicatons" (did you mean "replications"?)`,
    );
  });

  it('an unknown key at depth 3, with its path and a suggestion, and no "missing cars" echo', async () => {
    const file = bad('deep-unknown-key.yaml');
    const stderr = await rejected(file);
    expect(stderr).toContain(
      `${file}:${whereIs(file, 'carz:')}  plans[0].officers.shifts[0].carz: unknown key "carz" (did you mean "cars"?)`,
    );
    expect(stderr).toContain('expected one of: start, end, cars, crew');
    expect(stderr).toContain('1 problem found');
  });

  it('a negative rate', async () => {
    const file = bad('negative-rate.yaml');
    expect(await rejected(file)).toContain(
      `${file}:${whereIs(file, '-0.05')}  incidents.types[1].rate: rate must be 0 or more (got -0.05)`,
    );
  });

  it('a probability of 1.5', async () => {
    const file = bad('probability.yaml');
    expect(await rejected(file)).toContain(
      `${file}:${whereIs(file, 'probability: 1.5', 13)}  incidents.types[0].escalation.probability: a probability must be between 0 and 1 (got 1.5)`,
    );
  });

  it('a patrol route naming a missing site, by name', async () => {
    const file = bad('missing-route-site.yaml');
    expect(await rejected(file)).toContain(
      `${file}:${whereIs(file, 'gate]')}  plans[0].patrols[0].route[2]: unknown site "gate"`,
    );
  });

  it('every problem of a file with several, in file order', async () => {
    const file = bad('several-problems.yaml');
    const stderr = await rejected(file);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      `${file}:${whereIs(file, '"2024-10-1"')}  calendar.start: expected a date "YYYY-MM-DD" (got "2024-10-1")`,
      `${file}:${whereIs(file, 'capacity: 0', 10)}  sites[0].capacity: capacity must be greater than 0 (got 0)`,
      `${file}:${whereIs(file, 'priority: 0', 10)}  incidents.types[0].priority: expected at least 1 (got 0)`,
      `${file}:${whereIs(file, 'dispatch: closest', 10)}  plans[1].dispatch: expected one of: nearest, platform-first (got "closest")`,
      '4 problems found',
    ]);
  });

  it('5 MB of random bytes, as not a text file, at the first bad byte', async () => {
    const file = join(temp, 'random.yaml');
    const bytes = new Uint8Array(5 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 65536) {
      crypto.getRandomValues(bytes.subarray(i, i + 65536));
    }
    // Text on line 1, then 0xFF (never valid UTF-8) as the first byte of line 2.
    bytes.set(new TextEncoder().encode('peakwatch: 1\n'), 0);
    bytes[13] = 0xff;
    writeFileSync(file, bytes);
    expect(await rejected(file)).toContain(`${file}:2:1  not a text scenario file`);
  });

  it('a file over the size cap', async () => {
    const file = join(temp, 'huge.yaml');
    writeFileSync(file, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    expect(await rejected(file)).toContain(
      `${file}:1:1  is 10485761 bytes; a scenario file may be at most 10485760 bytes`,
    );
  });

  it('a YAML alias bomb (billion laughs), at the first alias', async () => {
    const file = join(temp, 'bomb.yaml');
    // Ten levels of nine aliases each: 9^10 (about 3.5 billion) strings if expanded.
    const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let k = 1; k < 10; k += 1) {
      levels.push(
        `a${k}: &a${k} [${Array(9)
          .fill(`*a${k - 1}`)
          .join(', ')}]`,
      );
    }
    writeFileSync(file, `${levels.join('\n')}\n`);
    const stderr = await rejected(file);
    expect(stderr).toContain(
      `${file}:${whereIs(file, '*a0')}  aliases (*name) expand to too much data`,
    );
  });

  it('several files, reporting each bad one and summarising the good one', async () => {
    const run = await runCli([
      'validate',
      bad('negative-rate.yaml'),
      'test/fixtures/minimal.yaml',
      bad('probability.yaml'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^ok {2}test\/fixtures\/minimal\.yaml: /);
    expect(run.stderr).toContain(`${bad('negative-rate.yaml')}:`);
    expect(run.stderr).toContain(`${bad('probability.yaml')}:`);
    expect(run.stderr).toContain('2 problems found');
  });
});
