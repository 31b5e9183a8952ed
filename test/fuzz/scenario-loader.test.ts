/**
 * Fuzzing the scenario loader: a few hundred documents generated around the minimal scenario
 * (test/fuzz/generate.ts), as YAML and as JSON, some also cut or sprinkled with stray
 * characters as text. Each must end in a loaded scenario or a ScenarioError whose every problem
 * is located (file, line, column) with a message: never another exception, never a hang. A few
 * go through the CLI process too, for its exit codes (0 or 2) and the absence of a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { prepareScenarioModel } from '../../src/model/replication.js';
import { ScenarioError } from '../../src/scenario/errors.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { minimalText } from '../scenario/helpers.js';
import { mutate, seededRandom } from './generate.js';

const CASES = 300;
/** A hang detector, not a speed test: a case takes milliseconds. */
const CASE_LIMIT_MS = 10_000;

const original: unknown = parse(minimalText);

/** The text of case `seed`: the document edited, written as YAML or JSON, sometimes damaged. */
function caseText(seed: number): { text: string; file: string } {
  const random = seededRandom(seed);
  const document = mutate(original, random, 1 + Math.floor(random() * 4));
  const json = random() < 0.4;
  let text = json ? JSON.stringify(document, null, 1) : stringify(document);
  const damage = random();
  if (damage < 0.1) text = text.slice(0, Math.floor(random() * text.length));
  else if (damage < 0.2) {
    const at = Math.floor(random() * text.length);
    const stray = ['\u0000', '\t', '&a', '*a', '!!', '{', ']', '"', '\u00a0', '\ufeff', '---\n'];
    text = text.slice(0, at) + stray[Math.floor(random() * stray.length)] + text.slice(at);
  }
  return { text, file: json ? `case-${seed}.json` : `case-${seed}.yaml` };
}

/**
 * How loading a case ended: 'ok', or the located problems. A scenario that loads must also be
 * one the model accepts: validate's promise is that a valid file runs.
 */
function outcome(text: string, file: string): 'ok' | readonly string[] {
  try {
    prepareScenarioModel(parseScenarioText(text, file));
    return 'ok';
  } catch (error) {
    if (!(error instanceof ScenarioError)) {
      throw new Error(`${file}: ${String(error)}\n${(error as Error).stack ?? ''}`);
    }
    return error.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.path} ${p.message}`);
  }
}

describe('scenario loader fuzz', () => {
  it(`ends every one of ${CASES} generated documents in ok or located errors`, () => {
    let rejected = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const { text, file } = caseText(seed);
      const started = performance.now();
      let result: 'ok' | readonly string[];
      try {
        result = outcome(text, file);
      } catch (error) {
        throw new Error(
          `case ${seed} threw something other than a ScenarioError: ${error}\n${text}`,
        );
      }
      expect(performance.now() - started, `case ${seed}`).toBeLessThan(CASE_LIMIT_MS);
      if (result === 'ok') continue;
      rejected++;
      expect(result.length, `case ${seed}`).toBeGreaterThan(0);
      for (const line of result) {
        expect(line, `case ${seed}`).toMatch(
          new RegExp(`^${file.replace('.', '\\.')}:[1-9]\\d*:[1-9]\\d* .*\\S`, 's'),
        );
      }
    }
    // The generator must mostly produce bad documents, or it tests little.
    expect(rejected).toBeGreaterThan(CASES / 2);
  });

  it('gives exit 2 (or 0) and no stack trace through the CLI process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-fuzz-'));
    const bad: string[] = [];
    for (let seed = 1; bad.length < 5; seed++) {
      const { text, file } = caseText(seed);
      if (outcome(text, file) === 'ok') continue;
      writeFileSync(join(dir, file), text);
      bad.push(join(dir, file));
    }
    const validate = (files: readonly string[]) =>
      spawnSync('node', ['--import', 'tsx', 'src/cli.ts', 'validate', ...files], {
        encoding: 'utf8',
      });
    const rejected = validate(bad);
    expect(rejected.status).toBe(2);
    expect(rejected.stderr).not.toMatch(/\n\s+at /);
    for (const file of bad) expect(rejected.stderr).toContain(`${file}:`);
    const accepted = validate(['test/fixtures/minimal.yaml']);
    expect(accepted.status).toBe(0);
    expect(accepted.stderr).toBe('');
  }, 60_000);
});
