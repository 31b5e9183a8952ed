/**
 * The break point of a sweep against queueing theory: the Erlang C validation scenario (M/M/3)
 * with a waiting standard "a car sent within t minutes for a share of the incidents", swept over
 * the incident rate. P(wait ≤ t) = 1 − C(c, λ/μ)·e^{−(cμ − λ)t} falls as the rate grows; the rate
 * at which it equals the required share, found here by bisection on the formula, must lie inside
 * the interval the sweep reports, and that interval must be narrower than one grid step (so an
 * interval that said nothing would fail).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang.js';
import { runSweep } from '../../src/experiment/sweep.js';
import { parseVary, pointOverrides, sweepGrid } from '../../src/experiment/sweep-grid.js';
import { NO_RECORDS } from '../../src/output/record-selection.js';
import { loadScenario } from '../../src/scenario/load.js';
import { erlangCReference } from '../../src/validation/erlang-reference.js';
import { plainCsvRows, quietExperiment } from './helpers.js';

const MAX_WAIT = 5;
const REQUIRED = 0.8;
const RATE_PATH = 'incidents.types[call].rate';

/**
 * The validation scenario with one waiting standard. Day 1 starts with an empty system (and an
 * empty plaza for the first 100 minutes), so the standard covers days 2–10 only, as `check`
 * discards day 1 as warm-up.
 */
function erlangWithStandard(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pw-break-')), 'erlang-c.yaml');
  const standard = [
    'standards:',
    '  - id: sent-in-5',
    '    measure: waiting',
    `    maxWaitMinutes: ${MAX_WAIT}`,
    `    share: ${REQUIRED}`,
    '    incidents: { days: [2, 3, 4, 5, 6, 7, 8, 9, 10] }',
    '',
  ].join('\n');
  writeFileSync(path, `${readFileSync('scenarios/validation/erlang-c.yaml', 'utf8')}\n${standard}`);
  return path;
}

/** The incident rate at which Erlang C's P(wait ≤ t) equals the required share (bisection). */
function analyticBreakRate(file: string): number {
  const reference = erlangCReference(loadScenario(file), 'three-cars');
  const { serviceRate, servers } = reference.queue;
  // λ is proportional to the type's rate (one site, constant occupancy).
  const perRate = reference.queue.arrivalRate / loadScenario(file).incidentTypes[0]!.rate;
  const withinT = (rate: number) => {
    const lambda = rate * perRate;
    const wait = erlangC(servers, lambda / serviceRate);
    return 1 - wait * Math.exp(-(servers * serviceRate - lambda) * MAX_WAIT);
  };
  let low = 0.5;
  let high = (0.999 * servers * serviceRate) / perRate;
  for (let step = 0; step < 100; step += 1) {
    const middle = (low + high) / 2;
    if (withinT(middle) >= REQUIRED) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

describe('break points of a sweep', async () => {
  const file = erlangWithStandard();
  const axes = [parseVary(`${RATE_PATH}=2.4:3.6:0.4`)];
  const grid = sweepGrid(axes);
  const sweep = await runSweep({
    ...quietExperiment(loadScenario(file)),
    replications: 30,
    seed: 5001,
    records: NO_RECORDS,
    axes,
    points: grid.map((point) => ({
      point,
      scenario: loadScenario(file, pointOverrides(axes, point)),
      commandLine: 'peakwatch compare',
    })),
    commandLine: 'peakwatch sweep',
  });
  const truth = analyticBreakRate(file);

  it('brackets the rate at which Erlang C says the standard stops being met', () => {
    // The formula's break lies between the grid's values, so the sweep must find a crossing.
    expect(truth).toBeGreaterThan(2.8);
    expect(truth).toBeLessThan(3.2);
    expect(sweep.breakPoints).toHaveLength(1);
    const [b] = sweep.breakPoints;
    expect(b).toMatchObject({ status: 'crosses', direction: 'falls', beyondGrid: null });
    expect(b!.low).toBeLessThanOrEqual(truth);
    expect(b!.high).toBeGreaterThanOrEqual(truth);
    expect(b!.high - b!.low).toBeLessThan(0.4);
  });

  it('writes the break point to sweep-break-points.csv', () => {
    const [header, ...rows] = plainCsvRows(
      readFileSync(join(sweep.folder, 'sweep-break-points.csv'), 'utf8'),
    );
    expect(header).toEqual([
      'along',
      RATE_PATH,
      'plan',
      'standard',
      'required',
      'status',
      'direction',
      'break',
      'break_low',
      'break_high',
      'beyond_grid',
    ]);
    const b = sweep.breakPoints[0]!;
    expect(rows).toEqual([
      [
        RATE_PATH,
        '',
        'three-cars',
        'sent-in-5',
        '80',
        'crosses',
        'falls',
        String(b.estimate),
        String(b.low),
        String(b.high),
        '',
      ],
    ]);
  });
});
