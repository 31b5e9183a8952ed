/**
 * Sensitivity: each point is what `compare --scale` of the moved input writes (the base point the
 * plain comparison), every input path is the scenario's own value, and sensitivity.csv's effect is
 * the paired difference point − base computed replication by replication from the point folders,
 * inputs largest effect first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runComparison } from '../../src/experiment/run-comparison.js';
import { runSensitivity, swing } from '../../src/experiment/sensitivity.js';
import {
  chooseInputs,
  inputOverrides,
  uncertainInputs,
} from '../../src/experiment/sensitivity-inputs.js';
import { NO_RECORDS } from '../../src/output/record-selection.js';
import { parseSummaryCsv } from '../../src/output/summary-csv.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/types.js';
import { folderFiles, quietExperiment, TINY } from './helpers.js';

const settings = { replications: 3, seed: 21, records: NO_RECORDS };

/** A plan's values of one summary column by replication, from a folder's summary file. */
function columnOf(folder: string, key: string): number[] {
  const path = join(folder, 'summary-base.csv');
  return parseSummaryCsv(readFileSync(path, 'utf8'), path).summaries.map(
    (s) => s.values[key] ?? Number.NaN,
  );
}

describe('uncertainInputs', () => {
  it('names every uncertain value of the scenario by its own paths', () => {
    const inputs = uncertainInputs(loadScenario(TINY));
    expect(inputs.map((i) => i.id)).toEqual([
      'visitors',
      'rate:lost-item',
      'rate:dispute',
      'detection:phone',
      'detection:platform',
      'detection:patrol',
      'travel',
      'onScene',
    ]);
    const scenario = loadScenario(TINY);
    const onScene = inputs.find((i) => i.id === 'onScene')!;
    const moved = loadScenario(TINY, inputOverrides(onScene, 1.2));
    // The on-scene means moved, and nothing else did.
    expect(moved.incidentTypes.map((t) => t.onScene)).toEqual(
      scenario.incidentTypes.map((t) => ({
        ...t.onScene,
        mean: 1.2 * (t.onScene as { mean: number }).mean,
      })),
    );
    expect(moved.travel).toEqual(scenario.travel);
    expect(moved.crowd).toEqual(scenario.crowd);
    const travel = inputs.find((i) => i.id === 'travel')!;
    const slower = loadScenario(TINY, inputOverrides(travel, 0.8));
    slower.travel.links.forEach((link, i) => {
      const own = scenario.travel.links[i]!;
      expect(link.vehicle).toBeCloseTo(0.8 * own.vehicle!, 12);
      if (own.walk !== undefined) expect(link.walk).toBeCloseTo(0.8 * own.walk, 12);
    });
  });

  it('refuses an input the scenario lacks, naming the known ones', () => {
    expect(() => chooseInputs(uncertainInputs(loadScenario(TINY)), ['visitor'])).toThrow(
      /--inputs: no input "visitor"; the scenario's are visitors, rate:lost-item/,
    );
  });
});

describe('runSensitivity', async () => {
  const scenario = loadScenario(TINY);
  const inputs = chooseInputs(uncertainInputs(scenario), ['visitors', 'travel']);
  const pointScenario = (input: number, factor: number): Scenario =>
    loadScenario(TINY, inputOverrides(inputs[input]!, factor));
  const points = [
    { input: null, factor: 1, scenario, commandLine: 'peakwatch compare' },
    ...inputs.flatMap((input, i) =>
      [0.7, 1.3].map((factor) => ({
        input,
        factor,
        scenario: pointScenario(i, factor),
        commandLine: 'peakwatch compare',
      })),
    ),
  ];
  const result = await runSensitivity({
    ...quietExperiment(scenario),
    ...settings,
    plan: 'base',
    change: 0.3,
    points,
    commandLine: 'peakwatch sensitivity',
  });
  const folder = (k: number) => join(result.folder, `point-${k}`);
  const compare = (s: Scenario) =>
    runComparison({
      ...quietExperiment(s),
      ...settings,
      plans: ['base'],
      commandLine: 'peakwatch compare',
    });

  it('writes at each point what compare of the moved scenario writes', async () => {
    expect(folderFiles(folder(1))).toEqual(folderFiles((await compare(scenario)).folder));
    expect(folderFiles(folder(5))).toEqual(
      folderFiles((await compare(pointScenario(1, 1.3))).folder),
    );
  });

  it('gives each effect as the paired difference from the base, largest first', () => {
    const key = 'standard@dispute-officers';
    const rows = result.rows.filter((row) => row.measure === key);
    expect(rows.map((r) => r.input).sort()).toEqual(['travel', 'visitors']);
    expect(swing(rows[0]!)).toBeGreaterThanOrEqual(swing(rows[1]!));
    const base = columnOf(folder(1), key);
    for (const row of rows) {
      const i = inputs.findIndex((input) => input.id === row.input);
      for (const [offset, move] of [row.down, row.up].entries()) {
        const values = columnOf(folder(2 + 2 * i + offset), key);
        const pairs = values.map((v, r) => v - base[r]!).filter((d) => !Number.isNaN(d));
        const mean = pairs.reduce((s, d) => s + d, 0) / pairs.length;
        expect(move.factor).toBe(offset === 0 ? 0.7 : 1.3);
        expect(move.effect.mean).toBeCloseTo(mean, 12);
      }
    }
  });

  it('writes sensitivity.csv with a row per measure and input', () => {
    const lines = readFileSync(join(result.folder, 'sensitivity.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe(
      'measure,input,base_mean,down_factor,down_mean,down_effect,down_low,down_high,up_factor,up_mean,up_effect,up_low,up_high',
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2))).toEqual(
      result.rows.map((row) => [row.measure, row.input]),
    );
    const manifest = JSON.parse(readFileSync(join(result.folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ kind: 'sensitivity', plan: 'base', change: 0.3 });
    expect(manifest.points.map((p: { input: string | null }) => p.input)).toEqual([
      null,
      'visitors',
      'visitors',
      'travel',
      'travel',
    ]);
  });
});
