/**
 * Fuzzing what `merge` and `report` read from results folders, which may come from another
 * machine: manifests edited at random (test/fuzz/generate.ts), sometimes damaged as text. Every
 * case must end in exit 0 or a clear exit 2 without a stack trace, and nothing may be written
 * outside the results directory (merge) or the folder (report).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runComparison } from '../../src/experiment/run-comparison.js';
import { runCli } from '../cli/helpers.js';
import { quietProgress, tinyScenario } from '../experiment/helpers.js';
import { buildFixture } from '../fixtures/report-folder.js';
import { mutate, seededRandom } from './generate.js';

/** Every path under `root`, relative to it, sorted. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

/** A manifest's text after the edits of case `seed`. */
function editedManifest(text: string, seed: number): string {
  const random = seededRandom(seed);
  const edited = JSON.stringify(mutate(JSON.parse(text), random, 1 + Math.floor(random() * 3)));
  return random() < 0.1 ? edited.slice(0, Math.floor(random() * edited.length)) : edited;
}

/** Checks how a command ended: 0, or 2 with one clear message. */
function expectCleanEnd(result: { code: number; stderr: string }, seed: number): void {
  expect([0, 2], `case ${seed}: ${result.stderr}`).toContain(result.code);
  expect(result.stderr, `case ${seed}`).not.toMatch(/\n\s+at /);
}

describe('merge fuzz', () => {
  let shards: string[];
  beforeAll(async () => {
    const resultsDir = join(mkdtempSync(join(tmpdir(), 'pw-fuzz-shards-')), 'results');
    shards = [];
    for (const index of [1, 2]) {
      const result = await runComparison({
        scenario: tinyScenario(),
        replications: 2,
        seed: 5,
        workers: 1,
        resultsDir,
        commandLine: 'peakwatch compare',
        progressStream: quietProgress,
        baseline: 'base',
        shard: { index, count: 2 },
      });
      shards.push(result.folder);
    }
  });

  it('ends every one of 40 edited shard manifests in exit 0 or 2, writing only in the results directory', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const sandbox = mkdtempSync(join(tmpdir(), 'pw-fuzz-merge-'));
      const copies = shards.map((shard, i) => {
        const copy = join(sandbox, 'in', `shard-${i + 1}`);
        cpSync(shard, copy, { recursive: true });
        return copy;
      });
      const target = copies[seed % 2]!;
      const path = join(target, 'manifest.json');
      writeFileSync(path, editedManifest(readFileSync(path, 'utf8'), seed));
      const before = tree(join(sandbox, 'in'));
      const result = await runCli(['merge', ...copies, '--results-dir', join(sandbox, 'results')]);
      expectCleanEnd(result, seed);
      expect(tree(join(sandbox, 'in')), `case ${seed}`).toEqual(before);
      const outside = readdirSync(sandbox).filter((name) => name !== 'in' && name !== 'results');
      expect(outside, `case ${seed}`).toEqual([]);
    }
  }, 300_000);
});

describe('report fuzz', () => {
  it('ends every one of 60 edited manifests in exit 0 or 2, writing only report.html in the folder', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const fixture = buildFixture({ kind: seed % 2 === 0 ? 'run' : 'compare' });
      const path = join(fixture.runDir, 'manifest.json');
      writeFileSync(path, editedManifest(readFileSync(path, 'utf8'), 1000 + seed));
      const before = tree(fixture.root);
      const result = await runCli(['report', fixture.runDir]);
      expectCleanEnd(result, seed);
      const added = tree(fixture.root).filter((file) => !before.includes(file));
      expect(added, `case ${seed}`).toEqual(
        result.code === 0 ? [relative(fixture.root, join(fixture.runDir, 'report.html'))] : [],
      );
    }
  }, 300_000);
});
